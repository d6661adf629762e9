"""The 表格 commands as changes of a Table (no Qt): rows and columns added or removed,
cells merged and split, with the merged cells, the header rows and the widths following.

A table is handled as its merged cells' rectangles (`Span`: top, left, height, width and
the cell), the covered positions filled in again at the end (`from_spans`), so a merge
that a row insertion runs through grows with it and one that a removal cuts shrinks. The
editor applies the result by putting the new table in the old one's place (tables/edits):
Qt's own row and column edits through merged cells leave its grid stale and can crash.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.model import Cell, Paragraph, Table
from app.gui.tables.qt_table import widths_after


@dataclass(slots=True)
class Span:
    top: int
    left: int
    height: int
    width: int
    paragraphs: list[Paragraph]

    def covers(self, row: int, column: int) -> bool:
        return (
            self.top <= row < self.top + self.height
            and self.left <= column < self.left + self.width
        )


def spans_of(table: Table) -> list[Span]:
    return [
        Span(r, c, cell.row_span, cell.col_span, list(cell.paragraphs))
        for r, row in enumerate(table.rows)
        for c, cell in enumerate(row)
        if not cell.covered
    ]


def from_spans(
    table: Table, spans: list[Span], rows: int, columns: int, **changes: object
) -> Table:
    """The table with these cells (a position no span covers is an empty cell)."""
    grid = [[Cell([]) for _ in range(columns)] for _ in range(rows)]
    for span in spans:
        for r in range(span.top, span.top + span.height):
            for c in range(span.left, span.left + span.width):
                grid[r][c] = Cell([], covered=True)
        grid[span.top][span.left] = Cell(span.paragraphs, col_span=span.width, row_span=span.height)
    return replace(table, rows=grid, **changes)  # type: ignore[arg-type]


def _inserted(start: int, length: int, at: int, count: int) -> tuple[int, int]:
    if start >= at:
        return start + count, length
    if start + length > at:
        return start, length + count  # the merged cell runs through the new lines
    return start, length


def _removed(start: int, length: int, first: int, count: int) -> tuple[int, int]:
    """(start, length) after lines first..first+count go; length 0: nothing left."""
    end = first + count
    overlap = max(0, min(start + length, end) - max(start, first))
    new_start = start if start < first else (first if start < end else start - count)
    return new_start, length - overlap


def insert_rows(table: Table, at: int, count: int) -> Table:
    spans = []
    for span in spans_of(table):
        top, height = _inserted(span.top, span.height, at, count)
        spans.append(replace(span, top=top, height=height))
    header = table.header_rows + count if at < table.header_rows else table.header_rows
    return from_spans(table, spans, table.row_count + count, table.col_count, header_rows=header)


def remove_rows(table: Table, first: int, count: int) -> Table:
    spans = []
    for span in spans_of(table):
        top, height = _removed(span.top, span.height, first, count)
        if height:
            spans.append(replace(span, top=top, height=height))
    header = table.header_rows - max(0, min(table.header_rows, first + count) - first)
    return from_spans(table, spans, table.row_count - count, table.col_count, header_rows=header)


def insert_columns(table: Table, at: int, count: int) -> Table:
    spans = []
    for span in spans_of(table):
        left, width = _inserted(span.left, span.width, at, count)
        spans.append(replace(span, left=left, width=width))
    widths = list(table.col_widths)
    for offset in range(count):
        widths = widths_after(widths, insert_at=at + offset)
    return from_spans(table, spans, table.row_count, table.col_count + count, col_widths=widths)


def remove_columns(table: Table, first: int, count: int) -> Table:
    spans = []
    for span in spans_of(table):
        left, width = _removed(span.left, span.width, first, count)
        if width:
            spans.append(replace(span, left=left, width=width))
    widths = widths_after(list(table.col_widths), remove=range(first, first + count))
    return from_spans(table, spans, table.row_count, table.col_count - count, col_widths=widths)


def merge(table: Table, top: int, left: int, height: int, width: int) -> Table:
    """One cell over the rectangle, grown until no merged cell sticks out of it; the
    cells' paragraphs one after another in reading order, empty cells left out."""
    spans = spans_of(table)
    bottom, right = top + height, left + width
    grown = True
    while grown:
        grown = False
        for span in spans:
            inside = (
                span.top < bottom
                and span.top + span.height > top
                and span.left < right
                and span.left + span.width > left
            )
            if not inside:
                continue
            new = (
                min(top, span.top),
                min(left, span.left),
                max(bottom, span.top + span.height),
                max(right, span.left + span.width),
            )
            if new != (top, left, bottom, right):
                top, left, bottom, right = new
                grown = True
    kept: list[Span] = []
    merged: list[Span] = []
    for span in spans:
        is_inside = top <= span.top < bottom and left <= span.left < right
        (merged if is_inside else kept).append(span)
    paragraphs = [p for span in merged for p in span.paragraphs if p.runs] or []
    kept.append(Span(top, left, bottom - top, right - left, paragraphs))
    return from_spans(table, kept, table.row_count, table.col_count)


def split(table: Table, row: int, column: int) -> Table:
    """The merged cell at (row, column) back into single cells, its text in the first."""
    spans = []
    for span in spans_of(table):
        if span.covers(row, column):
            spans.append(replace(span, height=1, width=1))
        else:
            spans.append(span)
    return from_spans(table, spans, table.row_count, table.col_count)
