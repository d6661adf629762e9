"""A draft's Table as a QTextTable in the body editor, and back.

The editor shows a table the way it prints: its caption (表题) centred and bold in a
block of its own right above it (marked with CAPTION_PROPERTY, typed in like any text),
a full grid of thin black rules, cells without the body's first-line indent, the header
rows (重复标题行) shaded. What Qt's table has no place for travels on the table's format
as properties: the table's id and its column widths in twips. The widths are read back
as they were while the table keeps its number of columns; a column added or removed
rescales them (see `widths_after`) so the table keeps its width.

Merges: a cell spanning rows or columns is Qt's merged cell (rowSpan/columnSpan), the
positions it covers are `Cell(covered=True)` in the model's full grid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCell,
    QTextTableFormat,
)

from app.core import limits
from app.core.model import Cell, Paragraph, Run, Table
from app.gui.tables.runs import block_paragraph, insert_paragraphs, run_format

TABLE_ID_PROPERTY = QTextFormat.Property.UserProperty + 20
CAPTION_PROPERTY = QTextFormat.Property.UserProperty + 21  # on the caption's block format
WIDTHS_PROPERTY = QTextFormat.Property.UserProperty + 22

HEADER_SHADE = QColor(0xE8, 0xE8, 0xE8)  # a light grey, as a 表头 is shaded on screen
RULE_COLOUR = QColor(Qt.GlobalColor.black)
CELL_PADDING_PX = 4
CELL_LINE_HEIGHT_PERCENT = 120  # cells are set tighter than the body's 1.5 lines

CellReader = Callable[[QTextTableCell], list[Paragraph]]


# The editor's own, lower limit on a table's cells: see limits.EDITOR_MAX_TABLE_CELLS.
EDITOR_MAX_TABLE_CELLS = limits.EDITOR_MAX_TABLE_CELLS


def fits_limits(rows: int, columns: int) -> bool:
    """Whether a table of this size may be in a draft (the draft file refuses bigger ones)."""
    return (
        rows <= limits.TABLE_MAX_ROWS
        and columns <= limits.TABLE_MAX_COLS
        and rows * columns <= limits.TABLE_MAX_CELLS
    )


# -- formats ------------------------------------------------------------------------


def cell_block_format() -> QTextBlockFormat:
    """The paragraphs of a cell: no first-line indent, a little more than single spacing."""
    fmt = QTextBlockFormat()
    fmt.setTextIndent(0)
    fmt.setLineHeight(
        CELL_LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    return fmt


def caption_block_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setTextIndent(0)
    fmt.setProperty(CAPTION_PROPERTY, True)
    return fmt


def is_caption(block: QTextBlock) -> bool:
    return block.blockFormat().boolProperty(CAPTION_PROPERTY)


def insert_caption(cursor: QTextCursor, caption: str, after_paragraph: bool = False) -> None:
    """The caption in the cursor's block when it is empty and no paragraph (the block Qt
    keeps before a table), else in a new block after it."""
    if after_paragraph or cursor.block().length() > 1:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock()
    cursor.setBlockFormat(caption_block_format())
    cursor.setBlockCharFormat(run_format(Run("", bold=True)))
    cursor.insertText(caption, run_format(Run("", bold=True)))


def table_format(table: Table) -> QTextTableFormat:
    """Rules, padding, width and the table's own data (id, widths)."""
    fmt = QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderBrush(QBrush(RULE_COLOUR))
    fmt.setBorderCollapse(True)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(CELL_PADDING_PX)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setHeaderRowCount(min(table.header_rows, len(table.rows)))
    fmt.setProperty(TABLE_ID_PROPERTY, table.id)
    set_widths(fmt, list(table.col_widths), _columns(table))
    return fmt


def set_widths(fmt: QTextTableFormat, widths: list[int], columns: int) -> None:
    """Store the widths (twips) and show them as shares of the editor's column."""
    fmt.setProperty(WIDTHS_PROPERTY, list(widths))
    if len(widths) == columns and sum(widths) > 0:
        total = sum(widths)
        shares = [100 * width / total for width in widths]
    else:
        shares = [100 / columns] * columns if columns else []
    fmt.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, share) for share in shares]
    )


