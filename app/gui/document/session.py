"""DraftSession: the open draft, the one writer of it, and its file.

A session owns what a window edits: the draft (through the outline model, which keeps
Qt's views informed), its undo stack, its path and lock, whether it has unsaved changes,
and its autosave. Every change to the draft goes through here or through the model it
owns, so undo, autosave and the re-check all hear of every change:

* structure (insert, delete, move, numbering, rename): commands on `undo_stack`, built by
  app.gui.document.commands and pushed with `push`;
* text that is not typing (全部替换, 规范检查 fixes, 文档信息): `apply_edits` / `set_meta`,
  one EditCommand per step (app.core.edits describes the change as a value);
* typing: the section editor writes it back debounced with `write_body` and commits a
  heading with `rename`; its own text history undoes typing (see app.gui.main_window).

The session never opens a dialog: opening, saving and locking raise the core's
ZongjieError, whose message the window shows. Signals tell the window what to redraw.

Read-only: a draft whose folder cannot be written (its lock cannot be made there: no
permission, a read-only disk or share) or whose file is read-only still opens; `read_only`
then holds the error a save to its own path meets (ReadOnlyFolderError, ReadOnlyFileError)
and the window sends 保存 to 另存为. A successful save anywhere clears it.
"""

from __future__ import annotations

import copy
import errno
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.draftfile import load_draft, save_draft
from app.core.edits import Edit, meta_change
from app.core.errors import FileAccessError, ReadOnlyFolderError, ZongjieError
from app.core.fileio import DraftLock, LockFailedError, ReadOnlyFileError
from app.core.model import Block, Draft, Meta
from app.core.versions import VersionInfo, VersionKind, VersionStore
from app.gui.document.autosave import Autosaver
from app.gui.document.commands import EditCommand, RenameCommand
from app.gui.document.tree_model import SectionTreeModel


class PendingText(Protocol):
    """Typing not yet written back (the section editor): written on `flush`."""

    def flush(self) -> object: ...
    def is_pending(self) -> bool: ...


# The errors of a folder that cannot be written (as opposed to a full disk or a bad path).
_NO_WRITE_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def _folder_unwritable(exc: LockFailedError) -> bool:
    """Whether the lock failed because the folder cannot be written (the OS error it
    was raised from says so)."""
    cause = exc.__cause__
    return isinstance(cause, OSError) and cause.errno in _NO_WRITE_ERRNOS


def _file_read_only(path: Path) -> bool:
    """The read-only attribute (no write bit), as atomic_write refuses it."""
    try:
        return not os.stat(path).st_mode & 0o222
    except OSError:
        return False


class _NoPending:
    def flush(self) -> object:
        return False

    def is_pending(self) -> bool:
        return False


