"""比较: two states of the draft side by side as one marked text, section by section.

Left, the sections that differ (moved and renamed ones said so); right, the selected
section with deletions struck through and insertions underlined, and its changes one by
one. When the newer state is the draft as it is now, a change (撤回此处) or the whole
section (撤回整节) can be taken back: each is one undo step through the session, and the
comparison is made again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.compare import (
    Comparison,
    Hunk,
    HunkKind,
    Part,
    SectionComparison,
    SectionStatus,
    compare,
    newer_side,
    removed_section,
    take_back_hunk,
    take_back_text,
)
from app.core.model import Draft
from app.gui.document.commands import DeleteCommand, InsertCommand
from app.gui.document.session import DraftSession
from app.gui.versions.marked_html import section_html

CONTEXT_CHARS = 8


class CompareDialog(QDialog):
    """`old` against `new` (None: the session's draft as it is now, which can take back)."""

    def __init__(
        self,
        session: DraftSession,
        old: Draft,
        new: Draft | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("compareDialog")
        self.resize(980, 620)
        self.session, self.old, self.fixed_new = session, old, new
        self.sections = QListWidget(self)
        self.sections.setObjectName("comparedSections")
        self.text = QTextBrowser(self)
        self.text.setObjectName("comparedText")
        self.changes = QListWidget(self)
        self.changes.setObjectName("comparedChanges")
        self.summary = QLabel(self)
        self.take_back_change = QPushButton(self.tr("撤回此处修改"), self)
        self.take_back_change.setObjectName("takeBackChange")
        self.take_back_section = QPushButton(self.tr("撤回整节"), self)
        self.take_back_section.setObjectName("takeBackSection")
        live = new is None
        self.take_back_change.setVisible(live)
        self.take_back_section.setVisible(live)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.text, 3)
        right_layout.addWidget(QLabel(self.tr("本节的修改："), right))
        right_layout.addWidget(self.changes, 1)
        row = QHBoxLayout()
        row.addWidget(self.take_back_change)
        row.addWidget(self.take_back_section)
        row.addStretch(1)
        right_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sections)
        splitter.addWidget(right)
        splitter.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.sections.currentRowChanged.connect(self._show_section)
        self.changes.currentRowChanged.connect(self._update_buttons)
        self.take_back_change.clicked.connect(self.take_back_current_change)
        self.take_back_section.clicked.connect(self.take_back_current_section)
        self.comparison: Comparison = compare(old, self._new())
        self._fill()

    def _new(self) -> Draft:
        return self.fixed_new if self.fixed_new is not None else self.session.snapshot()

    # -- showing -----------------------------------------------------------------------

    def _fill(self, keep: str | None = None) -> None:
        self.changed = self.comparison.changed()
        self.sections.clear()
        for item in self.changed:
            self.sections.addItem(QListWidgetItem(self._label(item)))
        total = self.comparison.hunk_count
        text = self.tr("%1 节有改动，共 %2 处修改").replace("%1", str(len(self.changed)))
        self.summary.setText(
            text.replace("%2", str(total)) if self.changed else self.tr("没有差别")
        )
        rows = [i for i, s in enumerate(self.changed) if s.section_id == keep]
        self.sections.setCurrentRow(rows[0] if rows else (0 if self.changed else -1))
        if not self.changed:
            self._show_section(-1)

    def _label(self, item: SectionComparison) -> str:
        if item.section_id is None:
            name = self.tr("（开头）")
        elif item.status is SectionStatus.REMOVED:
            name = item.old_number + item.old_heading
        else:
            name = item.new_number + item.new_heading
        words = {
            SectionStatus.ADDED: self.tr("新增"),
            SectionStatus.REMOVED: self.tr("删除"),
            SectionStatus.CHANGED: self.tr("修改"),
        }
        marks = [words[item.status]] if item.status in words else []
        if item.moved:
            marks.append(self.tr("移动"))
        if item.renamed:
            marks.append(self.tr("改标题"))
        return f"{name}（{'、'.join(marks)}）" if marks else name

    def current(self) -> SectionComparison | None:
        row = self.sections.currentRow()
        return self.changed[row] if 0 <= row < len(self.changed) else None

    def _show_section(self, row: int) -> None:
        item = self.current()
        self.changes.clear()
        if item is None:
            self.text.clear()
            self._update_buttons()
            return
        self.text.setHtml(section_html(item))
        for hunk in item.hunks:
            self.changes.addItem(self._hunk_label(item, hunk))
        if item.hunks:
            self.changes.setCurrentRow(0)
        self._update_buttons()

    def _hunk_label(self, item: SectionComparison, hunk: Hunk) -> str:
        if hunk.part is Part.HEADING:
            where = self.tr("标题")
        else:
            paragraph = newer_side(item.body)[0].count("\n", 0, hunk.new_start) + 1
            where = self.tr("第 %1 段").replace("%1", str(paragraph))
        kinds = {
            HunkKind.INSERT: self.tr("插入“%1”").replace("%1", hunk.new_text),
            HunkKind.DELETE: self.tr("删除“%1”").replace("%1", hunk.old_text),
            HunkKind.REPLACE: self.tr("“%1”改为“%2”")
            .replace("%1", hunk.old_text)
            .replace("%2", hunk.new_text),
            HunkKind.FORMAT: self.tr("“%1”格式改变").replace("%1", hunk.new_text),
        }
        return f"{where}：{item.tokens.shown(kinds[hunk.kind])}".replace("\n", "↵")

    def _update_buttons(self, *_: object) -> None:
        item = self.current()
        live = self.fixed_new is None and item is not None
        self.take_back_change.setEnabled(
            live
            and item is not None
            and item.status is SectionStatus.CHANGED
            and self.changes.currentRow() >= 0
        )
        self.take_back_section.setEnabled(live and self._can_take_back_section(item))

    def _can_take_back_section(self, item: SectionComparison | None) -> bool:
        if item is None:
            return False
        if item.status is SectionStatus.REMOVED:
            parent, _ = self.old.locate(item.section_id or "")
            return parent is None or self.session.tree.has_section(parent.id)
        return item.status is not SectionStatus.SAME and not (
            item.moved and item.status is SectionStatus.SAME
        )

    # -- taking back -------------------------------------------------------------------

    def take_back_current_change(self) -> None:
        item, row = self.current(), self.changes.currentRow()
        if item is None or not 0 <= row < len(item.hunks):
            return
        change = take_back_hunk(self.session.snapshot(), item, item.hunks[row])
        self.session.apply_edits([change], self.tr("撤回一处修改"))
        self._refresh(item.section_id)

    def take_back_current_section(self) -> None:
        item = self.current()
        if item is None:
            return
        session = self.session
        if item.status is SectionStatus.ADDED and item.section_id is not None:
            session.push(DeleteCommand(session.tree, item.section_id))
        elif item.status is SectionStatus.REMOVED and item.section_id is not None:
            parent_id, row, section = removed_section(self.old, session.draft, item.section_id)
            session.push(InsertCommand(session.tree, parent_id, row, section))
        else:
            change = take_back_text(session.snapshot(), self.old, item)
            session.apply_edits([change], self.tr("撤回整节的修改"))
        self._refresh(item.section_id)

    def _refresh(self, keep: str | None) -> None:
        self.comparison = compare(self.old, self._new())
        self._fill(keep)
