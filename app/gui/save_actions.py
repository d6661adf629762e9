"""保存 / 另存为 / 关闭前保存 of a session, with the messages a window shows.

The session saves (and raises the core's errors); this says what went wrong or where the
draft went, and remembers saved drafts in the settings (最近打开, reopen at start)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.core import paths
from app.core.errors import DraftLockedError, ZongjieError
from app.gui.document.session import DraftSession
from app.gui.file_prompts import ask_save_path, ask_unsaved
from app.gui.settings import Settings, save_settings


class SaveActions(QObject):
    def __init__(self, session: DraftSession, settings: Settings, window: QMainWindow) -> None:
        super().__init__(window)
        self.session, self.settings, self.window = session, settings, window

    def save(self) -> bool:
        path = self.session.path
        if path is None:
            return self.save_as()
        return self._saved(self.session.save, path)

    def save_as(self) -> bool:
        fallback = self.session.title() or self.tr("工作总结")
        suggested = self.session.path or paths.drafts_dir() / fallback
        path = ask_save_path(self.window, suggested)
        return self.save_to(path) if path is not None else False

    def save_to(self, path: Path) -> bool:
        """Save under a new name: the lock moves to the new file."""
        return self._saved(lambda: self.session.save_to(path), Path(path).resolve())

    def maybe_save(self) -> bool:
        """True when the window may close (saved, discarded or nothing to save)."""
        session = self.session
        session.flush()
        if not session.is_dirty():
            return True
        name = session.path.name if session.path else self.tr("未命名草稿")
        answer = ask_unsaved(self.window, name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_draft = str(Path(path).resolve())
        save_settings(self.settings)

    def _saved(self, write: Callable[[], str | None], path: Path) -> bool:
        try:
            warning = write()
        except DraftLockedError as exc:
            QMessageBox.warning(self.window, self.tr("草稿正被编辑"), exc.message)
            return False
        except ZongjieError as exc:
            QMessageBox.warning(self.window, self.tr("保存失败"), exc.message)
            return False
        self.remember(path)
        if warning:  # saved, but the previous version could not be kept as the backup
            QMessageBox.warning(self.window, self.tr("已保存，但未能保留上一版本"), warning)
        message = self.tr("已保存到 %1").replace("%1", str(path))
        self.window.statusBar().showMessage(message, 4000)
        return True
