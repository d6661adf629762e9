"""Numbering typed by hand: markers at the start of headings and paragraphs, and
一是/二是 (第一，第二，) series with a gap or a repeat.

Headings are stored without numbers; a numbered level derives 一、/（一）/1. itself, so a
marker typed into such a heading prints twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.core.checks.base import (
    CN_DIGITS,
    HEADING,
    PARAGRAPH_KINDS,
    Hit,
    UnitContext,
    chinese_number_value,
    register,
    text_rule,
)
from app.core.checks.digits import FULLWIDTH_TO_ASCII

TYPED = register("numbering.typed", "标题中手工输入的编号", "warning", auto_fix=True)
MARKER = register("numbering.marker", "序号格式不规范", "warning", auto_fix=True)
SERIES = register("numbering.series", "“一是、二是”序号不连续", "warning")

_CN = f"[{CN_DIGITS}]{{1,3}}"
# Any marker a person might type at the start of a heading, with the spaces after it.
_ANY_MARKER = re.compile(
    rf"^[ \u3000]*(?:{_CN}[、.．,，]"
    rf"|[（(][ ]*{_CN}[ ]*[）)][、.，,]?"
    r"|\d{1,3}[.．、,，](?!\d)"
    r"|[（(][ ]*\d{1,3}[ ]*[）)][、.，,]?"
    rf"|{_CN}是(?=[\u4e00-\u9fff“（《])"
    rf"|第{_CN}[，、,:：]"
    r"|[①-⑳])[ \u3000]*"
)


@text_rule(TYPED, {HEADING})
def typed_heading_number(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not ctx.numbered:
        return
    match = _ANY_MARKER.match(text)
    if match and match.end() < len(text.rstrip()) and not _counts_in_a_row(text):
        end = match.end()
        # "一、（一）加强…", "一是一是…": every marker typed in front goes, or the fix
        # would leave the next one behind to be reported again.
        while (more := _ANY_MARKER.match(text[end:])) and end + more.end() < len(text.rstrip()):
            end += more.end()
        marker = match.group().strip()
        message = (
            f"标题开头手工输入了编号“{marker}”。编号由程序按位置自动生成，打印时会重复，请删除。"
        )
        typed_style = _style_of(marker)
        if typed_style and ctx.style and typed_style != ctx.style:
            # "（一）" typed at a 一、 level: maybe the section sits one level off.
            message += "如果这一节的层级不对，请在提纲中调整层级（升级/降级）。"
        yield Hit(TYPED, 0, end, message, "")


# "三、四季度工作打算", "二、三产业融合": consecutive numbers before a counted word are
# what the heading is about, not a marker (fixing would cut "三、" off the meaning).
_COUNTS = re.compile(rf"^[ \u3000]*({_CN})、({_CN})(?:、{_CN})*[季产级类月等年期号批档线次轮]")


def _counts_in_a_row(text: str) -> bool:
    match = _COUNTS.match(text)
    if not match:
        return False
    first, second = chinese_number_value(match.group(1)), chinese_number_value(match.group(2))
    return first is not None and second == first + 1


_STYLE_OF_MARKER = [
    (re.compile(rf"^{_CN}[、.．,，]$"), "cn-dun"),
    (re.compile(rf"^[（(]\s*{_CN}\s*[）)]"), "cn-paren"),
    (re.compile(r"^\d+[.．、,，]$"), "num-dot"),
    (re.compile(r"^[（(]\s*\d+\s*[）)]"), "num-paren"),
    (re.compile(rf"^{_CN}是$"), "cn-shi"),
    (re.compile(rf"^第{_CN}"), "cn-di"),
]


def _style_of(marker: str) -> str:
    """The numbering style a typed marker belongs to ("" when unknown, e.g. ①)."""
    return next((style for pattern, style in _STYLE_OF_MARKER if pattern.match(marker)), "")


# Wrong forms of the GB/T 9704 markers, with the right form. Checked at the start of
# paragraphs and of headings whose level has no automatic number.
_WRONG_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(\d{1,2})[、．,，](?!\d)"), "{0}."),  # 1、 → 1.
    (re.compile(rf"^[（(]\s*({_CN})\s*[）)][、.，,]"), "（{0}）"),  # （一）、 → （一）
    (re.compile(rf"^(?:\(\s*({_CN})\s*[）)]|（\s*({_CN})\s*\))"), "（{0}）"),  # (一) → （一）
    (re.compile(r"^[（(]\s*(\d{1,2})\s*[）)][、.，,]"), "（{0}）"),  # （1）、 → （1）
    (re.compile(r"^(?:\(\s*(\d{1,2})\s*[）)]|（\s*(\d{1,2})\s*\))"), "（{0}）"),  # (1) → （1）
    (re.compile(rf"^({_CN})[.．,，](?!\d)"), "{0}、"),  # 一. → 一、
]


@text_rule(MARKER, PARAGRAPH_KINDS | {HEADING})
def wrong_marker_form(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if ctx.kind == HEADING and ctx.numbered:
        return  # the typed-number rule removes the marker altogether
    first = text[:1]
    if not first or not (first.isdigit() or first in "(（" or first in CN_DIGITS):
        return
    for pattern, form in _WRONG_FORMS:
        match = pattern.match(text)
        if match:
            number = next(g for g in match.groups() if g)
            right = form.format(number.translate(FULLWIDTH_TO_ASCII))  # １、 → 1.
            yield Hit(
                MARKER, 0, match.end(), f"序号“{match.group()}”格式不规范，应写作“{right}”。", right
            )
            return


# -- 一是/二是 series -------------------------------------------------------------------

# A series marker follows the start of a paragraph or a punctuation mark: "统一是" is not one.
_SERIES_MARK = re.compile(rf"(?<![^，。；：！？、）”\s])(?:({_CN})是|第({_CN})[，、,])")


# Markers at the very start of a paragraph (or heading): 一、 （一） 1. （1）, in the right
# or a wrong form (the form is the marker rule's business, the count is this one's).
_START_MARKS = [
    (re.compile(rf"^[ \u3000]*({_CN})[、．.](?!\d)"), "dun"),
    (re.compile(rf"^[ \u3000]*[（(]\s*({_CN})\s*[）)]"), "paren-cn"),
    (re.compile(r"^[ \u3000]*(\d{1,2})[.．、](?!\d)"), "dot"),
    (re.compile(r"^[ \u3000]*[（(]\s*(\d{1,2})\s*[）)]"), "paren-num"),
]


def _start_mark(text: str) -> tuple[int, int, str, int, str] | None:
    first = text.lstrip(" \u3000")[:1]
    if not first or not (first in "(（" or first in CN_DIGITS or first.isdigit()):
        return None  # most paragraphs: no regex tried
    for pattern, family in _START_MARKS:
        match = pattern.match(text)
        if not match:
            continue
        if family == "dun" and _counts_in_a_row(text):
            return None  # 一、二季度: numbers, not a marker
        digits = match.group(1)
        value = int(digits) if digits.isdigit() else chinese_number_value(digits)
        if not value:
            return None
        start = len(text) - len(text.lstrip(" \u3000"))
        return start, match.end() - start, match.group().strip(), value, family
    return None


def series_marks(text: str) -> list[tuple[int, int, str, int, str]]:
    """(offset, length, marker, value, family) of every 一是/第一， marker in a text, and
    of a 一、/（一）/1./（1） marker at its start."""
    marks = []
    start = _start_mark(text)
    if start:
        marks.append(start)
    for match in _SERIES_MARK.finditer(text):
        digits = match.group(1) or match.group(2)
        value = chinese_number_value(digits)
        if value:
            family = "shi" if match.group(1) else "di"
            marks.append((match.start(), match.end() - match.start(), match.group(), value, family))
    return marks


def series_problems(
    paragraphs: Sequence[str],
) -> Iterator[tuple[int, int, int, str]]:
    """(paragraph index, offset, length, message) for gaps and repeats in a run of text.

    A series starts at 一是 (第一，, 一、, （一）, 1., （1）); each next marker of the same kind
    should be one more. A series runs on across paragraphs, so "一是…" and "二是…" as
    separate paragraphs count as one, as do paragraphs starting "（一）", "（二）".
    """
    last: dict[str, int] = {}
    for index, text in enumerate(paragraphs):
        for offset, length, marker, value, family in series_marks(text):
            previous = last.get(family)
            last[family] = value
            if value == 1 or previous is None or value == previous + 1:
                continue
            expected = _marker(family, previous + 1)
            if value <= previous:
                message = f"“{marker}”与前面的序号重复或倒序（前一个是“{_marker(family, previous)}”），应为“{expected}”。"
            else:
                message = f"序号从“{_marker(family, previous)}”跳到了“{marker}”，缺少“{expected}”。请补上或改正序号。"
            yield index, offset, length, message


def _marker(family: str, value: int) -> str:
    from app.core.numbering import chinese_numeral

    cn = chinese_numeral(value)
    return {
        "shi": f"{cn}是",
        "di": f"第{cn}，",
        "dun": f"{cn}、",
        "paren-cn": f"（{cn}）",
        "dot": f"{value}.",
        "paren-num": f"（{value}）",
    }[family]
