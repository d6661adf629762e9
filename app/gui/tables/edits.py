"""The 表格 commands as edits of the editor's document, each one step of its undo history.

Every command takes the editor's cursor and changes the document through it (or through
the QTextTable it is in) inside one edit block, so the document's own history undoes it
as it undoes typing, and the debounced write-back hands the result to the session like
any other typing. Rows and columns follow the cursor's cell, or every row (column) of a
selection of cells. After rows change, the header shading is redrawn; after columns
change, the column widths are rescaled (qt_table.widths_after). A table does not grow
past the limits a draft's table has (qt_table.fits_limits).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextTable

from app.core import layout
from app.core.model import Cell, Table
from app.gui.tables.qt_table import (
    CAPTION_PROPERTY,
    caption_before,
    cell_block_format,
    fits_limits,
    insert_caption,
    insert_table,
    is_caption,
    set_widths,
    shade_header,
    stored_widths,
    widths_after,
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


def _format_new_cells(table: QTextTable, rows: range, columns: range) -> None:
    block_format = cell_block_format()
    for row in rows:
        for column in columns:
            cell = table.cellAt(row, column)
            if cell.row() == row and cell.column() == column:
                cell.firstCursorPosition().setBlockFormat(block_format)


def append_row(cursor: QTextCursor, table: QTextTable) -> bool:
    """A row at the end (Tab in the last cell), while the table may grow."""
    if not fits_limits(table.rows() + 1, table.columns()):
        return False
    cursor.beginEditBlock()
    table.appendRows(1)
    _format_new_cells(table, range(table.rows() - 1, table.rows()), range(table.columns()))
    shade_header(table)
    cursor.endEditBlock()
    return True


def insert_rows(cursor: QTextCursor, below: bool) -> bool:
    """As many rows as are selected, above or below them (header rows when they go
    among the header rows)."""
    table, cells = cursor.currentTable(), cell_range(cursor)
    if table is None or cells is None:
        return False
    at = cells.first_row + cells.rows if below else cells.first_row
    if not fits_limits(table.rows() + cells.rows, table.columns()):
        return False
    header = table.format().headerRowCount()
    cursor.beginEditBlock()
    table.insertRows(at, cells.rows)
    if at < header:  # rows among the header rows are header rows too
        fmt = table.format()
        fmt.setHeaderRowCount(header + cells.rows)
        table.setFormat(fmt)
    _format_new_cells(table, range(at, at + cells.rows), range(table.columns()))
    shade_header(table)
    cursor.endEditBlock()
    return True


def remove_rows(cursor: QTextCursor) -> bool:
    """The selected rows go; all of them: the table goes."""
    table, cells = cursor.currentTable(), cell_range(cursor)
    if table is None or cells is None:
        return False
    if cells.rows >= table.rows():
        return remove_table(cursor)
    cursor.beginEditBlock()
    header = table.format().headerRowCount()
    table.removeRows(cells.first_row, cells.rows)
    removed_header = max(0, min(header, cells.first_row + cells.rows) - cells.first_row)
    if removed_header:
        fmt = table.format()
        fmt.setHeaderRowCount(header - removed_header)
        table.setFormat(fmt)
    shade_header(table)
    cursor.endEditBlock()
    return True


def insert_columns(cursor: QTextCursor, right: bool) -> bool:
    """As many columns as are selected, left or right of them; widths rescaled."""
    table, cells = cursor.currentTable(), cell_range(cursor)
    if table is None or cells is None:
        return False
    at = cells.first_column + cells.columns if right else cells.first_column
    if not fits_limits(table.rows(), table.columns() + cells.columns):
        return False
    widths = stored_widths(table)
    cursor.beginEditBlock()
    table.insertColumns(at, cells.columns)
    for offset in range(cells.columns):
        widths = widths_after(widths, insert_at=at + offset)
    _set_widths(table, widths)
    _format_new_cells(table, range(table.rows()), range(at, at + cells.columns))
    shade_header(table)
    cursor.endEditBlock()
    return True


def remove_columns(cursor: QTextCursor) -> bool:
    """The selected columns go; all of them: the table goes."""
    table, cells = cursor.currentTable(), cell_range(cursor)
    if table is None or cells is None:
        return False
    if cells.columns >= table.columns():
        return remove_table(cursor)
    widths = widths_after(
        stored_widths(table),
        remove=range(cells.first_column, cells.first_column + cells.columns),
    )
    cursor.beginEditBlock()
    table.removeColumns(cells.first_column, cells.columns)
    _set_widths(table, widths)
    cursor.endEditBlock()
    return True


def _set_widths(table: QTextTable, widths: list[int]) -> None:
    fmt = table.format()
    set_widths(fmt, widths, table.columns())
    table.setFormat(fmt)


def can_merge(cursor: QTextCursor) -> bool:
    """A selection across several cells."""
    return cursor.currentTable() is not None and cursor.hasComplexSelection()


def merge_cells(cursor: QTextCursor) -> bool:
    """The selected cells become one; their text is kept, one paragraph after another."""
    table, cells = cursor.currentTable(), cell_range(cursor)
    if table is None or cells is None or not can_merge(cursor):
        return False
    cursor.beginEditBlock()
    table.mergeCells(cells.first_row, cells.first_column, cells.rows, cells.columns)
    shade_header(table)
    cursor.endEditBlock()
    cursor.setPosition(table.cellAt(cells.first_row, cells.first_column).firstPosition())
    return True


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
    cursor.beginEditBlock()
    table.splitCell(row, column, 1, 1)
    _format_new_cells(
        table, range(row, row + cell.rowSpan()), range(column, column + cell.columnSpan())
    )
    shade_header(table)
    cursor.endEditBlock()
    return True


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
