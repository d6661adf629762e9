"""Rules about the shape of the draft: budgets, empty headings, 标题 ending in punctuation,
the 主送机关's closing colon (7.3.2) and the form of the 发文字号 (7.2.4)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import (
    ATTACHMENT,
    DOC_NUMBER,
    HEADING,
    RECIPIENT,
    TITLE,
    Hit,
    UnitContext,
    register,
    text_rule,
)
from app.core.i18n import N_

BUDGET = register("section.budget", N_("超出字数上限"), "warning")
EMPTY_HEADING = register("heading.empty", N_("空标题"), "error")
END_PUNCT = register("heading.end-punct", N_("标题末尾的标点"), "warning", auto_fix=True)

_END = re.compile("[。，、；：,.;:]+$")


RECIPIENT_COLON = register("recipient.colon", N_("主送机关末尾的冒号"), "warning")
DOC_NUMBER_FORM = register("doc-number.form", N_("发文字号的写法"), "warning")
_RECIPIENT_END = re.compile("[：:，,。.；;、]*$")
# 7.2.4: 年份标全称，用六角括号〔〕括入；发文顺序号不加“第”字，不编虚位（1 不编为 01）.
_NUMBER_FORM = re.compile(
    r"^(?P<org>.*?)(?P<open>\S)(?P<year>\d{4})(?P<close>\S)(?P<di>第?)(?P<seq>\d+)号$"
)


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


@text_rule(RECIPIENT_COLON, {RECIPIENT})
def recipient_colon(text: str, ctx: UnitContext) -> Iterator[Hit]:
    """7.3.2: the last name of the 主送机关 is followed by a full-width colon."""
    stripped = text.rstrip()
    if not stripped or stripped.endswith("："):
        return
    end = _RECIPIENT_END.search(stripped)
    start = end.start() if end else len(stripped)
    message = N_("主送机关最后一个机关名称后用全角冒号“：”。")
    yield Hit(RECIPIENT_COLON, start, len(stripped) - start, message, "：")


@text_rule(DOC_NUMBER_FORM, {DOC_NUMBER})
def doc_number_form(text: str, ctx: UnitContext) -> Iterator[Hit]:
    """7.2.4: 国办函〔2004〕71号 — the year in 〔〕, the number without 第 or a leading 0."""
    match = _NUMBER_FORM.match(text.strip())
    if match is None:
        return
    right = f"〔{match['year']}〕{int(match['seq'])}号"
    start = match.start("open") + (len(text) - len(text.lstrip()))
    written = text.strip()[match.start("open") :]
    if written != right:
        message = N_(
            "发文字号“{written}”应写作“{right}”：年份用六角括号〔〕括入，"
            "顺序号不加“第”字、不编虚位。",
            written=text.strip(),
            right=match["org"] + right,
        )
        yield Hit(DOC_NUMBER_FORM, start, len(written), message, right)
