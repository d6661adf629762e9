"""规范检查: the slips a formatting reviewer would send back, found and (where safe) fixed.

    findings = check_draft(draft)            # or Checker().check(draft), incremental
    apply_fixes(draft, [f for f in findings if f.fix])

Each rule has an id, a Chinese title and a severity in RULES; AUTO_FIX_RULES lists those
whose fixes are safe to apply without a person looking at them.
"""

from app.core.checks.base import (
    AUTO_FIX_RULES,
    RULES,
    SEVERITY_LABELS,
    Finding,
    Fix,
    Location,
    RuleInfo,
)
from app.core.checks.checker import Checker, check_draft
from app.core.checks.fixing import apply_fixes, auto_fixable

__all__ = [
    "AUTO_FIX_RULES",
    "RULES",
    "SEVERITY_LABELS",
    "Checker",
    "Finding",
    "Fix",
    "Location",
    "RuleInfo",
    "apply_fixes",
    "auto_fixable",
    "check_draft",
]
