"""Places in the body's text (app.core.search's Match, the checker's locations) and
positions in the editor's document, both ways, tables included.

A place is (index, offset): body[index] of the section (a paragraph or a table) and a
character offset into its `text`. A paragraph's text is its block's text after the lead;
a table's text is Table.text: its rows joined by line breaks, a row's cells (covered
positions left out) by tabs, a cell's paragraphs by line breaks. The caption is not in
it. `document_position` finds the document position of a place; `body_place` the place
of a document position (a position in the caption counts as the start of the table).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable

from app.gui.tables.blocks import body_units

ROW_SEPARATOR = CELL_PARAGRAPH_SEPARATOR = 1  # "\n" between rows and between paragraphs
CELL_SEPARATOR_LENGTH = 1  # "\t" between cells


def _table_blocks(table: QTextTable) -> Iterator[tuple[int, QTextBlock]]:
    """(offset in Table.text, block) for every paragraph of every cell, in text order."""
    offset = 0
    for row in range(table.rows()):
        if row:
            offset += ROW_SEPARATOR
        first = True
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue
            if not first:
                offset += CELL_SEPARATOR_LENGTH
            first = False
            block = cell.firstCursorPosition().block()
            last = cell.lastCursorPosition().block()
            while block.isValid():
                yield offset, block
                offset += len(block.text())
                if block == last:
                    break
                offset += CELL_PARAGRAPH_SEPARATOR
                block = block.next()


def _lead(block: QTextBlock, lead_length: int) -> int:
    return lead_length if block.blockNumber() == 0 else 0


def document_position(
    document: QTextDocument, index: int, offset: int, lead_length: int = 0
) -> int | None:
    """The document position of body[index] at `offset` (None: no such place)."""
    units = body_units(document)
    if not 0 <= index < len(units):
        return None
    unit = units[index]
    if isinstance(unit, QTextBlock):
        return unit.position() + _lead(unit, lead_length) + min(offset, len(unit.text()))
    found = None
    for start, block in _table_blocks(unit):
        if start > offset:
            break
        found = block.position() + min(offset - start, len(block.text()))
    return found


def body_place(document: QTextDocument, position: int, lead_length: int = 0) -> tuple[int, int]:
    """The place (index, offset) of a document position: in a paragraph, or in a cell of
    a table; a position before the first place is (0, 0), one in a caption or in an empty
    block Qt keeps the start of the next place."""
    block = document.findBlock(position)
    for index, unit in enumerate(body_units(document)):
        if isinstance(unit, QTextBlock):
            if unit.position() + unit.length() <= position:
                continue
            if unit == block:
                return index, max(0, position - unit.position() - _lead(unit, lead_length))
            return index, 0
        if unit.lastPosition() < position:
            continue
        for start, cell_block in _table_blocks(unit):
            if cell_block == block:
                return index, start + position - cell_block.position()
        return index, 0
    units = body_units(document)
    return (len(units), 0) if units else (0, 0)
