"""Where windows go: an empty window is reused, a new one is cascaded from the window it
came from and lies wholly on the screen's available area, the import preview is centred
on its window, and Ctrl+Y redoes."""

from __future__ import annotations

import pytest
from conftest import SAMPLE_DRAFT
from gui_helpers import copy_sample, new_window, on_next_dialog
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from app.gui.main_window import MainWindow, open_windows
from app.gui.placement import ASSUMED_FRAME, CASCADE_STEP, available_area, centre_on
from app.gui.settings import Settings
from app.gui.window_menus import blank_template, templates

pytestmark = pytest.mark.usefixtures("guarded_windows")

FRAME_GUESS = ASSUMED_FRAME.top()  # how far a guessed frame may put a centre off


@pytest.fixture
def window(sample_copy) -> MainWindow:
    win = new_window()
    assert win.open_path(sample_copy) is win
    return win


def area() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def on_screen(widget: QWidget) -> bool:
    return area().contains(widget.frameGeometry())


def place(win: QWidget, x: int, y: int, width: int, height: int) -> None:
    win.resize(width, height)
    win.move(x, y)
    QApplication.processEvents()


def test_a_new_window_steps_down_and_right_of_its_window(window):
    place(window, 40, 30, 500, 400)
    other = window.new_from_template(templates()[0])
    assert other is not None and other is not window
    step = QPoint(CASCADE_STEP, CASCADE_STEP)
    assert other.frameGeometry().topLeft() == window.frameGeometry().topLeft() + step
    assert other.size() == window.size()
    assert on_screen(other)


def test_a_new_window_from_one_at_the_screens_edge_stays_on_the_screen(window):
    screen = area()
    place(window, screen.right() - 450, screen.bottom() - 380, 500, 400)
    other = window.new_from_template(templates()[0])
    assert other is not None
    assert on_screen(other), (other.frameGeometry(), screen)
    assert other.frameGeometry().topLeft() == screen.topLeft(), "wraps to the corner"


def test_a_window_larger_than_the_screen_gives_a_new_one_that_fits(window, tmp_path):
    screen = area()
    place(window, 0, 0, screen.width() + 300, screen.height() + 100)
    other_draft = copy_sample(SAMPLE_DRAFT, tmp_path, "另一份.json")
    other = window.open_path(other_draft)
    assert other is not None and other is not window
    assert on_screen(other)
    assert other.width() <= screen.width() and other.height() <= screen.height()


def test_import_and_open_from_a_window_with_content_cascade_too(window, tmp_path, qtbot):
    from app.gui.import_dialog import ImportDialog

    place(window, 60, 50, 500, 400)
    QApplication.clipboard().setText("一、主要工作\n做了很多工作。\n")

    def accept(dialog: QWidget) -> None:
        dialog.findChild(QDialogButtonBox, "buttonBox").button(
            QDialogButtonBox.StandardButton.Ok
        ).click()

    on_next_dialog(ImportDialog, accept)
    window.paste_import()
    imported = [w for w in open_windows() if w is not window]
    assert len(imported) == 1 and on_screen(imported[0])
    assert imported[0].frameGeometry().topLeft() != window.frameGeometry().topLeft()
    imported[0].session.forget_unsaved()


def test_the_first_window_fits_the_screen_and_sits_in_its_middle(qtbot):
    win = MainWindow(Settings())
    win.show()
    QApplication.processEvents()
    assert on_screen(win)
    centre = win.frameGeometry().center()
    # Before it is first shown a window has no frame: its title bar is assumed.
    assert abs(centre.x() - area().center().x()) <= FRAME_GUESS
    assert abs(centre.y() - area().center().y()) <= FRAME_GUESS


def test_an_empty_window_elsewhere_takes_the_next_draft(window, tmp_path):
    empty = MainWindow(window.settings)
    empty.show()
    assert empty.is_pristine()
    other = window.open_path(copy_sample(SAMPLE_DRAFT, tmp_path, "第二份.json"))
    assert other is empty, "the empty window is reused, not a third one made"
    assert len(open_windows()) == 2
    blank = blank_template()
    assert blank is not None
    third = window.new_from_template(blank)
    assert third is not None and third not in (window, empty)


def test_the_import_preview_is_centred_on_its_window(window, qtbot):
    from app.gui.import_dialog import ImportDialog

    screen = area()
    # A window in the middle of the screen, smaller than the preview's 1100 × 680 form.
    place(window, screen.center().x() - 280, screen.center().y() - 250, 560, 500)
    geometry: list[QRect] = []

    def look(dialog: QWidget) -> None:
        geometry.append(dialog.frameGeometry())
        dialog.reject()

    QApplication.clipboard().setText("一、主要工作\n做了很多工作。\n")
    seen = on_next_dialog(ImportDialog, look)
    window.paste_import()
    assert seen
    [frame] = geometry
    assert screen.contains(frame), "wholly on the screen"
    assert frame.top() > screen.top() + FRAME_GUESS, "not in the screen's corner"
    assert abs(frame.center().x() - window.frameGeometry().center().x()) <= FRAME_GUESS
    assert abs(frame.center().y() - window.frameGeometry().center().y()) <= FRAME_GUESS


def test_centre_on_puts_a_small_dialog_over_the_middle_of_its_window(window):
    place(window, 150, 100, 500, 400)
    dialog = QDialog(window)
    dialog.resize(200, 120)
    centre_on(dialog, window)
    dialog.show()
    QApplication.processEvents()
    assert abs(dialog.frameGeometry().center().x() - window.frameGeometry().center().x()) <= 2
    assert abs(dialog.frameGeometry().center().y() - window.frameGeometry().center().y()) <= 2
    assert available_area(window).contains(dialog.frameGeometry())
    dialog.close()


def test_ctrl_y_redoes_in_the_outline_and_in_the_body(window, qtbot):
    from PySide6.QtGui import QKeySequence

    redo_keys = [k.toString() for k in window.action("actionRedo").shortcuts()]
    assert "Ctrl+Y" in redo_keys
    assert QKeySequence(QKeySequence.StandardKey.Redo).toString() in redo_keys, "the usual key too"
    outline = window.outline
    outline.setFocus()
    outline.select_section("s02")
    qtbot.keyClick(outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # 下移
    assert window.model.number_of("s02") == "二是"
    qtbot.keyClick(outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.number_of("s02") == "一是"
    qtbot.keyClick(outline, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.model.number_of("s02") == "二是", "Ctrl+Y in the tree redid the move"
    window.show_section("s05")
    body = window.editor.body
    body.setFocus()
    before = body.toPlainText()
    qtbot.keyClicks(body, "abc")
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() == before
    qtbot.keyClick(body, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText() != before and "abc" in body.toPlainText(), "Ctrl+Y redid typing"
    heading = window.editor.heading
    heading.setFocus()
    qtbot.keyClicks(heading, "xyz")
    typed = heading.text()
    qtbot.keyClick(heading, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert heading.text() != typed
    qtbot.keyClick(heading, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert heading.text() == typed, "…and in the heading line"
    heading.setText(window.draft.find("s05").heading)  # closes without a rename to ask about
