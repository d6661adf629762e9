"""A section's body (paragraphs and tables) as the editor's QTextDocument, and back.

The document's root frame holds a block per paragraph and a QTextTable per table. Qt
keeps a block before and after every table: the empty one before a table that opens the
body, between two tables and after a table that ends it holds nothing the user wrote, so
it is no paragraph when the document is read back (`document_blocks`), and `shown_blocks`
says what the editor shows of a body, for comparing it with what the document holds.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextTable,
    QTextTableCell,
)

from app.core.model import Block, Paragraph, Table
from app.gui.tables.qt_table import insert_table, is_caption, read_table, shown_table
from app.gui.tables.runs import block_paragraph, run_format


def frame_items(frame: QTextFrame | QTextTableCell) -> Iterator[QTextBlock | QTextFrame]:
    """The blocks and child frames of a frame (or a table cell), in order."""
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


def document_blocks(document: QTextDocument) -> list[Block]:
    """The body as paragraphs and tables; an editor holding nothing gives an empty body."""
    return [block for _unit, block in _read_units(document)]


def body_units(document: QTextDocument) -> list[QTextBlock | QTextTable]:
    """What each block of `document_blocks` was read from, in the same order: body[i] is
    the paragraph of QTextBlock units[i] or the table of QTextTable units[i]."""
    return [unit for unit, _block in _read_units(document)]


def _read_units(document: QTextDocument) -> list[tuple[QTextBlock | QTextTable, Block]]:
    items = _units(document.rootFrame())
    read: list[tuple[QTextBlock | QTextTable, Block]] = []
    for index, item in enumerate(items):
        if isinstance(item, QTextTable):
            read.append((item, read_table(item)))
            continue
        if is_caption(item):  # a caption whose table went: its text, plain
            paragraph = Paragraph.plain(block_paragraph(item).text)
        else:
            paragraph = block_paragraph(item)
        if paragraph.runs or not _beside_table(items, index):
            read.append((item, paragraph))
    if len(read) == 1 and isinstance(read[0][1], Paragraph) and not read[0][1].runs:
        return []
    return read


def _units(frame: QTextFrame) -> list[QTextBlock | QTextTable]:
    """The root frame's blocks and tables, a table's caption block left out (it is read
    with its table)."""
    items = [item for item in frame_items(frame) if isinstance(item, QTextBlock | QTextTable)]
    return [
        item
        for index, item in enumerate(items)
        if not (
            isinstance(item, QTextBlock)
            and is_caption(item)
            and index + 1 < len(items)
            and isinstance(items[index + 1], QTextTable)
        )
    ]


def _beside_table(items: list[QTextBlock | QTextTable], index: int) -> bool:
    """An empty block Qt keeps for a table: before one at the start, after one at the end,
    or between two."""
    before = items[index - 1] if index else None
    after = items[index + 1] if index + 1 < len(items) else None
    return (
        (before is None or isinstance(before, QTextTable))
        and (after is None or isinstance(after, QTextTable))
        and (isinstance(before, QTextTable) or isinstance(after, QTextTable))
    )


def document_paragraphs(document: QTextDocument) -> list[Paragraph]:
    """The paragraphs of a document that holds no table (the intro, a copied fragment)."""
    return [block for block in document_blocks(document) if isinstance(block, Paragraph)]


def insert_blocks(cursor: QTextCursor, blocks: list[Block]) -> None:
    """Insert paragraphs and tables at the cursor with clean formats: the first paragraph
    joins the current block, a table goes after it and the next paragraph into the block
    Qt keeps after the table."""
    after_table = False
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            insert_table(cursor, block, after_paragraph=index > 0 and not after_table)
            after_table = True
            continue
        if index and not after_table:
            cursor.insertBlock()
        after_table = False
        for run in block.runs:
            cursor.insertText(run.text, run_format(run))


def shown_blocks(blocks: list[Block]) -> list[Block]:
    """A body as the editor reads it back after showing it: paragraphs normalized, the
    empty ones Qt's table blocks stand for left out, tables as they are."""
    normalized = [b.normalized() if isinstance(b, Paragraph) else shown_table(b) for b in blocks]
    shown: list[Block] = []
    for index, block in enumerate(normalized):
        if isinstance(block, Paragraph) and not block.runs:
            before = normalized[index - 1] if index else None
            after = normalized[index + 1] if index + 1 < len(normalized) else None
            previous_is_table = isinstance(before, Table)
            next_is_table = isinstance(after, Table)
            if (previous_is_table or next_is_table) and (
                (before is None or previous_is_table) and (after is None or next_is_table)
            ):
                continue
        shown.append(block)
    if len(shown) == 1 and isinstance(shown[0], Paragraph) and not shown[0].runs:
        return []
    return shown
