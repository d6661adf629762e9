"""Numbering typed by hand: markers at the start of headings and paragraphs, and
一是/二是 (第一，第二，) series with a gap or a repeat.

Headings are stored without numbers; a numbered level derives 一、/（一）/1./2.1 itself,
so a marker typed into such a heading prints twice ("2.1　" too: the decimal style's). What a marker is, and that 三、四季度 is
none, is the grammar in app.core.zh.markers, the one the importer reads headings with.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from app.core.checks.base import HEADING, PARAGRAPH_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_
from app.core.numbering import NumberStyle, format_number
from app.core.zh.markers import GBT_STYLES, inline_series_markers, match_marker, typed_markers_end

TYPED = register("numbering.typed", N_("标题中手工输入的编号"), "warning", auto_fix=True)
MARKER = register("numbering.marker", N_("序号格式不规范"), "warning", auto_fix=True)
SERIES = register("numbering.series", N_("“一是、二是”序号不连续"), "warning")


@text_rule(TYPED, {HEADING})
def typed_heading_number(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not ctx.numbered:
        return
    # "一、（一）加强…", "一是一是…": every marker typed in front goes, or the fix would
    # leave the next one behind to be reported again.
    cut = typed_markers_end(text)
    if not cut:
        return
    marker = match_marker(text, circled=True, decimal=True)
    assert marker is not None
    message = N_(
        "标题开头手工输入了编号“{marker}”。编号由程序按位置自动生成，打印时会重复，请删除。",
        marker=marker.written,
    )
    if marker.style and ctx.style and marker.style != ctx.style:
        # "（一）" typed at a 一、 level: maybe the section sits one level off.
        message += N_("如果这一节的层级不对，请在提纲中调整层级（升级/降级）。")
    yield Hit(TYPED, 0, cut, message, "")


@text_rule(MARKER, PARAGRAPH_KINDS | {HEADING})
def wrong_marker_form(text: str, ctx: UnitContext) -> Iterator[Hit]:
    """A GB/T 9704 marker (一、 （一） 1. （1）) in another form: 1、 (一) （一）、 一. …
    Checked at the start of paragraphs and of headings whose level has no number."""
    if ctx.kind == HEADING and ctx.numbered:
        return  # the typed-number rule removes the marker altogether
    marker = match_marker(text)
    if marker is None or marker.style not in GBT_STYLES or marker.is_standard:
        return
    right = marker.standard
    yield Hit(
        MARKER,
        marker.start,
        marker.end - marker.start,
        N_("序号“{marker}”格式不规范，应写作“{right}”。", marker=marker.written, right=right),
        right,
    )


# -- 一是/二是 series -------------------------------------------------------------------


def series_marks(text: str) -> list[tuple[int, int, str, int, NumberStyle]]:
    """(offset, length, marker, value, style) of every 一是/第一， marker in a text, and
    of a 一、/（一）/1./（1） marker at its start."""
    marks = []
    start = match_marker(text)
    if start is not None and start.style in GBT_STYLES:
        length = start.end - start.start
        marks.append((start.start, length, start.written, start.number, start.style))
    for mark in inline_series_markers(text):
        assert mark.style is not None  # inline markers are 一是 or 第一，
        marks.append((mark.start, mark.end - mark.start, mark.written, mark.number, mark.style))
    return marks


def series_problems(
    paragraphs: Sequence[str],
) -> Iterator[tuple[int, int, int, str]]:
    """(paragraph index, offset, length, message) for gaps and repeats in a run of text.

    A series starts at 一是 (第一，, 一、, （一）, 1., （1）); each next marker of the same kind
    should be one more. A series runs on across paragraphs, so "一是…" and "二是…" as
    separate paragraphs count as one, as do paragraphs starting "（一）", "（二）".
    """
    last: dict[NumberStyle, int] = {}
    for index, text in enumerate(paragraphs):
        for offset, length, marker, value, style in series_marks(text):
            previous = last.get(style)
            last[style] = value
            if value == 1 or previous is None or value == previous + 1:
                continue
            expected = format_number(style, previous + 1)
            before = format_number(style, previous)
            if value <= previous:
                message = N_(
                    "“{marker}”与前面的序号重复或倒序（前一个是“{before}”），应为“{expected}”。",
                    marker=marker,
                    before=before,
                    expected=expected,
                )
            else:
                message = N_(
                    "序号从“{before}”跳到了“{marker}”，缺少“{expected}”。请补上或改正序号。",
                    before=before,
                    marker=marker,
                    expected=expected,
                )
            yield index, offset, length, message
