"""A draft table as printed: caption above, column widths in twips, each cell's alignment
(header centred and bold, numbers right, 序号 centred, text left: layout.py "tables").

A table wider than the text block (its relative widths add up to more than the block's
width) prints on landscape pages (GB/T 9704-2012 §8); any other fills the block's width.
"""

from __future__ import annotations

import re

from app.core import layout
from app.core.model import Cell, Paragraph, Table
from app.core.printed.model import (
    Align,
    CellAlign,
    Face,
    PrintedBlock,
    PrintedCell,
    PrintedRun,
    PrintedTable,
    Role,
)

# A number as tables print them: 1,234.5 / －3 / 12% / 1.5万 / ９８ (full-width digits too).
_NUMBER = re.compile(r"[+\-－−]?[\d０-９][\d０-９,，.．]*\s*[%％‰]?(?:万|亿|万元|亿元|元)?")
_SERIAL = re.compile(r"[\d０-９]{1,3}")  # a 序号 in the first column


def is_number(text: str) -> bool:
    return _NUMBER.fullmatch(text.strip()) is not None


def column_widths(table: Table, width_tw: int, cols: int | None = None) -> list[int]:
    """The table's relative widths (equal when it has none, or none that fit its `cols`
    columns) scaled to `width_tw`."""
    cols = table.col_count if cols is None else cols
    given = table.col_widths
    relative = given if len(given) == cols and all(w > 0 for w in given) else [1] * cols
    total = sum(relative)
    widths = [w * width_tw // total for w in relative]
    widths[-1] += width_tw - sum(widths)
    return widths


def is_landscape(table: Table) -> bool:
    return sum(table.col_widths) > layout.TEXT_WIDTH_TW


def _align(cell: Cell, row: int, col: int, header: bool) -> CellAlign:
    if header:
        return CellAlign.CENTER
    text = cell.text.strip()
    if col == 0 and _SERIAL.fullmatch(text):
        return CellAlign.CENTER
    if text and all(is_number(line) for line in text.splitlines() if line.strip()):
        return CellAlign.RIGHT
    return CellAlign.LEFT


def _runs(paragraph: Paragraph, section: str | None, index: int, bold: bool) -> list[PrintedRun]:
    return [
        PrintedRun(r.text, Role.TABLE, section, index, r.bold or bold, r.italic, r.underline)
        for r in paragraph.normalized().runs
    ]


def printed_table(table: Table, section: str | None, index: int) -> PrintedTable:
    landscape = is_landscape(table)
    width = layout.LANDSCAPE_TEXT_WIDTH_TW if landscape else layout.TEXT_WIDTH_TW
    # The draft reader only lets full grids in; a table being edited may be ragged for a
    # moment: printed as a full grid all the same, short rows made up with empty cells.
    cols = max(len(row) for row in table.rows)
    rows = []
    for r, draft_row in enumerate(table.rows):
        row = draft_row + [Cell() for _ in range(cols - len(draft_row))]
        header = r < table.header_rows
        bold = header and layout.TABLE_HEADER_BOLD
        rows.append(
            [
                PrintedCell(
                    [_runs(p, section, index, bold) for p in cell.paragraphs] or [[]],
                    cell.col_span,
                    cell.row_span,
                    cell.covered,
                    _align(cell, r, c, header),
                    bold,
                )
                for c, cell in enumerate(row)
            ]
        )
    header_rows = min(table.header_rows, len(rows))
    return PrintedTable(rows, column_widths(table, width, cols), header_rows, landscape)


def table_blocks(table: Table, section: str | None, index: int) -> list[PrintedBlock]:
    """The caption (when there is one), keeping with the table, and the table."""
    out = []
    landscape = is_landscape(table)
    caption = table.caption.strip()
    if caption:
        out.append(
            PrintedBlock(
                Role.CAPTION,
                [
                    PrintedRun(
                        caption,
                        Role.CAPTION,
                        section,
                        index,
                        bold=layout.TABLE_CAPTION_BOLD,
                        face=Face.BODY,
                    )
                ],
                section=section,
                paragraph=index,
                first_zi=0,
                align=Align.CENTER,
                keep_next=True,
                grid=not landscape,  # a landscape section has a line grid only
                landscape=landscape,
            )
        )
    if table.rows and any(table.rows):
        out.append(
            PrintedBlock(
                Role.TABLE,
                [],
                section=section,
                paragraph=index,
                first_zi=0,
                size_pt=layout.TABLE_TEXT_PT,
                grid=False,
                table=printed_table(table, section, index),
                landscape=landscape,
            )
        )
    return out
