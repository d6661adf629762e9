"""Unfilled placeholders: ×××, XX, X月X日, **, ○○, 【待补】, [ ], ____ left in the text.

〇 is also the zero of written years (二〇二〇年), so 〇〇 counts only away from numerals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import ALL_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_
from app.core.zh.numerals import NUMERAL_CHARS

PLACEHOLDER = register("placeholder", N_("未填写的占位符"), "error")
MARKDOWN = register("markup.bold", N_("多余的“**”加粗符号"), "warning")

_NUMERAL_NEIGHBOURS = NUMERAL_CHARS + "年"
# The look-ahead on the first character lets the regex engine skip most positions at
# once; without it every alternative is tried at every character (8x slower).
_FIRST = "×xXＸｘ✕╳*＊○〇□△【\\[［（(_＿TD"
_PATTERN = re.compile(
    f"(?=[{_FIRST}])(?:"
    r"[×xXＸｘ✕╳]{2,}(?![A-Za-z])"
    r"|[×xXＸｘ](?=[年月日时])"  # X月X日, ×年: a date left open
    r"|\*{2,}|＊{2,}"
    r"|○{2,}|〇{2,}|□{2,}|△{2,}"
    r"|[【\[［][^【】\[\]［］]{0,12}(?:待补|待填|待定|待完善|待核|补充|填写|TODO|TBD)[^【】\[\]［］]{0,12}[】\]］]"
    r"|[【\[［（(][ \u3000]*[】\]］）)]"
    r"|_{3,}|＿{2,}"
    r"|TODO|TBD)"
)


# "**重点工作**：": Markdown bold pasted from a chat tool or a .md file, not a blank to
# fill. Taken as bold only where a heading-like phrase would be: opening at the start or
# after a stop, closing before a stop, so "投资**亿元，占**%" stays two blanks.
_MARKDOWN_BOLD = re.compile(
    r"(?<![^\s。；：:！？，、（(“])\*\*(?=[^\s*，。、；：！？）》”])"
    r"([^*\n]{1,60}?)(?<=[^\s*])\*\*(?=$|[\s：:，。；！？、）)”])"
)


def _markdown_bold(text: str) -> list[re.Match[str]]:
    return list(_MARKDOWN_BOLD.finditer(text)) if "**" in text else []


@text_rule(MARKDOWN, ALL_KINDS)
def markdown_bold(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _markdown_bold(text):
        yield Hit(
            MARKDOWN,
            match.start(),
            len(match.group()),
            N_(
                "“{found}”中的“**”是网页或聊天工具里的加粗写法，打印时会原样出现。"
                "请删去“**”；需要加粗时用工具栏的加粗按钮。",
                found=match.group(),
            ),
            match.group(1),
        )


@text_rule(PLACEHOLDER, ALL_KINDS)
def placeholders(text: str, ctx: UnitContext) -> Iterator[Hit]:
    bold = [m.span() for m in _markdown_bold(text)]
    for match in _PATTERN.finditer(text):
        found, start, end = match.group(), match.start(), match.end()
        if bold and any(a <= start < b for a, b in bold):
            continue  # the asterisks of **加粗**: the Markdown rule reports them
        if (
            found[0] in "xXＸｘ"
            and start > 0
            and text[start - 1].isascii()
            and (text[start - 1].isalpha() or (len(found) == 1 and text[start - 1].isdigit()))
        ):
            continue  # part of an English word or code such as "XXL"/"maxx"
        if found[0] == "〇" and _next_to_numeral(text, start, end):
            continue  # 二〇〇八年
        yield Hit(
            PLACEHOLDER,
            start,
            end - start,
            N_("“{found}”像是没有填写的占位内容，请填上实际内容。", found=found),
        )


def _next_to_numeral(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return (
        (before and before in _NUMERAL_NEIGHBOURS)
        or (after and after in _NUMERAL_NEIGHBOURS)
        or False
    )
