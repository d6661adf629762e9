"""The 表格 commands as edits of the editor's document, each one step of its undo history.

Every command takes the editor's cursor and changes the document through it inside one
edit block, so the document's own history undoes it as it undoes typing, and the
debounced write-back hands the result to the session like any other typing. Rows and
columns follow the cursor's cell, or every row (column) of a selection of cells.

Rows, columns, merges and splits are worked out on the draft's Table (tables/grid: merged
cells, header rows and widths follow) and the changed table takes the old one's place
(qt_table.replace_table); Qt's own insertRows/removeColumns/mergeCells through merged
cells leave its grid stale and crashed the editor on some runs of commands. The header
rows and the caption are formats and text and are set in place. A table does not grow
past the limits a draft's table has (qt_table.fits_limits).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextTable

from app.core import layout
from app.core.model import Cell, Table
from app.gui.tables import grid
from app.gui.tables.qt_table import (
    CAPTION_PROPERTY,
    caption_before,
    fits_limits,
    insert_caption,
    insert_table,
    is_caption,
    read_table,
    replace_table,
    shade_header,
)


@dataclass(frozen=True, slots=True)
class CellRange:
    """The cells a command works on: rows first_row.. and columns first_column.. ."""

    first_row: int
    rows: int
    first_column: int
    columns: int


def cell_range(cursor: QTextCursor) -> CellRange | None:
    """The selected cells, or the cursor's cell (with its span); None outside a table."""
    table = cursor.currentTable()
    if table is None:
        return None
    if cursor.hasComplexSelection():  # a selection across cells: Qt names the rectangle
        first_row, rows, first_column, columns = cast(
            tuple[int, int, int, int], cursor.selectedTableCells()
        )
        return CellRange(first_row, rows, first_column, columns)
    cell = table.cellAt(cursor)
    return CellRange(cell.row(), cell.rowSpan(), cell.column(), cell.columnSpan())


def empty_table(rows: int, columns: int, header_rows: int = 1) -> Table:
    """A new table: empty cells, the first row its header, columns of equal width across
    the text block."""
    width = layout.TEXT_WIDTH_TW // columns
    widths = [width] * columns
    widths[-1] += layout.TEXT_WIDTH_TW - sum(widths)
    grid = [[Cell([]) for _ in range(columns)] for _ in range(rows)]
    return Table(grid, header_rows=min(header_rows, rows), col_widths=widths)


def can_insert_table(cursor: QTextCursor) -> bool:
    return cursor.currentTable() is None and not is_caption(cursor.block())


def insert_new_table(cursor: QTextCursor, rows: int, columns: int) -> QTextTable | None:
    """A rows × columns table after the cursor's paragraph (not inside a table nor its
    caption); the cursor goes into its first cell."""
    if not can_insert_table(cursor) or rows < 1 or columns < 1:
        return None
    cursor.beginEditBlock()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    qtable = insert_table(cursor, empty_table(rows, columns))
    cursor.endEditBlock()
    cursor.setPosition(qtable.cellAt(0, 0).firstCursorPosition().position())
    return qtable


def _rebuild(
    cursor: QTextCursor, change: Callable[[Table], Table], focus: Callable[[Table], tuple[int, int]]
) -> bool:
    """Apply a change of the cursor's table (tables/grid) by putting the changed table in
    its place, one step of the history; the cursor goes to the cell `focus` names in the
    new table. False (nothing done) when the table would grow past a draft's limits.
    Never inside another edit block: Qt builds the new table only when the block ends."""
    qtable = cursor.currentTable()
    if qtable is None:
        return False
    new = change(read_table(qtable))
    if not fits_limits(new.row_count, new.col_count):
        return False
    if not new.rows or not new.col_count:
        return remove_table(cursor)
    cursor.beginEditBlock()
    placed = replace_table(cursor, qtable, new)
    cursor.endEditBlock()
    row, column = focus(new)
    row = max(0, min(row, new.row_count - 1))
    column = max(0, min(column, new.col_count - 1))
    cursor.setPosition(placed.cellAt(row, column).firstCursorPosition().position())
    return True


def append_row(cursor: QTextCursor) -> bool:
    """A row at the end (Tab in the last cell); the cursor goes to its first cell."""
    return _rebuild(
        cursor, lambda t: grid.insert_rows(t, t.row_count, 1), lambda t: (t.row_count - 1, 0)
    )


def append_rows(cursor: QTextCursor, count: int, focus: tuple[int, int]) -> bool:
    """Rows at the end (a paste that reaches past the last row); the cursor to `focus`."""
    return _rebuild(cursor, lambda t: grid.insert_rows(t, t.row_count, count), lambda t: focus)


def insert_rows(cursor: QTextCursor, below: bool) -> bool:
    """As many rows as are selected, above or below them (header rows when they go
    among the header rows); the cursor stays in its cell."""
    cells = cell_range(cursor)
    if cells is None:
        return False
    at = cells.first_row + cells.rows if below else cells.first_row
    shift = 0 if below else cells.rows
    return _rebuild(
        cursor,
        lambda t: grid.insert_rows(t, at, cells.rows),
        lambda t: (cells.first_row + shift, cells.first_column),
    )


