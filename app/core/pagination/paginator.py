"""Lay the printed blocks out on the GB/T 9704 grid: lines of 28 cells, pages of 22 lines.

The blocks are app.core.printed's, the very list the .docx writer writes (printed_document),
keep rules R1 and R2 set there.

Lines: each block's text is broken by linebreak.break_lines at the room its indents
leave (a forced line break "\\n" — the title's lines — starts a new line). Pages: a page
takes 22 lines; when the break after the 22nd is not allowed it moves back to the last
allowed one:

- not inside a block that keeps together (headings, the closing part);
- not between a block that keeps with the next one and that next block (R1, R2);
- inside a block with widow control, only with at least `widow` lines on each side;
- inside a block that keeps with the next one, only where the renderer splits such a
  paragraph (Word does; LibreOffice moves it whole: metrics point 5).

When no break on the page is allowed (a chain longer than a page), the page is cut full,
as the renderers do.
"""

from __future__ import annotations

from dataclasses import dataclass

import app.core.pagination.linebreak as linebreak
from app.core import layout
from app.core.model import Draft
from app.core.pagination.metrics import LIBREOFFICE, Metrics
from app.core.pagination.model import Line, Page, Pagination
from app.core.pagination.spans import line_spans, printed_width, run_bounds
from app.core.pagination.tables import table_lines
from app.core.printed import Align, PrintedBlock, printed_document


@dataclass(frozen=True, slots=True)
class _Placed:
    block: int
    index: int  # line index inside its block
    count: int  # lines of its block
    line: Line  # slot filled in when the page is known
    row_end: bool = True  # a table's line: the last of its row (a page may break after it)
    header: bool = False  # a table's line: in a header row


def _block_lines(block: PrintedBlock, number: int, metrics: Metrics) -> list[Line]:
    """The block's lines (slot 0; the pages set it)."""
    text = block.text
    if not text:
        return [Line(0, block.role, (), number, block.level, block.section, block.paragraph)]
    if block.grid:
        cell = metrics.cell_tw
        room = metrics.line_tw
        origin = metrics.grid_offset_tw
    else:
        cell = block.size_pt * layout.TWIPS_PER_PT
        room = float(layout.LANDSCAPE_TEXT_WIDTH_TW if block.landscape else layout.TEXT_WIDTH_TW)
        origin = 0.0
    first_in = metrics.indent_tw(block.first_zi)
    rest_in = metrics.indent_tw(block.rest_zi)
    right_in = metrics.indent_tw(block.right_zi)
    widths, gaps = linebreak.char_widths(text, block.size_pt, cell, metrics)
    ranges: list[tuple[int, int]] = []
    start = 0
    for segment in text.split("\n"):
        first = first_in if start == 0 else rest_in
        seg_w = widths[start : start + len(segment)] if widths is not None else None
        seg_gaps = {i - start: g for i, g in gaps.items() if start <= i < start + len(segment)}
        for a, b in linebreak.break_lines(
            segment,
            seg_w,
            cell,
            room - first - right_in,
            room - rest_in - right_in,
            metrics.hang_punctuation,
            seg_gaps,
        ):
            ranges.append((start + a, start + b))
        start += len(segment) + 1
    bounds = run_bounds(block.runs)
    lines = []
    for n, (a, b) in enumerate(ranges):
        indent = first_in if n == 0 else rest_in
        width = printed_width(widths, cell, a, b, text) - gaps.get(a, 0.0)
        avail = room - indent - right_in
        if block.align is Align.CENTER:
            x = origin + indent + max(0.0, avail - width) / 2
        elif block.align is Align.RIGHT:
            x = origin + indent + max(0.0, avail - width)
        else:
            x = origin + indent
        spans = line_spans(text, a, b, x, bounds, widths, cell)
        lines.append(
            Line(0, block.role, spans, number, block.level, block.section, block.paragraph)
        )
    return lines


def _break_allowed(
    blocks: list[PrintedBlock], before: _Placed, after: _Placed, metrics: Metrics
) -> bool:
    """May a page end between these two lines?"""
    if before.block == after.block:
        block = blocks[after.block]
        if block.table is not None:  # between rows, never after a header row
            return before.row_end and not before.header
        if block.keep_together or (block.keep_next and metrics.keep_next_moves_whole):
            return False
        if block.widow:
            return after.index >= block.widow and after.count - after.index >= block.widow
        return True
    return not blocks[before.block].keep_next


def paginate(
    draft: Draft, *, sealed: bool = False, bold_lead: bool = False, metrics: Metrics = LIBREOFFICE
) -> Pagination:
    """The draft laid out on pages as the export prints it (`sealed` and `bold_lead` as
    its options sealed and run_in_lead="bold-fangsong"), line breaking as `metrics`."""
    blocks = printed_document(draft, sealed, bold_lead)
    flat: list[_Placed] = []
    headers: dict[int, list[Line]] = {}  # a table's header lines, repeated on each page
    for number, block in enumerate(blocks):
        if block.table is not None:
            rows = table_lines(block, number, metrics)
            headers[number] = [t.line for t in rows if t.header]
            flat.extend(
                _Placed(number, i, len(rows), t.line, t.row_end, t.header)
                for i, t in enumerate(rows)
            )
            continue
        lines = _block_lines(block, number, metrics)
        flat.extend(_Placed(number, i, len(lines), line) for i, line in enumerate(lines))
    pages: list[Page] = []
    start = 0
    while start < len(flat):
        first = flat[start]
        landscape = blocks[first.block].landscape
        lines_per_page = layout.LANDSCAPE_LINES_PER_PAGE if landscape else layout.LINES_PER_PAGE
        repeated = headers.get(first.block, []) if first.index else []
        if len(repeated) >= lines_per_page:
            repeated = []  # a header taller than a page is not repeated
        end = start + lines_per_page - len(repeated)
        # A landscape part is a section of its own: it starts and ends a page.
        same = next(
            (
                i
                for i in range(start, min(end, len(flat)))
                if blocks[flat[i].block].landscape != landscape
            ),
            None,
        )
        if same is None:  # a block that starts a page (an appendix) ends this one before it
            same = next(
                (
                    i
                    for i in range(start + 1, min(end, len(flat)))
                    if flat[i].index == 0 and blocks[flat[i].block].page_break_before
                ),
                None,
            )
        if same is not None:
            end = same
        elif end < len(flat):
            cut = end
            while cut > start and not _break_allowed(blocks, flat[cut - 1], flat[cut], metrics):
                cut -= 1
            end = cut if cut > start else end
        else:
            end = len(flat)
        page_lines = tuple(
            _with_slot(line, slot)
            for slot, line in enumerate([*repeated, *(p.line for p in flat[start:end])])
        )
        pages.append(Page(len(pages) + 1, page_lines, landscape))
        start = end
    if not pages:
        pages.append(Page(1, ()))
    return Pagination(tuple(pages), metrics.name)


def _with_slot(line: Line, slot: int) -> Line:
    return Line(
        slot,
        line.role,
        line.spans,
        line.block,
        line.level,
        line.section,
        line.paragraph,
        line.cells,
    )