def stored_widths(qtable: QTextTable) -> list[int]:
    value = qtable.format().property(WIDTHS_PROPERTY)
    return [int(width) for width in value] if isinstance(value, list) else []


def widths_after(
    widths: list[int], insert_at: int | None = None, remove: range | None = None
) -> list[int]:
    """Column widths after inserting a column at `insert_at` (as wide as the average) or
    removing the columns in `remove`, scaled back to the table's width. No widths stay none."""
    if not widths:
        return []
    total = sum(widths)
    changed = list(widths)
    if insert_at is not None:
        changed.insert(insert_at, round(total / len(widths)))
    if remove is not None:
        changed = [w for index, w in enumerate(changed) if index not in remove]
    if not changed or sum(changed) <= 0:
        return []
    scale = total / sum(changed)
    scaled = [max(1, round(width * scale)) for width in changed]
    scaled[-1] += total - sum(scaled)  # rounding lands on the last column
    return scaled


def shade_header(qtable: QTextTable) -> None:
    """Shade the header rows and clear the shade of every other row (after a row or the
    header count changed)."""
    header = qtable.format().headerRowCount()
    for row in range(qtable.rows()):
        for column in range(qtable.columns()):
            cell = qtable.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            fmt = cell.format().toTableCellFormat()
            shaded = fmt.background().style() != Qt.BrushStyle.NoBrush
            if row < header and not shaded:
                fmt.setBackground(HEADER_SHADE)
                cell.setFormat(fmt)
            elif row >= header and shaded:
                fmt.clearBackground()
                cell.setFormat(fmt)


# -- model -> document ----------------------------------------------------------------


def _columns(table: Table) -> int:
    return max((len(row) for row in table.rows), default=0)


def insert_table(cursor: QTextCursor, table: Table, after_paragraph: bool = False) -> QTextTable:
    """Insert `table` (its caption first) at the cursor; the cursor ends in the block Qt
    keeps after the table, which gets the block format the cursor's block had.
    after_paragraph: the cursor's block holds a paragraph, even an empty one."""
    body_format = cursor.blockFormat()
    if table.caption:
        insert_caption(cursor, table.caption, after_paragraph)
    qtable = _insert_grid(cursor, table)
    cursor.setPosition(qtable.lastPosition() + 1)
    cursor.setBlockFormat(body_format)
    cursor.setBlockCharFormat(run_format())
    return qtable


def _insert_grid(cursor: QTextCursor, table: Table) -> QTextTable:
    """The QTextTable of `table` at the cursor: cells filled, then merged, header shaded."""
    rows, columns = len(table.rows), _columns(table)
    qtable = cursor.insertTable(max(rows, 1), max(columns, 1), table_format(table))
    block_format = cell_block_format()
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.covered:
                continue
            cell_cursor = qtable.cellAt(r, c).firstCursorPosition()
            cell_cursor.setBlockFormat(block_format)
            insert_paragraphs(cell_cursor, cell.paragraphs)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if not cell.covered and (cell.row_span > 1 or cell.col_span > 1):
                qtable.mergeCells(
                    r, c, min(cell.row_span, rows - r), min(cell.col_span, columns - c)
                )
    if table.header_rows:
        shade_header(qtable)
    return qtable


