"""Find and replace (Ctrl+F / Ctrl+H) in the whole draft or in one section: headings,
bodies, intro.

The search itself is app.core.search (no Qt). 查找下一个 jumps to the next match after the
editor's cursor, showing its section and selecting the text. 替换 replaces the selected match
through the editor, so it is ordinary typing (Ctrl+Z in the text undoes it). 全部替换 goes
to the session as one step (one Ctrl+Z outside the text undoes all).

范围 (scope): 全文, or 本节: the section shown when 本节 was chosen, with its subsections
(the intro when the intro is shown). It stays while the search moves through its
subsections, and follows the editor when the user goes to a section outside it; the
label beside it names it. The list of results shows every match in the scope, each with
its place (the section's path of numbers and heading) and the text around it, the match
highlighted; a click (or Enter) on one goes there. The list follows the search text as
it is typed and is looked at again before each jump, so it never sends the cursor to a
place that typing has moved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.search import (
    ALL,
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
from app.gui.check_rows import PlaceNames
from app.gui.document.session import DraftSession
from app.gui.find_results import ResultList
from app.gui.language import on_language_change
from app.gui.section_editor import SectionEditor
from app.gui.tables.places import body_place, document_position

LIST_DELAY_MS = 250  # the list follows the search text this long after the last key


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
        self._replacing = True  # the dialog shows the 替换 fields
        self.setModal(False)
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.case_box = QCheckBox(self)
        self.message = QLabel(self)
        self.message.setMinimumWidth(320)
        self.message.setWordWrap(True)
        form = QFormLayout()
        self.find_label, self.replace_label = QLabel(self), QLabel(self)
        self.scope_title = QLabel(self)
        form.addRow(self.find_label, self.find_edit)
        form.addRow(self.replace_label, self.replace_edit)
        form.addRow("", self.case_box)
        form.addRow(self.scope_title, self._build_scope())
        buttons = QDialogButtonBox(Qt.Orientation.Horizontal, self)
        self.next_button = self._button(buttons, self.find_next)
        self.previous_button = self._button(buttons, lambda: self.find_next(backwards=True))
        self.replace_button = self._button(buttons, self.replace_one)
        self.replace_all_button = self._button(buttons, self.replace_all)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.close)
        self.next_button.setDefault(True)
        self._key_action(QKeySequence.StandardKey.FindNext, self.find_next)  # F3
        self._key_action(
            QKeySequence.StandardKey.FindPrevious, lambda: self.find_next(backwards=True)
        )
        self.results = ResultList(self)
        self.results.itemClicked.connect(self.go_to_result)
        self.results.itemActivated.connect(self.go_to_result)
        self.results_label = QLabel(self)
        self.results_label.setBuddy(self.results)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self.current: Match | None = None
        self._anchor: str | None = None  # the place 本节 means (a section id or INTRO)
        self._listed: tuple[str, bool, str] | None = None  # what the results list shows
        self._list_timer = QTimer(self, singleShot=True, interval=LIST_DELAY_MS)
        self._list_timer.timeout.connect(self.list_results)
        self.find_edit.textChanged.connect(self._list_timer.start)
        self.case_box.toggled.connect(self._list_timer.start)
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """The dialog's texts in the interface language (the results' count too)."""
        self.setWindowTitle(self.tr("查找和替换") if self._replacing else self.tr("查找"))
        self.case_box.setText(self.tr("区分英文大小写"))
        self.find_label.setText(self.tr("查找内容："))
        self.replace_label.setText(self.tr("替换为："))
        self.scope_title.setText(self.tr("范围："))
        self.all_scope.setText(self.tr("全文"))
        self.section_scope.setText(self.tr("本节"))
        self.section_scope.setToolTip(self.tr("当前小节及其下级小节"))
        self.next_button.setText(self.tr("查找下一个"))
        self.previous_button.setText(self.tr("查找上一个"))
        self.replace_button.setText(self.tr("替换"))
        self.replace_all_button.setText(self.tr("全部替换"))
        self.close_button.setText(self.tr("关闭"))
        self.results_label.setText(self.tr("查找结果（单击跳到该处）："))
        if self.isVisible():
            self._listed = None  # the count is said again, in the new language
            self.refresh_scope()
            self.list_results()

    def _build_scope(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.all_scope = QRadioButton(row)
        self.section_scope = QRadioButton(row)
        self.all_scope.setChecked(True)
        group = QButtonGroup(row)
        group.addButton(self.all_scope)
        group.addButton(self.section_scope)
        self.scope_label = QLabel(row)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_label.setMinimumWidth(120)
        box.addWidget(self.all_scope)
        box.addWidget(self.section_scope)
        box.addWidget(self.scope_label, 1)
        self.section_scope.toggled.connect(self._scope_toggled)
        return row

    def _key_action(self, key: QKeySequence.StandardKey, slot: object) -> None:
        """A standard key (every binding of it) that works while the dialog is active."""
        action = QAction(self)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def _button(self, box: QDialogButtonBox, slot: object) -> QPushButton:
        button = box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
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
        self._replacing = replace
        self.setWindowTitle(self.tr("查找和替换") if replace else self.tr("查找"))
        if selected and "\n" not in selected:
            self.find_edit.setText(selected)
        self.message.clear()
        self.refresh_scope()
        self.list_results()
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    # -- scope -------------------------------------------------------------------------

    def _inside_anchor(self, place: str | None) -> bool:
        anchor, tree = self._anchor, self.session.tree
        if anchor is None or place is None:
            return False
        if anchor == INTRO or place == INTRO:
            return anchor == place
        return (
            tree.has_section(anchor)
            and tree.has_section(place)
            and tree.is_descendant_or_self(place, anchor)
        )

    def refresh_scope(self) -> None:
        """本节 follows the editor to a place outside it (or when its section is gone)."""
        place = self.editor.current_id
        if not self._inside_anchor(place):
            self._anchor = place
        self.section_scope.setEnabled(self._anchor is not None)
        if self._anchor is None and self.section_scope.isChecked():
            self.all_scope.setChecked(True)
        self.scope_label.setText(self._scope_name() if self.section_scope.isChecked() else "")
        self.scope_label.setToolTip(self.scope_label.text())

    def _scope_name(self) -> str:
        anchor, tree = self._anchor, self.session.tree
        if anchor is None:
            return ""
        if anchor == INTRO:
            return self.tr("开头段落")
        section = tree.section(anchor)
        name = PlaceNames.path(tree, anchor) + (section.heading or self.tr("（无标题）"))
        if section.children:
            return self.tr("“%1”及其下级小节").replace("%1", name)
        return self.tr("“%1”").replace("%1", name)

    def scope(self) -> str:
        """What the search covers: ALL, INTRO or a section id (with its subsections)."""
        if not self.section_scope.isChecked() or self._anchor is None:
            return ALL
        return self._anchor

    def _scope_toggled(self, checked: bool) -> None:
        if checked:
            self._anchor = None  # 本节 chosen now: the place the editor shows now
        self.refresh_scope()
        self.current = None
        self.message.clear()
        self.list_results()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Back in the dialog after going elsewhere in the draft: 本节 may be another."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.refresh_scope()
            self.list_results()

    def _not_found(self, needle: str) -> str:
        if self.scope() == ALL:
            return self.tr("全文找不到“%1”。").replace("%1", needle)
        return self.tr("本节找不到“%1”。").replace("%1", needle)

    # -- the list of results -------------------------------------------------------------

    def _search(self) -> list[Match]:
        """The matches in the scope now, pending typing written first; the list follows."""
        self.session.flush()
        self.refresh_scope()
        needle, case = self.find_edit.text(), self.case_box.isChecked()
        matches = find_matches(self.session.draft, needle, case, self.scope())
        self._fill_results(matches, (needle, case, self.scope()))
        return matches

    def list_results(self) -> None:
        """List every match in the scope (the search text typed so far)."""
        self._list_timer.stop()
        self._search()

    def _fill_results(self, matches: list[Match], key: tuple[str, bool, str]) -> None:
        if key != self._listed or matches != self.results.matches:
            self._listed = key
            self.results.show_matches(self.session.draft, matches)
            needle = key[0]
            if needle and matches:
                count = self.tr("查找结果：共 %1 处（单击跳到该处）").replace(
                    "%1", str(len(matches))
                )
            elif needle:
                count = self._not_found(needle)
            else:
                count = self.tr("查找结果（单击跳到该处）：")
            self.results_label.setText(count)
        self.results.select(self.current)

    def go_to_result(self, item: QListWidgetItem) -> Match | None:
        """Show the match of a result row: looked for again first, as typing may have
        moved it; a list that no longer holds says so and is listed anew."""
        match = self.results.match_of(item)
        if match is None:
            return None
        if match not in self._search():
            self.message.setText(self.tr("内容已改动，结果已重新列出。"))
            return None
        self.show_match(match)
        self.results.select(match)
        self.message.setText(
            self.tr("第 %1 处，共 %2 处")
            .replace("%1", str(self.results.matches.index(match) + 1))
            .replace("%2", str(len(self.results.matches)))
        )
        return match

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
        # Places count the body's blocks as the core's search does: a table is one block.
        paragraph, offset = body_place(editor.body.document(), position, editor.body.lead_length)
        return (order, BODY, paragraph, offset + (1 if cursor.hasSelection() else 0))

    def find_next(self, backwards: bool = False) -> Match | None:
        needle = self.find_edit.text()
        if not needle:
            self.message.setText(self.tr("请输入要查找的内容。"))
            return None
        matches = self._search()
        match = next_match(matches, self._cursor_key(), backwards)
        if match is None:
            self.current = None
            self.message.setText(self._not_found(needle))
            return None
        self.show_match(match)
        self.results.select(match)
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
        start = document_position(document, match.paragraph, match.start, editor.body.lead_length)
        if start is None:
            return  # a stale match (the list is looked at again before each jump)
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
        self.refresh_scope()
        replacement = self.replace_edit.text()
        changes, count = plan_replace_all(
            self.session.draft, needle, replacement, self.case_box.isChecked(), self.scope()
        )
        if not count:
            self.message.setText(self._not_found(needle))
            return 0
        text = self.tr("全部替换“%1”").replace("%1", needle)
        self.session.apply_edits(changes, text)
        self.current = None
        self._search()
        self.message.setText(
            self.tr("已替换 %1 处。“编辑 → 撤销”可一次全部撤销。").replace("%1", str(count))
        )
        return count


def dialog_for(window: QWidget) -> FindReplaceDialog | None:
    return window.findChild(FindReplaceDialog)
