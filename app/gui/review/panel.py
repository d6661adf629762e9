"""The review panel: a reviewer's changes as suggestions (接受 / 拒绝, one by one or all,
with the reviewer's name and date), the draft's comments (批注: 回复, 标为已解决), and the
changes that could not be placed, listed with the reason (never dropped).

Every acceptance is one undo step through the session (app.core.review.accept gives the
TextChange); a suggestion whose text was edited since the review was read is not
accepted blindly: it says so and stays in the list.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.compare import Part
from app.core.model import Comment
from app.core.review import (
    Review,
    Suggestion,
    accept,
    accept_all,
    comments_after,
    shifted,
    still_applies,
)
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change
from app.gui.versions.commands import CommentsCommand

ROLE = Qt.ItemDataRole.UserRole


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class ReviewPanel(QWidget):
    """Handed the session (the one writer), the reviewer name for answers and a way to
    show a place (section id, or None for the intro)."""

    def __init__(
        self,
        session: DraftSession,
        author: Callable[[], str],
        show_place: Callable[[str | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.session, self.author, self.show_place = session, author, show_place
        self.review: Review | None = None
        self.pending: list[Suggestion] = []
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.suggestions = QListWidget(self)
        self.suggestions.setObjectName("reviewSuggestions")
        self.comments = QListWidget(self)
        self.comments.setObjectName("reviewComments")
        self.unplaced = QListWidget(self)
        self.unplaced.setObjectName("reviewUnplaced")
        for view in (self.suggestions, self.comments, self.unplaced):
            view.setWordWrap(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSpacing(2)
        for tab in (self._suggestion_tab(), self._comment_tab(), self.unplaced):
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.tabs, 1)
        self.suggestions.itemDoubleClicked.connect(self._go_to_suggestion)
        self.comments.itemDoubleClicked.connect(self._go_to_comment)
        session.draftReplaced.connect(self.forget)
        session.stepDone.connect(self.fill_comments)
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """The panel's texts, and its lists' words, in the interface language."""
        for index, text in enumerate((self.tr("修订建议"), self.tr("批注"), self.tr("未能定位"))):
            self.tabs.setTabText(index, text)
        for button, text in (
            (self.accept_button, self.tr("接受")),
            (self.reject_button, self.tr("拒绝")),
            (self.accept_all_button, self.tr("全部接受")),
            (self.reject_all_button, self.tr("全部拒绝")),
            (self.reply_button, self.tr("回复…")),
            (self.resolve_button, self.tr("标为已解决")),
        ):
            button.setText(text)
        self._show_source()
        self.fill_suggestions()
        self.fill_comments()

    def _suggestion_tab(self) -> QWidget:
        tab = QWidget(self)
        self.accept_button = QPushButton(tab)
        self.reject_button = QPushButton(tab)
        self.accept_all_button = QPushButton(tab)
        self.reject_all_button = QPushButton(tab)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.accept_all_button.clicked.connect(self.accept_everything)
        self.reject_all_button.clicked.connect(self.reject_everything)
        self.note = QLabel(tab)
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        for button in (
            self.accept_button,
            self.reject_button,
            self.accept_all_button,
            self.reject_all_button,
        ):
            row.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        return tab

    def _comment_tab(self) -> QWidget:
        tab = QWidget(self)
        self.reply_button = QPushButton(tab)
        self.resolve_button = QPushButton(tab)
        self.reply_button.clicked.connect(self.reply_current)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        row = QHBoxLayout()
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.comments, 1)
        layout.addLayout(row)
        return tab

    # -- a review ------------------------------------------------------------------------

    def show_review(self, review: Review) -> None:
        """Show a review just read; its comments go into the draft as one undo step."""
        self.review = review
        self.pending = list(review.suggestions)
        tree = self.session.tree
        after = comments_after(self.session.draft, review)
        if after:
            self.session.undo_stack.beginMacro(self.tr("带回批注"))
            for section_id, comments in after.items():
                if tree.has_section(section_id):
                    self.session.push(
                        CommentsCommand(tree, section_id, comments, self.tr("带回批注"))
                    )
            self.session.undo_stack.endMacro()
        self._show_source()
        self.fill_suggestions()
        self.fill_comments()
        self.tabs.setCurrentIndex(0)

    def _show_source(self) -> None:
        """Which review is shown and what it holds; the changes that found no place."""
        review = self.review
        self.unplaced.clear()
        if review is None:
            self.source.setText(self.tr("尚未带回审阅意见。"))
            return
        text = self.tr("“%1”：%2 条修订建议，%3 条批注，%4 处未能定位。")
        text = text.replace("%1", review.name).replace("%2", str(len(review.suggestions)))
        text = text.replace("%3", str(len(review.comments))).replace(
            "%4", str(len(review.unplaced))
        )
        self.source.setText(text)
        for change in review.unplaced:
            what = self._change_text(change.old_text, change.new_text)
            line = self.tr("%1（%2）：%3。上下文：…%4…")
            line = line.replace("%1", what).replace("%2", change.author or self.tr("未署名"))
            self.unplaced.addItem(
                line.replace("%3", tr_core(change.reason)).replace("%4", change.context)
            )
        for lost in review.unplaced_comments:
            self.unplaced.addItem(
                self.tr("批注（%1）：%2").replace("%1", lost.author).replace("%2", lost.text)
            )

    def forget(self) -> None:
        self.review, self.pending = None, []
        self._show_source()
        self.fill_suggestions()
        self.fill_comments()

    def _change_text(self, old: str, new: str) -> str:
        if old and new:
            return self.tr("“%1”改为“%2”").replace("%1", old).replace("%2", new).replace("\n", "↵")
        if new:
            return self.tr("插入“%1”").replace("%1", new).replace("\n", "↵")
        return self.tr("删除“%1”").replace("%1", old).replace("\n", "↵")

    def _place_name(self, section_id: str | None) -> str:
        if section_id is None:
            return self.tr("（开头）")
        tree = self.session.tree
        if not tree.has_section(section_id):
            return self.tr("（已删除的一节）")
        draft = self.session.draft
        return draft.number_of(section_id) + tree.section(section_id).heading

    def fill_suggestions(self) -> None:
        self.suggestions.clear()
        for s in self.pending:
            where = (
                self.tr("标题")
                if s.part is Part.HEADING
                else self.tr("第 %1 段").replace("%1", str((s.paragraph or 0) + 1))
            )
            what = (
                self.tr("“%1”格式改变").replace("%1", s.new_text)
                if s.format_only
                else self._change_text(s.old_text, s.new_text)
            )
            who = f"{s.author or self.tr('未署名')} {s.date.replace('T', ' ')[:16]}".strip()
            item = QListWidgetItem(f"{self._place_name(s.section_id)} {where}\n{what}\n{who}")
            item.setData(ROLE, s.id)
            self.suggestions.addItem(item)
        if self.pending:
            self.suggestions.setCurrentRow(0)
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(bool(self.pending))
        self.accept_all_button.setEnabled(bool(self.pending))
        self.reject_all_button.setEnabled(bool(self.pending))

    def current_suggestion(self) -> Suggestion | None:
        row = self.suggestions.currentRow()
        return self.pending[row] if 0 <= row < len(self.pending) else None

    def accept_current(self) -> bool:
        s = self.current_suggestion()
        if s is None:
            return False
        self.session.flush()
        draft = self.session.draft
        if not still_applies(draft, s):
            self.note.setText(
                self.tr("这条修订所在的文字已经改动，无法自动接受；请对照修改后点“拒绝”。")
            )
            return False
        self.note.clear()
        self.session.apply_edits([accept(draft, s)], self.tr("接受修订"))
        self.pending = shifted(self.pending, s)
        self.fill_suggestions()
        return True

    def reject_current(self) -> None:
        s = self.current_suggestion()
        if s is not None:
            self.pending = [p for p in self.pending if p is not s]
            self.note.clear()
            self.fill_suggestions()

    def accept_everything(self) -> int:
        self.session.flush()
        draft = self.session.draft
        fitting = [s for s in self.pending if still_applies(draft, s)]
        if fitting:
            self.session.apply_edits(accept_all(draft, fitting), self.tr("接受全部修订"))
        self.pending = [s for s in self.pending if s not in fitting]
        if self.pending:
            self.note.setText(
                self.tr("%1 条修订所在的文字已经改动，未接受。").replace(
                    "%1", str(len(self.pending))
                )
            )
        self.fill_suggestions()
        return len(fitting)

    def reject_everything(self) -> None:
        self.pending = []
        self.note.clear()
        self.fill_suggestions()

    def _go_to_suggestion(self, item: QListWidgetItem) -> None:
        s = next((p for p in self.pending if p.id == item.data(ROLE)), None)
        if s is not None:
            self.show_place(s.section_id)

    # -- comments ------------------------------------------------------------------------

    def fill_comments(self) -> None:
        current = self.comments.currentRow()
        self.comments.clear()
        self.comment_places: list[tuple[str, int]] = []
        for section in self.session.draft.walk():
            for index, comment in enumerate(section.comments):
                state = self.tr("已解决") if comment.resolved else self.tr("待处理")
                quote = f"“{comment.quote}”" if comment.quote else ""
                line = f"[{state}] {self._place_name(section.id)} {quote}\n{comment.author}：{comment.text}"
                for reply in comment.replies:
                    line += f"\n    ↳ {reply.author}：{reply.text}"
                self.comments.addItem(line)
                self.comment_places.append((section.id, index))
        if self.comment_places:
            self.comments.setCurrentRow(min(max(current, 0), len(self.comment_places) - 1))

    def _current_comment(self) -> tuple[str, int] | None:
        row = self.comments.currentRow()
        return self.comment_places[row] if 0 <= row < len(self.comment_places) else None

    def _change_comment(self, change: Callable[[Comment], None], text: str) -> None:
        place = self._current_comment()
        if place is None:
            return
        section_id, index = place
        comments = copy.deepcopy(self.session.tree.section(section_id).comments)
        change(comments[index])
        self.session.push(CommentsCommand(self.session.tree, section_id, comments, text))

    def reply_current(self, text: str | None = None) -> None:
        if self._current_comment() is None:
            return
        if text is None:
            text, ok = QInputDialog.getText(self, self.tr("回复批注"), self.tr("回复："))
            if not ok:
                return
        if not text.strip():
            return
        reply = Comment(
            author=self.author() or self.tr("起草人"), date=now_iso(), text=text.strip()
        )
        self._change_comment(lambda c: c.replies.append(reply), self.tr("回复批注"))

    def toggle_resolved(self) -> None:
        def flip(comment: Comment) -> None:
            comment.resolved = not comment.resolved

        self._change_comment(flip, self.tr("标记批注"))

    def _go_to_comment(self, _item: QListWidgetItem) -> None:
        place = self._current_comment()
        if place is not None:
            self.show_place(place[0])