class DraftSession(QObject):
    """One open draft. See the module docstring."""

    draftReplaced = Signal()  # another draft (or the same one reloaded) is open now
    stepDone = Signal()  # a step on the undo stack was done, undone or redone
    stateChanged = Signal()  # unsaved-changes state, path or title may have changed
    autosaveFailed = Signal(object)  # a recovery copy could not be written (core message)
    lockLost = Signal()  # another window took the draft's lock over (judged it stale)

    def __init__(
        self,
        autosave_seconds: float = 30,
        recovery_key: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.tree = SectionTreeModel(Draft(), self)
        self.tree.set_undo_stack(self.undo_stack)
        self.path: Path | None = None
        self.lock: DraftLock | None = None
        # Why the draft cannot be saved to its own path (None: it can): see the docstring.
        self.read_only: FileAccessError | None = None
        # Where 另存为 starts for a draft without a path (a draft opened from a backup).
        self.save_as_hint: Path | None = None
        self._text_dirty = False
        self._pending: PendingText = _NoPending()
        self.autosave = Autosaver(self, autosave_seconds, recovery_key, self)
        self.autosave.failed.connect(self.autosaveFailed)
        # The lock's heartbeat: a lock on a shared folder stays ours while the window is
        # open, and is judged stale by other computers only after the app is gone.
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(DraftLock.REFRESH_SECONDS * 1000)
        self._heartbeat.timeout.connect(self.refresh_lock)
        self._heartbeat.start()
        self.undo_stack.indexChanged.connect(self._after_step)
        self.undo_stack.cleanChanged.connect(self.stateChanged)

    # -- what is open -------------------------------------------------------------

    @property
    def draft(self) -> Draft:
        return self.tree.draft()

    def set_pending_text(self, pending: PendingText) -> None:
        """The editor whose typing is written back debounced (flushed before saving)."""
        self._pending = pending

    def flush(self) -> None:
        """Write pending typing into the draft (before save, find, export, autosave)."""
        self._pending.flush()

    def is_dirty(self) -> bool:
        return self._text_dirty or not self.undo_stack.isClean() or self._pending.is_pending()

    def is_pristine(self) -> bool:
        """Untitled and untouched: may be reused for the next opened draft."""
        draft = self.draft
        return self.path is None and not self.is_dirty() and not draft.sections and not draft.intro

    def title(self) -> str:
        return self.draft.meta.title.replace("\n", "")

    def snapshot(self) -> Draft:
        """A copy of the draft as it is now, with pending typing (e.g. for an export thread)."""
        self.flush()
        return copy.deepcopy(self.draft)

    # -- replacing the draft ----------------------------------------------------------

    def replace(self, draft: Draft, path: Path | None, dirty: bool = False) -> ZongjieError | None:
        """Show another draft; the previous one is gone (the caller asked first).

        Returns the lock problem when the file is being edited elsewhere (the draft is
        still open, but saving will refuse until the lock can be taken). A folder or file
        that cannot be written is no problem to report: the draft opens `read_only`."""
        self.release_lock()
        self.tree.setDraft(draft)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = Path(path).resolve() if path else None
        self.read_only = None
        self.save_as_hint = None
        self._text_dirty = dirty
        if dirty:
            self.autosave.note_change()
        problem = None
        try:
            self.take_lock()
        except ReadOnlyFolderError as exc:
            self.read_only = exc
        except ZongjieError as exc:
            problem = exc
        if self.read_only is None and self.path is not None and _file_read_only(self.path):
            self.read_only = ReadOnlyFileError(self.path)
        self.draftReplaced.emit()
        self.stateChanged.emit()
        return problem

    def open(self, path: Path) -> ZongjieError | None:
        """Load a draft file (raises ZongjieError, nothing changes); returns a lock problem."""
        draft = load_draft(path)
        return self.replace(draft, path)

    # -- the file ----------------------------------------------------------------------

    def take_lock(self) -> None:
        """Hold the draft's lock (raises ZongjieError when another window holds it, and
        ReadOnlyFolderError when the lock cannot be written because the folder cannot)."""
        if self.path is None:
            return
        if self.lock is not None and self.lock.held and self.lock.draft_path == self.path:
            return
        lock = DraftLock(self.path)
        try:
            lock.acquire()
        except LockFailedError as exc:
            if _folder_unwritable(exc):
                raise ReadOnlyFolderError(self.path) from exc
            raise
        self.lock = lock

    def refresh_lock(self) -> None:
        """Renew the lock's heartbeat; say so once when it is no longer ours."""
        if self.lock is not None and self.lock.held and not self.lock.refresh():
            self.lockLost.emit()

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def save(self) -> str | None:
        """Save to the draft's own path (raises ZongjieError; the caller asks for a path
        first). Returns None, or a warning: saved, but the backup could not be kept."""
        if self.path is None:
            raise ValueError("an untitled draft is saved with save_to")
        return self._write(self.path)

    def save_to(self, path: Path) -> str | None:
        """Save under a new name: the lock moves to the new file (raises ZongjieError).
        Returns what `save` returns."""
        path = Path(path).resolve()
        if path == self.path:
            return self._write(path)
        old_lock, self.lock = self.lock, None
        old_path, self.path = self.path, path
        try:
            self.take_lock()
            carried = self._carry_versions(old_path, path)
            warning = self._write(path) or carried
        except ZongjieError:
            self.release_lock()
            self.lock, self.path = old_lock, old_path
            raise
        if old_lock is not None:
            old_lock.release()
        self.stateChanged.emit()
        return warning

    @staticmethod
    def _carry_versions(old: Path | None, new: Path) -> str | None:
        """另存为 takes the draft's versions along (app.core.versions); a failure to is
        said, and the draft is saved all the same."""
        try:
            if old is not None:
                VersionStore(old).copy_to(new)
        except ZongjieError as exc:
            return exc.message
        return None

    def _write(self, path: Path) -> str | None:
        self.flush()
        self.take_lock()
        warning = save_draft(self.draft, path)
        try:  # the first save of a day keeps a version (app.core.versions)
            VersionStore(path).take_daily(self.draft)
        except ZongjieError as exc:  # saved all the same: say why no version was kept
            warning = warning or exc.message
        self.read_only = None
        self.undo_stack.setClean()
        self._text_dirty = False
        self.autosave.discard()
        self.stateChanged.emit()
        return warning

    def take_version(self, kind: VersionKind, note: str = "") -> VersionInfo | None:
        """Keep the draft as it is now as a version beside its file (raises ZongjieError).
        None: the draft has no file yet, or an automatic version found it unchanged."""
        if self.path is None:
            return None
        self.flush()
        return VersionStore(self.path).take(self.draft, kind, note)

    def forget_unsaved(self) -> None:
        """Treat the text as it is now as saved (a window closed with 不保存, or a test)."""
        self._text_dirty = False
        self.undo_stack.setClean()
        self.stateChanged.emit()

    def close(self) -> None:
        """The window closes (its user saved or discarded): recovery copy and lock go."""
        self.autosave.discard()
        self.autosave.stop()
        self.release_lock()

    # -- the one writer -----------------------------------------------------------

    def note_typing(self) -> None:
        """A keystroke in the editor (cheap: the text itself arrives later, debounced)."""
        self.autosave.note_change()
        if not self._text_dirty:
            self._text_dirty = True
            self.stateChanged.emit()

    def write_body(self, section_id: str | None, body: list[Block]) -> None:
        """Typing written back to a section's body (None: the intro)."""
        self.tree.write_body(section_id, body)
        self.autosave.note_change()

    def rename(self, section_id: str, heading: str) -> None:
        """A heading committed from the heading line: one undo step."""
        if self.tree.has_section(section_id) and self.tree.section(section_id).heading != heading:
            self.push(RenameCommand(self.tree, section_id, heading))

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def apply_edits(self, edits: Sequence[Edit], text: str) -> None:
        """Text changes that are not typing, as one undo step named `text`."""
        if edits:
            self.push(EditCommand(self.tree, list(edits), text))

    def set_meta(self, meta: Meta, text: str) -> bool:
        """New document information as one undo step; False when nothing changed."""
        if meta == self.draft.meta:
            return False
        self.apply_edits([meta_change(self.draft, meta)], text)
        return True

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def _after_step(self) -> None:
        self.autosave.note_change()
        self.stepDone.emit()
        self.stateChanged.emit()
