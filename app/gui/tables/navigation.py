"""Tab and Shift+Tab in a table, as in Word: the next (previous) cell in reading order,
its text selected so typing replaces it; Tab in the last cell adds a row first (one step
of the document's undo history). Enter in a table's caption goes on into its first cell:
a caption is one line, and a new block under it would take its place above the table."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextTable, QTextTableCell

from app.gui.tables.edits import append_row
from app.gui.tables.qt_table import is_caption


def anchor_cells(table: QTextTable) -> list[QTextTableCell]:
    """The cells where they start (a merged cell once), row by row."""
    cells = []
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() == row and cell.column() == column:
                cells.append(cell)
    return cells


def cell_selection(cell: QTextTableCell) -> QTextCursor:
    """A cursor selecting the cell's text (at its start when it is empty)."""
    cursor = cell.lastCursorPosition()
    cursor.setPosition(cell.firstCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def cell_cursor(cursor: QTextCursor, forward: bool) -> QTextCursor | None:
    """Where Tab (forward) or Shift+Tab takes a cursor in a table; None outside a table,
    for Shift+Tab in the first cell and for Tab in the last of a table at its limits."""
    table = cursor.currentTable()
    if table is None:
        return None
    current = table.cellAt(cursor)
    cells = anchor_cells(table)
    index = next(
        i for i, c in enumerate(cells) if (c.row(), c.column()) == (current.row(), current.column())
    )
    if not forward:
        return cell_selection(cells[index - 1]) if index else None
    if index + 1 < len(cells):
        return cell_selection(cells[index + 1])
    if not append_row(cursor):  # the table is replaced: the cursor is in its new last row
        return None
    return cursor


def below_caption(cursor: QTextCursor) -> QTextCursor | None:
    """Where Enter takes a cursor in a table's caption: the table's first cell (None when
    the cursor is not in a caption)."""
    block = cursor.block()
    if not is_caption(block):
        return None
    after = QTextCursor(block.next())
    table = after.currentTable()
    if table is None or not block.next().isValid():
        return None
    return table.cellAt(0, 0).firstCursorPosition()
