"""Pasted HTML (Word, WPS, a web page) as body paragraphs, and what could not come along.

The body holds text with bold, italic and underline, nothing else. Qt's HTML reader turns
the clipboard's HTML into a QTextDocument (it understands Word's and WPS's mso styles,
<b>/<strong> and font-weight); this module walks that document frame by frame:

- an image (<img>, Word's VML picture, a pasted data: image) is an object character
  (U+FFFC) in Qt's document: it is left out and counted, and a paragraph that held only
  images (and spaces) is left out with it instead of staying behind empty;
- a table, until the body has tables, becomes one paragraph per row with its cells
  separated by CELL_SEPARATOR, a tab: Word and WPS turn such rows back into a table in one
  step (表格 → 文本转换成表格, separator 制表符), a spreadsheet pastes them into columns,
  and the export writes a real tab (<w:tab/>). A full-width space "　" would look
  tidier in the editor but is ordinary text in Chinese documents (indents, 张　三), so
  the cells could never be told apart again. A cell's own paragraphs and line breaks are
  joined by a space; a cell spanning several columns counts once, one covered from the
  row above leaves its column empty so the columns stay in line; empty cells at the end
  of a row and empty rows are left out;
- the empty paragraph Qt puts before and after a table is left out, and so is the space
  it leaves at the end of every paragraph of Word's HTML (a line end between two <p>).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

from app.core.model import Paragraph, Run

CELL_SEPARATOR = "\t"
OBJECT_CHAR = "\ufffc"  # where Qt's document holds an image
LINE_BREAK = "\u2028"  # a <br> inside a paragraph
# White space at the edges of a paragraph that HTML does not show: Qt keeps the line ends
# between Word's <p> elements as a space at the end of each paragraph. Spaces that show
# (&nbsp;, 全角空格 typed as indent) stay.
HTML_SPACES = " \t\r\n"


@dataclass
class PastedContent:
    """Paragraphs to insert, and what was changed on the way (for the editor's notice)."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    images: int = 0  # images left out
    tables: int = 0  # tables pasted as rows of tab-separated cells


def run_from_format(text: str, fmt: QTextCharFormat) -> Run:
    """A run with the bold, italic and underline of a Qt char format (nothing else)."""
    return Run(
        text, fmt.fontWeight() >= QFont.Weight.DemiBold.value, fmt.fontItalic(), fmt.fontUnderline()
    )


def html_content(html: str) -> PastedContent:
    """Pasted HTML as paragraphs, images left out and tables as rows (see the module)."""
    document = QTextDocument()
    document.setHtml(html)
    content = PastedContent()
    _read_frame(document.rootFrame(), content)
    return content


# -- walking Qt's document ------------------------------------------------------------


def _frame_items(frame: QTextFrame | QTextTableCell) -> Iterator[QTextBlock | QTextFrame]:
    """The blocks and child frames of a frame (or table cell), in order."""
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        if child is not None:
            yield child
        else:
            block = it.currentBlock()
            if block.isValid():
                yield block
        it += 1


def _read_frame(frame: QTextFrame, content: PastedContent) -> None:
    items = list(_frame_items(frame))
    for index, item in enumerate(items):
        if isinstance(item, QTextTable):
            content.tables += 1
            content.paragraphs.extend(_table_rows(item, content))
        elif isinstance(item, QTextFrame):
            _read_frame(item, content)
        else:
            runs, images = _block_runs(item, "")
            content.images += images
            paragraph = Paragraph(_stripped(runs, HTML_SPACES)).normalized()
            if paragraph.text.strip() or not (images or _beside_table(items, index)):
                content.paragraphs.append(paragraph)


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


def _table_rows(table: QTextTable, content: PastedContent) -> list[Paragraph]:
    rows: list[Paragraph] = []
    for row in range(table.rows()):
        cells: list[list[Run]] = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.column() != column:
                continue  # the rest of a cell spanning several columns
            cells.append(_cell_runs(cell, content) if cell.row() == row else [])
        while cells and not _text(cells[-1]).strip():
            cells.pop()
        if not cells:
            continue
        runs: list[Run] = []
        for index, cell_runs in enumerate(cells):
            if index:
                runs.append(Run(CELL_SEPARATOR))
            runs.extend(cell_runs)
        rows.append(Paragraph(runs).normalized())
    return rows


def _cell_runs(cell: QTextTableCell, content: PastedContent) -> list[Run]:
    """A cell's text on one line: its paragraphs (and a table inside it) joined by spaces,
    without white space at its edges."""
    parts: list[list[Run]] = []
    for item in _frame_items(cell):
        if isinstance(item, QTextTable):
            content.tables += 1
            nested = _table_rows(item, content)
            runs = [
                Run(run.text.replace(CELL_SEPARATOR, " "), run.bold, run.italic, run.underline)
                for paragraph in nested
                for run in paragraph.runs + [Run(" ")]
            ]
        elif isinstance(item, QTextFrame):
            runs = [Run(p.text) for p in _frame_paragraphs(item, content)]
        else:
            runs, images = _block_runs(item, " ")
            content.images += images
        runs = _stripped(runs)
        if runs:
            parts.append(runs)
    joined: list[Run] = []
    for index, runs in enumerate(parts):
        if index:
            joined.append(Run(" "))
        joined.extend(runs)
    return joined


def _frame_paragraphs(frame: QTextFrame, content: PastedContent) -> list[Paragraph]:
    inner = PastedContent()
    _read_frame(frame, inner)
    content.images += inner.images
    content.tables += inner.tables
    return inner.paragraphs


def _text(runs: list[Run]) -> str:
    return "".join(run.text for run in runs)


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
