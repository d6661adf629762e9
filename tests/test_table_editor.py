"""Tables in the section editor: inserted, typed in, moved through with Tab, changed by the
表格 commands, merged and split, each step undone, and written back as the draft's Table."""

from __future__ import annotations

import pytest
from gui_helpers import standalone_editor, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core import layout
from app.core.model import Cell, Paragraph, Run, Section, Table
from app.gui.section_editor import SectionEditor


@pytest.fixture
def editor(qtbot):
    widget = standalone_editor()
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    return widget


def written_table(editor: SectionEditor, index: int = 0) -> Table:
    """The table as the draft holds it once the editor's typing is written back."""
    editor.flush()
    assert editor.section is not None
    tables = [b for b in editor.section.body if isinstance(b, Table)]
    return tables[index]


def texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def cursor_cell(editor: SectionEditor) -> tuple[int, int]:
    cursor = editor.body.textCursor()
    table = cursor.currentTable()
    assert table is not None, "the cursor is in a table"
    cell = table.cellAt(cursor)
    return cell.row(), cell.column()


def put_cursor_in_cell(editor: SectionEditor, row: int, column: int) -> None:
    table = editor.body.textCursor().currentTable() or next_table(editor)
    editor.body.setTextCursor(table.cellAt(row, column).firstCursorPosition())


def next_table(editor: SectionEditor):  # noqa: ANN201 - a QTextTable
    document = editor.body.document()
    it = document.rootFrame().begin()
    while not it.atEnd():
        if it.currentFrame() is not None:
            return it.currentFrame()
        it += 1
    raise AssertionError("no table in the document")


def select_cells(editor: SectionEditor, first: tuple[int, int], last: tuple[int, int]) -> None:
    table = next_table(editor)
    cursor = table.cellAt(*first).firstCursorPosition()
    cursor.setPosition(
        table.cellAt(*last).firstCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor
    )
    editor.body.setTextCursor(cursor)


