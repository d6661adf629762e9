"""The heading-marker grammar: 一、 （一） 1. （1） 一是 第一， at the start of a text,
as `numbering.format_number` writes them and as people type them; a decimal number
("2.1　", "1　" before a full-width space) only when asked (`decimal`: typed into a heading).

Importer (is this line a numbered heading?), checks (is a number typed into a heading,
is a marker in the wrong form, does a 一是/二是 series skip one?) and the numbering
property tests all read markers here, so they agree on what is one. The standard form
of each marker is `format_number(style, n)`; this module reads that form back and the
variants people type: 一. 一， (一) （一）、 1、 1． (1) and spaces.

"三、四季度" is not the marker 三、 before 四季度: it is the third and fourth quarters.
`counts_in_a_row` says so for every user.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.numbering import NumberStyle, decimal_number, format_number
from app.core.zh.chars import FULLWIDTH_DIGITS_TO_ASCII, HAN_CLASS
from app.core.zh.numerals import NUMERAL_CHARS, parse_chinese_numeral

_N = f"[{NUMERAL_CHARS}]{{1,5}}"  # 九百九十九 is five characters
_D = r"\d{1,3}"
_LEAD = r"^[ \u3000]*"  # spaces before a marker are tolerated (the space check reports them)
_AFTER = r"[ \u3000]*"

# Order matters: the first pattern that matches wins (第一， before 一是 before 一、).
_PATTERNS: list[tuple[NumberStyle, re.Pattern[str]]] = [
    (NumberStyle.CN_DI, re.compile(rf"{_LEAD}(第({_N})[，,、：:])")),
    # 一是 runs straight into its text: "一是，" or "一是。" is a sentence about 一.
    (NumberStyle.CN_SHI, re.compile(rf"{_LEAD}(({_N})是)(?=[^\s，,。；;、：:！？!?是])")),
    # "一、2024年工作回顾" is item 一; "一.5" and "一,000" are no markers anyone types.
    (NumberStyle.CN_DUN, re.compile(rf"{_LEAD}(({_N})[ ]*(?:、|[．.，,](?!\d)))")),
    (NumberStyle.CN_PAREN, re.compile(rf"{_LEAD}([（(][ ]*({_N})[ ]*[）)][、．.，,]?)")),
    (NumberStyle.NUM_PAREN, re.compile(rf"{_LEAD}([（(][ ]*({_D})[ ]*[）)][、．.，,]?)")),
    # "1.5亿" and "12.5%" are numbers, "2.2025年重点任务" is item 2; "1,000" is a number.
    (
        NumberStyle.NUM_DOT,
        re.compile(rf"{_LEAD}(({_D})[ ]*(?:[.．](?!\d{{1,2}}(?!\d))(?![.．])|、|[,，](?!\d)))"),
    ),
]
_CIRCLED = re.compile(rf"{_LEAD}([①-⑳])")
# Read only when asked (`extended`): 一要/二要 in speeches, and "1)" with a closing
# parenthesis alone, as plans and company documents number their fourth level. 一要 has no
# style (like ①); "1)" is （1） typed another way.
_YAO = re.compile(rf"{_LEAD}(({_N})要)(?=[^\s，,。；;、：:！？!?要求是])")
_CLOSE_PAREN_ONLY = re.compile(rf"{_LEAD}(({_D})[)）])(?=[^\s\d%％）)])")
# A decimal number typed in front of a heading: "2.1　工作目标", "2.2.1 开展检查", or a
# lone "1" before a full-width space ("1　总则"); a Chinese character follows, so
# "1.5亿元" and "2.2.1　2024年……" (a clause opening with a year) are none.
_DECIMAL = re.compile(
    rf"{_LEAD}(\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}(?=[ \u3000])|\d{{1,2}}(?=\u3000))"
    rf"[ \u3000]+(?=[{HAN_CLASS}])"
)
_FIRST_CHARS = frozenset(NUMERAL_CHARS + "第（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

# The four GB/T 9704 7.3.3 levels: their markers have one right form.
GBT_STYLES = frozenset(
    {NumberStyle.CN_DUN, NumberStyle.CN_PAREN, NumberStyle.NUM_DOT, NumberStyle.NUM_PAREN}
)


@dataclass(frozen=True, slots=True)
class NumberMarker:
    """A marker at the start of a text. style None: a circled number (①), which no level
    style derives."""

    style: NumberStyle | None
    number: int
    start: int  # where the marker starts (after leading spaces)
    end: int  # just past the marker
    text_start: int  # just past the spaces after it: where the heading's own text starts
    written: str  # the marker as typed, e.g. "(一)"

    @property
    def standard(self) -> str:
        """The marker in the form the numbering writes ("（一）" for "(一)")."""
        if self.style is None:
            return self.written
        if self.style is NumberStyle.DECIMAL:
            digits = self.written.translate(FULLWIDTH_DIGITS_TO_ASCII).replace("．", ".")
            return decimal_number([int(part) for part in digits.split(".")])
        return format_number(self.style, self.number)

    @property
    def is_standard(self) -> bool:
        """Written the standard way, ignoring digit width and spaces inside (other checks
        report full-width digits and spaces)."""
        compact = (
            self.written.translate(FULLWIDTH_DIGITS_TO_ASCII).replace(" ", "").replace("\u3000", "")
        )
        return compact == self.standard


def _value(written: str) -> int | None:
    if written.isdigit():
        return int(written.translate(FULLWIDTH_DIGITS_TO_ASCII)) or None
    return parse_chinese_numeral(written)


def _past_spaces(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \u3000":
        index += 1
    return index


def match_marker(
    text: str, *, circled: bool = False, extended: bool = False, decimal: bool = False
) -> NumberMarker | None:
    """The numbering marker `text` starts with, or None.

    None too for a number run such as 三、四季度 (see `counts_in_a_row`). With circled,
    ① … ⑳ count as markers (without a style). With extended, also 一要 (without a style)
    and "1)" (read as （1）). With decimal, also "2.1　" (NumberStyle.DECIMAL, `number`
    the last part).
    """
    first = text.lstrip(" \u3000")[:1]
    if not first or not (first in _FIRST_CHARS or first.isdigit()):
        return None  # most texts: no regex tried
    if decimal and (found := _DECIMAL.match(text)):
        written = found.group(1)
        last = int(re.split("[.．]", written)[-1])
        return NumberMarker(
            NumberStyle.DECIMAL, last, found.start(1), found.end(1), found.end(), written
        )
    for style, pattern in _PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        number = _value(match.group(2))
        if number is None:
            return None
        if style in (NumberStyle.CN_DUN, NumberStyle.NUM_DOT) and counts_in_a_row(text):
            return None
        end = match.end(1)
        return NumberMarker(
            style, number, match.start(1), end, _past_spaces(text, end), match.group(1)
        )
    if circled and (match := _CIRCLED.match(text)):
        end = match.end(1)
        number = ord(match.group(1)) - ord("①") + 1
        return NumberMarker(
            None, number, match.start(1), end, _past_spaces(text, end), match.group(1)
        )
    if extended:
        return _extended_marker(text)
    return None


def _extended_marker(text: str) -> NumberMarker | None:
    for style, pattern in ((None, _YAO), (NumberStyle.NUM_PAREN, _CLOSE_PAREN_ONLY)):
        match = pattern.match(text)
        if match is None:
            continue
        number = _value(match.group(2))
        if number is None:
            return None
        end = match.end(1)
        return NumberMarker(
            style, number, match.start(1), end, _past_spaces(text, end), match.group(1)
        )
    return None


def typed_markers_end(text: str) -> int:
    """Where a heading's own text starts after the numbers typed in front of it
    ("一、（一）加强…" → after both; "一是一是…" too), or 0 when none is typed or nothing
    would be left (a bare "1."). The numbering.typed check reports this span and the
    outline leaves it out at rename: a typed number prints after the derived one."""
    marker = match_marker(text, circled=True, decimal=True)
    end = len(text.rstrip())
    if marker is None or marker.text_start >= end:
        return 0
    cut = marker.text_start
    while (
        more := match_marker(text[cut:], circled=True, decimal=True)
    ) and cut + more.text_start < end:
        cut += more.text_start
    return cut


# Words that count what a run of numbers numbers: 三、四季度, 二、三产业, 3、4月份, 一、二等奖,
# 三、四个方面, 二、三线城市. "二、三农工作" is item 二 about 三农: 农 counts nothing.
COUNTED = "季产级类月等年期号批档线次轮个名项种届周天两"
_COUNTS = re.compile(
    rf"{_LEAD}(?:({_N})、{_AFTER}({_N})(?:、{_N})*|({_D})、{_AFTER}({_D})(?:、{_D})*)[{COUNTED}]"
)


def counts_in_a_row(text: str) -> bool:
    """True when `text` starts with consecutive numbers before a counted word
    ("三、四季度工作打算", "3、4月份"): what the text is about, not a marker and its text."""
    match = _COUNTS.match(text)
    if match is None:
        return False
    first, second = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    one, two = _value(first), _value(second)
    return one is not None and two == one + 1


# -- 一是 / 第一， inside a text ---------------------------------------------------------

# A series marker follows the start of a text or a punctuation mark: "统一是" is not one.
# In running prose only the plain numerals count: 两 and 零 are words there (两是, 零是).
_SMALL = "[一二三四五六七八九十]{1,3}"
_INLINE = re.compile(rf"(?<![^，。；：！？、）”\s])(?:({_SMALL})是|第({_SMALL})[，、,])")


def inline_series_markers(text: str) -> Iterator[NumberMarker]:
    """Every 一是 / 第一， series marker anywhere in a text, in order."""
    for match in _INLINE.finditer(text):
        written = match.group(1) or match.group(2)
        number = parse_chinese_numeral(written)
        if number:
            style = NumberStyle.CN_SHI if match.group(1) else NumberStyle.CN_DI
            yield NumberMarker(
                style, number, match.start(), match.end(), match.end(), match.group()
            )
