"""Labels app/core defines in Chinese, in the interface language.

The core marks its numbering-style labels (numbering.STYLE_LABELS) and check rule titles
(checks.RULES) with `N_`, so they reach the translation file with every other core
message (app.gui.core_text); there is no copy of them here. The severity names
(checks.SEVERITY_LABELS) read in English once app/core/checks/base.py marks them too.
These helpers only say what each lookup is for.
"""

from __future__ import annotations

from app.core.numbering import STYLE_LABELS, NumberStyle
from app.gui.core_text import tr_core


def style_label(style: NumberStyle | str) -> str:
    """ "一是 二是 三是" in the interface language."""
    return tr_core(STYLE_LABELS[NumberStyle(style)])


def rule_title(title: str) -> str:
    """A check rule's title (checks.RULES[rule].title) in the interface language."""
    return tr_core(title)


def severity_label(label: str) -> str:
    """错误 / 警告 / 提示 (checks.SEVERITY_LABELS values) in the interface language."""
    return tr_core(label)
