"""Heading markers as the importer sees them (the numbering markers of app.core.zh.markers
plus 第一部分 / 第一章 and 2.1 outline numbers), run-in splits, letter spacing. Dates
are app.core.zh.dates.normalize_date.

Pure text functions, no state: the classifier (structure.py) decides what a marked line
is; this module only says which marker a line starts with and where its lead sentence ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.numbering import NumberStyle, format_number
from app.core.zh.chars import HAN_CLASS, is_han
from app.core.zh.markers import match_marker
from app.core.zh.numerals import NUMERAL_CLASS, parse_chinese_numeral

_CN_NUM = f"{NUMERAL_CLASS}+"

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
# technical documents). Each depth is a kind of its own, so the levels follow the depth;
# the levels they number take NumberStyle.DECIMAL, which derives "2.1" from the path, so
# the number leaves the heading text (`stored_heading`). Such a line is never split at a
# lead sentence (keep_in_heading: the line is the heading, as 第一章's is).
DECIMAL_KINDS = tuple(f"decimal-{depth}" for depth in range(1, 5))
# 一要 / 二要 (speeches) and ① ② (a level below 1. or （1）): no style derives them, so
# the marker stays in the heading, as 第一部分 does.
KIND_YAO = "cn-yao"
KIND_CIRCLED = "circled"
SERIES_KEPT_KINDS = frozenset({KIND_YAO, KIND_CIRCLED})  # split like 一是, marker kept
# Kinds whose written marker stays in the heading.
KEPT_MARKER_KINDS = CHAPTER_KINDS | {KIND_YAO, KIND_CIRCLED}
_DECIMAL = re.compile(r"^(\d{1,2}(?:[.．]\d{1,2}){0,3})(?:[\s\u3000]+)(?=[^\d\s.．%％])")
# A Word heading (style or outline level) without a number: the author chose no numbers.
KIND_UNNUMBERED = "unnumbered"

_CHAPTER = re.compile(rf"^(第(?:{_CN_NUM}|\d{{1,3}})(?:部分|章|节|篇|编))[\s\u3000、，：:]*")

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
    keep_in_heading: bool  # the whole line is the heading, never split: 第一部分, 2.1


def _to_int(text: str) -> int:
    """第三章 → 3; 0 when the number cannot be read."""
    if text.isdigit():
        return int(text)
    return parse_chinese_numeral(text) or 0


def find_marker(text: str) -> tuple[Marker, str] | None:
    """The marker a line starts with and the rest of the line, or None."""
    decimal = _DECIMAL.match(text)
    if decimal is not None and is_han(text[decimal.end()]):
        written = decimal.group(1)
        parts = re.split(r"[.．]", written)
        rest = text[decimal.end() :].strip()
        # "3 家企业……" (a PDF puts spaces around numbers) is text: a bare number counts
        # only before a short heading without sentence punctuation.
        if len(parts) > 1 or (len(rest) <= 30 and not re.search(r"[，,。；;：:！？]", rest)):
            return Marker(DECIMAL_KINDS[len(parts) - 1], int(parts[-1]), written, True), rest
    if chapter := _CHAPTER.match(text):
        rest = text[chapter.end() :].strip()
        if not rest:
            return None  # a bare "第一部分" is not a heading we can use
        written = chapter.group(1)
        number = _to_int(re.sub(r"^第|部分$|[章节篇编]$", "", written))
        unit_kind = _CHAPTER_UNIT_KIND.get(written[-1], KIND_CHAPTER)
        return Marker(unit_kind, number, written, True), rest
    # 一、 … 第一，: the grammar the checks use too ("三、四季度" is no marker for either).
    found = match_marker(text, circled=True, extended=True)
    if found is None:
        return None
    rest = text[found.text_start :].strip()
    if not rest:
        return None  # a bare "一、" is not a heading we can use
    if found.style is None:
        kind = KIND_CIRCLED if found.written[-1] in _CIRCLED_NUMBERS else KIND_YAO
        return Marker(kind, found.number, found.written, True), rest
    return Marker(found.style.value, found.number, found.written, False), rest


_CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


_INLINE_SEQUEL_STYLES = frozenset(NumberStyle) - {NumberStyle.NONE}


def has_inline_sequel(marker: Marker, rest: str) -> bool:
    """True for "一是…；二是…" in one line: an enumeration inside a paragraph, not a heading."""
    if marker.number <= 0 or marker.kind not in _INLINE_SEQUEL_STYLES:
        return False
    if marker.kind == NumberStyle.NUM_DOT:
        # "2." inside a sentence is mostly a decimal: only after a stop or a space.
        return re.search(rf"[；;。，,\s]{marker.number + 1}[.．、](?!\d)", rest) is not None
    return format_number(marker.kind, marker.number + 1) in rest


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


def heading_text(text: str) -> str:
    """A heading alone on its line: no closing 。 or ： (its own line ends it). Letter
    spacing goes, also after a chapter's marker ("第一章　总　则" → "第一章　总则")."""
    text = strip_heading_end(text).rstrip("：:").rstrip()
    if is_letter_spaced(text):
        return collapse_letter_spacing(text)
    spaced = _SPACED_AFTER_CHAPTER.match(text)
    if spaced is not None:
        return f"{spaced.group(1)}{spaced.group(2)}{spaced.group(3)}"
    return text


def stored_heading(marker: Marker, text: str, rest: str) -> str:
    """The heading of a line whose marker is kept whole (keep_in_heading): 第一章 stays in
    it ("第一章　总则"), a decimal number goes ("2.1　工作目标" → "工作目标": the DECIMAL
    style prints it)."""
    return heading_text(rest if marker.kind in DECIMAL_KINDS else text)


# "第一章　总　则", "第八章　附　　则": a two-character word set apart, after the marker
_SPACED_AFTER_CHAPTER = re.compile(r"^(第\S{1,4}[章节部分篇编]+[\s\u3000]+)(\S)[\s\u3000]+(\S)$")


# -- letter spacing ---------------------------------------------------------------------

_HAN = f"[{HAN_CLASS}]"
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<={_HAN})[ \u3000\u00a0]+(?={_HAN})|(?<=\d)[ \u3000\u00a0]+(?={_HAN})|(?<={_HAN})[ \u3000\u00a0]+(?=\d)"
)


def is_letter_spaced(text: str) -> bool:
    """ "国 家 粮 食 局": (nearly) every character set apart by spaces, as titles often are."""
    tokens = text.split()
    if len(tokens) < 3 or not any(is_han(ch) for ch in text):
        return False
    single = sum(1 for t in tokens if len(t) == 1)
    return single >= 0.8 * len(tokens)


def collapse_letter_spacing(text: str) -> str:
    """Remove spaces between Chinese characters of a letter-spaced line ("总  结" → "总结")."""
    return _SPACE_BETWEEN_CJK.sub("", text)
