"""Crash recovery: unsaved work is copied to paths.recovery_dir() every 30 s (a setting).

Each session owns one recovery entry, written by app.core.recovery in one atomic step
(the copy and what it belongs to appear together or not at all), only while there are
unsaved changes, and deleted after a clean save or close. An entry left behind means the
app ended without closing the window (a crash, a power cut): at the next start
`orphaned_entries` finds it and app.gui.main.offer_recovery asks whether to restore it.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import recovery
from app.core.errors import ZongjieError
from app.core.model import Draft

_live_keys: set[str] = set()  # recovery entries owned by sessions open in this process


class RecoverySource(Protocol):
    """What the Autosaver reads of its session (a Protocol: the session owns the saver)."""

    path: Path | None

    @property
    def draft(self) -> Draft: ...
    def title(self) -> str: ...
    def is_dirty(self) -> bool: ...
    def flush(self) -> None: ...


class Autosaver(QObject):
    """Writes a session's draft to its recovery entry while there are unsaved changes."""

    failed = Signal(object)  # the message (a core Text, translatable), once per failed write

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
        """The entry's one file (KEY.recovery)."""
        return recovery.entry_path(self.key)

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
        try:
            recovery.write_entry(self.key, session.draft, session.path, session.title())
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
        recovery.discard_entry(self.key)

    def stop(self) -> None:
        self.timer.stop()
        _live_keys.discard(self.key)


def orphaned_entries() -> recovery.Listing:
    """Entries no running session owns (left by a crash), and the damaged ones set aside."""
    return recovery.list_entries(frozenset(_live_keys))
