"""A printed table (app.core.printed.PrintedTable) as a WordprocessingML table.

Explicit grid and widths everywhere (w:tblGrid/w:gridCol, w:tblW, w:tcW, fixed layout:
WPS lays a table out from them and ignores autofit hints), single 0.5 pt rules on every
edge, header rows marked w:tblHeader (repeated on each page) and kept with the first body
row, rows never split across pages (w:cantSplit), merges as w:gridSpan and w:vMerge
(ECMA-376 Part 1 §17.4). Cell text in the TableText style (parts.table_styles).
"""

from __future__ import annotations

from collections.abc import Callable

from app.core import layout
from app.core.export.ooxml import empty_paragraph, paragraph_xml
from app.core.export.parts import TABLE_TEXT_STYLE
from app.core.printed.model import CellAlign, PrintedCell, PrintedRun, PrintedTable

RunWriter = Callable[[PrintedRun], str]

_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _borders() -> str:
    line = f'w:val="single" w:sz="{layout.TABLE_BORDER_EIGHTHS}" w:space="0" w:color="000000"'
    return "<w:tblBorders>" + "".join(f"<w:{e} {line}/>" for e in _EDGES) + "</w:tblBorders>"


_BORDERS = _borders()


def _table_pr(width: int) -> str:
    margin = layout.TABLE_CELL_MARGIN_TW
    return (
        "<w:tblPr>"
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/>'
        f"{_BORDERS}"
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{margin}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{margin}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
        ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        "</w:tblPr>"
    )


def _cell_paragraphs(cell: PrintedCell, keep_next: bool, write_run: RunWriter) -> str:
    jc = None if cell.align is CellAlign.LEFT else cell.align.value
    out = []
    for runs in cell.paragraphs:
        out.append(
            paragraph_xml(
                [write_run(r) for r in runs],
                style=TABLE_TEXT_STYLE,
                jc=jc,
                keep_next=True if keep_next else None,
            )
        )
    return "".join(out) or empty_paragraph()


def _tc(width: int, span: int, merge: str | None, content: str) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge is not None:
        props += f'<w:vMerge w:val="{merge}"/>' if merge else "<w:vMerge/>"
    props += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def _owners(table: PrintedTable) -> dict[tuple[int, int], tuple[int, int]]:
    """Each covered grid position → the position of the cell whose merge covers it."""
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.covered or (cell.col_span == 1 and cell.row_span == 1):
                continue
            for rr in range(r, min(r + cell.row_span, len(table.rows))):
                for cc in range(c, min(c + cell.col_span, len(row))):
                    if (rr, cc) != (r, c):
                        owner[(rr, cc)] = (r, c)
    return owner


def table_xml(table: PrintedTable, write_run: RunWriter) -> str:
    widths = table.col_widths_tw
    owner = _owners(table)
    rows = []
    for r, row in enumerate(table.rows):
        header = r < table.header_rows
        cells = []
        for c, cell in enumerate(row):
            origin = owner.get((r, c))
            if origin is not None:
                top = table.rows[origin[0]][origin[1]]
                if origin[1] != c or origin[0] == r:
                    continue  # inside a horizontal merge: the spanning w:tc holds it
                span = top.col_span  # a vertical merge continues, as wide as it began
                width = sum(widths[c : c + span])
                cells.append(_tc(width, span, "", empty_paragraph()))
                continue
            span = max(1, min(cell.col_span, len(row) - c))
            width = sum(widths[c : c + span])
            merge = "restart" if cell.row_span > 1 else None
            cells.append(_tc(width, span, merge, _cell_paragraphs(cell, header, write_run)))
        tr_pr = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
        rows.append(f"<w:tr><w:trPr>{tr_pr}</w:trPr>{''.join(cells)}</w:tr>")
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return f"<w:tbl>{_table_pr(table.width_tw)}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
