"""The status bar's counts: sections, this section's and the whole draft's 字数, pages, saved.

Pages: the paginator's count ("共 12 页") once the window's pages are laid out
(app.gui.pages.tracker, `show_pages`), the estimate ("约 12 页") until then.

This section's 字数 is its own text (heading and body): for a section with subsections it
reads "本节（不含下级）7 字", as the outline's "共 1585 字" for it includes them.

Counting the whole draft is done once per structural step (`recount`); typing adjusts the
total by the shown section's change (`add_chars`), so a keystroke costs the same in a
1-page and a 100-page draft.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from app.core import layout
from app.core.model import Draft
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change
from app.gui.section_editor import SectionEditor


class StatusLine(QObject):
    """Permanent labels on a status bar, fed by a session and the editor showing it."""

    def __init__(self, bar: QStatusBar, session: DraftSession, editor: SectionEditor) -> None:
        super().__init__(bar)
        self.session, self.editor = session, editor
        self.total_chars = 0
        self.section_count = 0
        self.paragraph_count = 0
        self.page_count: int | None = None  # the paginator's, when known
        self.sections = self._label(bar)
        self.section_chars = self._label(bar)
        self.total = self._label(bar)
        self.pages = self._label(bar)
        self.saved = self._label(bar)
        on_language_change(bar, self.update)

    @staticmethod
    def _label(bar: QStatusBar) -> QLabel:
        label = QLabel(bar)
        label.setContentsMargins(8, 0, 8, 0)
        bar.addPermanentWidget(label)
        return label

    def recount(self, draft: Draft) -> None:
        self.total_chars = draft.char_count()
        sections = list(draft.walk())
        self.section_count = len(sections)
        self.paragraph_count = len(draft.intro) + sum(len(s.body) for s in sections)

    def add_chars(self, old: int, new: int) -> None:
        self.total_chars += new - old

    def show_pages(self, count: int | None) -> None:
        """The paginator's page count (None: not known, the estimate is shown)."""
        self.page_count = count
        if count is not None:
            self.pages.setText(self.tr("共 %n 页", "", count))

    def estimated_pages(self, total_chars: int) -> int:
        return layout.estimated_pages(total_chars, self.section_count, self.paragraph_count)

    def section_text(self, live: int) -> str:
        """The shown text's 字数: its own only, which a section with subsections says (the
        outline's count of it includes them); "/300" when it has a 字数上限."""
        editor, section = self.editor, self.editor.section
        if editor.current_id is None:
            return self.tr("本节 —")
        if section is None:
            return self.tr("开头 %1 字").replace("%1", str(live))
        tables = self.tr("（含表格）") if editor.shows_tables() else ""
        if section.budget is not None:
            here = (
                self.tr("本节（不含下级）%1/%2 字")
                if section.children
                else self.tr("本节 %1/%2 字")
            )
            return here.replace("%1", str(live)).replace("%2", str(section.budget)) + tables
        here = self.tr("本节（不含下级）%1 字") if section.children else self.tr("本节 %1 字")
        return here.replace("%1", str(live)) + tables

    def update(self) -> None:
        editor = self.editor
        live = editor.live_count()
        total = self.total_chars - editor.shown_count() + live
        self.sections.setText(self.tr("%n 个小节", "", self.section_count))
        self.section_chars.setText(self.section_text(live))
        self.total.setText(self.tr("全文 %1 字").replace("%1", str(total)))
        if self.page_count is not None:
            self.pages.setText(self.tr("共 %n 页", "", self.page_count))
        else:
            self.pages.setText(self.tr("约 %n 页", "", self.estimated_pages(total)))
        if self.session.is_dirty():
            self.saved.setText(self.tr("有未保存的修改"))
        elif self.session.path is None:
            self.saved.setText(self.tr("新草稿，尚未保存"))
        else:
            self.saved.setText(self.tr("已保存"))
