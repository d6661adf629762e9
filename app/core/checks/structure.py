"""Rules about the shape of the draft: budgets, empty headings, 标题 ending in punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import ATTACHMENT, HEADING, TITLE, Hit, UnitContext, register, text_rule

BUDGET = register("section.budget", "超出字数上限", "warning")
EMPTY_HEADING = register("heading.empty", "空标题", "error")
END_PUNCT = register("heading.end-punct", "标题末尾的标点", "warning", auto_fix=True)

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
        what = {TITLE: "标题", ATTACHMENT: "附件名称"}.get(ctx.kind, "单独成行的标题")
        yield Hit(
            END_PUNCT,
            match.start(),
            len(match.group()),
            f"{what}末尾不加标点“{match.group()}”，请删除。",
            "",
        )


def budget_message(count: int, budget: int) -> str:
    return f"本节共 {count} 字，超出字数上限 {budget} 字 {count - budget} 字，请精简。"


EMPTY_HEADING_MESSAGE = "这一节没有标题。请填写标题，或删除这一节。"
