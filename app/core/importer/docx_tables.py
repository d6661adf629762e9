"""Word tables read as tables (issue 13 item 3): a w:tbl becomes a model Table with its
merges (w:gridSpan, w:vMerge), header rows (w:tblHeader) and column widths (w:tblGrid),
each cell's paragraphs with bold/italic/underline.

The import works line by line (the preview shows and classifies lines), so a table still
arrives as one line per row (cells joined by tabs, as before); the first row's line is a
`TableRowLine` carrying the whole Table and the others carry none, for the draft builder
to put the table where its first row stands. A table that is no grid the draft can hold
(over the table limits, merges that do not fit) stays lines of text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core import limits
from app.core.draftvalues import Invalid, check_merges
from app.core.importer.docx_package import _P, _TC, _TR, _VAL, parse_int, w
from app.core.importer.lines import SourceLine
from app.core.model import Cell, Paragraph, Run, Table

RunsOf = Callable[[Any], list[Run]]  # a w:p's runs with their effective formatting


@dataclass(slots=True)
class TableRowLine(SourceLine):
    """A table row as a line of the import; `table` set on the table's first row only."""

    table: Table | None = None


def _on(element: Any | None) -> bool:
    """A CT_OnOff child: present and not switched off."""
    return element is not None and element.get(_VAL, "true") not in ("0", "false", "off")


def _cell_paragraphs(tc: Any, runs_of: RunsOf) -> list[Paragraph]:
    paragraphs = [Paragraph(runs_of(p)).normalized() for p in tc.iterchildren(_P)]
    if len(paragraphs) == 1 and not paragraphs[0].runs:
        return []  # Word's empty cell holds one empty paragraph
    return paragraphs


def _header_look_dropped(row: list[Cell]) -> None:
    """A header row printed all bold is the header's look (the export bolds header rows,
    layout.TABLE_HEADER_BOLD), not the text's formatting: dropped, so it round-trips."""
    runs = [r for cell in row for p in cell.paragraphs for r in p.runs]
    if runs and all(r.bold for r in runs):
        for cell in row:
            cell.paragraphs = [
                Paragraph([Run(r.text, False, r.italic, r.underline) for r in p.runs]).normalized()
                for p in cell.paragraphs
            ]


def read_table(tbl: Any, runs_of: RunsOf) -> Table | None:
    """The table, or None when it is no grid a draft can hold."""
    grid = [
        parse_int(col.get(w("w")), 0, 0, 10**6) or 0
        for col in tbl.iterfind(f"{w('tblGrid')}/{w('gridCol')}")
    ]
    rows: list[list[Cell]] = []
    header_rows = 0
    header_run = True
    origin_above: dict[int, Cell] = {}  # column → the cell whose vertical merge is open there
    for tr in tbl.iterchildren(_TR):
        if len(rows) >= limits.TABLE_MAX_ROWS:
            return None
        trpr = tr.find(w("trPr"))
        if header_run and trpr is not None and _on(trpr.find(w("tblHeader"))):
            header_rows += 1
        else:
            header_run = False
        before = trpr.find(w("gridBefore")) if trpr is not None else None
        row: list[Cell] = [
            Cell()
            for _ in range(
                parse_int(
                    before.get(_VAL) if before is not None else None, 0, 0, limits.TABLE_MAX_COLS
                )
                or 0
            )
        ]
        origins: dict[int, Cell] = {}
        for tc in tr.iterchildren(_TC):
            tcpr = tc.find(w("tcPr"))
            span, merge = 1, None
            if tcpr is not None:
                grid_span = tcpr.find(w("gridSpan"))
                if grid_span is not None:
                    span = parse_int(grid_span.get(_VAL), 1, 1, limits.TABLE_MAX_COLS) or 1
                v_merge = tcpr.find(w("vMerge"))
                if v_merge is not None:
                    merge = v_merge.get(_VAL, "continue")
            column = len(row)
            above = origin_above.get(column)
            if merge == "continue" and above is not None and above.col_span == span:
                above.row_span += 1
                row.extend(Cell(covered=True) for _ in range(span))
                origins[column] = above
                continue
            cell = Cell(_cell_paragraphs(tc, runs_of), col_span=span)
            row.append(cell)
            row.extend(Cell(covered=True) for _ in range(span - 1))
            if merge == "restart":
                origins[column] = cell
        origin_above = origins
        if len(row) > limits.TABLE_MAX_COLS:
            return None
        rows.append(row)
    if not rows:
        return None
    cols = max(len(grid), *(len(r) for r in rows))
    if not cols or len(rows) * cols > limits.TABLE_MAX_CELLS:
        return None
    for row in rows:  # gridAfter and short rows: empty positions to the grid's end
        row.extend(Cell() for _ in range(cols - len(row)))
    try:
        check_merges(rows)
    except Invalid:
        return None
    for row in rows[:header_rows]:
        _header_look_dropped(row)
    widths = grid if len(grid) == cols and all(grid) else []
    return Table(rows, header_rows=header_rows, col_widths=widths)


def table_row_lines(tbl: Any, rows: list[SourceLine], runs_of: RunsOf) -> list[SourceLine]:
    """The table's row lines (`rows`, as the text reader made them) as TableRowLines, the
    first carrying the Table when the table reads as one."""
    table = read_table(tbl, runs_of)
    if table is None or len(rows) != table.row_count:
        return rows
    out: list[SourceLine] = [TableRowLine(index=line.index, text=line.text) for line in rows]
    first = out[0]
    assert isinstance(first, TableRowLine)
    first.table = table
    return out
