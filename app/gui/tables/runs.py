"""Runs in Qt's text document: the char format of a run and a block read back as a Paragraph.

The body keeps bold, italic and underline and nothing else, so a format is made from
exactly those three and read back as exactly those three (fonts, colours and sizes that
Qt's document carries for a pasted fragment are never read). A run-in section's lead is
marked with LEAD_PROPERTY and skipped when the text is read back.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat

from app.core.model import Paragraph, Run

LEAD_PROPERTY = QTextFormat.Property.UserProperty + 1
OBJECT_CHAR = "\ufffc"  # where Qt's document holds an image (or another object)
LINE_BREAK = "\u2028"  # a <br> (Shift+Enter) inside a paragraph


def run_format(run: Run | None = None) -> QTextCharFormat:
    """A char format that sets exactly bold/italic/underline and nothing else."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run and run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(bool(run and run.italic))
    fmt.setFontUnderline(bool(run and run.underline))
    return fmt


def run_from_format(text: str, fmt: QTextCharFormat) -> Run:
    """A run with the bold, italic and underline of a Qt char format (nothing else)."""
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
            text = fragment.text().replace(LINE_BREAK, "").replace(OBJECT_CHAR, "")
            runs.append(run_from_format(text, fmt))
        it += 1
    return Paragraph(runs).normalized()


def insert_paragraphs(cursor: QTextCursor, paragraphs: list[Paragraph]) -> None:
    """Insert paragraphs at the cursor with clean formats (the first joins the current block)."""
    for index, paragraph in enumerate(paragraphs):
        if index:
            cursor.insertBlock()
        for run in paragraph.runs:
            cursor.insertText(run.text, run_format(run))