def replace_table(cursor: QTextCursor, qtable: QTextTable, table: Table) -> QTextTable:
    """Put `table` where `qtable` is (its caption block and the block after it stay as
    they are) and return the new QTextTable; `qtable` is gone. The caller holds the edit
    block, so the replacement is one step of the document's history."""
    after = QTextCursor(cursor.document())
    after.setPosition(qtable.lastPosition() + 1)
    after_format, after_chars = after.blockFormat(), after.blockCharFormat()
    cursor.setPosition(qtable.firstPosition() - 1)
    cursor.setPosition(qtable.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    new = _insert_grid(cursor, table)
    after.setPosition(new.lastPosition() + 1)
    after.setBlockFormat(after_format)
    after.setBlockCharFormat(after_chars)
    return new


# -- document -> model ----------------------------------------------------------------


def cell_paragraphs(cell: QTextTableCell) -> list[Paragraph]:
    """A cell's paragraphs as typed (an empty cell has none)."""
    paragraphs = []
    it = cell.begin()
    while not it.atEnd():
        if it.currentFrame() is None:
            paragraphs.append(block_paragraph(it.currentBlock()))
        it += 1
    if len(paragraphs) == 1 and not paragraphs[0].runs:
        return []
    return paragraphs


def table_grid(qtable: QTextTable, read_cell: CellReader = cell_paragraphs) -> list[list[Cell]]:
    """The full grid: a merged cell where it starts, `covered` where it reaches.

    A merged cell's extent is the positions Qt's grid gives it (cellAt), not its
    rowSpan/columnSpan, which Qt leaves stale after some row and column edits through a
    merge; an extent that is no rectangle (never seen, but not ruled out) is read as
    separate empty cells, so the grid is always one the draft file keeps."""
    rows, columns = qtable.rows(), qtable.columns()
    owner = [[qtable.cellAt(r, c) for c in range(columns)] for r in range(rows)]
    anchors: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r in range(rows):
        for c in range(columns):
            cell = owner[r][c]
            anchors.setdefault((cell.row(), cell.column()), []).append((r, c))
    grid = [[Cell([]) for _ in range(columns)] for _ in range(rows)]
    for positions in anchors.values():
        first_r, first_c = positions[0]
        last_r = max(p[0] for p in positions)
        last_c = max(p[1] for p in positions)
        height, width = last_r - first_r + 1, last_c - first_c + 1
        rectangle = len(positions) == height * width and (first_r, first_c) == (
            min(p[0] for p in positions),
            min(p[1] for p in positions),
        )
        cell = owner[first_r][first_c]
        if rectangle:
            grid[first_r][first_c] = Cell(read_cell(cell), col_span=width, row_span=height)
            for r, c in positions[1:]:
                grid[r][c] = Cell([], covered=True)
        else:
            grid[first_r][first_c] = Cell(read_cell(cell))
    return grid


def caption_before(qtable: QTextTable) -> QTextBlock | None:
    """The caption block right above the table, if it has one."""
    block = qtable.document().findBlock(qtable.firstPosition() - 1)
    return block if block.isValid() and is_caption(block) else None


def read_table(qtable: QTextTable) -> Table:
    """The QTextTable as the draft's Table, with its id, caption and widths kept."""
    fmt = qtable.format()
    widths = stored_widths(qtable)
    if len(widths) != qtable.columns():
        widths = []
    table_id = fmt.property(TABLE_ID_PROPERTY)
    caption = caption_before(qtable)
    table = Table(
        table_grid(qtable),
        header_rows=min(fmt.headerRowCount(), qtable.rows()),
        caption=caption.text().strip() if caption is not None else "",
        col_widths=widths,
    )
    if isinstance(table_id, str) and table_id:
        table.id = table_id
    return table


def shown_table(table: Table) -> Table:
    """A table as the editor reads it back after showing it: a cell's paragraphs
    normalized (one empty paragraph is an empty cell), nothing in a covered position, the
    header no longer than the table, widths only when there is one a column."""
    rows = []
    for row in table.rows:
        cells = []
        for cell in row:
            if cell.covered:
                cells.append(Cell([], covered=True))
                continue
            paragraphs = [p.normalized() for p in cell.paragraphs]
            if len(paragraphs) == 1 and not paragraphs[0].runs:
                paragraphs = []
            cells.append(Cell(paragraphs, col_span=cell.col_span, row_span=cell.row_span))
        rows.append(cells)
    columns = _columns(table)
    return replace(
        table,
        rows=rows,
        header_rows=min(table.header_rows, len(rows)),
        col_widths=list(table.col_widths) if len(table.col_widths) == columns else [],
    )
