"""Rules about the shape of the draft: budgets, empty headings, 标题 ending in punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import ATTACHMENT, HEADING, TITLE, Hit, UnitContext, register, text_rule
from app.core.i18n import N_

BUDGET = register("section.budget", N_("超出字数上限"), "warning")
EMPTY_HEADING = register("heading.empty", N_("空标题"), "error")
END_PUNCT = register("heading.end-punct", N_("标题末尾的标点"), "warning", auto_fix=True)

_END = re.compile("[。，、；：,.;:]+$")


@text_rule(END_PUNCT, {HEADING, TITLE, ATTACHMENT})
def heading_end_punctuation(text: str, ctx: UnitContext) -> Iterator[Hit]:
    """Titles, headings on their own line and 附件 names carry no end mark.

    A run-in heading is printed with its first paragraph; ending it with 。 is right.
    """
    if ctx.run_in or not text:
        return
    match = _END.search(text)
    if match and match.start() > 0:
        if ctx.kind == TITLE:
            message = N_("标题末尾不加标点“{mark}”，请删除。", mark=match.group())
        elif ctx.kind == ATTACHMENT:
            message = N_("附件名称末尾不加标点“{mark}”，请删除。", mark=match.group())
        else:
            message = N_("单独成行的标题末尾不加标点“{mark}”，请删除。", mark=match.group())
        yield Hit(END_PUNCT, match.start(), len(match.group()), message, "")


def budget_message(count: int, budget: int) -> str:
    return N_(
        "本节共 {count} 字，超出字数上限 {budget} 字 {over} 字，请精简。",
        count=count,
        budget=budget,
        over=count - budget,
    )


EMPTY_HEADING_MESSAGE = N_("这一节没有标题。请填写标题，或删除这一节。")