def test_insert_type_tab_merge_and_undo_each_step(editor, qtbot) -> None:  # noqa: ANN001
    section = Section("主要指标", [Paragraph.plain("完成情况如下表：")])
    editor.show_section(section, "一、", "")
    editor.body.setFocus()
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    actions = editor.body.table_actions
    assert actions.insert_table.isEnabled() and not actions.merge_cells.isEnabled()

    assert actions.insert(3, 4)
    assert cursor_cell(editor) == (0, 0), "the cursor waits in the first cell"
    assert not actions.insert_table.isEnabled(), "no table inside a table"
    table = written_table(editor)
    assert section.body[0] == Paragraph.plain("完成情况如下表：")
    assert (table.row_count, table.col_count, table.header_rows) == (3, 4, 1)
    assert sum(table.col_widths) == layout.TEXT_WIDTH_TW and len(set(table.col_widths)) <= 2

    type_chinese(editor.body, "指标")
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    assert cursor_cell(editor) == (0, 1), "Tab goes to the next cell, not out of the editor"
    assert editor.body.hasFocus()
    type_chinese(editor.body, "目标")
    qtbot.keyClick(editor.body, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert cursor_cell(editor) == (0, 0)
    assert editor.body.textCursor().selectedText() == "指标", "as in Word: the cell selected"
    assert texts(written_table(editor))[0] == ["指标", "目标", "", ""]

    put_cursor_in_cell(editor, 2, 3)
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    assert cursor_cell(editor) == (3, 0), "Tab in the last cell adds a row"
    assert written_table(editor).row_count == 4
    editor.body.undo()
    assert written_table(editor).row_count == 3, "the added row is one undo step"

    select_cells(editor, (1, 0), (1, 1))
    assert actions.merge_cells.isEnabled()
    actions.merge_cells.trigger()
    merged = written_table(editor)
    assert merged.rows[1][0].col_span == 2 and merged.rows[1][1].covered
    put_cursor_in_cell(editor, 1, 0)
    assert actions.split_cell.isEnabled()
    editor.body.undo()
    assert written_table(editor).rows[1][0].col_span == 1, "the merge undone"

    editor.body.undo()  # 目标
    editor.body.undo()  # 指标
    assert texts(written_table(editor))[0] == ["", "", "", ""]
    editor.body.undo()  # the table
    editor.flush()
    assert section.body == [Paragraph.plain("完成情况如下表：")]


def test_rows_columns_and_header_commands(editor) -> None:  # noqa: ANN001
    table = Table.plain([["项目", "数量"], ["甲", "1"], ["乙", "2"]])
    table.col_widths = [6000, 2844]
    section = Section("表格", [table])
    editor.show_section(section, "一、", "")
    actions = editor.body.table_actions
    put_cursor_in_cell(editor, 1, 0)
    actions.insert_row_below.trigger()
    assert texts(written_table(editor)) == [["项目", "数量"], ["甲", "1"], ["", ""], ["乙", "2"]]
    actions.insert_row_above.trigger()
    assert written_table(editor).row_count == 5
    put_cursor_in_cell(editor, 0, 0)
    actions.insert_row_above.trigger()
    assert written_table(editor).header_rows == 2, "a row above the header is a header row"
    editor.body.undo()
    assert written_table(editor).header_rows == 1
    put_cursor_in_cell(editor, 1, 0)
    actions.delete_rows.trigger()
    assert texts(written_table(editor))[1] == ["甲", "1"]

    put_cursor_in_cell(editor, 1, 0)
    actions.insert_column_right.trigger()
    widened = written_table(editor)
    assert texts(widened)[0] == ["项目", "", "数量"]
    assert sum(widened.col_widths) == 8844 and len(widened.col_widths) == 3
    put_cursor_in_cell(editor, 0, 1)
    actions.delete_columns.trigger()
    assert texts(written_table(editor))[0] == ["项目", "数量"]
    assert written_table(editor).col_widths == [6000, 2844], "widths back where they were"

    put_cursor_in_cell(editor, 1, 0)
    assert not actions.header_row.isChecked()
    actions.header_row.trigger()  # row 2 becomes a header row with the one above
    assert written_table(editor).header_rows == 2
    put_cursor_in_cell(editor, 0, 0)
    assert actions.header_row.isChecked()
    actions.header_row.trigger()
    assert written_table(editor).header_rows == 0


def test_a_table_comes_back_unchanged_when_nothing_is_typed(editor) -> None:  # noqa: ANN001
    grid = [
        [Cell.plain("单位"), Cell.plain("一季度"), Cell.plain("二季度")],
        [
            Cell([Paragraph([Run("城区", bold=True)])], row_span=2),
            Cell.plain("12"),
            Cell.plain("15"),
        ],
        [Cell(covered=True), Cell.plain("8"), Cell.plain("9")],
        [
            Cell.plain(
                "合计",
            ),
            Cell.plain("20"),
            Cell.plain("24"),
        ],
    ]
    table = Table(grid, header_rows=1, caption="表1 各单位完成情况", col_widths=[3000, 2922, 2922])
    body = [Paragraph.plain("前文。"), table, Paragraph.plain("后文。")]
    section = Section("表格", list(body))
    editor.show_section(section, "一、", "")
    assert editor.flush() is False
    from app.gui.body_edit import document_blocks

    assert document_blocks(editor.body.document()) == body


def test_caption_shown_above_the_table_set_and_taken_away(editor) -> None:  # noqa: ANN001
    section = Section("表格", [Paragraph.plain("前文。"), Table.plain([["甲", "乙"], ["1", "2"]])])
    editor.show_section(section, "一、", "")
    put_cursor_in_cell(editor, 1, 1)
    cursor = editor.body.textCursor()
    from app.gui.tables import edits

    assert editor.body.table_actions.apply(lambda c: edits.set_caption(c, "表1 完成情况"))
    assert written_table(editor).caption == "表1 完成情况"
    assert section.body[0] == Paragraph.plain("前文。"), "the caption is no paragraph"
    assert "表1 完成情况\n" in editor.body.toPlainText(), "shown above the table"
    put_cursor_in_cell(editor, 0, 0)
    assert editor.body.table_actions.apply(lambda c: edits.set_caption(c, ""))
    editor.flush()
    assert len(section.body) == 2 and written_table(editor).caption == ""
    editor.body.undo()
    assert written_table(editor).caption == "表1 完成情况"
    assert cursor is not None


def test_enter_in_a_caption_goes_into_the_table(editor, qtbot) -> None:  # noqa: ANN001
    table = Table.plain([["甲", "乙"], ["1", "2"]], caption="表1 完成情况")
    section = Section("表格", [table])
    editor.show_section(section, "一、", "")
    editor.body.setFocus()
    cursor = editor.body.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.body.setTextCursor(cursor)
    assert editor.body.textCursor().block().text() == "表1 完成情况"
    assert not editor.body.table_actions.insert_table.isEnabled(), "no table in a caption"
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    assert cursor_cell(editor) == (0, 0)
    assert editor.flush() is False and section.body == [table], "nothing changed"


def test_copy_of_a_table_pastes_as_the_same_table_and_as_tsv_elsewhere(editor) -> None:  # noqa: ANN001
    grid = [
        [Cell.plain("单位"), Cell.plain("一季度"), Cell.plain("二季度")],
        [
            Cell.plain(
                "城区",
            ),
            Cell([Paragraph([Run("12", bold=True)])]),
            Cell.plain("15"),
        ],
        [Cell.plain("合计"), Cell.plain("27"), Cell(covered=True)],
    ]
    grid[2][1].col_span = 2
    section = Section("表格", [Paragraph.plain("前文。"), Table(grid), Paragraph.plain("后文。")])
    editor.show_section(section, "一、", "")
    cursor = editor.body.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.body.setTextCursor(cursor)
    mime = editor.body.createMimeDataFromSelection()
    assert mime.text().split("\n") == [
        "前文。",
        "单位\t一季度\t二季度",
        "城区\t12\t15",
        "合计\t27\t",
        "后文。",
    ]
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.body.insertFromMimeData(mime)
    editor.flush()
    tables = [b for b in section.body if isinstance(b, Table)]
    assert len(tables) == 2
    assert tables[1].rows == tables[0].rows, "cells, bold and the merge come back"
    assert tables[1].header_rows == 1


def test_split_a_merged_cell_and_delete_a_table_with_its_caption(editor) -> None:  # noqa: ANN001
    grid = [
        [Cell.plain("合计"), Cell(covered=True), Cell.plain("27")],
        [Cell.plain("甲"), Cell.plain("乙"), Cell.plain("丙")],
    ]
    grid[0][0].col_span = 2
    body = [Paragraph.plain("前文。"), Table(grid, caption="表2 合计"), Paragraph.plain("后文。")]
    section = Section("表格", list(body))
    editor.show_section(section, "一、", "")
    actions = editor.body.table_actions
    put_cursor_in_cell(editor, 0, 0)
    assert actions.split_cell.isEnabled()
    actions.split_cell.trigger()
    split = written_table(editor)
    assert texts(split)[0] == ["合计", "", "27"] and not split.rows[0][1].covered
    assert not actions.split_cell.isEnabled(), "nothing left to split"
    actions.delete_table.trigger()
    editor.flush()
    assert section.body == [Paragraph.plain("前文。"), Paragraph.plain("后文。")]
    assert "表2" not in editor.body.toPlainText(), "the caption went with its table"
    editor.body.undo()
    editor.body.undo()
    editor.flush()
    assert section.body == body, "both steps undone: the table as it was"


def test_a_run_in_section_whose_body_opens_with_a_table(editor) -> None:  # noqa: ANN001
    body = [Table.plain([["甲", "乙"], ["1", "2"]], caption="表1 情况"), Paragraph.plain("后文。")]
    section = Section("强化保障", list(body), run_in=True)
    editor.show_section(section, "一是", "")
    text = editor.body.toPlainText()
    assert text.startswith("一是强化保障。\n表1 情况\n"), "the lead, then the caption"
    assert editor.flush() is False
    from app.gui.body_edit import document_blocks

    assert document_blocks(editor.body.document()) == body


def test_the_context_menu_acts_on_the_cell_clicked(editor) -> None:  # noqa: ANN001
    section = Section("表格", [Table.plain([["甲", "乙"], ["1", "2"]])])
    editor.show_section(section, "一、", "")
    table = next_table(editor)
    put_cursor_in_cell(editor, 0, 0)
    where = editor.body.cursorRect(table.cellAt(1, 1).firstCursorPosition()).center()
    editor.body.move_cursor_for_menu(where)
    assert cursor_cell(editor) == (1, 1)
    editor.body.table_actions.delete_rows.trigger()
    assert texts(written_table(editor)) == [["甲", "乙"]], "the clicked row went"


def test_no_table_command_while_the_editor_shows_nothing(editor) -> None:  # noqa: ANN001
    actions = editor.body.table_actions
    editor.show_section(Section("表格", []), "一、", "")
    assert actions.insert_table.isEnabled()
    editor.show_nothing()
    assert not actions.insert_table.isEnabled()
    assert not actions.insert(3, 4), "nowhere to write it"


def test_the_editor_says_whether_its_text_holds_a_table(editor) -> None:  # noqa: ANN001
    editor.show_section(Section("无表", [Paragraph.plain("正文。")]), "一、", "")
    assert not editor.shows_tables()
    assert editor.body.table_actions.insert(2, 2)
    assert editor.shows_tables()
    type_chinese(editor.body, "格中")
    assert editor.live_count() == 2 + 3 + 2, "heading, paragraph and the cell's text"
