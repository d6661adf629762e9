"""The body editor of a section.

`BodyEdit` is a QTextEdit whose document is built from a section's blocks (paragraphs
and tables, app/gui/tables/blocks.py) and read back only when needed. A run-in section's
first block starts with a bold *lead* (number, heading, 。) marked with LEAD_PROPERTY; it
cannot be edited in the body and is skipped when the text is read back.

In a table, Tab and Shift+Tab move between cells as in Word (Tab in the last cell adds a
row); elsewhere Tab moves the focus on, as in any form. Enter in a table's caption goes
into the table (tables/navigation.py).

Paste keeps text, bold, italic and underline and drops everything else (fonts, colours,
sizes) so pasted text from Word or a web page looks like the rest. Pasted HTML and
tab-separated text are read by app/gui/rich_paste.py: images are left out without leaving
an empty paragraph and `pasteNotice` says so; a table arrives as a table. Pasted into a
table, a table's cells fill the cells from the cursor's on (tables/cell_paste.py).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from app.core import layout, limits
from app.core.model import Paragraph, Run, Table
from app.gui.rich_paste import (
    CELL_SEPARATOR,
    PastedContent,
    html_content,
    tsv_table,
)
from app.gui.tables.actions import TableActions
from app.gui.tables.blocks import Block, document_blocks, document_paragraphs, insert_blocks
from app.gui.tables.cell_paste import paste_into_caption, paste_into_cells
from app.gui.tables.navigation import below_caption, cell_cursor
from app.gui.tables.qt_table import EDITOR_MAX_TABLE_CELLS, is_caption
from app.gui.tables.runs import LEAD_PROPERTY, block_paragraph, insert_paragraphs, run_format

__all__ = [
    "LEAD_PROPERTY",
    "BodyEdit",
    "block_paragraph",
    "document_blocks",
    "document_paragraphs",
    "insert_blocks",
    "insert_lead",
    "insert_paragraphs",
    "mime_content",
    "run_format",
]


def insert_lead(cursor: QTextCursor, lead: str) -> None:
    """Insert a run-in lead at the cursor: bold, marked with LEAD_PROPERTY."""
    lead_format = run_format(Run("", bold=True))
    lead_format.setProperty(LEAD_PROPERTY, True)
    cursor.insertText(lead, lead_format)


def _runs_html(paragraph: Paragraph) -> str:
    spans = []
    for run in paragraph.runs:
        text = escape(run.text)
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.underline:
            text = f"<u>{text}</u>"
        spans.append(text)
    return "".join(spans)


def _table_html(table: Table) -> str:
    """A table as HTML rows (the header rows in <thead>), merges as colspan/rowspan."""
    rows = []
    for r, row in enumerate(table.rows):
        # A header cell is not bold by itself here: its runs say what is bold.
        tag, style = ("th", ' style="font-weight:normal"') if r < table.header_rows else ("td", "")
        cells = []
        for cell in row:
            if cell.covered:
                continue
            spans = (f' colspan="{cell.col_span}"' if cell.col_span > 1 else "") + (
                f' rowspan="{cell.row_span}"' if cell.row_span > 1 else ""
            )
            inner = "".join(f"<p>{_runs_html(p)}</p>" for p in cell.paragraphs)
            cells.append(f"<{tag}{style}{spans}>{inner}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head, body = "".join(rows[: table.header_rows]), "".join(rows[table.header_rows :])
    caption = f"<p><b>{escape(table.caption)}</b></p>" if table.caption else ""
    return f'{caption}<table border="1"><thead>{head}</thead><tbody>{body}</tbody></table>'


def blocks_html(blocks: list[Block]) -> str:
    """Minimal HTML carrying only bold/italic/underline and tables (a caption as a bold
    paragraph above its table), for other programs' paste."""
    parts = [_table_html(b) if isinstance(b, Table) else f"<p>{_runs_html(b)}</p>" for b in blocks]
    return "<html><body>" + "".join(parts) + "</body></html>"


