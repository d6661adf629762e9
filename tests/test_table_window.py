"""A table made in the window: the 表格 menu, the editor, the session's undo of typing
(the editor's history), and the table saved and opened again as it was."""

from __future__ import annotations

import pytest
from gui_helpers import copy_sample, new_window, on_next_dialog, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from app.core.draftfile import load_draft
from app.core.model import Table
from app.gui.tables.insert_dialog import InsertTableDialog

pytestmark = pytest.mark.usefixtures("guarded_windows")


def test_table_from_the_menu_typed_in_saved_and_reopened(tmp_path, sample_draft_path, qtbot):  # noqa: ANN001
    path = copy_sample(sample_draft_path, tmp_path)
    window = new_window()
    window.open_path(path)
    window.outline.select_section("s02")
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    menu = window.findChild(QMenu, "menuTable")
    assert menu is not None and menu.title() == "表格(&A)"
    insert = next(a for a in menu.actions() if a.objectName() == "insertTableAction")

    def choose_size(dialog) -> None:  # noqa: ANN001
        dialog.rows.setValue(3)
        dialog.columns.setValue(4)
        dialog.accept()

    seen = on_next_dialog(InsertTableDialog, choose_size)
    insert.trigger()
    assert seen, "插入表格 asks for rows and columns"
    for text in ("指标", "目标", "完成", "备注"):
        type_chinese(body, text)
        qtbot.keyClick(body, Qt.Key.Key_Tab)
    type_chinese(body, "营业收入")
    merge_from = body.textCursor().currentTable()
    assert merge_from is not None
    cursor = merge_from.cellAt(2, 0).firstCursorPosition()
    cursor.setPosition(merge_from.cellAt(2, 1).firstPosition(), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    next(a for a in menu.actions() if a.objectName() == "mergeCellsAction").trigger()

    def merged_width() -> int:
        (table,) = body.document().rootFrame().childFrames()
        return table.cellAt(2, 0).columnSpan()

    assert merged_width() == 2
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert merged_width() == 1, "Ctrl+Z undoes the merge"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(body, Qt.Key.Key_Z, shift_ctrl)
    assert merged_width() == 2, "and Ctrl+Shift+Z does it again"
    window.save()

    section = load_draft(path).find("s02")
    (table,) = [b for b in section.body if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows] == [
        ["指标", "目标", "完成", "备注"],
        ["营业收入", "", "", ""],
        ["", "", "", ""],
    ]
    assert table.rows[2][0].col_span == 2 and table.rows[2][1].covered
    assert table.header_rows == 1 and len(table.col_widths) == 4
    assert section == window.draft.find("s02"), "saved as the window holds it"

    window.session.forget_unsaved()
    window.close()
    again = new_window()
    again.open_path(path)
    again.outline.select_section("s02")
    shown = again.editor.body.document()
    assert again.editor.flush() is False, "shown as saved: nothing to write back"
    assert any(b == table for b in again.draft.find("s02").body)
    assert shown.toPlainText().count("营业收入") == 1
