"""A paste into a table: a pasted table's cells fill the table's cells from the cursor's
on, row by row (as in Excel and in Word's 覆盖单元格), adding rows as needed; the columns
past the table's last one are left out. Anything else is pasted into the cursor's cell,
a table among it as a paragraph a row (the body has no table inside a table). Into a
table's caption, everything comes as one line of text."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextTable

from app.core.model import Paragraph, Run, Table
from app.gui.tables.blocks import Block
from app.gui.tables.edits import append_rows
from app.gui.tables.navigation import cell_selection
from app.gui.tables.runs import insert_paragraphs


def flattened(blocks: list[Block]) -> list[Paragraph]:
    """Blocks as paragraphs: a table a paragraph a row, its cells joined by spaces."""
    paragraphs: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            paragraphs.append(block)
            continue
        for row in block.rows:
            runs: list[Run] = []
            for cell in row:
                for paragraph in cell.paragraphs:
                    if runs:
                        runs.append(Run(" "))
                    runs.extend(paragraph.runs)
            paragraphs.append(Paragraph(runs).normalized())
    return paragraphs


def _only_table(blocks: list[Block]) -> Table | None:
    tables = [b for b in blocks if isinstance(b, Table)]
    others = [b for b in blocks if isinstance(b, Paragraph) and b.runs]
    return tables[0] if len(tables) == 1 and not others else None


def paste_into_cells(cursor: QTextCursor, blocks: list[Block]) -> None:
    """See the module: one step of the document's history. Not inside an edit block of
    the caller's: rows added replace the table, which Qt builds only when a block ends."""
    table = cursor.currentTable()
    if table is None:
        return
    pasted = _only_table(blocks)
    if pasted is None:
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_paragraphs(cursor, flattened(blocks))
        cursor.endEditBlock()
        return
    start = table.cellAt(cursor)
    first_row, first_column = start.row(), start.column()
    missing = first_row + pasted.row_count - table.rows()
    grown = missing > 0 and append_rows(cursor, missing, (first_row, first_column))
    table = cursor.currentTable()  # the new table when rows were added
    assert table is not None
    if grown:
        cursor.joinPreviousEditBlock()  # the filling and the rows are one step
    else:
        cursor.beginEditBlock()
    last = QTextCursor(cursor)
    for r, row in enumerate(pasted.rows):
        target_row = first_row + r
        if target_row >= table.rows():
            break  # the table is as big as a draft's table may be
        for c, cell in enumerate(row):
            target_column = first_column + c
            if cell.covered or target_column >= table.columns():
                continue
            last = _fill(table, target_row, target_column, cell.paragraphs) or last
    cursor.endEditBlock()
    cursor.setPosition(last.position())


def _fill(
    table: QTextTable, row: int, column: int, paragraphs: list[Paragraph]
) -> QTextCursor | None:
    target = table.cellAt(row, column)
    if target.row() != row or target.column() != column:
        return None  # covered by a merged cell of the table pasted into
    selection = cell_selection(target)
    selection.removeSelectedText()
    insert_paragraphs(selection, paragraphs)
    return selection


def paste_into_caption(cursor: QTextCursor, blocks: list[Block]) -> None:
    """A caption is one line of plain text: what is pasted into it, joined by spaces."""
    cursor.removeSelectedText()
    text = " ".join(p.text for p in flattened(blocks) if p.text)
    cursor.insertText(" ".join(text.split()), cursor.charFormat())
