"""The body editor of a section and the conversion between its text and the draft's runs.

`BodyEdit` is a QTextEdit whose document is built from a section's `Paragraph`/`Run`
lists (`insert_paragraphs`) and read back (`document_paragraphs`) only when needed. A
run-in section's first block starts with a bold *lead* (number, heading, 。) marked with
LEAD_PROPERTY; it cannot be edited in the body and is skipped when the text is read back.

Paste keeps text, bold, italic and underline and drops everything else (fonts, colours,
sizes) so pasted text from Word or a web page looks like the rest. Pasted HTML is read by
app/gui/rich_paste.py: images are left out without leaving an empty paragraph, a table
arrives as one paragraph per row with tab-separated cells, and `pasteNotice` says so.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from app.core import layout
from app.core.model import Paragraph, Run
from app.gui.rich_paste import PastedContent, html_content, run_from_format

LEAD_PROPERTY = QTextFormat.Property.UserProperty + 1


# -- conversion between QTextDocument and Paragraph lists ---------------------------


def run_format(run: Run | None = None) -> QTextCharFormat:
    """A char format that sets exactly bold/italic/underline and nothing else."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run and run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(bool(run and run.italic))
    fmt.setFontUnderline(bool(run and run.underline))
    return fmt


def block_paragraph(block: QTextBlock, skip_lead: bool = True) -> Paragraph:
    """One QTextBlock as a normalized Paragraph (lead text left out)."""
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        if not (skip_lead and fmt.boolProperty(LEAD_PROPERTY)):
            text = fragment.text().replace("\u2028", "").replace("\ufffc", "")
            runs.append(run_from_format(text, fmt))
        it += 1
    return Paragraph(runs).normalized()


def document_paragraphs(document: QTextDocument) -> list[Paragraph]:
    """The body as paragraphs; an editor holding nothing gives an empty body."""
    paragraphs = []
    block = document.begin()
    while block.isValid():
        paragraphs.append(block_paragraph(block))
        block = block.next()
    if len(paragraphs) == 1 and not paragraphs[0].runs:
        return []
    return paragraphs


def insert_paragraphs(cursor: QTextCursor, paragraphs: list[Paragraph]) -> None:
    """Insert paragraphs at the cursor with clean formats (the first joins the current block)."""
    for index, paragraph in enumerate(paragraphs):
        if index:
            cursor.insertBlock()
        for run in paragraph.runs:
            cursor.insertText(run.text, run_format(run))


def insert_lead(cursor: QTextCursor, lead: str) -> None:
    """Insert a run-in lead at the cursor: bold, marked with LEAD_PROPERTY."""
    lead_format = run_format(Run("", bold=True))
    lead_format.setProperty(LEAD_PROPERTY, True)
    cursor.insertText(lead, lead_format)


def paragraphs_html(paragraphs: list[Paragraph]) -> str:
    """Minimal HTML carrying only bold/italic/underline, for other programs' paste."""
    parts = []
    for paragraph in paragraphs:
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
        parts.append(f"<p>{''.join(spans)}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


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

    def new_document(
        self, paragraphs: list[Paragraph], lead: str, parent: QObject
    ) -> QTextDocument:
        """A document for this editor: the lead (if any) and the paragraphs, indented two
        characters at 1.5 line spacing, built outside the undo history, unmodified."""
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
        insert_paragraphs(cursor, paragraphs)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
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
        paragraphs = document_paragraphs(document)
        mime = QMimeData()
        mime.setText("\n".join(p.text for p in paragraphs))
        mime.setHtml(paragraphs_html(paragraphs))
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
        if content.paragraphs:
            cursor = self.textCursor()
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            insert_paragraphs(cursor, content.paragraphs)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        notice = self.paste_notice(content)
        if notice:
            self.pasteNotice.emit(notice)

    def paste_notice(self, content: PastedContent) -> str:
        """What a paste changed, in a sentence with what to do about it ("" if nothing)."""
        if content.images and content.tables:
            return self.tr(
                "粘贴时去掉了 %n 张图片；表格按行粘贴为段落，每格之间用制表符分隔。"
                "图片请在导出的 Word 文件中插入；表格可在 Word 中用“文本转换成表格”还原。",
                "",
                content.images,
            )
        if content.images:
            return self.tr(
                "粘贴时去掉了 %n 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。",
                "",
                content.images,
            )
        if content.tables:
            return self.tr(
                "表格已按行粘贴为段落，每格之间用制表符分隔；"
                "可在 Word 中用“文本转换成表格”还原成表格。"
            )
        return ""


def _carries_files(source: QMimeData) -> bool:
    return source.hasUrls() and any(url.isLocalFile() for url in source.urls())


def mime_paragraphs(source: QMimeData) -> list[Paragraph]:
    """Pasted content as paragraphs with only bold/italic/underline kept."""
    return mime_content(source).paragraphs


def mime_content(source: QMimeData) -> PastedContent:
    """Pasted content as paragraphs, and the images and tables changed on the way. HTML
    that gives no paragraph (an image alone) falls back to the plain text, if any."""
    content = html_content(source.html()) if source.hasHtml() else PastedContent()
    if content.paragraphs and any(p.runs for p in content.paragraphs):
        return content
    text = source.text().replace("\r\n", "\n").replace("\r", "\n")
    content.paragraphs = [Paragraph.plain(line) for line in text.split("\n")] if text else []
    return content