def remove_rows(cursor: QTextCursor) -> bool:
    """The selected rows go (the header with them where they were header rows); all of
    them: the table goes."""
    cells = cell_range(cursor)
    if cells is None:
        return False
    return _rebuild(
        cursor,
        lambda t: grid.remove_rows(t, cells.first_row, cells.rows),
        lambda t: (cells.first_row, cells.first_column),
    )


def insert_columns(cursor: QTextCursor, right: bool) -> bool:
    """As many columns as are selected, left or right of them; widths rescaled."""
    cells = cell_range(cursor)
    if cells is None:
        return False
    at = cells.first_column + cells.columns if right else cells.first_column
    shift = 0 if right else cells.columns
    return _rebuild(
        cursor,
        lambda t: grid.insert_columns(t, at, cells.columns),
        lambda t: (cells.first_row, cells.first_column + shift),
    )


def remove_columns(cursor: QTextCursor) -> bool:
    """The selected columns go; all of them: the table goes."""
    cells = cell_range(cursor)
    if cells is None:
        return False
    return _rebuild(
        cursor,
        lambda t: grid.remove_columns(t, cells.first_column, cells.columns),
        lambda t: (cells.first_row, cells.first_column),
    )


def can_merge(cursor: QTextCursor) -> bool:
    """A selection across several cells."""
    return cursor.currentTable() is not None and cursor.hasComplexSelection()


def merge_cells(cursor: QTextCursor) -> bool:
    """The selected cells become one; their text is kept, one paragraph after another."""
    cells = cell_range(cursor)
    if cells is None or not can_merge(cursor):
        return False
    return _rebuild(
        cursor,
        lambda t: grid.merge(t, cells.first_row, cells.first_column, cells.rows, cells.columns),
        lambda t: (cells.first_row, cells.first_column),
    )


def can_split(cursor: QTextCursor) -> bool:
    table = cursor.currentTable()
    if table is None:
        return False
    cell = table.cellAt(cursor)
    return cell.rowSpan() > 1 or cell.columnSpan() > 1


def split_cell(cursor: QTextCursor) -> bool:
    """A merged cell back into the cells it covered (its text stays in the first)."""
    table = cursor.currentTable()
    if table is None or not can_split(cursor):
        return False
    cell = table.cellAt(cursor)
    row, column = cell.row(), cell.column()
    return _rebuild(cursor, lambda t: grid.split(t, row, column), lambda t: (row, column))


def is_header_row(cursor: QTextCursor) -> bool:
    table = cursor.currentTable()
    return table is not None and table.cellAt(cursor).row() < table.format().headerRowCount()


def set_header_row(cursor: QTextCursor, on: bool) -> bool:
    """表头行 on: every row down to the cursor's is a header row (repeated on each printed
    page); off: the header ends above the cursor's row."""
    table = cursor.currentTable()
    if table is None:
        return False
    cell = table.cellAt(cursor)
    count = cell.row() + cell.rowSpan() if on else cell.row()
    fmt = table.format()
    if fmt.headerRowCount() == count:
        return False
    cursor.beginEditBlock()
    fmt.setHeaderRowCount(count)
    table.setFormat(fmt)
    shade_header(table)
    cursor.endEditBlock()
    return True


def remove_table(cursor: QTextCursor) -> bool:
    """The whole table goes, with its caption and the empty block Qt kept after it."""
    table = cursor.currentTable()
    if table is None:
        return False
    caption = caption_before(table)
    cursor.beginEditBlock()
    cursor.setPosition(caption.position() if caption is not None else table.firstPosition() - 1)
    cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    cursor.endEditBlock()
    return True


def table_caption(cursor: QTextCursor) -> str:
    table = cursor.currentTable()
    block = caption_before(table) if table is not None else None
    return block.text() if block is not None else ""


def set_caption(cursor: QTextCursor, caption: str) -> bool:
    """The table's 表题 in the block above it (made when there is none; "" takes it away,
    leaving the block Qt keeps between two tables)."""
    table = cursor.currentTable()
    if table is None or table_caption(cursor) == caption:
        return False
    block = caption_before(table)
    edit = QTextCursor(table.document())
    edit.beginEditBlock()
    if block is None:
        edit.setPosition(table.firstPosition() - 1)
        insert_caption(edit, caption)
    else:
        edit.setPosition(block.position())
        edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        if caption:
            edit.insertText(caption, edit.charFormat())
        else:
            edit.removeSelectedText()
            _uncaption(edit, block)
    edit.endEditBlock()
    return True


def _uncaption(edit: QTextCursor, block: QTextBlock) -> None:
    """An emptied caption block goes into the paragraph above it; where there is none (the
    table opens the body or follows another) it is the block Qt keeps, a body block again."""
    previous = block.previous()
    if previous.isValid() and QTextCursor(previous).currentTable() is None:
        edit.setPosition(previous.position() + previous.length() - 1)
        edit.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        edit.removeSelectedText()
        return
    fmt = block.blockFormat()
    fmt.clearProperty(CAPTION_PROPERTY)
    fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    edit.setPosition(block.position())
    edit.setBlockFormat(fmt)
