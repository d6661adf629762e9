"""The page preview (issue 11 item 1): real window, real widgets, clicks and typing.

What a user sees: the preview's page count and the status bar's are the paginator's; a
click on a printed line shows its section and selects its paragraph in the editor; an
edit reaches the pages; the editor's cursor is highlighted in the preview. Print (item
5): the pages go to a PDF-format QPrinter without the dialog, one sheet per page.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from gui_helpers import new_window, run_until, type_chinese
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QTextCursor, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from app.core.draftfile import load_draft
from app.core.pagination import paginate
from app.gui.document.commands import DeleteCommand
from app.gui.main_window import MainWindow
from app.gui.pages import output
from app.gui.pages.canvas import line_place

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(sample_copy: Path) -> MainWindow:
    win = new_window()
    win.resize(1400, 860)
    assert win.open_path(sample_copy) is win
    win.pages.preview_action.trigger()  # 视图 → 页面预览
    assert run_until(lambda: win.pages.panel is not None and bool(win.pages.panel.canvas.pages))
    return win


def test_the_preview_and_the_status_bar_show_the_paginators_page_count(
    window: MainWindow, sample_copy: Path
) -> None:
    expected = paginate(load_draft(sample_copy)).page_count
    panel = window.pages.panel
    assert panel is not None and window.pages.dock is not None
    assert window.pages.dock.isVisible()
    assert len(panel.canvas.pages) == expected
    assert panel.count.text().endswith(f"共 {expected} 页")
    assert window.status.pages.text() == f"共 {expected} 页"
    # The last printed page carries its number: the canvas is tall enough for all pages.
    assert panel.canvas.page_rect(expected - 1).bottom() < panel.canvas.height()


def test_the_status_bar_shows_the_page_count_with_the_preview_hidden(sample_copy: Path) -> None:
    win = new_window()
    assert win.open_path(sample_copy) is win
    expected = paginate(load_draft(sample_copy)).page_count
    assert run_until(lambda: win.status.pages.text() == f"共 {expected} 页")
    assert win.pages.dock is None  # the preview is made only when shown


def _line_of(window: MainWindow, section_id: str, paragraph: int) -> tuple[int, int]:
    panel = window.pages.panel
    assert panel is not None
    for index, page in enumerate(panel.canvas.pages):
        for line in page.lines:
            if line_place(line) == (section_id, paragraph):
                return index, line.slot
    raise AssertionError(f"no printed line of {section_id} ¶{paragraph}")


def test_a_click_on_a_preview_line_selects_that_paragraph_in_the_editor(
    window: MainWindow, qtbot
) -> None:
    section = window.draft.sections[1].children[0]  # 二、 → its first item
    paragraph = len(section.body) - 1
    index, slot = _line_of(window, section.id, paragraph)
    panel = window.pages.panel
    assert panel is not None
    canvas = panel.canvas
    panel.scroll_area.ensureVisible(0, canvas.page_rect(index).top() + 200)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.line_centre(index, slot))
    assert window.current_section_id() == section.id
    cursor = window.editor.body.textCursor()
    assert cursor.hasSelection()
    assert cursor.blockNumber() == paragraph
    selected = cursor.selectedText()
    assert selected and selected in section.body[paragraph].text
    assert canvas.marked == (section.id, paragraph)


def test_a_click_on_a_heading_line_selects_the_heading(window: MainWindow, qtbot) -> None:
    section = window.draft.sections[1]  # 二、下半年工作安排: a heading line of its own
    panel = window.pages.panel
    assert panel is not None
    canvas = panel.canvas
    index, slot = next(
        (i, ln.slot)
        for i, page in enumerate(canvas.pages)
        for ln in page.lines
        if line_place(ln) == (section.id, None)
    )
    panel.scroll_area.ensureVisible(0, canvas.page_rect(index).top() + 200)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.line_centre(index, slot))
    assert window.current_section_id() == section.id
    assert window.editor.heading.selectedText() == section.heading


def test_an_edit_updates_the_preview(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    section = window.draft.sections[0].children[0]
    window.show_section(section.id)
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    typed = "预览跟着输入走"
    type_chinese(body, typed)

    def shown() -> bool:  # the typed words may wrap onto the next line
        printed = "".join(line.text for page in panel.canvas.pages for line in page.lines)
        return typed in printed

    assert run_until(shown, 2000)
    # A structural step: deleting the whole second part takes its pages away, and undo
    # brings them back.
    before = len(panel.canvas.pages)
    window.session.push(DeleteCommand(window.session.tree, window.draft.sections[1].id))
    assert run_until(lambda: len(panel.canvas.pages) < before, 2000)
    window.session.undo()
    assert run_until(lambda: len(panel.canvas.pages) == before, 2000)


def test_moving_the_cursor_in_the_editor_highlights_its_paragraph(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    section = window.draft.sections[1].children[-1]  # on a later page
    window.show_place(section.id)
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    paragraph = cursor.blockNumber()
    assert panel.canvas.marked == (section.id, paragraph)
    index, slot = _line_of(window, section.id, paragraph)
    line_y = panel.canvas.line_centre(index, slot).y()
    top = panel.scroll_area.verticalScrollBar().value()
    assert top <= line_y <= top + panel.scroll_area.viewport().height()


def test_two_pages_side_by_side_and_a_zoom(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    canvas = panel.canvas
    one_page_width = canvas.page_rect(0).width()
    panel.two_pages.click()
    assert canvas.page_rect(1).top() == canvas.page_rect(0).top()
    assert canvas.page_rect(1).left() > canvas.page_rect(0).right()
    assert canvas.page_rect(0).width() < one_page_width  # fit width: two now share it
    panel.zoom.setCurrentIndex(panel.zoom.findData(100))
    dpi = panel.logicalDpiX()
    assert abs(canvas.page_rect(0).width() - 210 / 25.4 * dpi) <= 2  # A4 at 100 %


def test_print_sends_every_page_to_the_printer(
    window: MainWindow, sample_copy: Path, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "打印.pdf"
    printer.setOutputFileName(str(target))
    printed = window.pages.files.print_to(printer)
    expected = paginate(load_draft(sample_copy))
    assert printed == expected.page_count
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == expected.page_count
        assert round(pdf.pages[0].width) == 595 and round(pdf.pages[0].height) == 842  # A4
        first = pdf.pages[0].extract_text().replace("\n", "").replace(" ", "")
        for text in expected.pages[0].text_lines:
            assert text.replace(" ", "") in first


def test_the_view_menu_shows_and_hides_the_preview(sample_copy: Path) -> None:
    win = new_window()
    assert win.open_path(sample_copy) is win
    view_menu = win.pages.view_menu
    assert view_menu.menuAction() in win.menuBar().actions()
    assert win.pages.preview_action in view_menu.actions()
    win.pages.preview_action.trigger()
    assert win.pages.dock is not None and win.pages.dock.isVisible()
    win.pages.dock.close()  # the dock's own close button
    assert not win.pages.preview_action.isChecked()
    file_menu = win.findChild(QMenu, "menuFile")
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("actionExportPdf") == names.index("actionExport") + 1
    assert names.index("actionPrint") == names.index("actionExportPdf") + 1
    assert win.pages.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_export_pdf_from_the_file_menu_writes_the_previews_pages(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "总结"  # the .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    window.pages.pdf_action.trigger()
    target = chosen.with_suffix(".pdf")
    panel = window.pages.panel
    assert panel is not None
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == len(panel.canvas.pages)
    assert str(target) in window.statusBar().currentMessage()


def test_a_pdf_that_cannot_be_written_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    missing = tmp_path / "没有这个文件夹" / "总结.pdf"
    assert window.pages.files.write_pdf_to(missing) is None
    assert len(told) == 1 and "没有这个文件夹" in told[0]
    assert not missing.exists()


def test_print_honours_the_page_range(window: MainWindow, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "第2至3页.pdf"
    printer.setOutputFileName(str(target))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert window.pages.files.print_to(printer) == 2
    with pdfplumber.open(target) as pdf:
        texts = ["".join(page.extract_text().split()) for page in pdf.pages]
    assert len(texts) == 2
    assert texts[0].endswith("—2—") and texts[1].endswith("—3—")  # the printed numbers


def test_more_pages_than_the_limit_are_refused_before_drawing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "PAGES_MAX", 3)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    target = tmp_path / "总结.pdf"
    assert window.pages.files.write_pdf_to(target) is None
    assert len(told) == 1 and "上限 3 页" in told[0]
    assert not target.exists()


def test_a_new_zoom_keeps_the_page_in_view(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    bar = panel.scroll_area.verticalScrollBar()
    bar.setValue(panel.canvas.page_rect(2).top())
    assert panel.count.text().startswith("第 3 页")
    panel.zoom.setCurrentIndex(panel.zoom.findData(150))
    assert panel.count.text().startswith("第 3 页")
    page = panel.canvas.page_rect(2)
    assert bar.value() <= page.top() + 1 and page.bottom() > bar.value()


def test_a_click_on_an_opening_paragraph_shows_the_intro(window: MainWindow, qtbot) -> None:
    panel = window.pages.panel
    assert panel is not None
    canvas = panel.canvas
    index, slot = next(
        (i, ln.slot)
        for i, page in enumerate(canvas.pages)
        for ln in page.lines
        if ln.role == "intro"
    )
    panel.scroll_area.ensureVisible(0, canvas.page_rect(index).top())
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.line_centre(index, slot))
    assert window.editor.intro is not None and window.editor.section is None
    cursor = window.editor.body.textCursor()
    assert cursor.selectedText() == window.draft.intro[0].text


def test_behind_another_docks_tab_the_preview_stays_docked_and_rests(window: MainWindow) -> None:
    preview = window.pages.dock
    assert preview is not None
    window.action("actionCheckPanel").trigger()
    checks = window.check_dock
    assert checks is not None
    window.tabifyDockWidget(preview, checks)
    checks.raise_()
    assert run_until(lambda: not window.pages.tracker.live)  # no pages for typing unseen
    assert not window.pages.preview_action.isChecked()
    assert preview in window.tabifiedDockWidgets(checks)  # still there, one tab away
    window.pages.preview_action.trigger()  # 视图 → 页面预览 brings its tab to the front
    assert run_until(lambda: window.pages.tracker.live)
    assert window.pages.preview_action.isChecked() and not preview.visibleRegion().isEmpty()


def test_with_the_preview_hidden_the_status_bar_count_follows_typing(sample_copy: Path) -> None:
    win = new_window()
    assert win.open_path(sample_copy) is win
    before = paginate(load_draft(sample_copy)).page_count
    assert run_until(lambda: win.status.pages.text() == f"共 {before} 页")
    last = win.draft.sections[-1].children[-1]
    win.show_place(last.id)
    body = win.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(body, "补充一段足够长的文字，" * 40)  # 440 字: about 16 more lines
    expected = paginate(win.session.snapshot()).page_count
    assert expected > before
    assert run_until(lambda: win.status.pages.text() == f"共 {expected} 页", 3000)


def test_ctrl_and_the_wheel_zoom_the_pages(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    panel.zoom.setCurrentIndex(panel.zoom.findData(100))
    width = panel.canvas.page_rect(0).width()
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
    assert panel.zoom.currentData() == 125
    assert panel.canvas.page_rect(0).width() > width


def test_a_heading_being_typed_shows_in_the_preview_before_it_is_committed(
    window: MainWindow,
) -> None:
    panel = window.pages.panel
    assert panel is not None
    section = window.draft.sections[1]
    window.show_place(section.id)
    steps = window.undo_stack.count()
    heading = window.editor.heading
    heading.setFocus()
    heading.selectAll()
    type_chinese(heading, "下半年重点工作")

    def printed() -> list[str]:
        return [ln.text for page in panel.canvas.pages for ln in page.lines]

    assert run_until(lambda: "二、下半年重点工作" in printed(), 2000)
    assert window.undo_stack.count() == steps  # not a step until the line is left
    assert section.heading == "下半年工作安排"  # the draft itself is unchanged
    heading.selectAll()
    type_chinese(heading, section.heading)  # typed back: nothing left to commit on closing
    assert run_until(lambda: "二、下半年工作安排" in printed(), 2000)
