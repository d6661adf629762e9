"""Find and replace across the whole draft (Ctrl+F / Ctrl+H): headings, bodies, intro.

Matches are searched in the model in reading order (intro, then every section's heading
and body). 查找下一个 jumps to the next match after the cursor, selecting its section in
the outline and the text in the editor. 替换 replaces the selected match through the editor,
so it is ordinary typing (Ctrl+Z in the text undoes it). 全部替换 changes the model in one
ReplaceAllCommand on the window's undo stack: one Ctrl+Z (outside the text) undoes all.
A replacement takes the formatting (bold/italic/underline) of the first character it replaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Draft, Paragraph, Run, Section

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow
    from app.gui.tree_model import SectionTreeModel

INTRO = ""  # the section id used for the intro paragraphs
HEADING, BODY = 0, 1


@dataclass(frozen=True, order=True)
class Match:
    """One occurrence. Ordering = reading order (section order, heading before body)."""

    order: int  # 0 = intro, then 1.. in reading order of sections
    field: int  # HEADING or BODY
    paragraph: int
    start: int
    length: int
    section_id: str = ""


def pattern_for(needle: str, match_case: bool) -> re.Pattern[str]:
    return re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)


def find_matches(draft: Draft, needle: str, match_case: bool = False) -> list[Match]:
    if not needle:
        return []
    pattern = pattern_for(needle, match_case)
    matches: list[Match] = []
    for index, paragraph in enumerate(draft.intro):
        for m in pattern.finditer(paragraph.text):
            matches.append(Match(0, BODY, index, m.start(), m.end() - m.start(), INTRO))
    for order, section in enumerate(draft.walk(), start=1):
        for m in pattern.finditer(section.heading):
            matches.append(Match(order, HEADING, 0, m.start(), m.end() - m.start(), section.id))
        for index, paragraph in enumerate(section.body):
            for m in pattern.finditer(paragraph.text):
                matches.append(
                    Match(order, BODY, index, m.start(), m.end() - m.start(), section.id)
                )
    return matches


def replace_in_paragraph(
    paragraph: Paragraph, pattern: re.Pattern[str], replacement: str
) -> Paragraph:
    """Replace every match, keeping formats; the new text takes the format of the match's start."""
    text = paragraph.text
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not spans:
        return paragraph
    formats: list[Run] = []  # one per character: which run it came from
    for run in paragraph.runs:
        formats.extend([run] * len(run.text))
    out: list[Run] = []
    position = 0
    for start, end in spans:
        out.extend(
            Run(text[i], formats[i].bold, formats[i].italic, formats[i].underline)
            for i in range(position, start)
        )
        source = formats[start]
        out.append(Run(replacement, source.bold, source.italic, source.underline))
        position = end
    out.extend(
        Run(text[i], formats[i].bold, formats[i].italic, formats[i].underline)
        for i in range(position, len(text))
    )
    return Paragraph(out).normalized()


@dataclass
class _Change:
    section: Section | None  # None = the intro
    old_heading: str
    new_heading: str
    old_body: list[Paragraph]
    new_body: list[Paragraph]


def plan_replace_all(
    draft: Draft, needle: str, replacement: str, match_case: bool
) -> tuple[list[_Change], int]:
    """What 全部替换 would change, and how many occurrences."""
    pattern = pattern_for(needle, match_case)
    changes: list[_Change] = []
    count = 0

    def body_after(body: list[Paragraph]) -> tuple[list[Paragraph], int]:
        found = sum(len(pattern.findall(p.text)) for p in body)
        if not found:
            return body, 0
        return [replace_in_paragraph(p, pattern, replacement) for p in body], found

    new_intro, found = body_after(draft.intro)
    if found:
        changes.append(_Change(None, "", "", list(draft.intro), new_intro))
        count += found
    for section in draft.walk():
        heading_hits = len(pattern.findall(section.heading))
        new_body, found = body_after(section.body)
        if heading_hits or found:
            new_heading = pattern.sub(lambda _m: replacement, section.heading)
            changes.append(
                _Change(section, section.heading, new_heading, list(section.body), new_body)
            )
            count += heading_hits + found
    return changes, count


