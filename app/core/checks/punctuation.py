"""Punctuation rules: half-width marks in Chinese text, pairs, doubled marks, …… and ——.

Half-width marks are left alone where they belong: inside numbers (1.5, 1,000, 8:30),
URLs and e-mail addresses, and between English words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import PROSE_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_
from app.core.zh.chars import HAN_CLASS, is_cjk

HALFWIDTH = register("punct.halfwidth", N_("半角标点"), "warning", auto_fix=True)
UNBALANCED = register("punct.unbalanced", N_("引号括号不成对"), "warning")
DOUBLED = register("punct.doubled", N_("标点重复"), "warning", auto_fix=True)
ELLIPSIS = register("punct.ellipsis", N_("省略号不规范"), "warning", auto_fix=True)
DASH = register("punct.dash", N_("破折号、连接号不规范"), "info")

_FULL = {",": "，", ".": "。", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_MARK = re.compile(r"[,.;:?!()\"']")
_URLISH = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s，。；！？、“”（）《》]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def _skip_spans(text: str) -> list[tuple[int, int]]:
    if "://" not in text and "www." not in text and "@" not in text:
        return []
    return [m.span() for m in _URLISH.finditer(text)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _neighbour(text: str, pos: int, step: int) -> str:
    """The nearest character that is not a plain space, or "" at the edge."""
    pos += step
    while 0 <= pos < len(text) and text[pos] in " \t":
        pos += step
    return text[pos] if 0 <= pos < len(text) else ""


def _chinese_context(text: str, pos: int) -> bool:
    return is_cjk(_neighbour(text, pos, -1)) or is_cjk(_neighbour(text, pos, 1))


@text_rule(HALFWIDTH, PROSE_KINDS)
def halfwidth_punctuation(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not _HALF_MARK.search(text):
        return
    skip = _skip_spans(text)
    parens: list[int] = []
    quotes: dict[str, list[int]] = {'"': [], "'": []}
    for match in _HALF_MARK.finditer(text):
        pos, mark = match.start(), match.group()
        if skip and _inside(pos, skip):
            continue
        if mark in "()":
            parens.append(pos)
        elif mark in "\"'":
            quotes[mark].append(pos)
        elif mark == "," and _listed_numbers(text, pos):
            yield Hit(
                HALFWIDTH,
                pos,
                1,
                N_("数字之间的半角“,”：并列的数字之间应使用顿号“、”（如“1、2月份”）。"),
                "、",
            )
        elif _mark_is_chinese(text, pos, mark):
            # "工作, 我们": the space typed after an English-style comma goes too.
            end = pos + 1
            while end < len(text) and text[end] in " \t":
                end += 1
            if end == len(text) or not is_cjk(text[end]):
                end = pos + 1
            message = N_("中文里用了半角“{mark}”，应为全角“{full}”。", mark=mark, full=_FULL[mark])
            yield Hit(HALFWIDTH, pos, end - pos, message, _FULL[mark])
    yield from _paren_hits(text, parens)
    if quotes['"']:
        yield from _quote_hits(text, _quote_positions(text, '"“”', skip), "“", "”")
    if quotes["'"]:
        yield from _quote_hits(text, _quote_positions(text, "'‘’", skip), "‘", "’")


def _listed_numbers(text: str, pos: int) -> bool:
    """ "1,2月份", "1,2,3号楼": a comma between numbers that is no thousands separator.

    A thousands separator has exactly three digits after it (1,000; 12,500,000). Only
    numbers followed by Chinese count, so English and code such as "f(1,2)" stay.
    """
    if not (0 < pos < len(text) - 1 and text[pos - 1].isascii() and text[pos - 1].isdigit()):
        return False
    end = pos + 1
    while end < len(text) and text[end].isascii() and text[end].isdigit():
        end += 1
    if end == pos + 1 or end - pos - 1 == 3:
        return False
    while end < len(text) and (text[end].isdigit() or text[end] in ",、"):
        end += 1  # the rest of the list: 1,2,3号楼
    return end < len(text) and is_cjk(text[end]) and text[end] not in "，。；：！？、"


def _mark_is_chinese(text: str, pos: int, mark: str) -> bool:
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if mark == ".":
        # Only after Chinese, and not in "...", "报告.docx" or "1.5".
        return (
            is_cjk(before)
            and after not in (".", "。")
            and not (after.isascii() and after.isalnum())
        )
    if before.isdigit() and after.isdigit():
        return False  # 1,000 and 8:30
    return _chinese_context(text, pos)


def _paren_hits(text: str, positions: list[int]) -> Iterator[Hit]:
    """Pair ( with ) and convert a pair when its content or its surroundings are Chinese."""
    stack: list[int] = []
    pairs: list[tuple[int, int | None]] = []
    for pos in positions:
        if text[pos] == "(":
            stack.append(pos)
        elif stack:
            pairs.append((stack.pop(), pos))
        else:
            pairs.append((pos, None))
    pairs.extend((pos, None) for pos in stack)
    for first, second in pairs:
        if second is None:
            if _chinese_context(text, first):
                full = "（" if text[first] == "(" else "）"
                yield Hit(
                    HALFWIDTH, first, 1, N_("中文里用了半角括号，应为“{full}”。", full=full), full
                )
            continue
        inner_cn = any(is_cjk(ch) for ch in text[first + 1 : second])
        outer_cn = is_cjk(_neighbour(text, first, -1)) or is_cjk(_neighbour(text, second, 1))
        if inner_cn or outer_cn:
            yield Hit(HALFWIDTH, first, 1, N_("中文里用了半角括号“(”，应为全角“（”。"), "（")
            yield Hit(HALFWIDTH, second, 1, N_("中文里用了半角括号“)”，应为全角“）”。"), "）")


def _apostrophe(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def _quote_positions(text: str, marks: str, skip: list[tuple[int, int]]) -> list[int]:
    """Straight and curly quotes of one kind, in order; apostrophes (don't) left out.

    Curly quotes take part in the pairing so that fixing one straight quote does not
    turn its partner from a closing into an opening quote.
    """
    return [
        i
        for i, ch in enumerate(text)
        if ch in marks
        and not (ch == "'" and _apostrophe(text, i))
        and not (skip and _inside(i, skip))
    ]


def _quote_hits(text: str, positions: list[int], opening: str, closing: str) -> Iterator[Hit]:
    """Quotes alternate open/close; a straight one in a pair around Chinese becomes “ or ”.

    A pair around English ("Yes, we can.") stays: it quotes English, even in a Chinese
    sentence.
    """
    for i in range(0, len(positions) - 1, 2):
        first, second = positions[i], positions[i + 1]
        if text[first] not in "\"'" and text[second] not in "\"'":
            continue
        if any(is_cjk(ch) for ch in text[first + 1 : second]):
            msg = N_("中文里用了半角引号，应为全角“{quotes}”。", quotes=opening + closing)
            if text[first] in "\"'":
                yield Hit(HALFWIDTH, first, 1, msg, opening)
            if text[second] in "\"'":
                yield Hit(HALFWIDTH, second, 1, msg, closing)
    last = positions[-1] if positions else -1
    if len(positions) % 2 and text[last] in "\"'" and _chinese_context(text, last):
        yield Hit(
            HALFWIDTH,
            last,
            1,
            N_(
                "中文里用了半角引号，且缺少另一半；请改为全角“{quotes}”并补全。",
                quotes=opening + closing,
            ),
        )


# -- pairs ----------------------------------------------------------------------------

_OPEN = {"“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "(": ")"}
_CLOSE_OF = {"”": "“", "’": "‘", "）": "（", "》": "《", "】": "【", ")": "("}
_PAIR_CHARS = re.compile("[“”‘’（）《》【】()]")
# Half- and full-width parentheses close each other here: mixing widths is the
# half-width rule's business, not a missing bracket.
_SAME = {"(": "（", ")": "）"}


@text_rule(UNBALANCED, PROSE_KINDS)
def unbalanced_pairs(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for hit in _unbalanced(text):
        if not _straight_partner(text, hit.offset):
            yield hit


def _straight_partner(text: str, pos: int) -> bool:
    """“创品牌": the other half was typed as a straight quote, which the half-width
    rule already reports and fixes; one finding for one slip."""
    ch = text[pos]
    straight = '"' if ch in "“”" else "'" if ch in "‘’" else ""
    if not straight:
        return False
    return straight in (text[pos + 1 :] if ch in "“‘" else text[:pos])


def _unclosed(mark: str) -> str:
    return N_("“{mark}”没有对应的“{other}”，请补上或删去。", mark=mark, other=_OPEN[mark])


def _unbalanced(text: str) -> Iterator[Hit]:
    stack: list[tuple[int, str]] = []
    for match in _PAIR_CHARS.finditer(text):
        pos, ch = match.start(), _SAME.get(match.group(), match.group())
        if ch in ("“", "‘", "（", "《", "【"):
            stack.append((pos, ch))
            continue
        opener = _CLOSE_OF[ch]
        depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][1] == opener), None)
        if depth is None:
            yield Hit(
                UNBALANCED,
                pos,
                1,
                N_("“{mark}”前面缺少对应的“{other}”，请补上或删去。", mark=ch, other=opener),
            )
            continue
        for open_pos, open_ch in stack[depth + 1 :]:
            yield Hit(UNBALANCED, open_pos, 1, _unclosed(open_ch))
        del stack[depth:]
    for open_pos, open_ch in stack:
        yield Hit(UNBALANCED, open_pos, 1, _unclosed(open_ch))


# -- doubled marks, ellipsis, dash ------------------------------------------------------

_RUN = re.compile("[，。、；：！？]{2,}")
_ALLOWED_RUNS = {"？！", "！？"}
_SENTENCE_END = "。！？"
_TRAILING_CLOSERS = set("”’）》】」』")


@text_rule(DOUBLED, PROSE_KINDS)
def doubled_punctuation(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _RUN.finditer(text):
        run = match.group()
        if run in _ALLOWED_RUNS or (set(run) == {"。"} and len(run) >= 3):
            continue  # ？！ is accepted; 。。。 is the ellipsis rule's
        pos, end = match.span()
        if len(set(run)) == 1:
            yield Hit(
                DOUBLED, pos, len(run), N_("标点“{run}”重复，保留一个即可。", run=run), run[0]
            )
        elif run[-1] in _SENTENCE_END and all(ch in _TRAILING_CLOSERS for ch in text[end:]):
            # "是否完成？。": the question or exclamation mark says more than the 。.
            keep = "？" if "？" in run else "！" if "！" in run else run[-1]
            yield Hit(
                DOUBLED,
                pos,
                len(run),
                N_("段末标点“{run}”重复，应只用“{keep}”。", run=run, keep=keep),
                keep,
            )
        else:
            yield Hit(DOUBLED, pos, len(run), N_("标点“{run}”连用，请保留合适的一个。", run=run))


_ELLIPSIS = re.compile(r"\.{3,}|。{3,}|．{3,}|…+")


@text_rule(ELLIPSIS, PROSE_KINDS)
def ellipsis(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if "..." not in text and "。。。" not in text and "…" not in text and "．．．" not in text:
        return
    skip = _skip_spans(text)
    for match in _ELLIPSIS.finditer(text):
        if match.group() == "……" or (skip and _inside(match.start(), skip)):
            continue
        yield Hit(
            ELLIPSIS,
            match.start(),
            len(match.group()),
            N_("省略号“{found}”不规范，应为“……”。", found=match.group()),
            "……",
        )


_DASH = re.compile(
    f"(?<=[{HAN_CLASS}”’）》])(?<![-－–—])([-－–]+)(?![-－–—])(?=[{HAN_CLASS}“‘（《])"
)


@text_rule(DASH, PROSE_KINDS)
def hyphen_as_dash(text: str, ctx: UnitContext) -> Iterator[Hit]:
    """Hyphens between Chinese words: "--" typed for the dash ——, "-" for either.

    A single "—" is not reported: GB/T 15834-2011 makes it the connector of ranges and
    places (北京—上海, 2023—2024年), the most common use in office text. A single hyphen
    gets no fix because which of the two was meant is for the writer to say; two or
    more can only be a dash.
    """
    if "-" not in text and "－" not in text and "–" not in text:
        return
    for match in _DASH.finditer(text):
        found = match.group()
        if len(found) > 1:
            yield Hit(
                DASH, match.start(), len(found), N_("“{found}”应为破折号“——”。", found=found), "——"
            )
            continue
        yield Hit(
            DASH,
            match.start(),
            1,
            N_(
                "中文之间的“{found}”不规范：作破折号应为“——”，"
                "表示起止或相连（如“北京—上海”）应为“—”。请确认后修改。",
                found=found,
            ),
        )
