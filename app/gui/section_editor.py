"""The editor of one section: its heading (a line) and its body (rich text).

The body is a QTextEdit whose document is built from the section's blocks (paragraphs
and tables) and converted back only when needed (debounced, on section switch and save),
so a keystroke costs the same in a 1-page and a 100-page draft.

A run-in section (`run_in=True`) prints as one paragraph "一是＋heading＋。＋first
paragraph". The editor shows it that way: the first block starts with a bold *lead*
(number, heading, 。) that is marked with LEAD_PROPERTY, cannot be edited in the body
(edit the heading in the heading line) and is skipped when the text is read back.

The editor never changes the draft itself: it hands typed text to its `TextWriter`
(the session), which updates the draft, the outline and the undo/autosave state.

Ctrl+Enter in the body or the heading line starts the next item: the typing is written
back, a new sibling section follows the shown one (one undo step, 新建小节, as 新建同级小节
in the outline; from the intro: a new first section), and once the window shows it the
cursor is in its heading line with the heading selected, ready to be typed over.
Ctrl+Shift+L turns 标题与正文连排 on or off here as in the outline (typing written first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
    QUndoCommand,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.model import Block, Section, blocks_char_count, count_chars
from app.core.place import Place
from app.core.zh.lead import run_in_lead
from app.gui.body_edit import BodyEdit, document_blocks, insert_lead, run_format
from app.gui.document import commands as tc
from app.gui.language import on_language_change
from app.gui.tables.blocks import shown_blocks


class TextWriter(Protocol):
    """Where typing goes: the DraftSession (the one writer of the draft)."""

    @property
    def tree(self) -> tc.Outline: ...

    def write_body(self, section_id: str | None, body: list[Block]) -> None: ...
    def rename(self, section_id: str, heading: str) -> None: ...
    def push(self, command: QUndoCommand) -> None: ...


WRITE_BACK_MS = 400


# -- heading + body ---------------------------------------------------------------


class SectionEditor(QWidget):
    """Shows one section (or the draft's intro) and hands edits to its writer.

    Signals:
      bodyWritten(section_id): the body/heading of that section was written back.
      countChanged(old, new): the shown section's 字数 changed (for the status bar).
      textEdited(): a keystroke (the text reaches the writer later, debounced).
    """

    bodyWritten = Signal(str)
    countChanged = Signal(int, int)
    textEdited = Signal()
    pasteNotice = Signal(str)  # what a paste left out or changed (BodyEdit)

    INTRO_ID = Place.INTRO  # current_id while the intro is shown

    def __init__(self, writer: TextWriter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.section: Section | None = None
        self.intro: list[Block] | None = None  # the draft's intro list when showing it
        self._number = ""
        self._count = 0
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.caption = QLabel(self)
        self.caption.setObjectName("sectionCaption")
        # Wraps rather than widening the editor (a long English caption would squeeze the
        # outline when the check panel is docked).
        self.caption.setWordWrap(True)
        self.heading = QLineEdit(self)
        self.heading.setObjectName("headingEdit")
        # A dropped file goes to the window (open or import), never into the heading.
        self.heading.setAcceptDrops(False)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.body = BodyEdit(self)
        self.body.pasteNotice.connect(self.pasteNotice)
        self.body.setObjectName("bodyEdit")
        body_font = self.body.font()
        body_font.setPointSizeF(body_font.pointSizeF() * 1.15)
        self.body.setFont(body_font)
        layout.addWidget(self.caption)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.setInterval(WRITE_BACK_MS)
        # A pause writes the body only; a heading is committed when the user leaves the
        # line (Enter, Tab, a click elsewhere), so one heading edit is one undo step.
        self._write_timer.timeout.connect(lambda: self.flush(include_heading=False))
        # One document per visited section, so each keeps its own typing history when the
        # user switches away and back (key: section id or INTRO_ID).
        self._documents: dict[str, tuple[QTextDocument, int]] = {}
        self._positions: dict[str, int] = {}
        self.body.document().contentsChanged.connect(self._on_changed)
        self.heading.textEdited.connect(self._on_changed)
        self.heading.editingFinished.connect(self._commit_heading)
        self.heading.returnPressed.connect(self.body.setFocus)
        self._add_format_actions()
        self.next_item_action = self._step_action(
            "", "Ctrl+Return;Ctrl+Enter", self.start_next_item, "nextItem"
        )
        self.run_in_action = self._step_action("", "Ctrl+Shift+L", self.toggle_run_in, "runIn")
        self.setEnabled(False)
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """Placeholders, actions and the intro's or empty editor's caption in the
        interface language (a section's caption is the SectionView's)."""
        self.heading.setPlaceholderText(self.tr("小节标题（不含序号）"))
        self.body.setPlaceholderText(self.tr("在此输入正文。每段一行，按回车另起一段。"))
        self.next_item_action.setText(self.tr("另起一项"))
        self.run_in_action.setText(self.tr("标题与正文连排"))
        self.bold_action.setText(self.tr("加粗"))
        self.italic_action.setText(self.tr("倾斜"))
        self.underline_action.setText(self.tr("下划线"))
        if self.intro is not None:
            self.caption.setText(self.tr("开头段落（标题之下、第一个小节之前）"))
        elif self.section is None:
            self.caption.setText(self.tr("请在左侧选择一个小节"))

    # -- formatting actions (Ctrl+B / Ctrl+I / Ctrl+U) ---------------------------

    def _add_format_actions(self) -> None:
        self.bold_action = self._format_action("", QKeySequence.StandardKey.Bold, "bold")
        self.italic_action = self._format_action("", QKeySequence.StandardKey.Italic, "italic")
        self.underline_action = self._format_action(
            "", QKeySequence.StandardKey.Underline, "underline"
        )
        self.body.currentCharFormatChanged.connect(self._show_format)

    def _format_action(self, text: str, key: QKeySequence.StandardKey, name: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(True)
        action.setObjectName(f"{name}Action")
        action.triggered.connect(lambda checked, n=name: self.toggle_format(n, checked))
        self.body.addAction(action)
        return action

    def format_actions(self) -> list[QAction]:
        return [self.bold_action, self.italic_action, self.underline_action]

    def toggle_format(self, name: str, on: bool) -> None:
        if not self.body.lead_length or self.body._clamp_selection():
            fmt = QTextCharFormat()
            if name == "bold":
                fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
            elif name == "italic":
                fmt.setFontItalic(on)
            else:
                fmt.setFontUnderline(on)
            self.body.mergeCurrentCharFormat(fmt)
        self.body.setFocus()

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold.value)
        self.italic_action.setChecked(fmt.fontItalic())
        self.underline_action.setChecked(fmt.fontUnderline())

    # -- outline steps while writing: Ctrl+Enter, Ctrl+Shift+L (as in the outline) ----

    def _step_action(self, text: str, keys: str, slot: Callable[[], None], name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        action.setShortcuts([QKeySequence(key) for key in keys.split(";")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def toggle_run_in(self) -> None:
        """标题与正文连排 on or off for the shown section, one undo step (typing first)."""
        section = self.section
        if section is not None and self.writer.tree.has_section(section.id):
            self.flush()
            command = tc.run_in_command(self.writer.tree, section.id, not section.run_in)
            if command is not None:
                self.writer.push(command)

    def start_next_item(self) -> None:
        """A new sibling after the shown section (after the intro: a new first section),
        one undo step; the cursor goes to its heading line once it is shown."""
        if self.section is None and self.intro is None:
            return
        self.flush()
        tree = self.writer.tree
        if self.section is not None and tree.has_section(self.section.id):
            command = tc.insert_sibling_command(tree, self.section.id)
        else:
            command = tc.insert_command(tree, None, 0)
        self.writer.push(command)
        if self.section is not None and self.section.id == command.section_id:
            self.heading.setFocus()
            self.heading.selectAll()

    # -- loading ------------------------------------------------------------------

    @property
    def current_id(self) -> str | None:
        if self.section is not None:
            return self.section.id
        return self.INTRO_ID if self.intro is not None else None

    def show_section(self, section: Section, number: str, level_name: str) -> None:
        """Show a section; the previous one is written back first."""
        self.flush()
        self._remember_position()
        self._load_section(section, number, level_name)

    def _load_section(self, section: Section, number: str, level_name: str) -> None:
        self.section, self.intro, self._number = section, None, number
        self.caption.setText(level_name)
        self.heading.setVisible(True)
        self._loading = True
        self.heading.setText(section.heading)
        self.heading.setModified(False)
        self._show_document(
            section.id, section.body, run_in_lead(number, section.heading) if section.run_in else ""
        )
        self._loading = False
        self._count = section.char_count()
        self.setEnabled(True)

    def show_intro(self, intro: list[Block]) -> None:
        """Show the paragraphs before the first section (the list is edited in place)."""
        self.flush()
        self._remember_position()
        self._load_intro(intro)

    def _load_intro(self, intro: list[Block]) -> None:
        self.section, self.intro, self._number = None, intro, ""
        self.caption.setText(self.tr("开头段落（标题之下、第一个小节之前）"))
        self.heading.setVisible(False)
        self._loading = True
        self.heading.clear()
        self.heading.setModified(False)
        self._show_document(self.INTRO_ID, intro, "")
        self._loading = False
        self._count = blocks_char_count(intro)
        self.setEnabled(True)

    def show_nothing(self) -> None:
        self.flush()
        self._remember_position()
        self.section, self.intro = None, None
        self._loading = True
        self.caption.setText(self.tr("请在左侧选择一个小节"))
        self.heading.clear()
        self.heading.setModified(False)  # clearing is not typing: the window stays unchanged
        self._switch_to(self._new_document([], ""), 0, 0)
        self._loading = False
        self._count = 0
        self.setEnabled(False)

    def forget_documents(self) -> None:
        """Another draft is shown: the cached documents (and their histories) go."""
        current = self.body.document()
        for document, _lead in self._documents.values():
            if document is not current:
                document.deleteLater()
        self._documents.clear()
        self._positions.clear()

    def _remember_position(self) -> None:
        key = self.current_id
        if key is not None:
            self._positions[key] = self.body.textCursor().position()

    def _show_document(self, key: str, paragraphs: list[Block], lead: str) -> None:
        """Show the cached document of `key` if it still holds the model's text, else a new one."""
        cached = self._documents.get(key)
        if cached is not None and cached[0] is not self.body.document():
            document, lead_length = cached
            if document_blocks(document) == shown_blocks(paragraphs):
                self._switch_to(document, lead_length, self._positions.get(key, lead_length))
                self.refresh_lead(self._number)
                return
        document = self._new_document(paragraphs, lead)
        self._documents[key] = (document, len(lead))
        self._switch_to(document, len(lead), len(lead))

    def _new_document(self, paragraphs: list[Block], lead: str) -> QTextDocument:
        document = self.body.new_document(paragraphs, lead, self)
        document.contentsChanged.connect(self._on_changed)
        return document

    def _switch_to(self, document: QTextDocument, lead_length: int, position: int) -> None:
        old = self.body.document()
        self.body.set_document(document, lead_length)
        if old is not document:
            # Qt deletes the text edit's own first document itself; a replaced (reloaded)
            # or never-cached one of ours is deleted here: its history is over.
            in_cache = any(old is cached for cached, _lead in self._documents.values())
            if not in_cache and shiboken6.isValid(old):
                old.deleteLater()
        cursor = QTextCursor(document)
        cursor.setPosition(max(lead_length, min(position, document.characterCount() - 1)))
        self.body.setTextCursor(cursor)
        if cursor.position() == lead_length:
            self.body.setCurrentCharFormat(run_format())

    def refresh_lead(self, number: str) -> None:
        """The number or heading changed elsewhere (tree): redraw a run-in lead.

        Rewriting the lead is not a text edit, so it is kept out of the text undo history
        (Qt clears that history when undo is switched off; the lead changes only on
        structural edits, which the window's undo stack records).
        """
        section = self.section
        if section is None:
            return
        self._number = number
        if not section.run_in and not self.body.lead_length:
            return
        new_lead = run_in_lead(number, section.heading) if section.run_in else ""
        document = self.body.document()
        old_cursor = self.body.textCursor()
        offset = old_cursor.position() - self.body.lead_length
        cursor = QTextCursor(document)
        cursor.setPosition(self.body.lead_length, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == new_lead:
            return
        modified = document.isModified()
        self._loading = True
        document.setUndoRedoEnabled(False)
        cursor.removeSelectedText()
        if new_lead:
            insert_lead(cursor, new_lead)
        document.setUndoRedoEnabled(True)
        document.setModified(modified)
        self._loading = False
        self.body.lead_length = len(new_lead)
        key = self.current_id
        if key is not None and key in self._documents:
            self._documents[key] = (document, len(new_lead))
        restored = QTextCursor(document)
        restored.setPosition(
            max(0, min(offset, document.characterCount() - 1 - len(new_lead))) + len(new_lead)
        )
        self.body.setTextCursor(restored)
        if new_lead and restored.position() == len(new_lead):
            self.body.setCurrentCharFormat(run_format())  # typing after the lead is not bold

    # -- writing back ---------------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._write_timer.start()
        self.textEdited.emit()

    def is_pending(self) -> bool:
        return (
            self._write_timer.isActive()
            or self.body.document().isModified()
            or self.heading.isModified()
        )

    def flush(self, include_heading: bool = True) -> bool:
        """Write the shown text into the model if it changed; True when something was written."""
        self._write_timer.stop()
        document = self.body.document()
        body_changed = document.isModified()
        heading_changed = (
            include_heading
            and self.section is not None
            and self.heading.text() != self.section.heading
        )
        if not (body_changed or heading_changed):
            return False
        if self.section is not None:
            if body_changed:
                self.writer.write_body(self.section.id, document_blocks(document))
            if heading_changed:
                self._apply_heading()
            new_count = self.section.char_count()
            section_id = self.section.id
        elif self.intro is not None:
            self.writer.write_body(None, document_blocks(document))
            new_count = blocks_char_count(self.intro)
            section_id = self.INTRO_ID
        else:
            return False
        document.setModified(False)
        old_count, self._count = self._count, new_count
        if old_count != new_count:
            self.countChanged.emit(old_count, new_count)
        self.bodyWritten.emit(section_id)
        return True

    def _apply_heading(self) -> None:
        """Heading typed in the line: one rename (an undo step), then redraw a lead."""
        section = self.section
        assert section is not None
        self.heading.setModified(False)
        self.writer.rename(section.id, self.heading.text())
        if self.heading.text() != section.heading:  # a typed number was left out
            self.heading.setText(section.heading)
        self.refresh_lead(self._number)

    def sync_from_model(self, number: str) -> None:
        """The model changed under the editor (undo, replace all, tree rename): show it.

        The caller writes pending typing first (flush). A step that came without (one
        of the window's 小节 menu, which leaves the focus in the editor) finds the typing
        still here: the body's is written now, a heading line being typed is left as it
        is, so neither is lost. A body that differs from the model is reloaded, which
        starts its text undo history again.
        """
        if self.body.document().isModified():
            self.flush(include_heading=False)
        section = self.section
        if section is None:
            if self.intro is not None and document_blocks(self.body.document()) != shown_blocks(
                self.intro
            ):
                self._load_intro(self.intro)
            return
        if self.heading.text() != section.heading and not self.heading.isModified():
            self._loading = True
            self.heading.setText(section.heading)
            self.heading.setModified(False)
            self._loading = False
        if document_blocks(self.body.document()) != shown_blocks(section.body):
            position = self.body.textCursor().position()
            self._load_section(section, number, self.caption.text())
            cursor = self.body.textCursor()
            cursor.setPosition(
                max(self.body.lead_length, min(position, self.body.document().characterCount() - 1))
            )
            self.body.setTextCursor(cursor)
        else:
            self.refresh_lead(number)
        self._count = section.char_count()

    def _commit_heading(self) -> None:
        if self.section is not None and self.heading.text() != self.section.heading:
            self.flush()

    def selected_text(self) -> str:
        """What is selected in the heading line or the body, whichever has the focus (one
        line: a paragraph break becomes a space), for 查找 to start from."""
        if self.body.hasFocus():
            return self.body.textCursor().selectedText().replace("\u2029", " ")
        if self.heading.hasFocus():
            return self.heading.selectedText()
        return ""

    def shown_count(self) -> int:
        """The shown section's 字数 as last written back (live_count minus pending typing)."""
        return self._count

    def live_count(self) -> int:
        """The shown section's 字数 right now (one section's text: cheap)."""
        if self.section is None and self.intro is None:
            return 0
        text = self.body.document().toPlainText()[self.body.lead_length :]
        heading = self.heading.text() if self.section is not None else ""
        return count_chars(heading) + count_chars(text)

    def shows_tables(self) -> bool:
        """Whether the shown body holds a table (its 字数 then includes the cells)."""
        return any(
            isinstance(f, QTextTable) for f in self.body.document().rootFrame().childFrames()
        )
