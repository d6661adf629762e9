"""Showing a draft file that was just loaded (打开, 最近打开, the command line, start-up).

* A backup (`草稿.json.bak`, the version before the last save) opens as an untitled draft
  with unsaved changes: 保存 must never write into the backup. 另存为 starts at the draft it
  is the backup of (so restoring it is one confirmation; the draft replaced then becomes
  the new backup, so nothing is lost), and the status bar says what it is.
* A draft file shows the section last shown in it (Settings.section_by_draft), unless the
  caller asks for another; unknown ids fall back to the first section.
* A draft that cannot be saved where it is (app.gui.read_only) says so on the status bar.

`show_opened` is handed the window that shows the draft (anything with a session,
`set_draft` and a status bar), never imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from app.core.fileio import BACKUP_SUFFIX
from app.core.model import Draft
from app.core.suffixes import DRAFT_SUFFIX
from app.gui.document.session import DraftSession
from app.gui.read_only import read_only_note
from app.gui.settings import Settings

BACKUP_NAME_END = DRAFT_SUFFIX + BACKUP_SUFFIX  # 草稿.json.bak
NOTE_MS = 20000


class ShowsDraft(Protocol):
    session: DraftSession

    def set_draft(
        self, draft: Draft, path: Path | None, select_id: str | None = None, dirty: bool = False
    ) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - QMainWindow's name


def is_backup(path: Path) -> bool:
    """A draft's backup, by its name: NAME.json.bak."""
    name = Path(path).name.lower()
    return name.endswith(BACKUP_NAME_END) and len(name) > len(BACKUP_NAME_END)


def original_of(backup: Path) -> Path:
    """The draft a backup was kept for: 草稿.json.bak -> 草稿.json."""
    return backup.with_name(backup.name[: -len(BACKUP_SUFFIX)])


def open_filter() -> str:
    """The file types of the 打开 dialog: drafts, their backups, everything."""
    return QCoreApplication.translate(
        "MainWindow", "工作总结草稿 (*.json);;草稿备份 (*.json.bak);;所有文件 (*)"
    )


def backup_note(backup: Path) -> str:
    text = QCoreApplication.translate(
        "MainWindow",
        "这是备份文件“%1”（“%2”上一次保存前的版本），已作为未保存的草稿打开。"
        "请用“另存为”保存；备份文件本身不会被改写。",
    )
    return text.replace("%1", backup.name).replace("%2", original_of(backup).name)


def show_opened(
    target: ShowsDraft,
    draft: Draft,
    path: Path,
    settings: Settings,
    select_id: str | None = None,
) -> bool:
    """Show a loaded draft file in `target`; True when it is a draft to remember in
    最近打开 (False: a backup, opened untitled)."""
    path = Path(path)
    bar = target.statusBar()
    if is_backup(path):
        target.set_draft(draft, None, select_id, dirty=True)
        target.session.save_as_hint = original_of(path.resolve())
        bar.showMessage(backup_note(path), NOTE_MS)
        return False
    target.set_draft(draft, path, select_id or settings.section_for(path))
    note = read_only_note(target.session)
    if note:
        bar.showMessage(note, NOTE_MS)
    return True
