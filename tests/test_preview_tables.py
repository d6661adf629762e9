"""Tables in the page preview (issue 11 item 1 leftovers): what the user sees on the canvas
(the rules drawn across each page a table spans, its landscape pages turned: wider than
they are high), where a click on a table's pages lands in the editor, and what the
printer gets (a PDF-format QPrinter: turned sheets, the rules).
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from gui_helpers import new_window, run_until
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_tables_render import tables_draft

from app.core.draftfile import save_draft
from app.core.pagination import paginate
from app.core.printed.model import Role
from app.gui.main_window import MainWindow
from app.gui.pages.sheet import sheet_of
from app.gui.pages.table_paint import table_geometry

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(tmp_path: Path) -> MainWindow:
    path = tmp_path / "表格.json"
    save_draft(tables_draft(), path)
    win = new_window()
    win.resize(1400, 900)
    assert win.open_path(path) is win
    win.pages.preview_action.trigger()
    expected = paginate(tables_draft()).page_count
    assert run_until(
        lambda: win.pages.panel is not None and len(win.pages.panel.canvas.pages) == expected
    )
    return win


def test_landscape_pages_are_turned_in_the_preview(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    pages = panel.canvas.pages
    assert any(page.landscape for page in pages) and not all(page.landscape for page in pages)
    for index, page in enumerate(pages):
        rect = panel.canvas.page_rect(index)
        assert (rect.width() > rect.height()) == page.landscape, index + 1
    # 适合宽度 fits the widest page: the turned sheet is in view, not cut off
    assert max(panel.canvas.page_rect(i).right() for i in range(len(pages))) <= (
        panel.scroll_area.viewport().width()
    )


def test_the_rules_are_drawn_on_every_page_the_table_spans(window: MainWindow) -> None:
    panel = window.pages.panel
    assert panel is not None
    panel.zoom.setCurrentIndex(panel.zoom.findData(100))
    canvas = panel.canvas
    image = canvas.grab().toImage()
    table_pages = [i for i, page in enumerate(canvas.pages) if any(ln.cells for ln in page.lines)]
    assert len(table_pages) >= 4  # two portrait, two landscape
    for index in table_pages:
        page, rect = canvas.pages[index], canvas.page_rect(index)
        sheet = sheet_of(page)
        geometry = table_geometry(page.lines, sheet.left_tw, sheet.top_tw)
        across = [r for r in geometry.rules if r.y0 == r.y1]
        assert across
        for rule in across:  # each rule is ink across the table on the canvas
            y = rect.top() + round(rule.y0 * canvas.scale)
            xs = range(
                rect.left() + round(rule.x0 * canvas.scale) + 2,
                rect.left() + round(rule.x1 * canvas.scale) - 2,
                7,
            )
            inked = [
                min(image.pixelColor(x, y + dy).lightness() for dy in (-1, 0, 1)) < 200 for x in xs
            ]
            assert all(inked), (index + 1, rule)


def test_a_click_on_a_table_line_selects_the_table_and_after_it_its_paragraph(
    window: MainWindow,
) -> None:
    panel = window.pages.panel
    assert panel is not None
    canvas = panel.canvas

    def click(role: Role, after_table: bool = False) -> None:
        for index, page in enumerate(canvas.pages):
            for line in page.lines:
                if line.role == role and (not after_table or (line.paragraph or 0) > 1):
                    point = canvas.line_centre(index, line.slot)
                    panel.scroll_area.ensureVisible(point.x(), point.y())
                    QApplication.processEvents()
                    QTest.mouseClick(
                        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
                    )
                    return
        raise AssertionError(role)

    click(Role.TABLE)
    editor = window.editor
    assert editor.section is not None and editor.section.id == "a"
    assert editor.body.textCursor().currentTable() is not None
    click(Role.BODY, after_table=True)  # the paragraph after the first table
    cursor = editor.body.textCursor()
    assert cursor.currentTable() is None
    assert cursor.selectedText() == tables_draft().sections[0].body[2].text  # type: ignore[union-attr]


def test_printing_turns_the_sheets_of_the_landscape_pages(
    window: MainWindow, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    target = tmp_path / "打印.pdf"
    printer.setOutputFileName(str(target))
    pages = paginate(tables_draft()).pages
    assert window.pages.files.print_to(printer) == len(pages)
    with pdfplumber.open(target) as pdf:
        assert [p.width > p.height for p in pdf.pages] == [page.landscape for page in pages]
        for sheet, page in zip(pdf.pages, pages, strict=True):
            if any(line.cells for line in page.lines):
                assert sheet.lines, sheet.page_number  # the rules go to the printer too
