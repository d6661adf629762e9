"""The body editor of a section and the conversion between its text and the draft's runs.

`BodyEdit` is a QTextEdit whose document is built from a section's `Paragraph`/`Run`
lists (`insert_paragraphs`) and read back (`document_paragraphs`) only when needed. A
run-in section's first block starts with a bold *lead* (number, heading, 。) marked with
LEAD_PROPERTY; it cannot be edited in the body and is skipped when the text is read back.

Paste keeps text, bold, italic and underline and drops everything else (fonts, colours,
sizes, tables, images) so pasted text from Word or a web page looks like the rest.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData, QObject, Qt
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

LEAD_PROPERTY = QTextFormat.Property.UserProperty + 1


# -- conversion between QTextDocument and Paragraph lists ---------------------------


def run_format(run: Run | None = None) -> QTextCharFormat:
    """A char format that sets exactly bold/italic/underline and nothing else."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run and run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(bool(run and run.italic))
    fmt.setFontUnderline(bool(run and run.underline))
    return fmt


def _run_from_format(text: str, fmt: QTextCharFormat) -> Run:
    return Run(
        text, fmt.fontWeight() >= QFont.Weight.DemiBold.value, fmt.fontItalic(), fmt.fontUnderline()
    )


def block_paragraph(block: QTextBlock, skip_lead: bool = True) -> Paragraph:
    """One QTextBlock as a normalized Paragraph (lead text left out)."""
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        if not (skip_lead and fmt.boolProperty(LEAD_PROPERTY)):
            text = fragment.text().replace("\u2028", "").replace("\ufffc", "")
            runs.append(_run_from_format(text, fmt))
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
    """Rich-text body with clean paste and a protected run-in lead."""

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
        paragraphs = mime_paragraphs(source)
        if not paragraphs:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_paragraphs(cursor, paragraphs)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _carries_files(source: QMimeData) -> bool:
    return source.hasUrls() and any(url.isLocalFile() for url in source.urls())


def mime_paragraphs(source: QMimeData) -> list[Paragraph]:
    """Pasted content as paragraphs with only bold/italic/underline kept."""
    if source.hasHtml():
        document = QTextDocument()
        document.setHtml(source.html())
        paragraphs = document_paragraphs(document)
        if paragraphs:
            return paragraphs
    text = source.text().replace("\r\n", "\n").replace("\r", "\n")
    return [Paragraph.plain(line) for line in text.split("\n")] if text else []
