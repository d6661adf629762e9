"""The page preview and the document information (issue 11 item 1 leftovers): typing in the
meta bar (标题, 署名, 成文日期) shows on the pages as typed, before it is committed, as body
typing does; a click on the title or a closing line opens 文档信息 at that field; the
preview's shown state, zoom and pages side by side come back in the next session.

Real window, real widgets: text goes in as an input method commits it, clicks as mouse
clicks on the preview's canvas.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gui_helpers import new_window, on_next_dialog, run_until, type_chinese
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.core.draftfile import load_draft, save_draft
from app.core.model import Meta
from app.core.pagination import Line
from app.core.printed.model import Role
from app.gui.main_window import MainWindow
from app.gui.settings import Settings, load_settings

pytestmark = pytest.mark.usefixtures("guarded_windows")


def open_with_preview(path: Path, settings: Settings | None = None) -> MainWindow:
    win = new_window(settings)
    win.resize(1400, 860)
    assert win.open_path(path) is win
    if win.pages.panel is None or not win.pages.dock or not win.pages.dock.isVisible():
        win.pages.preview_action.trigger()  # 视图 → 页面预览
    assert run_until(lambda: win.pages.panel is not None and bool(win.pages.panel.canvas.pages))
    return win


@pytest.fixture
def window(sample_copy: Path) -> MainWindow:
    return open_with_preview(sample_copy)


def printed(window: MainWindow, role: Role) -> list[tuple[int, Line]]:
    """(page index, line) of every printed line in `role`, in the preview."""
    panel = window.pages.panel
    assert panel is not None
    return [
        (index, line)
        for index, page in enumerate(panel.canvas.pages)
        for line in page.lines
        if line.role == role and line.text.strip()
    ]


def printed_text(window: MainWindow, role: Role) -> str:
    return "".join(line.text for _index, line in printed(window, role))


def click_line(window: MainWindow, index: int, line: Line) -> None:
    panel = window.pages.panel
    assert panel is not None
    canvas = panel.canvas
    point = canvas.line_centre(index, line.slot)
    panel.scroll_area.ensureVisible(point.x(), point.y())
    QApplication.processEvents()
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_a_title_being_typed_shows_on_the_pages_before_it_is_committed(
    window: MainWindow,
) -> None:
    bar = window.meta_bar
    before = window.session.draft.meta.title
    bar.title.setFocus()
    cursor = bar.title.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    bar.title.setTextCursor(cursor)
    type_chinese(bar.title, "二〇二〇年上半年工作情况报告")
    assert run_until(lambda: printed_text(window, Role.TITLE) == "二〇二〇年上半年工作情况报告")
    assert window.session.draft.meta.title == before  # committed only on leaving the field


def test_a_signature_and_date_being_typed_show_in_the_closing_lines(window: MainWindow) -> None:
    bar = window.meta_bar
    assert printed(window, Role.SIGNATURE) == []  # the sample has none
    bar.author.setFocus()
    type_chinese(bar.author, "××市统计局")
    assert run_until(lambda: printed_text(window, Role.SIGNATURE) == "××市统计局")
    bar.date.setFocus()  # 署名 committed on leaving it, as before
    type_chinese(bar.date, "2020年7月1日")
    assert run_until(lambda: printed_text(window, Role.DATE) == "2020年7月1日")
    assert window.session.draft.meta.author == "××市统计局"
    assert window.session.draft.meta.date == ""  # still being typed


def focused_field(role: Role, window: MainWindow) -> tuple[QWidget | None, object]:
    """Click the first printed line in `role`; the 文档信息 field that has the cursor."""
    from app.gui.doc_info import DocInfoDialog

    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DocInfoDialog)
        run_until(lambda: dialog._focus is None, 2000)
        seen["focus"] = dialog.focusWidget()
        seen["dialog"] = dialog
        dialog.reject()

    shown = on_next_dialog(DocInfoDialog, look)
    index, line = printed(window, role)[0]
    click_line(window, index, line)
    assert run_until(lambda: bool(shown)), "文档信息 did not open"
    focus = seen["focus"]
    return (focus if isinstance(focus, QWidget) else None), seen["dialog"]


def test_a_click_on_the_title_opens_the_document_information_at_the_title(
    window: MainWindow,
) -> None:
    focus, dialog = focused_field(Role.TITLE, window)
    assert focus is dialog.title  # type: ignore[attr-defined]


def test_a_click_on_a_closing_line_opens_its_field(window: MainWindow) -> None:
    bar = window.meta_bar
    bar.author.setFocus()
    type_chinese(bar.author, "××市统计局")
    bar.date.setFocus()
    type_chinese(bar.date, "2020年7月1日")
    window.editor.body.setFocus()  # both committed
    assert run_until(lambda: printed_text(window, Role.DATE) == "2020年7月1日")
    focus, dialog = focused_field(Role.SIGNATURE, window)
    assert focus is dialog.author  # type: ignore[attr-defined]
    assert isinstance(focus, QLineEdit) and focus.text() == "××市统计局"
    focus, dialog = focused_field(Role.DATE, window)
    assert focus is dialog.date  # type: ignore[attr-defined]


def ctrl_wheel_up(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    viewport = panel.scroll_area.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)


def test_the_preview_its_zoom_and_its_pages_side_by_side_come_back_next_session(
    sample_copy: Path,
) -> None:
    settings = Settings()
    first = open_with_preview(sample_copy, settings)
    panel = first.pages.panel
    assert panel is not None
    panel.two_pages.click()
    ctrl_wheel_up(first)  # from 适合宽度 to the next percentage up
    zoom = panel.zoom.currentData()
    assert zoom != 0
    first.close()  # the window saves the settings as it closes
    second = new_window(load_settings())
    assert second.open_path(sample_copy) is second
    assert run_until(second.pages.preview_action.isChecked)
    assert run_until(
        lambda: second.pages.panel is not None and bool(second.pages.panel.canvas.pages)
    )
    again = second.pages.panel
    assert again is not None and second.pages.dock is not None and second.pages.dock.isVisible()
    assert again.zoom.currentData() == zoom
    assert again.two_pages.isChecked()
    assert run_until(lambda: len(again.canvas.pages) > 1)  # the sample's pages, side by side
    assert again.canvas.page_rect(1).top() == again.canvas.page_rect(0).top()


def test_a_preview_closed_with_its_button_stays_closed_next_session(sample_copy: Path) -> None:
    settings = Settings()
    first = open_with_preview(sample_copy, settings)
    dock = first.pages.dock
    assert dock is not None
    dock.close()  # the dock's own close button
    assert not first.pages.preview_action.isChecked()
    first.close()
    second = new_window(load_settings())
    assert second.open_path(sample_copy) is second
    run_until(lambda: False, 100)  # a preview to be shown would be by now
    assert not second.pages.preview_action.isChecked()
    assert second.pages.dock is None  # not even made: start-up stays as fast


def test_a_click_on_the_second_attachment_opens_it_in_the_document_information(
    sample_copy: Path, tmp_path: Path
) -> None:
    from app.gui.doc_info import DocInfoDialog

    draft = load_draft(sample_copy)
    meta = Meta(title=draft.meta.title, attachments=["上半年重点工作完成情况表", "下半年工作计划"])
    path = tmp_path / "附件.json"
    save_draft(replace(draft, meta=meta), path)
    window = open_with_preview(path)
    lines = printed(window, Role.ATTACHMENT)
    assert len(lines) == 2 and "下半年工作计划" in lines[1][1].text
    seen: list[int] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DocInfoDialog)
        run_until(lambda: dialog._focus is None, 2000)
        seen.append(dialog.attachments.currentRow())
        dialog.reject()

    shown = on_next_dialog(DocInfoDialog, look)
    click_line(window, *lines[1])
    assert run_until(lambda: bool(shown) and bool(seen)), "文档信息 did not open"
    assert seen == [1]
