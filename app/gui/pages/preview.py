"""The page preview panel (页面预览): the pages as the paginator lays them out, painted
with the export's faces and sizes, one or two side by side, at a zoom that fits the
width or a percentage, with the page count and the page in view.

It is handed the tracker that keeps the pages current, a `navigate(section_id,
paragraph)` callback for a clicked line and an `open_meta(field, index)` one for a click
on the title or the closing part (文档信息 at that field); `follow(section_id,
paragraph)` highlights where the editor's cursor is and scrolls to it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.place import Place as MetaPlace
from app.gui.language import on_language_change
from app.gui.pages.canvas import GAP_PX, PageCanvas, Place
from app.gui.pages.painter import TWIPS_PER_INCH
from app.gui.pages.tracker import PageTracker

ZOOM_PERCENTS = (50, 75, 100, 125, 150, 200)
FIT_WIDTH = 0  # the zoom combo's data for 适合宽度

Navigate = Callable[[str | None, int | None], object]
OpenMeta = Callable[[MetaPlace, int], object]  # a 文档信息 field, and which 附件


class _Scroll(QScrollArea):
    resized = Signal()
    zoomStep = Signal(int)  # Ctrl + wheel: +1 larger, -1 smaller

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            self.zoomStep.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)


class PreviewPanel(QWidget):
    """See the module docstring. `print_requested` is the 打印 button."""

    print_requested = Signal()
    viewChanged = Signal()  # the user chose another zoom, or one or two pages

    def __init__(
        self,
        tracker: PageTracker,
        navigate: Navigate,
        open_meta: OpenMeta,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pagePreview")
        self.tracker, self.navigate = tracker, navigate
        self._followed: Place | None = None
        self.canvas = PageCanvas()
        self.canvas.lineClicked.connect(self._clicked)
        self.canvas.metaClicked.connect(lambda field, index: open_meta(MetaPlace(field), index))
        self.scroll_area = _Scroll(self)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.resized.connect(self._apply_zoom)
        self.scroll_area.zoomStep.connect(self.zoom_step)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._show_page_in_view)
        self.zoom = QComboBox(self)
        self.zoom.setObjectName("previewZoom")
        self.zoom.addItem("", FIT_WIDTH)
        for percent in ZOOM_PERCENTS:
            self.zoom.addItem(f"{percent}%", percent)
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.zoom.activated.connect(lambda _index: self.viewChanged.emit())
        self.one_page = self._tool("previewOnePage")
        self.two_pages = self._tool("previewTwoPages")
        group = QButtonGroup(self)
        for button in (self.one_page, self.two_pages):
            button.setCheckable(True)
            group.addButton(button)
        self.one_page.setChecked(True)
        group.buttonClicked.connect(self._apply_zoom)
        group.buttonClicked.connect(lambda _button: self.viewChanged.emit())
        self.print_button = self._tool("previewPrint")
        self.print_button.clicked.connect(self.print_requested)
        self.count = QLabel(self)
        self.count.setObjectName("previewPageCount")
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (self.one_page, self.two_pages, self.zoom):
            bar.addWidget(widget)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.print_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(bar)
        box.addWidget(self.scroll_area, 1)
        tracker.paginated.connect(self.show_pages)
        if tracker.pagination is not None:
            self.show_pages()
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _tool(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- pages and zoom -----------------------------------------------------------------

    def show_pages(self) -> None:
        pagination, style = self.tracker.pagination, self.tracker.style
        if pagination is None or style is None:
            return
        widest = self.canvas.row_width_tw(self.columns())
        self.canvas.set_pages(pagination, style)
        if self.zoom.currentData() == FIT_WIDTH and widest != self.canvas.row_width_tw(
            self.columns()
        ):
            self._apply_zoom()  # a landscape page came or went: fit its row
        self._followed = None  # the same place may be elsewhere now
        self._show_page_in_view()

    def view_state(self) -> tuple[int, int]:
        """(the zoom: a percentage, or FIT_WIDTH; the pages side by side), for the settings."""
        return int(self.zoom.currentData()), self.columns()

    def set_view_state(self, zoom: int, columns: int) -> None:
        """The zoom and pages side by side as saved; an unknown zoom leaves 适合宽度."""
        index = self.zoom.findData(zoom)
        if index >= 0:
            self.zoom.setCurrentIndex(index)
        (self.two_pages if columns == 2 else self.one_page).setChecked(True)
        self._apply_zoom()

    def columns(self) -> int:
        return 2 if self.two_pages.isChecked() else 1

    def _apply_zoom(self) -> None:
        percent = self.zoom.currentData()
        columns = self.columns()
        if percent == FIT_WIDTH:
            room = self.scroll_area.viewport().width() - (columns + 1) * GAP_PX
            scale = max(room, 50) / self.canvas.row_width_tw(columns)
        else:
            scale = self.logicalDpiX() / TWIPS_PER_INCH * percent / 100
        current = self._page_in_view()
        self.canvas.set_view(scale, columns)
        if current is not None:  # the page in view stays in view at the new zoom
            top = self.canvas.page_rect(current).top() - GAP_PX // 2
            self.scroll_area.verticalScrollBar().setValue(top)
        self._show_page_in_view()

    def zoom_step(self, step: int) -> None:
        """The next larger (+1) or smaller (-1) percentage; from 适合宽度, the nearest."""
        scale = self.canvas.scale * TWIPS_PER_INCH / max(1, self.logicalDpiX()) * 100
        if step > 0:
            choice = next((p for p in ZOOM_PERCENTS if p > scale + 1), ZOOM_PERCENTS[-1])
        else:
            choice = next((p for p in reversed(ZOOM_PERCENTS) if p < scale - 1), ZOOM_PERCENTS[0])
        self.zoom.setCurrentIndex(self.zoom.findData(choice))
        self.viewChanged.emit()

    def _retranslate(self) -> None:
        self.zoom.setItemText(0, self.tr("适合宽度"))
        self.one_page.setText(self.tr("单页"))
        self.two_pages.setText(self.tr("双页"))
        self.print_button.setText(self.tr("打印…"))
        self._show_page_in_view()

    def _page_in_view(self) -> int | None:
        """The index of the page at the middle of the view (None: no pages)."""
        if not self.canvas.pages:
            return None
        middle = self.scroll_area.verticalScrollBar().value()
        middle += self.scroll_area.viewport().height() // 2
        return self.canvas.page_at(middle)

    def _show_page_in_view(self) -> None:
        current = self._page_in_view()
        if current is None:
            self.count.setText("")
            return
        self.count.setText(
            self.tr("第 %1 页，共 %2 页")
            .replace("%1", str(current + 1))
            .replace("%2", str(len(self.canvas.pages)))
        )

    # -- places ---------------------------------------------------------------------------

    def _clicked(self, section_id: str, paragraph: int) -> None:
        place: Place = (section_id or None, None if paragraph < 0 else paragraph)
        self._followed = place  # the editor's cursor lands there: no scrolling
        self.canvas.mark(place)
        self.navigate(*place)

    def follow(self, section_id: str | None, paragraph: int | None) -> None:
        """Highlight a place (the editor's cursor) and scroll it into view; a paragraph
        not printed (empty, or typed since the last pagination) shows its heading."""
        place: Place = (section_id, paragraph)
        if place == self._followed:
            return  # a keystroke in the same paragraph: nothing to redraw
        self._followed = place
        if not self.canvas.printed(place) and section_id is not None:
            place = (section_id, None)
        rect = self.canvas.mark(place)
        if rect is not None:
            viewport = self.scroll_area.viewport().height()
            self.scroll_area.ensureVisible(rect.center().x(), rect.center().y(), 0, viewport // 4)
