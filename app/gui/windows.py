"""The open windows of this process: which draft each shows, and leaving them all.

A registry of its own, so that closing, 退出 and the crash handler can reach every
window without importing the window class (app.gui.main_window registers each one)."""

from __future__ import annotations

import atexit
from pathlib import Path
from typing import Protocol

from app.gui.document.session import DraftSession


class DraftWindow(Protocol):
    session: DraftSession

    def is_dirty(self) -> bool: ...
    def is_pristine(self) -> bool: ...
    def close(self) -> bool: ...
    def isMinimized(self) -> bool: ...  # noqa: N802 - QWidget's names
    def showNormal(self) -> None: ...  # noqa: N802
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...  # noqa: N802


class WindowList(list[DraftWindow]):
    """The windows in the order they were opened."""

    def sessions(self) -> list[DraftSession]:
        return [window.session for window in self]

    def showing(self, path: Path) -> DraftWindow | None:
        """The window that has this draft open, if any."""
        wanted = Path(path).resolve()
        return next((w for w in self if w.session.path == wanted), None)

    def empty(self, first: DraftWindow) -> DraftWindow | None:
        """An untitled, untouched window to take the next opened, imported or new draft:
        `first` (the one the user is in) when it is one, else the newest such (brought to
        the front); None when a new window is needed."""
        if first.is_pristine():
            return first
        for window in reversed(self):
            if window is not first and window.is_pristine():
                if window.isMinimized():
                    window.showNormal()
                window.raise_()
                window.activateWindow()
                return window
        return None

    def quit_all(self, first: DraftWindow) -> bool:
        """退出: close every window, each asking about its unsaved changes.

        Windows with unsaved changes are asked first (`first`, the one the user is in,
        before the others), so 取消 on any prompt stops the quit before a window has closed.
        """
        others = [w for w in self if w is not first]
        ordered = sorted([first, *others], key=lambda w: not w.is_dirty())
        # all() stops at the first window that stays open (its user chose 取消).
        return all(window.close() for window in ordered if window in self)

    def release_locks(self) -> None:
        """A script or test that ends without closing its windows leaves no lock files."""
        for session in self.sessions():
            session.release_lock()


OPEN = WindowList()
atexit.register(OPEN.release_locks)
