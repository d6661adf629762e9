"""A printed table's lines: every row as many lines as its fullest cell, one grid slot
each (layout.TABLE_LINE_TW with its rule is one line pitch), cell text broken at the
cell's room (column width less the padding) at the table's size, off the character grid.

A vertically merged cell's lines are centred over the rows it covers; when it needs more
lines than they have, its last row grows (as Word and LibreOffice grow it). Each line says
whether it ends its row (a page may break only there: rows never split, w:cantSplit) and
whether it belongs to a header row (repeated on each page, kept with the first body row).
"""

from __future__ import annotations

from dataclasses import dataclass

import app.core.pagination.linebreak as linebreak
from app.core import layout
from app.core.pagination.metrics import Metrics
from app.core.pagination.model import CellBox, Line, Span
from app.core.pagination.spans import line_spans, printed_width, run_bounds
from app.core.printed.model import CellAlign, PrintedBlock, PrintedCell, PrintedRun, Role


@dataclass(frozen=True, slots=True)
class TableLine:
    line: Line
    row_end: bool
    header: bool


def _paragraph_lines(
    runs: list[PrintedRun], x0: float, room: float, align: CellAlign, size_pt: float, m: Metrics
) -> list[tuple[Span, ...]]:
    text = "".join(r.text for r in runs)
    if not text:
        return [()]
    cell = size_pt * layout.TWIPS_PER_PT
    widths, gaps = linebreak.char_widths(text, size_pt, cell, m)
    out: list[tuple[Span, ...]] = []
    start = 0
    bounds = run_bounds(runs)
    for segment in text.split("\n"):
        seg_w = widths[start : start + len(segment)] if widths is not None else None
        seg_gaps = {i - start: g for i, g in gaps.items() if start <= i < start + len(segment)}
        ranges = linebreak.break_lines(
            segment, seg_w, cell, room, room, m.hang_punctuation, seg_gaps
        ) or [(0, 0)]
        for a, b in ranges:
            a, b = a + start, b + start
            width = printed_width(widths, cell, a, b, text) - gaps.get(a, 0.0)
            free = max(0.0, room - width)
            x = x0 + (
                free if align is CellAlign.RIGHT else free / 2 if align is CellAlign.CENTER else 0
            )
            out.append(line_spans(text, a, b, x, bounds, widths, cell, Role.TABLE))
        start += len(segment) + 1
    return out


def _cell_lines(
    cell: PrintedCell, x0: float, width: float, size_pt: float, m: Metrics
) -> list[tuple[Span, ...]]:
    pad = layout.TABLE_CELL_MARGIN_TW
    room = max(width - 2 * pad, size_pt * layout.TWIPS_PER_PT)
    lines: list[tuple[Span, ...]] = []
    for runs in cell.paragraphs:
        lines += _paragraph_lines(runs, x0 + pad, room, cell.align, size_pt, m)
    return lines or [()]


def table_lines(block: PrintedBlock, number: int, m: Metrics) -> list[TableLine]:
    table = block.table
    assert table is not None
    widths = table.col_widths_tw
    # the table is centred in the text block (w:jc center); x from the block's left edge
    text_width = layout.LANDSCAPE_TEXT_WIDTH_TW if table.landscape else layout.TEXT_WIDTH_TW
    left = (text_width - table.width_tw) / 2
    xs = [left + sum(widths[:c]) for c in range(len(widths))]
    n_rows = len(table.rows)
    heights = [1] * n_rows
    merged: list[tuple[int, int, list[tuple[Span, ...]]]] = []  # (first row, rows, lines)
    per_cell: dict[tuple[int, int], list[tuple[Span, ...]]] = {}
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.covered:
                continue
            span = max(1, min(cell.col_span, len(row) - c))
            lines = _cell_lines(cell, xs[c], sum(widths[c : c + span]), block.size_pt, m)
            rows = max(1, min(cell.row_span, n_rows - r))
            if rows == 1:
                heights[r] = max(heights[r], len(lines))
                per_cell[(r, c)] = lines
            else:
                merged.append((r, rows, lines))
    for r, rows, lines in merged:
        have = sum(heights[r : r + rows])
        if len(lines) > have:
            heights[r + rows - 1] += len(lines) - have
    # the slots of each row, then the spans on each slot
    first_slot = [sum(heights[:r]) for r in range(n_rows)]
    slots: list[list[Span]] = [[] for _ in range(sum(heights))]
    for (r, _c), lines in per_cell.items():
        offset = (heights[r] - len(lines)) // 2
        for k, spans in enumerate(lines):
            slots[first_slot[r] + offset + k].extend(spans)
    for r, rows, lines in merged:
        total = sum(heights[r : r + rows])
        offset = (total - len(lines)) // 2
        for k, spans in enumerate(lines):
            slots[first_slot[r] + offset + k].extend(spans)
    boxes: list[list[CellBox]] = [[] for _ in slots]
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            if cell.covered:
                continue
            span = max(1, min(cell.col_span, len(row) - c))
            last_row = min(r + max(1, cell.row_span), n_rows) - 1
            first, last = first_slot[r], first_slot[last_row] + heights[last_row] - 1
            x0, x1 = xs[c], xs[c] + sum(widths[c : c + span])
            for slot in range(first, last + 1):
                boxes[slot].append(CellBox(x0, x1, slot == first, slot == last))
    out = []
    for r in range(n_rows):
        header = r < table.header_rows
        for k in range(heights[r]):
            slot = first_slot[r] + k
            spans = tuple(sorted(slots[slot], key=lambda s: s.x_tw))
            cells = tuple(sorted(boxes[slot], key=lambda b: b.x0_tw))
            line = Line(0, Role.TABLE, spans, number, None, block.section, block.paragraph, cells)
            out.append(TableLine(line, k == heights[r] - 1, header))
    return out
