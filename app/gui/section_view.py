"""Which place of the draft the editor shows (a section or the intro), kept in step
with the outline's selection and the 开头段落 button."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton

from app.core.model import Draft
from app.core.place import Place
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change
from app.gui.outline_view import OutlineView
from app.gui.section_editor import SectionEditor


class SectionView(QObject):
    shown = Signal()  # the editor shows another place

    def __init__(
        self,
        session: DraftSession,
        outline: OutlineView,
        editor: SectionEditor,
        intro_button: QPushButton,
    ) -> None:
        super().__init__(editor)
        self.session, self.outline, self.editor = session, outline, editor
        self.intro_button = intro_button
        intro_button.setCheckable(True)  # pressed while the opening paragraphs are shown
        intro_button.clicked.connect(self.show_intro)
        outline.sectionSelected.connect(self.show_section)
        session.tree.focusRequested.connect(self.focus_section)
        on_language_change(editor, self._recaption)

    def _recaption(self) -> None:
        if self.editor.section is not None and self.session.tree.has_section(
            self.editor.section.id
        ):
            self.editor.caption.setText(self.caption(self.editor.section.id))

    def clear(self) -> None:
        """Before another draft: nothing shown, and the editor's documents forgotten."""
        self.editor.show_nothing()
        self.intro_button.setChecked(False)
        self.editor.forget_documents()

    def show_first(self, draft: Draft, select_id: str | None) -> None:
        """After another draft: the asked-for section, else the first one, else the intro."""
        tree = self.session.tree
        first = select_id if select_id and tree.has_section(select_id) else None
        if first is None and draft.sections:
            first = draft.sections[0].id
        if first is not None:
            self.outline.select_section(first)
            self.show_section(first)
        elif draft.intro:
            self.show_intro()

    def show_section(self, section_id: str) -> None:
        tree = self.session.tree
        if not section_id or not tree.has_section(section_id):
            return
        section = tree.section(section_id)
        if self.editor.section is section:
            return
        self.editor.show_section(section, tree.number_of(section_id), self.caption(section_id))
        self.intro_button.setChecked(False)
        self.shown.emit()

    def show_place(self, section_id: str) -> None:
        """Show a section, or the intro for Place.INTRO."""
        if section_id == Place.INTRO:
            self.show_intro()
        else:
            self.outline.select_section(section_id)
            self.show_section(section_id)

    def show_intro(self) -> None:
        self.outline.select_section(None)  # the intro is not a node of the outline
        self.editor.show_intro(self.session.draft.intro)
        self.intro_button.setChecked(True)
        self.editor.body.setFocus()
        self.shown.emit()

    def caption(self, section_id: str) -> str:
        tree = self.session.tree
        level = tree.level_of(section_id) + 1
        number = tree.number_of(section_id) or self.tr("不编号")
        text = self.tr("第 %1 级小节 · 序号 %2").replace("%1", str(level)).replace("%2", number)
        if tree.section(section_id).run_in:
            text += self.tr(" · 标题与正文连排（导出时同一段）")
        return text

    def focus_section(self, section_id: str) -> None:
        if self.session.tree.has_section(section_id):
            self.outline.select_section(section_id)

    def current_section_id(self) -> str | None:
        return self.editor.section.id if self.editor.section is not None else None

    def sync_after_step(self) -> None:
        """A step on the undo stack may have changed the shown text, number or caption."""
        section, tree = self.editor.section, self.session.tree
        if section is not None and tree.has_section(section.id):
            self.editor.sync_from_model(tree.number_of(section.id))
            self.editor.caption.setText(self.caption(section.id))
        elif self.editor.intro is not None:
            self.editor.sync_from_model("")
