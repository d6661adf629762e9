"""The list of results of 查找和替换: every match, with its place and the text around it.

A row has two lines, painted as the 规范检查 list paints a finding (check_rows): the
place ("一、（二）1.抓好……", "（标题）" after it for a match in the heading, 开头 for
the intro) and the text around the match, the match highlighted. The tooltip and the
screen reader get the match in 【】. At most MAX_LISTED rows; a last row says how many
there are in all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.core.model import Draft
from app.core.search import HEADING, INTRO, Match, MatchPlace, describe
from app.gui.check_rows import EXCERPT_ROLE, PLACE_ROLE, SPAN_ROLE, FindingRowDelegate

MATCH_ROLE = Qt.ItemDataRole.UserRole + 10  # a result row's Match
MAX_LISTED = 1000  # results listed at most (a one-character search in a long draft)


class ResultList(QListWidget):
    """The rows of a list of matches; `matches` is what it lists now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(FindingRowDelegate(self))
        self.setUniformItemSizes(True)
        self.setMinimumHeight(180)
        self.setAccessibleName(self.tr("查找结果"))
        self.setToolTip(self.tr("单击一处结果跳到该处"))
        self.matches: list[Match] = []

    def show_matches(self, draft: Draft, matches: list[Match]) -> None:
        """List these matches of this draft (as it is now)."""
        self.matches = list(matches)
        self.clear()
        for place in describe(draft, matches[:MAX_LISTED]):
            self.addItem(self._item(place))
        if len(matches) > MAX_LISTED:
            more = QListWidgetItem(
                self.tr("仅列出前 %1 处，共 %2 处。")
                .replace("%1", str(MAX_LISTED))
                .replace("%2", str(len(matches)))
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(more)

    def _item(self, place: MatchPlace) -> QListWidgetItem:
        match = place.match
        if match.section_id == INTRO:
            where = self.tr("开头")
        else:
            where = place.path + (place.heading or self.tr("（无标题）"))
            if match.field == HEADING:
                where += self.tr("（标题）")
        item = QListWidgetItem(where)
        item.setData(PLACE_ROLE, where)
        item.setData(EXCERPT_ROLE, place.before + place.text + place.after)
        item.setData(SPAN_ROLE, (len(place.before), len(place.text)))
        item.setData(MATCH_ROLE, match)
        marked = f"{place.before}【{place.text}】{place.after}"
        item.setToolTip(f"{where}\n{marked}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{where}：{marked}")
        return item

    @staticmethod
    def match_of(item: QListWidgetItem) -> Match | None:
        match = item.data(MATCH_ROLE)
        return match if isinstance(match, Match) else None

    def select(self, match: Match | None) -> None:
        """Mark a match's row as current (scrolled to); none for None or an unlisted one."""
        for row in range(self.count()):
            item = self.item(row)
            if match is not None and self.match_of(item) == match:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return
        self.clearSelection()
