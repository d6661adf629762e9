"""Template instructions left in the text: "（在此用一两句话概括全年主要工作……）".

The templates in resources/templates/ write every instruction to the user in one form,
and this rule knows that form: a remark in parentheses that ends with an ellipsis right
before its closing parenthesis — "（" + what to write + "……）". Finished text has no use
for such a remark (a quotation cut short ends "……”", a list "等"), so the rule flags it
anywhere: pasted into another draft, copied between sections, left in a heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import ALL_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_

TEMPLATE_HINT = register("template.hint", N_("模板的填写说明"), "error")

# Long enough for the templates' longest remark (48 characters) with room to spare, short
# enough that a paragraph with two unrelated parentheses is not taken as one remark.
HINT_MAX_CHARS = 120
HINT_PATTERN = re.compile(rf"[（(][^（）()\n]{{0,{HINT_MAX_CHARS}}}……[）)]")


def in_template_hint(text: str, offset: int) -> bool:
    """text[offset] lies inside a template instruction."""
    return "……" in text and any(m.start() <= offset < m.end() for m in HINT_PATTERN.finditer(text))


@text_rule(TEMPLATE_HINT, ALL_KINDS)
def template_hints(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if "……" not in text:
        return
    for match in HINT_PATTERN.finditer(text):
        yield Hit(
            TEMPLATE_HINT,
            match.start(),
            len(match.group()),
            N_(
                "“{hint}”是模板里的填写说明，会原样打印出来。请换成实际内容，或删去这段说明。",
                hint=_short(match.group()),
            ),
        )


def _short(hint: str, width: int = 16) -> str:
    return hint if len(hint) <= width else hint[: width - 2] + "……）"
