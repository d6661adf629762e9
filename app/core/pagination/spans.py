"""A printed line's spans from its characters: one piece of code for body paragraphs
(paginator.py) and table cells (tables.py), so both measure and cut runs the same way."""

from __future__ import annotations

import app.core.pagination.linebreak as linebreak
from app.core.pagination.model import Span
from app.core.printed.model import PrintedRun, Role

# (start, end, run): where each run lies in the text of the runs joined.
RunBounds = list[tuple[int, int, PrintedRun]]


def printed_width(widths: list[float] | None, cell: float, a: int, b: int, text: str) -> float:
    """Printed width of text[a:b], trailing spaces not counted (they hang)."""
    while b > a and text[b - 1] in linebreak.SPACES:
        b -= 1
    if widths is None:
        return (b - a) * cell
    return sum(widths[a:b])


def run_bounds(runs: list[PrintedRun]) -> RunBounds:
    bounds: RunBounds = []
    offset = 0
    for run in runs:
        bounds.append((offset, offset + len(run.text), run))
        offset += len(run.text)
    return bounds


def line_spans(
    text: str,
    a: int,
    b: int,
    x: float,
    bounds: RunBounds,
    widths: list[float] | None,
    cell: float,
    role: Role | None = None,
) -> tuple[Span, ...]:
    """The spans of the line text[a:b] starting at x, one per run it crosses; `role`: the
    role every span takes (a table's), else each run's own."""
    spans = []
    for start, end, run in bounds:
        lo, hi = max(a, start), min(b, end)
        if lo >= hi:
            continue
        w = printed_width(widths, cell, lo, hi, text)
        spans.append(
            Span(
                text[lo:hi],
                x,
                w,
                role if role is not None else run.role,
                run.section,
                run.paragraph,
                run.bold,
                run.italic,
                run.underline,
            )
        )
        x += w
    return tuple(spans)
