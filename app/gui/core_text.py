"""Messages from the core in the interface language: the one way the GUI shows them.

The core (no Qt) marks its messages with `N_` (app.core.i18n): a `Text` that reads as
the Chinese message and remembers its templates and fields. `tr_core` looks each
template up under the translation context "core" and fills the fields in again; a
template without a translation shows in Chinese. A plain string is looked up whole,
so a short label the core has not marked yet still finds its English when the .ts
has it, and anything else (a file name, the user's own text) is shown as it is.

The templates reach the .ts through app/gui/core_messages.py, which `python -m
app.i18n_extract` writes from the sources of app/core (lupdate does not see `N_`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import Text

CORE_CONTEXT = "core"


def translate_template(template: str) -> str:
    """One template's translation, "" when the interface language has none."""
    translated = QCoreApplication.translate(CORE_CONTEXT, template)
    return "" if translated == template else translated


def tr_core(text: str) -> str:
    """A message, label or finding from app/core in the interface language."""
    if isinstance(text, Text):
        return text.translated(translate_template)
    if not text:
        return text
    return QCoreApplication.translate(CORE_CONTEXT, text)
