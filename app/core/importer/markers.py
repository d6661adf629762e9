"""Heading markers (一、 （一） 1. （1） 一是 第一， 第一部分), run-in splits, dates.

Pure text functions, no state: the classifier (structure.py) decides what a marked line
is; this module only says which marker a line starts with and where its lead sentence ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.numbering import NumberStyle

CN_DIGITS = "〇一二三四五六七八九"
_CN_NUM = "[一二三四五六七八九十百零〇两]+"

# Kinds of marker. The NumberStyle values for the ones the model can number; two more:
KIND_NONE = "none"  # an unmarked heading (a short line followed by body text)
KIND_CHAPTER = (
    "chapter"  # 第一部分 / 第一章: the model has no such style, the marker stays in the heading
)
# 第一章 and 第一节 are two levels (a 规划 has chapters of sections), so each unit is a kind
# of its own; 部分, 篇 and 编 all name the largest parts and share KIND_CHAPTER.
KIND_CHAPTER_ZHANG = "chapter-zhang"  # 第一章
KIND_CHAPTER_JIE = "chapter-jie"  # 第一节
CHAPTER_KINDS = frozenset({KIND_CHAPTER, KIND_CHAPTER_ZHANG, KIND_CHAPTER_JIE})
_CHAPTER_UNIT_KIND = {"章": KIND_CHAPTER_ZHANG, "节": KIND_CHAPTER_JIE}
# "1 总则" / "2.1 工作目标" / "2.2.1 开展检查": decimal outline numbers (company and
# technical documents). No style derives them either: the number stays in the heading, and
# each depth is a kind of its own, so the levels follow the depth.
DECIMAL_KINDS = tuple(f"decimal-{depth}" for depth in range(1, 5))
# Kinds whose written marker stays in the heading.
KEPT_MARKER_KINDS = CHAPTER_KINDS | frozenset(DECIMAL_KINDS)
_DECIMAL = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){0,3})(?:[\s\u3000]+)(?=[^\d\s.．%％])")
# A Word heading (style or outline level) without a number: the author chose no numbers.
KIND_UNNUMBERED = "unnumbered"

# Order matters: the first pattern that matches wins.
_MARKER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        KIND_CHAPTER,
        re.compile(rf"^(第(?:{_CN_NUM}|\d{{1,3}})(?:部分|章|节|篇|编))[\s\u3000、，：:]*"),
    ),
    (NumberStyle.CN_DI.value, re.compile(rf"^第({_CN_NUM})[，,、：:]\s*")),
    (NumberStyle.CN_SHI.value, re.compile(rf"^({_CN_NUM})是(?=[^\s，,。；、是])")),
    (NumberStyle.CN_DUN.value, re.compile(rf"^({_CN_NUM})\s*[、．.]\s*")),
    (NumberStyle.CN_PAREN.value, re.compile(rf"^[（(]\s*({_CN_NUM})\s*[）)]\s*[、．.]?\s*")),
    (NumberStyle.NUM_PAREN.value, re.compile(r"^[（(]\s*(\d{1,3})\s*[）)]\s*[、．.]?\s*")),
    (
        NumberStyle.NUM_DOT.value,
        re.compile(r"^(\d{1,3})\s*(?:[.．](?!\d{1,2}(?!\d))(?![.．])|、)\s*"),
    ),
]

# How the next sibling's marker looks, to see "一是…；二是…" enumerations inside one line.
_NEXT_MARKER = {
    NumberStyle.CN_SHI.value: lambda n: f"{chinese_numeral(n)}是",
    NumberStyle.CN_DI.value: lambda n: f"第{chinese_numeral(n)}，",
    NumberStyle.CN_PAREN.value: lambda n: f"（{chinese_numeral(n)}）",
    NumberStyle.NUM_PAREN.value: lambda n: f"（{n}）",
    NumberStyle.CN_DUN.value: lambda n: f"{chinese_numeral(n)}、",
}

SENTENCE_END = "。！？!?"
# Closing punctuation: a line ending in one of these is a sentence or a list item, not a heading.
CLOSING_PUNCT = "。！？!?；;，,、：:…"
_OPENERS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」", "【": "】", "[": "]"}
_CLOSERS = set(_OPENERS.values())


@dataclass(frozen=True, slots=True)
class Marker:
    kind: str  # a NumberStyle value or one of CHAPTER_KINDS
    number: int  # 1-based position the marker states (0 when it cannot be read)
    text: str  # the marker as written, e.g. "（一）"
    keep_in_heading: bool  # 第一部分 stays in the heading: no style derives it


def chinese_numeral(n: int) -> str:
    from app.core.numbering import chinese_numeral as fmt

    return fmt(n)


def parse_chinese_number(text: str) -> int:
    """一 → 1, 十一 → 11, 二十 → 20, 一百零一 → 101; 0 when it is not a number."""
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS or ch in "零两":
            current = 2 if ch == "两" else (0 if ch == "零" else CN_DIGITS.index(ch))
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return 0
    return total + current


def _to_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    return parse_chinese_number(text)


def find_marker(text: str) -> tuple[Marker, str] | None:
    """The marker a line starts with and the rest of the line, or None."""
    decimal = _DECIMAL.match(text)
    if decimal is not None and is_cjk(text[decimal.end()]):
        written = decimal.group(1)
        parts = re.split(r"[.．]", written)
        rest = text[decimal.end() :].strip()
        # "3 家企业……" (a PDF puts spaces around numbers) is text: a bare number counts
        # only before a short heading without sentence punctuation.
        if len(parts) > 1 or (len(rest) <= 30 and not re.search(r"[，,。；;：:！？]", rest)):
            return Marker(DECIMAL_KINDS[len(parts) - 1], int(parts[-1]), written, True), rest
    for kind, pattern in _MARKER_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        rest = text[match.end() :].strip()
        if not rest:
            return None  # a bare "一、" is not a heading we can use
        if _is_range(kind, match.group(1), rest):
            return None
        if kind == KIND_CHAPTER:
            written = match.group(1)
            number = _to_int(re.sub(r"^第|部分$|[章节篇编]$", "", written))
            unit_kind = _CHAPTER_UNIT_KIND.get(written[-1], KIND_CHAPTER)
            return Marker(unit_kind, number, written, True), rest
        return Marker(kind, _to_int(match.group(1)), match.group(0).strip(), False), rest
    return None


def _is_range(kind: str, written: str, rest: str) -> bool:
    """ "一、二季度", "3、4月份", "1.2万": two numbers joined by 、, not a marker and its text.

    The next number right after the sign (and not the start of a longer number, as in
    "1、2023年工作回顾") says so: a heading never starts with its successor's number.
    """
    if kind not in (NumberStyle.CN_DUN.value, NumberStyle.NUM_DOT.value):
        return False
    number = _to_int(written)
    if number <= 0:
        return False
    if written.isdigit():
        nxt = str(number + 1)
        return rest.startswith(nxt) and not rest[len(nxt) : len(nxt) + 1].isdigit()
    nxt = chinese_numeral(number + 1)
    follower = rest[len(nxt) : len(nxt) + 1]
    return rest.startswith(nxt) and follower not in CN_DIGITS + "十百零两"


def has_inline_sequel(marker: Marker, rest: str) -> bool:
    """True for "一是…；二是…" in one line: an enumeration inside a paragraph, not a heading."""
    make = _NEXT_MARKER.get(marker.kind)
    if make is None or marker.number <= 0:
        if marker.kind == NumberStyle.NUM_DOT.value:
            return re.search(rf"[；;。，,\s]{marker.number + 1}[.．、](?!\d)", rest) is not None
        return False
    return make(marker.number + 1) in rest


def lead_sentence_end(text: str, limit: int) -> int:
    """Index just past the first sentence end (。！？ or ：) outside quotes and brackets.

    -1 when there is none within `limit` characters. A 。 inside 《》 or “” does not end
    the lead sentence of a run-in heading.
    """
    depth: list[str] = []
    for index, ch in enumerate(text[: limit + 1]):
        if ch in _OPENERS:
            depth.append(_OPENERS[ch])
        elif ch in _CLOSERS:
            if depth and depth[-1] == ch:
                depth.pop()
        elif not depth and (ch in SENTENCE_END or ch in "：:"):
            return index + 1
    return -1


def ends_with_closing_punct(text: str) -> bool:
    return bool(text) and text[-1] in CLOSING_PUNCT


def strip_heading_end(text: str) -> str:
    """A heading alone on its line may end with 。: numbers and layout add their own."""
    text = text.strip()
    while text and text[-1] in "。.":
        text = text[:-1].rstrip()
    return text


# -- dates -------------------------------------------------------------------------------

_CN_DATE_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "０": 0, "Ｏ": 0}
_CN_DATE_DIGIT.update({ch: i for i, ch in enumerate(CN_DIGITS) if i})
_DATE_ARABIC = re.compile(r"^[（(]?(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?[）)]?$")
_DATE_NUMERIC = re.compile(r"^[（(]?(\d{4})([-./])(\d{1,2})\2(\d{1,2})[）)]?$")
_DATE_CHINESE = re.compile(
    r"^[（(]?([〇○零O０Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月"
    r"(?:([一二三四五六七八九十]{1,3})日)?[）)]?$"
)


def parse_date_line(text: str) -> str | None:
    """A line that is only a date → "2020年7月1日".

    Chinese numerals (二〇二〇年七月一日), 2020-07-01 / 2020.7.1, and a month without a
    day (2020年12月, as summaries are often dated) are read too.
    """
    compact = "".join(text.split())
    year: int
    month: int
    day: int | None
    if match := _DATE_ARABIC.match(compact):
        year, month = int(match.group(1)), int(match.group(2))
        day = int(match.group(3)) if match.group(3) else None
    elif match := _DATE_NUMERIC.match(compact):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _DATE_CHINESE.match(compact):
        year = int("".join(str(_CN_DATE_DIGIT[ch]) for ch in match.group(1)))
        month = parse_chinese_number(match.group(2))
        day = parse_chinese_number(match.group(3)) if match.group(3) else None
    else:
        return None
    if not (1 <= month <= 12 and 1900 <= year <= 2200) or (day is not None and not 1 <= day <= 31):
        return None
    return f"{year}年{month}月{day}日" if day is not None else f"{year}年{month}月"


# -- letter spacing ---------------------------------------------------------------------

_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<={_CJK})[ \u3000\u00a0]+(?={_CJK})|(?<=\d)[ \u3000\u00a0]+(?={_CJK})|(?<={_CJK})[ \u3000\u00a0]+(?=\d)"
)


def is_letter_spaced(text: str) -> bool:
    """ "国 家 粮 食 局": (nearly) every character set apart by spaces, as titles often are."""
    tokens = text.split()
    if len(tokens) < 3 or not any(is_cjk(ch) for ch in text):
        return False
    single = sum(1 for t in tokens if len(t) == 1)
    return single >= 0.8 * len(tokens)


def collapse_letter_spacing(text: str) -> str:
    """Remove spaces between Chinese characters of a letter-spaced line ("总  结" → "总结")."""
    return _SPACE_BETWEEN_CJK.sub("", text)


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
