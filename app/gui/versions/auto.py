"""The version an export keeps (app.core.versions: one on each export).

A version that cannot be kept never stops the export: the status bar says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from app.core.errors import ZongjieError
from app.core.versions import VersionInfo, VersionKind
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession

NOTE_MS = 8000


def keep_export_version(session: DraftSession, status: QStatusBar) -> VersionInfo | None:
    """Keep the draft as exported as a version (None: untitled, unchanged, or failed)."""
    try:
        return session.take_version(VersionKind.EXPORT)
    except ZongjieError as exc:
        text = QCoreApplication.translate("Versions", "未能保存导出时的版本：%1")
        status.showMessage(text.replace("%1", tr_core(exc.message)), NOTE_MS)
        return None
