"""The session's draft on pages, kept current: repaginated after its changes, debounced.

Structural steps (the undo stack), a replaced draft and typing written back schedule a
repagination after STEP_DELAY_MS of quiet (a keystroke pushes it back: never mid-burst). While someone watches the pages (`live`: the
preview is shown) a keystroke schedules one after TYPING_DELAY_MS, and the typing is
written back just before (the editor's own debounced write-back, through the session),
so the preview is current within about 100 ms of the last key while each keystroke
itself costs nothing here. Paginating the 100-page draft takes about 30 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.model import Draft

if TYPE_CHECKING:
    from app.core.pagination import Pagination
    from app.gui.pages.page_style import PageStyle

STEP_DELAY_MS = 150  # after a step, a replaced draft or a write-back
TYPING_DELAY_MS = 30  # after the last keystroke, while the preview is shown


class PageTracker(QObject):
    """Holds the latest Pagination of a draft; `paginated` says a new one is there.

    Handed what it needs: the draft (a callable: the session's, which a replace swaps),
    the write-back of pending typing, and the export options in force as the settings
    keep them (a callable, as the export dialog may change them). The paginator loads
    with the first pages, not at start-up.
    """

    paginated = Signal()

    def __init__(
        self,
        draft: Callable[[], Draft],
        write_back: Callable[[], object],
        options: Callable[[], Mapping[str, object]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft, self._write_back, self._options = draft, write_back, options
        self.pagination: Pagination | None = None
        self.style: PageStyle | None = None  # with the pagination
        self.live = False
        self._typed = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.refresh)

    def schedule(self) -> None:
        """The draft changed (a step, a replace, a write-back): repaginate when quiet."""
        if not self._typed:
            self._timer.start(STEP_DELAY_MS)

    def note_typing(self) -> None:
        """A keystroke in the editor: while live, repaginate soon after the last one;
        otherwise a repagination already due waits for a pause in the typing."""
        if self.live:
            self._typed = True
            self._timer.start(TYPING_DELAY_MS)
        elif self._timer.isActive():
            self._timer.start(STEP_DELAY_MS)

    def set_live(self, live: bool) -> None:
        self.live = live
        if live:
            self.refresh()

    def refresh(self) -> None:
        """Paginate now (pending typing written back first)."""
        from app.core.pagination import paginate  # loaded on first use (start-up time)
        from app.gui.pages.page_style import PageStyle, options_from

        if self._typed:
            self._write_back()  # its write-back schedules again: stopped below
        self.style = style = PageStyle.from_options(options_from(self._options()))
        self.pagination = paginate(self._draft(), sealed=style.sealed, bold_lead=style.bold_lead)
        self._typed = False
        self._timer.stop()
        self.paginated.emit()

    def page_count(self) -> int | None:
        return self.pagination.page_count if self.pagination is not None else None