class ReplaceAllCommand(QUndoCommand):
    """全部替换 as one undo step over every section it touched."""

    def __init__(self, model: SectionTreeModel, changes: list[_Change], text: str) -> None:
        super().__init__(text)
        self._model, self._changes = model, changes

    def _apply(self, new: bool) -> None:
        draft = self._model.draft()
        for change in self._changes:
            body = change.new_body if new else change.old_body
            if change.section is None:
                draft.intro[:] = body
                continue
            section = change.section
            section.body = list(body)
            heading = change.new_heading if new else change.old_heading
            if self._model.has_section(section.id):
                if section.heading != heading:
                    self._model.rename_section(section.id, heading)
                self._model.section_changed(section.id)
            else:
                section.heading = heading

    def redo(self) -> None:
        self._apply(True)

    def undo(self) -> None:
        self._apply(False)


class FindReplaceDialog(QDialog):
    """A non-modal dialog; it works on the window's draft and editor."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("查找和替换"))
        self.setModal(False)
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.case_box = QCheckBox(self.tr("区分英文大小写"), self)
        self.message = QLabel(self)
        self.message.setMinimumWidth(320)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("查找内容："), self.find_edit)
        self.replace_label = QLabel(self.tr("替换为："), self)
        form.addRow(self.replace_label, self.replace_edit)
        form.addRow("", self.case_box)
        buttons = QDialogButtonBox(Qt.Orientation.Horizontal, self)
        self.next_button = self._button(buttons, self.tr("查找下一个"), self.find_next)
        self.previous_button = self._button(
            buttons, self.tr("查找上一个"), lambda: self.find_next(backwards=True)
        )
        self.replace_button = self._button(buttons, self.tr("替换"), self.replace_one)
        self.replace_all_button = self._button(buttons, self.tr("全部替换"), self.replace_all)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        close.clicked.connect(self.close)
        self.next_button.setDefault(True)
        self._key_action(QKeySequence.StandardKey.FindNext, self.find_next)  # F3
        self._key_action(
            QKeySequence.StandardKey.FindPrevious, lambda: self.find_next(backwards=True)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.current: Match | None = None

    def _key_action(self, key: QKeySequence.StandardKey, slot: object) -> None:
        """A standard key (every binding of it) that works while the dialog is active."""
        action = QAction(self)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def open_for(self, replace: bool, selected: str) -> None:
        for widget in (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        ):
            widget.setVisible(replace)
        self.setWindowTitle(self.tr("查找和替换") if replace else self.tr("查找"))
        if selected and "\n" not in selected:
            self.find_edit.setText(selected)
        self.message.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    # -- finding -------------------------------------------------------------------

    def _order_of(self, section_id: str) -> int:
        if section_id == INTRO:
            return 0
        for order, section in enumerate(self.window_.draft.walk(), start=1):
            if section.id == section_id:
                return order
        return -1

    def _cursor_key(self) -> tuple[int, int, int, int]:
        """Where the search continues from: the editor's cursor (a selection's start + 1)."""
        editor = self.window_.editor
        current_id = editor.current_id
        if current_id is None:
            return (-1, 0, 0, 0)
        order = self._order_of(INTRO if current_id == editor.INTRO_ID else current_id)
        if editor.heading.hasFocus() or editor.heading.hasSelectedText():
            start = (
                editor.heading.selectionStart()
                if editor.heading.hasSelectedText()
                else editor.heading.cursorPosition()
            )
            return (order, HEADING, 0, start + (1 if editor.heading.hasSelectedText() else 0))
        cursor = editor.body.textCursor()
        position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        block = editor.body.document().findBlock(position)
        offset = (
            position
            - block.position()
            - (editor.body.lead_length if block.blockNumber() == 0 else 0)
        )
        return (order, BODY, block.blockNumber(), offset + (1 if cursor.hasSelection() else 0))

    def find_next(self, backwards: bool = False) -> Match | None:
        needle = self.find_edit.text()
        if not needle:
            self.message.setText(self.tr("请输入要查找的内容。"))
            return None
        self.window_.flush()
        matches = find_matches(self.window_.draft, needle, self.case_box.isChecked())
        if not matches:
            self.current = None
            self.message.setText(self.tr("全文找不到“%1”。").replace("%1", needle))
            return None
        key = self._cursor_key()
        if backwards:
            before = [m for m in matches if (m.order, m.field, m.paragraph, m.start + 1) < key]
            match = before[-1] if before else matches[-1]
        else:
            after = [m for m in matches if (m.order, m.field, m.paragraph, m.start) >= key]
            match = after[0] if after else matches[0]
        self.show_match(match)
        number = matches.index(match) + 1
        self.message.setText(
            self.tr("第 %1 处，共 %2 处")
            .replace("%1", str(number))
            .replace("%2", str(len(matches)))
        )
        return match

    def show_match(self, match: Match) -> None:
        """Select the match's section and the matched text in the editor."""
        window, editor = self.window_, self.window_.editor
        if match.section_id == INTRO:
            if editor.intro is None:
                window.show_intro()
        else:
            window.outline.select_section(match.section_id)
            window.show_section(match.section_id)
        self.current = match
        if match.field == HEADING:
            editor.heading.setSelection(match.start, match.length)
            return
        document = editor.body.document()
        block = document.findBlockByNumber(match.paragraph)
        start = (
            block.position()
            + match.start
            + (editor.body.lead_length if match.paragraph == 0 else 0)
        )
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(start + match.length, QTextCursor.MoveMode.KeepAnchor)
        editor.heading.deselect()
        editor.body.setTextCursor(cursor)
        editor.body.ensureCursorVisible()

    def _selected_is_match(self) -> bool:
        match, editor = self.current, self.window_.editor
        if match is None:
            return False
        pattern = pattern_for(self.find_edit.text(), self.case_box.isChecked())
        if match.field == HEADING:
            selected = editor.heading.selectedText()
        else:
            selected = editor.body.textCursor().selectedText()
        return bool(selected) and pattern.fullmatch(selected) is not None

    # -- replacing -------------------------------------------------------------------

    def replace_one(self) -> None:
        """Replace the selected match (as typing in that section), then find the next."""
        if not self._selected_is_match():
            self.find_next()
            return
        assert self.current is not None
        replacement = self.replace_edit.text()
        editor = self.window_.editor
        if self.current.field == HEADING:
            editor.heading.insert(replacement)
            editor.heading.setModified(True)
            editor.flush()
        else:
            cursor = editor.body.textCursor()
            cursor.insertText(replacement)
            editor.body.setTextCursor(cursor)
        self.find_next()

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            self.message.setText(self.tr("请输入要查找的内容。"))
            return 0
        window = self.window_
        window.flush()
        replacement = self.replace_edit.text()
        changes, count = plan_replace_all(
            window.draft, needle, replacement, self.case_box.isChecked()
        )
        if not count:
            self.message.setText(self.tr("全文找不到“%1”。").replace("%1", needle))
            return 0
        text = self.tr("全部替换“%1”").replace("%1", needle)
        window.undo_stack.push(ReplaceAllCommand(window.model, changes, text))
        self.current = None
        self.message.setText(
            self.tr("已替换 %1 处。“编辑 → 撤销”可一次全部撤销。").replace("%1", str(count))
        )
        return count


def dialog_for(window: QWidget) -> FindReplaceDialog | None:
    return window.findChild(FindReplaceDialog)
