"""保存 / 另存为 / 关闭前保存 of a session, with the messages a window shows.

The session saves (and raises the core's errors); this says what went wrong or where the
draft went, and remembers saved drafts in the settings (最近打开, reopen at start).

A draft that cannot be saved where it is (its folder or file is read-only: the session's
`read_only`) is saved with 另存为, starting in the drafts folder; every message about a
failed save offers 另存为 as a button, and the draft stays open and unsaved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.core import paths
from app.core.errors import ReadOnlyFolderError, ZongjieError
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.file_prompts import ask_save_path, ask_unsaved
from app.gui.read_only import ReadOnlyBadge, problem_title
from app.gui.settings import Settings, save_settings


class SaveActions(QObject):
    def __init__(self, session: DraftSession, settings: Settings, window: QMainWindow) -> None:
        super().__init__(window)
        self.session, self.settings, self.window = session, settings, window
        self.badge = ReadOnlyBadge(window.statusBar(), session)

    def save(self) -> bool:
        path = self.session.path
        if path is None or self.session.read_only is not None:
            return self.save_as()
        return self._saved(self.session.save, path)

    def save_as(self) -> bool:
        path = ask_save_path(self.window, self.suggested_path())
        return self.save_to(path) if path is not None else False

    def suggested_path(self) -> Path:
        """Where 另存为 starts: the draft's own file, or a place where it can be saved."""
        session = self.session
        fallback = paths.drafts_dir() / (session.title() or self.tr("工作总结"))
        own = session.path
        if own is None:
            return session.save_as_hint or fallback
        if isinstance(session.read_only, ReadOnlyFolderError):
            return paths.drafts_dir() / own.name
        if session.read_only is not None:  # a read-only file: a new one beside it
            return own.with_name(self.tr("%1（副本）").replace("%1", own.stem) + own.suffix)
        return own

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
        except ZongjieError as exc:
            # The draft stays open and unsaved; 另存为 is one click away.
            return self.save_as() if self._ask_save_as(exc) else False
        self.remember(path)
        if warning:  # saved, but the previous version could not be kept as the backup
            QMessageBox.warning(
                self.window, self.tr("已保存，但未能保留上一版本"), tr_core(warning)
            )
        message = self.tr("已保存到 %1").replace("%1", str(path))
        self.window.statusBar().showMessage(message, 4000)
        return True

    def _ask_save_as(self, problem: ZongjieError) -> bool:
        """Say why the save failed; True when the user chose 另存为."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(problem_title(problem))
        box.setText(tr_core(problem.message))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        save_as = box.addButton(self.tr("另存为…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.setEscapeButton(QMessageBox.StandardButton.Ok)
        box.exec()
        return box.clickedButton() is save_as
