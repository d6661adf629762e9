"""Undo and redo through the focus: typing first, then the session's stack.

* Typing in the section editor (heading line or body) uses the widget's own undo history;
  Ctrl+Z there undoes typing first, and when that history is empty it falls through to
  the session's stack (the eventFilter below catches Qt's ShortcutOverride for the key).
* Anywhere else (the outline, say) Ctrl+Z undoes the last step on the stack.
* The 编辑 menu's 撤销/重做 do the same as the key in the widget that has the focus, and
  their text says what will be undone ("撤销输入" or "撤销 重命名为…").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTextEdit

from app.gui.document.session import DraftSession
from app.gui.section_editor import SectionEditor


def _undo_available(widget: object) -> bool:
    if isinstance(widget, QTextEdit):
        return widget.document().isUndoAvailable()
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    return False


def _redo_available(widget: object) -> bool:
    if isinstance(widget, QTextEdit):
        return widget.document().isRedoAvailable()
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable()
    return False


class FocusUndo(QObject):
    """Routes undo/redo between the editor's text widgets and the session's stack."""

    def __init__(self, session: DraftSession, editor: SectionEditor) -> None:
        super().__init__(editor)
        self.session, self.editor = session, editor
        editor.body.installEventFilter(self)
        editor.heading.installEventFilter(self)

    def focused_text_widget(self) -> QTextEdit | QLineEdit | None:
        widget = QApplication.focusWidget()
        if widget is self.editor.body:
            return self.editor.body
        if widget is self.editor.heading:
            return self.editor.heading
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the editor, Ctrl+Z with no typing left to undo falls through to the stack."""
        is_undo_key = (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        )
        if is_undo_key and not _undo_available(watched):
            self.session.undo()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def undo(self) -> None:
        widget = self.focused_text_widget()
        if widget is not None and _undo_available(widget):
            widget.undo()
            return
        self.session.undo()

    def redo(self) -> None:
        widget = self.focused_text_widget()
        if widget is not None and _redo_available(widget):
            widget.redo()
            return
        self.session.redo()

    def follow_menu(self, menu: QMenu, undo: QAction, redo: QAction) -> None:
        """Name what 撤销/重做 will undo while `menu` is open (update_actions)."""
        menu.aboutToShow.connect(lambda: self.update_actions(undo, redo))
        # Enabled states are computed for the open menu only; the keys must always work.
        menu.aboutToHide.connect(lambda: undo.setEnabled(True))
        menu.aboutToHide.connect(lambda: redo.setEnabled(True))

    def update_actions(self, undo: QAction, redo: QAction) -> None:
        """Texts and enabled states of the 编辑 menu's 撤销/重做 for the open menu."""
        stack = self.session.undo_stack
        widget = self.focused_text_widget()
        if widget is not None and _undo_available(widget):
            undo.setText(self.tr("撤销输入"))
            undo.setEnabled(True)
        else:
            undo.setEnabled(stack.canUndo())
            text = stack.undoText()
            undo.setText(self.tr("撤销") + (f" {text}" if text else ""))
        text_redo = _redo_available(widget)
        redo.setEnabled(text_redo or stack.canRedo())
        text = stack.redoText()
        redo.setText(self.tr("重做") + (f" {text}" if text and not text_redo else ""))