def blocks_text(blocks: list[Block]) -> str:
    """Plain text: a paragraph a line, a table its caption and a row a line with
    tab-separated cells."""
    lines = []
    for block in blocks:
        if isinstance(block, Table):
            if block.caption:
                lines.append(block.caption)
            for row in block.rows:
                lines.append(
                    CELL_SEPARATOR.join(" ".join(p.text for p in cell.paragraphs) for cell in row)
                )
        else:
            lines.append(block.text)
    return "\n".join(lines)


# -- the body editor ----------------------------------------------------------------


class BodyEdit(QTextEdit):
    """Rich-text body with clean paste and a protected run-in lead.

    Signals:
      pasteNotice(message): a paste (or drop) left images out or turned a table into
        rows; the message says what, once per paste, for the status bar.
    """

    pasteNotice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.lead_length = 0
        self.cursorPositionChanged.connect(self._leave_lead)
        self.table_actions = TableActions(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """The 表格 commands follow the editor being enabled (a section shown) or not."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self.table_actions.update_actions()

    def move_cursor_for_menu(self, point: QPoint) -> None:
        cursor = self.textCursor()
        clicked = self.cursorForPosition(point)
        on_selection = (
            cursor.hasSelection()
            and cursor.selectionStart() <= clicked.position() <= cursor.selectionEnd()
        )
        if not on_selection:
            self.setTextCursor(clicked)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Qt's menu (undo, cut, copy, paste, select all) and the 表格 commands, for the
        place clicked (as in Word: the cursor goes there unless the click is on the
        selection)."""
        self.move_cursor_for_menu(event.pos())
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        self.table_actions.fill(menu.addMenu(self.tr("表格")))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # Lines hold as many characters as on the printed page (layout.CHARS_PER_LINE), so
    # the text wraps where the export will; the column is centred in a wide window.
    COLUMN_CHARS = layout.CHARS_PER_LINE

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        column = self.COLUMN_CHARS * self.fontMetrics().horizontalAdvance("中")
        column += 2 * int(self.document().documentMargin()) + 4
        available = (
            self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        )
        side = max(0, (available - column) // 2)
        self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)

    def new_document(self, blocks: list[Block], lead: str, parent: QObject) -> QTextDocument:
        """A document for this editor: the lead (if any) and the blocks, paragraphs indented
        two characters at 1.5 line spacing, built outside the undo history, unmodified."""
        document = QTextDocument(parent)
        document.setDefaultFont(self.font())
        document.setUndoRedoEnabled(False)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        block_format = QTextBlockFormat()
        block_format.setTextIndent(2 * self.fontMetrics().horizontalAdvance("中"))
        block_format.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setBlockFormat(block_format)
        if lead:
            insert_lead(cursor, lead)
        insert_blocks(cursor, blocks)
        cursor.endEditBlock()
        document.setUndoRedoEnabled(True)
        document.setModified(False)
        return document

    # The lead occupies document positions [0, lead_length).

    def set_document(self, document: QTextDocument, lead_length: int) -> None:
        """Show another document whose lead is lead_length long. The length is set first:
        setDocument moves the cursor, and keeping it out of the lead must measure the new
        document's lead, not the old one's (a stale length put the cursor out of range)."""
        self.lead_length = lead_length
        if self.document() is not document:
            self.setDocument(document)

    def _leave_lead(self) -> None:
        """Keep the cursor out of the lead; typing right after it starts unformatted text."""
        if not self.lead_length:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            return
        lead_end = min(self.lead_length, self.document().characterCount() - 1)
        if cursor.position() <= lead_end:
            if cursor.position() < lead_end:
                cursor.setPosition(lead_end)
                self.setTextCursor(cursor)
            fmt = self.currentCharFormat()
            if fmt.boolProperty(LEAD_PROPERTY):
                self.setCurrentCharFormat(run_format())

    def _clamp_selection(self) -> bool:
        """Move a selection's start past the lead. False when nothing editable is selected."""
        if not self.lead_length:
            return True
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start >= self.lead_length:
            return True
        if end <= self.lead_length:
            cursor.setPosition(self.lead_length)
            self.setTextCursor(cursor)
            return not cursor.hasSelection() and start == end
        cursor.setPosition(end)
        cursor.setPosition(self.lead_length, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def _at_lead_boundary_backspace(self, event: QKeyEvent) -> bool:
        cursor = self.textCursor()
        return (
            self.lead_length > 0
            and not cursor.hasSelection()
            and cursor.position() <= self.lead_length
            and event.key() == Qt.Key.Key_Backspace
        )

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        """In a table Tab moves between cells (keyPressEvent), elsewhere the focus on."""
        if self.textCursor().currentTable() is not None:
            return False
        return super().focusNextPrevChild(next)

    def _move_between_cells(self, event: QKeyEvent) -> bool:
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        cursor = self.textCursor()
        if cursor.currentTable() is None:
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        target = cell_cursor(cursor, forward)
        if target is not None:
            self.setTextCursor(target)
            self.ensureCursorVisible()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._move_between_cells(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            below = below_caption(self.textCursor())
            if below is not None:
                self.setTextCursor(below)
                return
        edits = bool(event.text()) or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        if self.lead_length and edits and not event.matches(QKeySequence.StandardKey.Copy):
            if self._at_lead_boundary_backspace(event):
                return
            self._clamp_selection()
            self._leave_lead()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        if self.lead_length and event.commitString():
            self._clamp_selection()
            self._leave_lead()
        super().inputMethodEvent(event)

    # -- clipboard --------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        fragment = self.textCursor().selection()
        document = QTextDocument()
        QTextCursor(document).insertFragment(fragment)
        blocks = document_blocks(document)
        mime = QMimeData()
        mime.setText(blocks_text(blocks))
        mime.setHtml(blocks_html(blocks))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        # A dragged file is refused here so the drop reaches the window (open or import).
        if _carries_files(source):
            return False
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if _carries_files(source) or not self._clamp_selection():
            return
        content = mime_content(source)
        if content.blocks:
            cursor = self.textCursor()
            if cursor.currentTable() is not None:
                paste_into_cells(cursor, content.blocks)  # one step, its own edit blocks
            else:
                cursor.beginEditBlock()
                if is_caption(cursor.block()):
                    paste_into_caption(cursor, content.blocks)
                else:
                    cursor.removeSelectedText()
                    insert_blocks(cursor, content.blocks)
                cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        notice = self.paste_notice(content)
        if notice:
            self.pasteNotice.emit(notice)

    def paste_notice(self, content: PastedContent) -> str:
        """What a paste changed, in a sentence with what to do about it ("" if nothing)."""
        parts = []
        if content.images:
            parts.append(
                self.tr(
                    "粘贴时去掉了 %n 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。",
                    "",
                    content.images,
                )
            )
        if content.flattened:
            parts.append(
                self.tr(
                    "表格单元格中的 %n 个表格已粘贴为该单元格的文字：正文的表格中不能再套表格。",
                    "",
                    content.flattened,
                )
            )
        if content.too_big:
            parts.append(
                self.tr(
                    "%n 个表格太大，没有粘贴：粘贴的表格最多 %1 个单元格、%2 列。"
                    "请把它分成几部分，分别粘贴为几个表格。",
                    "",
                    content.too_big,
                )
                .replace("%1", str(EDITOR_MAX_TABLE_CELLS))
                .replace("%2", str(limits.TABLE_MAX_COLS))
            )
        # Chinese sentences end in 。 and follow each other directly; others take a space.
        return "".join(p if p.endswith(("。", "！", "？")) else p + " " for p in parts).rstrip()


def _carries_files(source: QMimeData) -> bool:
    return source.hasUrls() and any(url.isLocalFile() for url in source.urls())


def mime_content(source: QMimeData) -> PastedContent:
    """Pasted content as blocks, and the images changed on the way. HTML that gives no
    text (an image alone) falls back to the plain text, if any: tab-separated rows as a
    table, other text a paragraph a line."""
    content = html_content(source.html()) if source.hasHtml() else PastedContent()
    if content.has_text:
        return content
    text = source.text().replace("\r\n", "\n").replace("\r", "\n")
    table = tsv_table(text)
    if table is not None:
        content.blocks = [table]
        content.tables = 1
    else:
        content.blocks = [Paragraph.plain(line) for line in text.split("\n")] if text else []
    return content
