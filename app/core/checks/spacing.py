"""Spaces inside Chinese text, spaces at the edges, and empty paragraphs.

The export indents paragraphs itself, so spaces typed for indentation print twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import ALL_KINDS, PARAGRAPH_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_
from app.core.numbering import NumberStyle
from app.core.zh.chars import is_cjk
from app.core.zh.markers import match_marker

INNER_SPACE = register("space.inner", N_("多余空格"), "warning", auto_fix=True)
EDGE_SPACE = register("space.edge", N_("首尾空格"), "warning", auto_fix=True)
EMPTY_PARAGRAPH = register("para.empty", N_("空段落"), "info", auto_fix=True)

# A tab is not a stray space: it separates the cells of a pasted table row (rich_paste).
_SPACES = re.compile("[ \u3000\u00a0]+")


@text_rule(INNER_SPACE, ALL_KINDS)
def spaces_in_chinese(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not _SPACES.search(text):
        return
    stripped = text.strip()
    if not stripped:
        return
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip())
    # "3.1.1　加快……": a decimal clause number is followed by a space, as GB/T 1.1 sets it.
    marker = match_marker(text, decimal=True)
    after_number = marker.end if marker and marker.style is NumberStyle.DECIMAL else -1
    for match in _SPACES.finditer(text, first, last):
        start, end = match.span()
        if start == after_number:
            continue
        if is_cjk(text[start - 1]) or is_cjk(text[end]):
            if "\u3000" in match.group():
                message = N_("中文中间有多余的全角空格，请删除。")
            else:
                message = N_("中文中间有多余的空格，请删除。")
            yield Hit(INNER_SPACE, start, end - start, message, "")


@text_rule(EDGE_SPACE, ALL_KINDS)
def spaces_at_edges(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not text or not (text[0].isspace() or text[-1].isspace()) or not text.strip():
        return
    lead = len(text) - len(text.lstrip())
    if lead:
        yield Hit(
            EDGE_SPACE, 0, lead, N_("开头有空格。段落缩进由程序自动排版，请删除这些空格。"), ""
        )
    trail = len(text) - len(text.rstrip())
    if trail:
        yield Hit(EDGE_SPACE, len(text) - trail, trail, N_("末尾有多余空格，请删除。"), "")


@text_rule(EMPTY_PARAGRAPH, PARAGRAPH_KINDS)
def empty_paragraph(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not text.strip():
        yield Hit(
            EMPTY_PARAGRAPH,
            0,
            len(text),
            N_("空段落：段与段之间不需要空行，排版时会自动处理。可删除此段。"),
            "",
            True,
        )
