"""导入 and 粘贴导入: a file or the clipboard's text through the import preview.

The preview (and with it the importer) is loaded on first use, not at start-up. An
accepted import is handed to `open_imported`, which opens it as new, unsaved work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.core.model import Draft
from app.gui.file_prompts import IMPORT_SUFFIXES, dropped_file


class ImportActions(QObject):
    def __init__(self, parent: QWidget, open_imported: Callable[[Draft], object]) -> None:
        super().__init__(parent)
        self.parent_widget, self._open_imported = parent, open_imported

    def import_file(self, path: Path | None = None) -> None:
        """Import a .txt/.docx (asks for one when no path is given) through the preview."""
        from app.gui.import_dialog import run_import_dialog  # the importer: on first use

        self._accepted(run_import_dialog(self.parent_widget, path=str(path) if path else None))

    def paste_import(self) -> None:
        """粘贴导入: the text copied from a web page, a chat or Word, through the preview.

        A .txt/.docx file copied in the file manager is imported as that file (its text
        on the clipboard would only be the file's path)."""
        from app.gui.import_dialog import run_import_dialog  # the importer: on first use

        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        copied = dropped_file(mime) if mime is not None else None
        if copied is not None and copied.suffix.lower() in IMPORT_SUFFIXES:
            self.import_file(copied)
            return
        self._accepted(run_import_dialog(self.parent_widget, text=clipboard.text()))

    def _accepted(self, draft: Draft | None) -> None:
        if draft is not None:
            self._open_imported(draft)
