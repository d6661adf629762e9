"""A table's lines on a page as the renderers print them: where each cell line sits, how
far a cell's text drops to be centred in its row, and the 0.5 pt rules.

The paginator gives every table line a slot (model.Line.cells: the cells it crosses, and
whether a cell's top or bottom rule runs along it). The renderers print a row of n lines
n × layout.TABLE_LINE_TW high plus the rule under it (layout.TABLE_LINE_TW), so a row of
two lines is a rule shorter than two slots, and they centre a cell's text in its row
(w:vAlign center) where the paginator can only put it on a whole slot: the painter
places table lines with this, from the table's first line on the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import layout
from app.core.pagination import CellBox, Line

# Measured with pdfplumber on LibreOffice 25.2's rendering of the export (stand-in fonts):
# a table's first rule runs 0.75 pt under the top of its first slot (a cell line's text
# then sits on its TABLE_LINE_TW as a body line on its slot: painter.py).
TABLE_RULE_BELOW_SLOT_TW = 15
RULE_WIDTH_TW = layout.TABLE_BORDER_TW  # 0.5 pt


@dataclass(frozen=True, slots=True)
class Rule:
    """One straight rule, in twips from the sheet's top-left corner."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class TableGeometry:
    """For the table lines of a page (by index into page.lines): the top of each, the drop
    of each of its spans (by span index) to centre a cell, and the rules to draw."""

    tops: dict[int, float]
    drops: dict[tuple[int, int], float]
    rules: tuple[Rule, ...]

    def line_top(self, index: int, span: int) -> float:
        """Where the cell line of `span` on line `index` starts (its cell's drop added)."""
        return self.tops[index] + self.drops.get((index, span), 0.0)


def _row_end(line: Line) -> bool:
    return any(cell.bottom for cell in line.cells)


def _runs(lines: tuple[Line, ...]) -> list[list[int]]:
    """The page's table lines in runs of one table each (indexes into `lines`)."""
    runs: list[list[int]] = []
    for index, line in enumerate(lines):
        if not line.cells:
            continue
        previous = runs[-1][-1] if runs else None
        if previous == index - 1 and lines[previous].block == line.block:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _in_cell(x_tw: float, cell: CellBox) -> bool:
    return cell.x0_tw <= x_tw < cell.x1_tw


def _drops(lines: tuple[Line, ...], run: list[int], drops: dict[tuple[int, int], float]) -> None:
    """Half a line for a cell whose free lines the paginator could not share evenly."""
    open_cells: dict[tuple[float, float], list[int]] = {}
    for index in run:
        for cell in lines[index].cells:
            key = (cell.x0_tw, cell.x1_tw)
            if cell.top or key not in open_cells:
                open_cells[key] = []
            open_cells[key].append(index)
            if not cell.bottom:
                continue
            covered = open_cells.pop(key)
            filled = [i for i in covered if any(_in_cell(s.x_tw, cell) for s in lines[i].spans)]
            if (len(covered) - len(filled)) % 2 == 0:
                continue
            for i in filled:
                for k, span in enumerate(lines[i].spans):
                    if _in_cell(span.x_tw, cell):
                        drops[(i, k)] = layout.TABLE_LINE_TW / 2


def _merged(segments: dict[float, list[tuple[float, float]]]) -> list[tuple[float, float, float]]:
    """Touching segments along one position joined: (position, start, end)."""
    out = []
    for at, pieces in segments.items():
        pieces.sort()
        start, end = pieces[0]
        for a, b in pieces[1:]:
            if a <= end + 0.5:
                end = max(end, b)
                continue
            out.append((at, start, end))
            start, end = a, b
        out.append((at, start, end))
    return out


def table_geometry(lines: tuple[Line, ...], left_tw: float, slot_top: float) -> TableGeometry:
    """The geometry of a page's table lines; `left_tw`: the text block's left edge on the
    sheet, `slot_top`: the top of slot 0 (sheet.Sheet.top_tw)."""
    tops: dict[int, float] = {}
    drops: dict[tuple[int, int], float] = {}
    across: dict[float, list[tuple[float, float]]] = {}
    down: dict[float, list[tuple[float, float]]] = {}
    for run in _runs(lines):
        y = slot_top + lines[run[0]].slot * layout.LINE_PITCH_TW + TABLE_RULE_BELOW_SLOT_TW
        for index in run:
            line = lines[index]
            tops[index] = y
            height = layout.TABLE_LINE_TW + (layout.TABLE_BORDER_TW if _row_end(line) else 0)
            for cell in line.cells:
                x0, x1 = left_tw + cell.x0_tw, left_tw + cell.x1_tw
                if cell.top:
                    across.setdefault(y, []).append((x0, x1))
                if cell.bottom:
                    across.setdefault(y + height, []).append((x0, x1))
                for x in (x0, x1):
                    down.setdefault(x, []).append((y, y + height))
            y += height
        _drops(lines, run, drops)
    rules = [Rule(a, y, b, y) for y, a, b in _merged(across)]
    rules += [Rule(x, a, x, b) for x, a, b in _merged(down)]
    return TableGeometry(tops, drops, tuple(rules))
