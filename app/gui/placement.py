"""Where windows and dialogs appear: on the available part of a screen, never off it.

* `fit_on_screen`: a first window fits the screen it opens on (a 1366 × 768 laptop with a
  taskbar has less room than the form's 1100 × 720 plus the title bar) and is centred there.
* `cascade_from`: a new window steps down and right from the one it came from, wrapping to
  the top-left of the screen when the step would leave it.
* `centre_on`: a dialog sits over the middle of its window (a form loaded from a .ui file
  carries a position, 0, 0, that Qt would otherwise keep: the screen's corner).

All sizes are frame sizes (title bar and borders included), clamped to
QScreen.availableGeometry (the screen less taskbars and docks).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

CASCADE_STEP = 32  # pixels right and down from the window a new one came from
# A window not shown yet has no frame: what a desktop's title bar and borders usually take.
ASSUMED_FRAME = QMargins(8, 36, 8, 8)


def available_area(widget: QWidget | None = None) -> QRect:
    """The free part of the widget's screen (else the screen under the mouse, the primary)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(widget: QWidget) -> QMargins:
    """Title bar and borders around the widget's client area (assumed before it is shown)."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if frame == inner:
        return QMargins(ASSUMED_FRAME)
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def fit_frame(frame: QRect, area: QRect) -> QRect:
    """The frame shrunk to the area where it is larger, then moved into it."""
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    x = min(max(frame.x(), area.x()), area.x() + area.width() - width)
    y = min(max(frame.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def _place(widget: QWidget, frame: QRect, margins: QMargins) -> None:
    inner = frame.marginsRemoved(margins)
    widget.setGeometry(inner)
    minimum = widget.minimumSizeHint()
    # A form's layout may refuse the size: never let it grow the window past the area.
    if minimum.width() > inner.width() or minimum.height() > inner.height():
        widget.setMinimumSize(
            min(minimum.width(), inner.width()), min(minimum.height(), inner.height())
        )
        widget.setGeometry(inner)


def fit_on_screen(window: QWidget) -> None:
    """A first window: its size where the screen has room for it, centred on the screen."""
    area = available_area(None)
    margins = frame_margins(window)
    frame = window.geometry().marginsAdded(margins)
    frame.moveCenter(area.center())
    _place(window, fit_frame(frame, area), margins)


def cascade_from(window: QWidget, origin: QWidget) -> None:
    """A new window one step down and right of `origin`, its size, wholly on origin's screen."""
    if origin.isMaximized():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    area = available_area(origin)
    margins = frame_margins(origin)
    frame = origin.frameGeometry().translated(CASCADE_STEP, CASCADE_STEP)
    if not area.contains(frame):
        # Past the screen's edge: start again at its top-left corner, as a cascade does.
        frame.moveTopLeft(area.topLeft())
    _place(window, fit_frame(frame, area), margins)


def centre_on(dialog: QWidget, parent: QWidget | None) -> None:
    """A dialog over the middle of its window, wholly on that window's screen."""
    owner = parent.window() if parent is not None else None
    area = available_area(owner)
    margins = frame_margins(dialog)
    frame = dialog.geometry().marginsAdded(margins)
    centre = owner.frameGeometry().center() if owner is not None else area.center()
    frame.moveCenter(centre)
    _place(dialog, fit_frame(frame, area), margins)
    dialog.setAttribute(Qt.WidgetAttribute.WA_Moved, True)  # ours now: Qt keeps it
