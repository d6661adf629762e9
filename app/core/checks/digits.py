"""Full-width digits (１２００万元): GB/T 15835-2011 writes Arabic numerals half-width.

Full-width digits come from typing with the input method in full-width mode; they look
out of place in print and break searching and sorting. Converting them is always safe,
so the fix is automatic. The 成文日期 has its own rule (dates.py), which also converts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.checks.base import PROSE_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_
from app.core.zh.chars import FULLWIDTH_TO_ASCII

FULLWIDTH_DIGITS = register("number.fullwidth", N_("全角数字"), "warning", auto_fix=True)

# A run of full-width digits, with a full-width point only between two digits (１２．５).
_RUN = re.compile("[０-９]+(?:．[０-９]+)*")


@text_rule(FULLWIDTH_DIGITS, PROSE_KINDS)
def fullwidth_digits(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _RUN.finditer(text):  # a regex scan: far faster than a loop over chars
        found = match.group()
        right = found.translate(FULLWIDTH_TO_ASCII)
        yield Hit(
            FULLWIDTH_DIGITS,
            match.start(),
            len(found),
            N_("“{found}”是全角数字，应使用半角数字“{right}”。", found=found, right=right),
            right,
        )
