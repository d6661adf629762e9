"""Find and replace across the whole draft (Ctrl+F / Ctrl+H): headings, bodies, intro.

The search itself is app.core.search (no Qt). 查找下一个 jumps to the next match after the
editor's cursor, showing its section and selecting the text. 替换 replaces the selected match
through the editor, so it is ordinary typing (Ctrl+Z in the text undoes it). 全部替换 goes
to the session as one step (one Ctrl+Z outside the text undoes all).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
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

from app.core.search import (
    BODY,
    HEADING,
    INTRO,
    Match,
    find_matches,
    next_match,
    pattern_for,
    plan_replace_all,
    reading_order,
)
from app.gui.document.session import DraftSession
from app.gui.section_editor import SectionEditor


class FindReplaceDialog(QDialog):
    """A non-modal dialog over a session's draft and the editor that shows it.

    `show_place(section_id)` shows a section (or, for Place.INTRO, the intro) in the editor.
    """

    def __init__(
        self,
        session: DraftSession,
        editor: SectionEditor,
        show_place: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.editor = session, editor
        self._show_place = show_place
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

    def _cursor_key(self) -> tuple[int, int, int, int]:
        """Where the search continues from: the editor's cursor (a selection's start + 1)."""
        editor = self.editor
        current_id = editor.current_id
        if current_id is None:
            return (-1, 0, 0, 0)
        order = reading_order(self.session.draft, current_id)
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
        self.session.flush()
        matches = find_matches(self.session.draft, needle, self.case_box.isChecked())
        match = next_match(matches, self._cursor_key(), backwards)
        if match is None:
            self.current = None
            self.message.setText(self.tr("全文找不到“%1”。").replace("%1", needle))
            return None
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
        editor = self.editor
        if match.section_id != INTRO or editor.intro is None:
            self._show_place(match.section_id)
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
        match, editor = self.current, self.editor
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
        editor = self.editor
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
        self.session.flush()
        replacement = self.replace_edit.text()
        changes, count = plan_replace_all(
            self.session.draft, needle, replacement, self.case_box.isChecked()
        )
        if not count:
            self.message.setText(self.tr("全文找不到“%1”。").replace("%1", needle))
            return 0
        text = self.tr("全部替换“%1”").replace("%1", needle)
        self.session.apply_edits(changes, text)
        self.current = None
        self.message.setText(
            self.tr("已替换 %1 处。“编辑 → 撤销”可一次全部撤销。").replace("%1", str(count))
        )
        return count


def dialog_for(window: QWidget) -> FindReplaceDialog | None:
    return window.findChild(FindReplaceDialog)
