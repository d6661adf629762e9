"""Crash recovery: unsaved work is copied to paths.recovery_dir() every 30 s (a setting).

Each window owns one recovery entry: KEY.json (a normal draft file, readable by
load_draft) and KEY.info.json (which draft it belongs to, the owning process, the time).
The entry is written only while there are unsaved changes and deleted after a clean
save or close. An entry left behind means the app ended without closing the window
(a crash, a power cut): on the next start `offer_recovery` asks whether to restore it,
and restoring opens the text in a new window, marked unsaved (app.gui.main.offer_recovery).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.core import paths
from app.core.draftfile import dumps
from app.core.errors import ZongjieError
from app.core.fileio import atomic_write, process_alive
from app.core.model import Draft


class RecoverySource(Protocol):
    """What the Autosaver reads of its session (a Protocol: the session owns the saver)."""

    path: Path | None

    @property
    def draft(self) -> Draft: ...
    def title(self) -> str: ...
    def is_dirty(self) -> bool: ...
    def flush(self) -> None: ...


INFO_SUFFIX = ".info.json"
_live_keys: set[str] = set()  # recovery entries owned by windows open in this process


@dataclass
class RecoveryEntry:
    key: str
    draft_file: Path
    info_file: Path
    original: str  # the draft's own path, "" for an untitled draft
    title: str
    saved_at: float
    pid: int

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        name = (
            Path(self.original).name
            if self.original
            else QCoreApplication.translate("Recovery", "未命名草稿")
        )
        title = f"《{self.title}》" if self.title else ""
        return f"{title}{name}（{when}）"

    def remove(self) -> None:
        for file in (self.draft_file, self.info_file):
            with contextlib.suppress(OSError):
                file.unlink()


class Autosaver(QObject):
    """Writes a session's draft to its recovery entry while there are unsaved changes."""

    failed = Signal(str)  # the message, once per failed write (editing goes on)

    def __init__(
        self,
        session: RecoverySource,
        seconds: float,
        key: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.key = key or uuid.uuid4().hex[:12]
        _live_keys.add(self.key)
        self.pending = False
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(max(1, seconds) * 1000))
        self.timer.timeout.connect(self.write_if_needed)
        self.timer.start()

    @property
    def draft_file(self) -> Path:
        return paths.recovery_dir() / f"{self.key}.json"

    @property
    def info_file(self) -> Path:
        return paths.recovery_dir() / f"{self.key}{INFO_SUFFIX}"

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(int(seconds * 1000))
        self.timer.start()

    def note_change(self) -> None:
        """Cheap: called on every edit; the work happens on the timer."""
        self.pending = True

    def write_if_needed(self) -> bool:
        session = self.session
        if not self.pending or not session.is_dirty():
            return False
        session.flush()
        info = {
            "original": str(session.path) if session.path else "",
            "title": session.title(),
            "saved_at": time.time(),
            "pid": os.getpid(),
        }
        try:
            atomic_write(self.draft_file, dumps(session.draft), backup=False)
            atomic_write(
                self.info_file, json.dumps(info, ensure_ascii=False).encode("utf-8"), backup=False
            )
        except ZongjieError as exc:  # keep editing; say so once in the status bar
            self.last_error = exc.message
            self.failed.emit(exc.message)
            return False
        self.pending = False
        self.last_error = None
        return True

    def discard(self) -> None:
        """After a clean save or close: the recovery copy is no longer needed."""
        self.pending = False
        for file in (self.draft_file, self.info_file):
            with contextlib.suppress(OSError):
                file.unlink()

    def stop(self) -> None:
        self.timer.stop()
        _live_keys.discard(self.key)


def orphaned_entries() -> list[RecoveryEntry]:
    """Entries no running window owns: left by a crash (of this or an earlier process)."""
    entries = []
    for info_file in sorted(paths.recovery_dir().glob(f"*{INFO_SUFFIX}")):
        key = info_file.name[: -len(INFO_SUFFIX)]
        draft_file = info_file.with_name(f"{key}.json")
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(info, dict) or not draft_file.exists():
            continue
        pid = info.get("pid") if isinstance(info.get("pid"), int) else 0
        if key in _live_keys or (pid != os.getpid() and pid and process_alive(pid)):
            continue
        entries.append(
            RecoveryEntry(
                key,
                draft_file,
                info_file,
                str(info.get("original", "")),
                str(info.get("title", "")),
                float(info.get("saved_at", 0) or 0),
                pid,
            )
        )
    return entries
