"""The 表格 commands as actions: the window's 表格 menu and the editor's context menu.

Each action edits the body editor's document (tables/edits.py: one step of its undo
history, written back to the session like typing). An action is enabled where it
applies: 插入表格 outside a table, the row and column commands in one, 合并单元格 for a
selection of several cells, 拆分单元格 in a merged cell; none while the editor shows
nothing (it is disabled) or is read-only. 表头行 is checked in a header row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMenu, QMenuBar, QTextEdit

from app.gui.language import on_language_change
from app.gui.tables import edits
from app.gui.tables.insert_dialog import InsertTableDialog


class TableActions(QObject):
    """The 表格 commands on one body editor (see the module)."""

    def __init__(self, body: QTextEdit) -> None:
        super().__init__(body)
        self.body = body
        self.insert_table = self._action("", "insertTable", self.ask_insert)
        self.insert_row_above = self._cursor_action(
            "", "insertRowAbove", lambda c: edits.insert_rows(c, False)
        )
        self.insert_row_below = self._cursor_action(
            "", "insertRowBelow", lambda c: edits.insert_rows(c, True)
        )
        self.delete_rows = self._cursor_action("", "deleteRows", edits.remove_rows)
        self.insert_column_left = self._cursor_action(
            "", "insertColumnLeft", lambda c: edits.insert_columns(c, False)
        )
        self.insert_column_right = self._cursor_action(
            "", "insertColumnRight", lambda c: edits.insert_columns(c, True)
        )
        self.delete_columns = self._cursor_action("", "deleteColumns", edits.remove_columns)
        self.merge_cells = self._cursor_action("", "mergeCells", edits.merge_cells)
        self.split_cell = self._cursor_action("", "splitCell", edits.split_cell)
        self.header_row = self._action("", "headerRow", self._toggle_header)
        self.header_row.setCheckable(True)
        self.caption = self._action("", "tableCaption", self.ask_caption)
        self.delete_table = self._cursor_action("", "deleteTable", edits.remove_table)
        body.cursorPositionChanged.connect(self.update_actions)
        body.selectionChanged.connect(self.update_actions)
        self.update_actions()
        self._retranslate()
        on_language_change(body, self._retranslate)

    def _retranslate(self) -> None:
        self.insert_table.setText(self.tr("插入表格…"))
        self.insert_row_above.setText(self.tr("在上方插入行"))
        self.insert_row_below.setText(self.tr("在下方插入行"))
        self.delete_rows.setText(self.tr("删除行"))
        self.insert_column_left.setText(self.tr("在左侧插入列"))
        self.insert_column_right.setText(self.tr("在右侧插入列"))
        self.delete_columns.setText(self.tr("删除列"))
        self.merge_cells.setText(self.tr("合并单元格"))
        self.split_cell.setText(self.tr("拆分单元格"))
        self.header_row.setText(self.tr("表头行（每页重复）"))
        self.caption.setText(self.tr("表题…"))
        self.delete_table.setText(self.tr("删除表格"))

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _cursor_action(self, text: str, name: str, edit: Callable[[QTextCursor], bool]) -> QAction:
        return self._action(text, name, lambda: self.apply(edit))

    def actions(self) -> list[QAction | None]:
        """In menu order; None stands for a separator."""
        return [
            self.insert_table,
            self.caption,
            None,
            self.insert_row_above,
            self.insert_row_below,
            self.delete_rows,
            None,
            self.insert_column_left,
            self.insert_column_right,
            self.delete_columns,
            None,
            self.merge_cells,
            self.split_cell,
            self.header_row,
            None,
            self.delete_table,
        ]

    def add_menu(self, menu_bar: QMenuBar) -> QMenu:
        """表格 in a window's menu bar, before its last menu (帮助)."""
        menu = self.fill(QMenu(self.tr("表格(&A)"), menu_bar))
        on_language_change(menu, lambda: menu.setTitle(self.tr("表格(&A)")))
        menu.setObjectName("menuTable")
        last = menu_bar.actions()[-1] if menu_bar.actions() else None
        if last is None:
            menu_bar.addMenu(menu)
        else:
            menu_bar.insertMenu(last, menu)
        return menu

    def fill(self, menu: QMenu) -> QMenu:
        for action in self.actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    # -- doing -----------------------------------------------------------------

    def apply(self, edit: Callable[[QTextCursor], bool]) -> bool:
        """Run one edit on the editor's cursor; the editor shows where it left the cursor."""
        if self.body.isReadOnly() or not self.body.isEnabled():
            return False
        cursor = self.body.textCursor()
        done = edit(cursor)
        if done:
            self.body.setTextCursor(cursor)
            self.body.setFocus()
        self.update_actions()
        return done

    def insert(self, rows: int, columns: int) -> bool:
        return self.apply(lambda c: edits.insert_new_table(c, rows, columns) is not None)

    def ask_insert(self) -> None:
        dialog = InsertTableDialog(self.body)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.insert(*dialog.size_chosen())

    def _toggle_header(self) -> None:
        self.apply(lambda c: edits.set_header_row(c, self.header_row.isChecked()))

    def ask_caption(self) -> None:
        table = self.body.textCursor().currentTable()
        if table is None:
            return
        text, ok = QInputDialog.getText(
            self.body,
            self.tr("表题"),
            self.tr("表题（印在表格上方，如“表1 重点工作完成情况表”；留空则不印）："),
            QLineEdit.EchoMode.Normal,
            edits.table_caption(self.body.textCursor()),
        )
        if ok:
            self.apply(lambda c: edits.set_caption(c, text.strip()))

    # -- state -----------------------------------------------------------------

    def update_actions(self) -> None:
        cursor = self.body.textCursor()
        editable = self.body.isEnabled() and not self.body.isReadOnly()
        in_table = editable and cursor.currentTable() is not None
        self.insert_table.setEnabled(editable and edits.can_insert_table(cursor))
        for action in (
            self.insert_row_above,
            self.insert_row_below,
            self.delete_rows,
            self.insert_column_left,
            self.insert_column_right,
            self.delete_columns,
            self.header_row,
            self.caption,
            self.delete_table,
        ):
            action.setEnabled(in_table)
        self.merge_cells.setEnabled(in_table and edits.can_merge(cursor))
        self.split_cell.setEnabled(in_table and edits.can_split(cursor))
        self.header_row.setChecked(in_table and edits.is_header_row(cursor))
