"""The pages of the preview, one or two side by side, drawn at a zoom by the page painter.

Only the pages in the damaged rectangle are painted, so a 100-page draft scrolls as a
one-page one. A click on a printed line reports the line's place (section id, paragraph
index: the pagination's own fields); `mark` highlights a place's lines and says where
its first one is, for the panel to scroll to.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core import layout
from app.core.pagination import LIBREOFFICE, METRICS, Line, Page, Pagination
from app.core.place import Place as MetaPlace
from app.core.printed.model import Role
from app.gui.pages.page_style import PageStyle
from app.gui.pages.painter import PagePainter
from app.gui.pages.sheet import PORTRAIT, sheet_of

GAP_PX = 16  # between pages and around them
BACKDROP = QColor(128, 128, 128)
SHADOW = QColor(0, 0, 0, 60)
PAPER = QColor(255, 255, 255)

Place = tuple[str | None, int | None]  # (section id or None, paragraph index or None)

# The printed lines that come from the document information (文档信息), and its field each
# shows: a click on one opens the dialog there.
META_FIELDS: dict[Role, MetaPlace] = {
    Role.TITLE: MetaPlace.META_TITLE,
    Role.SUBTITLE: MetaPlace.META_SUBTITLE,
    Role.ATTACHMENT: MetaPlace.META_ATTACHMENTS,
    Role.SIGNATURE: MetaPlace.META_AUTHOR,
    Role.DATE: MetaPlace.META_DATE,
}


def line_place(line: Line) -> Place:
    return (line.section, line.paragraph)


class PageCanvas(QWidget):
    """Paints a Pagination; `lineClicked(section_id, paragraph)` on a click on a line
    (section_id "" for the intro; paragraph -1 for a heading line); `metaClicked(field,
    index)` on a click on the title or the closing part (field: an app.core.place.Place
    value; index: which 附件, 0 for the other fields)."""

    lineClicked = Signal(str, int)
    metaClicked = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: tuple[Page, ...] = ()
        self.painter: PagePainter | None = None  # with the first pages
        self._painted_as: tuple[PageStyle, str] | None = None
        self.scale = 0.05  # pixels per twip
        self.columns = 1
        self.marked: Place | None = None
        self._rects: list[QRect] = []  # each page's place on the canvas
        self._first_attachment: int | None = None  # the printed block of 附件说明's first
        self._first: dict[Place, tuple[int, int]] = {}  # where each place's lines start
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- what is shown ------------------------------------------------------------------

    def set_pages(self, pagination: Pagination, style: PageStyle) -> None:
        if self.painter is None or (style, pagination.metrics) != self._painted_as:
            self.painter = PagePainter(style, METRICS.get(pagination.metrics, LIBREOFFICE))
            self._painted_as = (style, pagination.metrics)
        self.pages = pagination.pages
        self._first = {}
        self._first_attachment = None
        for index, page in enumerate(self.pages):
            for line in page.lines:
                self._first.setdefault(line_place(line), (index, line.slot))
                if line.role == Role.ATTACHMENT and self._first_attachment is None:
                    self._first_attachment = line.block
        self._resize()
        self.update()

    def set_view(self, scale: float, columns: int) -> None:
        self.scale, self.columns = scale, max(1, columns)
        self._resize()
        self.update()

    def page_size_px(self, index: int | None = None) -> QSize:
        """The size of page `index` on the canvas (None: an upright page)."""
        sheet = sheet_of(self.pages[index]) if index is not None else PORTRAIT
        return QSize(round(sheet.width_tw * self.scale), round(sheet.height_tw * self.scale))

    def _resize(self) -> None:
        """Lay the pages out in rows of `columns`: a row as tall as its tallest page (a
        landscape page is wider and lower), the canvas as wide as its widest row, the
        narrower rows centred under it."""
        self._rects = []
        top, width = GAP_PX, GAP_PX
        for first in range(0, len(self.pages), self.columns):
            left, height = GAP_PX, 0
            for index in range(first, min(first + self.columns, len(self.pages))):
                size = self.page_size_px(index)
                self._rects.append(QRect(QPoint(left, top), size))
                left += size.width() + GAP_PX
                height = max(height, size.height())
            top += height + GAP_PX
            width = max(width, left)
        if not self.pages:
            size = self.page_size_px()
            width, top = size.width() + 2 * GAP_PX, size.height() + 2 * GAP_PX
        for first in range(0, len(self._rects), self.columns):  # narrower rows centred
            row = self._rects[first : first + self.columns]
            shift = (width - (row[-1].right() + 1 + GAP_PX)) // 2
            for rect in row:
                rect.translate(shift, 0)
        self.setFixedSize(width, top)

    def row_width_tw(self, columns: int) -> float:
        """The widest row of `columns` pages in twips, at least `columns` upright pages (a
        landscape page widens its row: 适合宽度 fits it)."""
        widths = [sheet_of(page).width_tw for page in self.pages]
        rows = [sum(widths[i : i + columns]) for i in range(0, len(widths), columns)]
        return max([*rows, columns * PORTRAIT.width_tw])

    def page_rect(self, index: int) -> QRect:
        """Where page `index` (0-based) is on the canvas, in pixels."""
        return QRect(self._rects[index])

    def page_at(self, y: int) -> int:
        """The index of the first page of the row at canvas height `y` (clamped)."""
        for index in range(0, len(self._rects), self.columns):
            if y < self._rects[index].top() + self._row_height(index) + GAP_PX // 2:
                return index
        return max(0, len(self.pages) - 1) // self.columns * self.columns

    def _row_height(self, first: int) -> int:
        row = self._rects[first : first + self.columns]
        return max(rect.height() for rect in row)

    # -- the current place ----------------------------------------------------------------

    def printed(self, place: Place) -> bool:
        return place in self._first

    def mark(self, place: Place | None) -> QRect | None:
        """Highlight the lines of `place`; the rectangle of its first line, if printed."""
        if place != self.marked:
            self.marked = place
            self.update()
        if place is None:
            return None
        first = self._first.get(place)
        return self._line_rect(*first) if first is not None else None

    def _line_rect(self, index: int, slot: int) -> QRect:
        page = self.page_rect(index)
        top = sheet_of(self.pages[index]).slot_top(slot) * self.scale
        height = layout.LINE_PITCH_TW * self.scale
        return QRect(page.left(), page.top() + round(top), page.width(), max(1, round(height)))

    # -- painting and clicks ------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(event.rect(), BACKDROP)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        page_painter = self.painter
        if page_painter is None:  # no pages yet
            painter.end()
            return
        for index, page in enumerate(self.pages):
            rect = self.page_rect(index)
            if not rect.intersects(event.rect()):
                continue
            painter.fillRect(rect.translated(3, 3), SHADOW)
            painter.fillRect(rect, PAPER)
            painter.save()
            painter.translate(QPointF(rect.topLeft()))
            painter.scale(self.scale, self.scale)
            painter.setClipRect(sheet_of(page).rect())
            marked = [ln.slot for ln in page.lines if line_place(ln) == self.marked]
            following = self.pages[index + 1] if index + 1 < len(self.pages) else None
            page_painter.paint(painter, page, marked, following)
            painter.restore()
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        line = self.line_at(event.position().toPoint())
        if line is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        field = META_FIELDS.get(line.role)
        if field is not None:
            first = self._first_attachment
            index = (
                line.block - first
                if field == MetaPlace.META_ATTACHMENTS and first is not None
                else 0
            )
            self.metaClicked.emit(field.value, index)
            return
        section, paragraph = line_place(line)
        self.lineClicked.emit(section or "", -1 if paragraph is None else paragraph)

    def line_at(self, point: QPoint) -> Line | None:
        """The printed line under a canvas point, if any."""
        for index, page in enumerate(self.pages):
            rect = self.page_rect(index)
            if not rect.contains(point):
                continue
            slot = sheet_of(page).slot_at((point.y() - rect.top()) / self.scale)
            return next((ln for ln in page.lines if ln.slot == slot and ln.spans), None)
        return None

    def line_centre(self, index: int, slot: int) -> QPoint:
        """The middle of a line's slot on the canvas (for tests and scrolling)."""
        rect, sheet = self._line_rect(index, slot), sheet_of(self.pages[index])
        text_left = rect.left() + round(sheet.left_tw * self.scale)
        return QPoint(text_left + round(sheet.text_width_tw * self.scale / 2), rect.center().y())
