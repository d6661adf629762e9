"""Pasted HTML (Word, WPS, Excel, a web page) and tab-separated text as body blocks, and
what could not come along.

The body holds paragraphs of text with bold, italic and underline, and tables of such
paragraphs. Qt's HTML reader turns the clipboard's HTML into a QTextDocument (it
understands Word's and WPS's mso styles, <b>/<strong> and font-weight, rowspan and
colspan, <thead>); this module walks that document frame by frame:

- an image (<img>, Word's VML picture, a pasted data: image) is an object character
  (U+FFFC) in Qt's document: it is left out and counted, and a paragraph that held only
  images (and spaces) is left out with it instead of staying behind empty;
- a table becomes a Table: merged cells stay merged, a cell keeps its paragraphs (a
  <br> inside one joins its lines with a space), the header rows are the <thead> rows or,
  without one, the first row (a 完成情况表's column titles); the column widths Word and
  Excel give (<td width>) become shares of the text block's width. A table of one cell
  is a web page's layout box, not a table: its paragraphs come as paragraphs (boxes
  nested deeper than FRAMES_READ_DEEP as their text). The body has no table inside a
  table: one inside a cell comes as its text, cells joined by spaces, and is counted
  (`flattened`); a table bigger than EDITOR_MAX_TABLE_CELLS or than a draft may hold
  (the limits.TABLE_MAX_* the draft file enforces) is left out and counted (`too_big`);
- the empty paragraph Qt puts before and after a table is left out, and so is the space
  it leaves at the end of every paragraph of Word's HTML (a line end between two <p>).

Tab-separated text (what Excel, WPS 表格 and a browser's table put on the clipboard as
text) is a table too when it has at least two rows and every row two cells or more (a
short row is filled up with empty cells) and it fits the limits: `tsv_table`. Excel
quotes a cell holding a line break ("甲\n乙").
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextLength,
    QTextTable,
    QTextTableCell,
)

from app.core import layout
from app.core.model import Cell, Paragraph, Run, Table
from app.gui.tables.blocks import Block, frame_items
from app.gui.tables.qt_table import EDITOR_MAX_TABLE_CELLS, fits_limits, table_grid
from app.gui.tables.runs import LINE_BREAK, OBJECT_CHAR, run_from_format

CELL_SEPARATOR = "\t"
# Frames (layout tables of one cell, boxes) inside one another read as such this deep;
# deeper ones come as their text, so hostile HTML nested a thousand times is read as fast
# as any other and never exhausts Python's recursion.
FRAMES_READ_DEEP = 16
# White space at the edges of a paragraph that HTML does not show: Qt keeps the line ends
# between Word's <p> elements as a space at the end of each paragraph. Spaces that show
# (&nbsp;, 全角空格 typed as indent) stay.
HTML_SPACES = " \t\r\n"


@dataclass
class PastedContent:
    """Blocks to insert, and what was changed on the way (for the editor's notice)."""

    blocks: list[Block] = field(default_factory=list)
    images: int = 0  # images left out
    tables: int = 0  # tables pasted as tables
    flattened: int = 0  # tables inside a table cell, pasted as the cell's text
    too_big: int = 0  # tables past `pastable`, left out

    @property
    def has_text(self) -> bool:
        return any(isinstance(b, Table) or b.runs for b in self.blocks)


def pastable(rows: int, columns: int) -> bool:
    """Whether a table of this size is pasted (see EDITOR_MAX_TABLE_CELLS)."""
    return fits_limits(rows, columns) and rows * columns <= EDITOR_MAX_TABLE_CELLS


def html_content(html: str) -> PastedContent:
    """Pasted HTML as blocks, images left out (see the module)."""
    document = QTextDocument()
    document.setHtml(html)
    content = PastedContent()
    _read_frame(document.rootFrame(), content)
    return content


# -- walking Qt's document ------------------------------------------------------------


def _read_frame(frame: QTextFrame | QTextTableCell, content: PastedContent, depth: int = 0) -> None:
    items = list(frame_items(frame))
    for index, item in enumerate(items):
        if isinstance(item, QTextFrame) and depth >= FRAMES_READ_DEEP:
            content.blocks.append(Paragraph.plain(_frame_text(item, content)))
        elif isinstance(item, QTextTable):
            if item.rows() == 1 and item.columns() == 1:
                content.blocks.extend(_frame_blocks(item.cellAt(0, 0), content, depth + 1))
            elif not pastable(item.rows(), item.columns()):
                content.too_big += 1
            else:
                content.tables += 1
                content.blocks.append(_pasted_table(item, content))
        elif isinstance(item, QTextFrame):
            _read_frame(item, content, depth + 1)
        else:
            runs, images = _block_runs(item, "")
            content.images += images
            paragraph = Paragraph(_stripped(runs, HTML_SPACES)).normalized()
            if paragraph.text.strip() or not (images or _beside_table(items, index)):
                content.blocks.append(paragraph)


def _frame_blocks(
    frame: QTextFrame | QTextTableCell, content: PastedContent, depth: int
) -> list[Block]:
    inner = PastedContent()
    _read_frame(frame, inner, depth)
    content.images += inner.images
    content.tables += inner.tables
    content.flattened += inner.flattened
    content.too_big += inner.too_big
    return inner.blocks


def _beside_table(items: list[QTextBlock | QTextFrame], index: int) -> bool:
    neighbours = items[max(0, index - 1) : index] + items[index + 1 : index + 2]
    return any(isinstance(item, QTextTable) for item in neighbours)


def _block_runs(block: QTextBlock, line_break: str) -> tuple[list[Run], int]:
    """A block's runs without its images (and their count); a <br> becomes line_break."""
    runs: list[Run] = []
    images = 0
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        text = fragment.text()
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            images += text.count(OBJECT_CHAR)
        else:
            text = text.replace(OBJECT_CHAR, "").replace(LINE_BREAK, line_break)
            runs.append(run_from_format(text, fmt))
        it += 1
    return runs, images


def _pasted_table(qtable: QTextTable, content: PastedContent) -> Table:
    grid = table_grid(qtable, lambda cell: _cell_paragraphs(cell, content))
    header = qtable.format().headerRowCount()
    if not header and len(grid) > 1:
        header = 1
    return Table(grid, header_rows=min(header, len(grid)), col_widths=_pasted_widths(qtable))


def _pasted_widths(qtable: QTextTable) -> list[int]:
    """The widths Word or Excel gave the columns, as shares of the text block (twips);
    none when a column has no width of its own."""
    constraints = qtable.format().columnWidthConstraints()
    if len(constraints) != qtable.columns():
        return []
    known = (QTextLength.Type.FixedLength, QTextLength.Type.PercentageLength)
    if any(c.type() not in known or c.rawValue() <= 0 for c in constraints):
        return []
    if len({c.type() for c in constraints}) != 1:
        return []
    total = sum(c.rawValue() for c in constraints)
    widths = [round(layout.TEXT_WIDTH_TW * c.rawValue() / total) for c in constraints]
    widths[-1] += layout.TEXT_WIDTH_TW - sum(widths)
    return widths


def _frame_text(frame: QTextFrame, content: PastedContent) -> str:
    """A frame's (a table's) text on one line: cells and paragraphs joined by a space,
    images left out and counted. Read without walking what is inside its cells: any depth
    costs the same."""
    if isinstance(frame, QTextTable):
        content.flattened += 1
        spans = [
            (cell.firstPosition(), cell.lastPosition())
            for row in range(frame.rows())
            for column in range(frame.columns())
            if (cell := frame.cellAt(row, column)).row() == row and cell.column() == column
        ]
    else:
        spans = [(frame.firstPosition(), frame.lastPosition())]
    cursor = QTextCursor(frame.document())
    parts = []
    for first, last in spans:
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        text = cursor.selectedText()
        content.images += text.count(OBJECT_CHAR)
        parts.append(text.replace(OBJECT_CHAR, ""))
    return " ".join(" ".join(parts).split())


def _cell_paragraphs(cell: QTextTableCell, content: PastedContent) -> list[Paragraph]:
    """A cell's paragraphs without white space at their edges and without images; a table
    inside it as one paragraph of its text (the body has no table in a table)."""
    paragraphs: list[Paragraph] = []
    for item in frame_items(cell):
        if isinstance(item, QTextFrame):
            runs = [Run(_frame_text(item, content))]
        else:
            runs, images = _block_runs(item, " ")
            content.images += images
        runs = _stripped(runs)
        if runs:
            paragraphs.append(Paragraph(runs).normalized())
    return paragraphs


def _stripped(runs: list[Run], chars: str | None = None) -> list[Run]:
    """Runs without `chars` (default: any white space) at the start of the first and the
    end of the last."""
    runs = [run for run in runs if run.text]
    while runs and not runs[0].text.strip(chars):
        runs.pop(0)
    while runs and not runs[-1].text.strip(chars):
        runs.pop()
    if not runs:
        return []
    first = runs[0]
    runs[0] = Run(first.text.lstrip(chars), first.bold, first.italic, first.underline)
    last = runs[-1]
    runs[-1] = Run(last.text.rstrip(chars), last.bold, last.italic, last.underline)
    return runs


# -- tab-separated text ----------------------------------------------------------------


def tsv_table(text: str) -> Table | None:
    """Tab-separated rows as a table (see the module), or None when the text is not one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    if CELL_SEPARATOR not in text or "\n" not in text:
        return None
    if not pastable(text.count("\n") + 1, text.split("\n", 1)[0].count(CELL_SEPARATOR) + 1):
        return None
    rows = list(csv.reader(io.StringIO(text), delimiter=CELL_SEPARATOR, strict=False))
    if len(rows) < 2 or min(len(row) for row in rows) < 2:
        return None
    columns = max(len(row) for row in rows)
    if not pastable(len(rows), columns):
        return None
    grid = [
        [Cell(_cell_lines(value)) for value in row] + [Cell() for _ in range(columns - len(row))]
        for row in rows
    ]
    return Table(grid, header_rows=1)


def _cell_lines(value: str) -> list[Paragraph]:
    return [Paragraph.plain(line.strip()) for line in value.split("\n") if line.strip()]
