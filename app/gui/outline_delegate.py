"""How a row of the outline is painted: "一、heading … 共1585字".

The heading is elided so the 字数 (the model's COUNT_LABEL_ROLE) stays in view,
right-aligned in grey; past the section's 字数上限 (OVER_BUDGET_ROLE) the count is bold
in the error colour of the 规范检查 panel.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.document.tree_model import COUNT_LABEL_ROLE, OVER_BUDGET_ROLE

_COUNT_GAP = 12  # pixels between the heading and its 字数
OVER_BUDGET_COLOUR = QColor("#b3261e")  # the 规范检查 panel's colour of an error


class OutlineDelegate(QStyledItemDelegate):
    """Paints "一、heading … 共1234字": the heading elided, the 字数 right-aligned in grey
    (bold, in the error colour, past the section's 字数上限)."""

    def count_text(self, index: QModelIndex | QPersistentModelIndex) -> str:
        count = index.data(COUNT_LABEL_ROLE)
        return count if isinstance(count, str) else ""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        count, over = self.count_text(index), bool(index.data(OVER_BUDGET_ROLE))
        count_font = QFont(opt.font)
        count_font.setBold(over)
        count_width = QFontMetrics(count_font).horizontalAdvance(count) + _COUNT_GAP if count else 0
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        room = max(0, text_rect.width() - count_width)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if count:
            self._paint_count(painter, opt, text_rect, count, count_font, over)

    def _paint_count(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        count: str,
        font: QFont,
        over: bool,
    ) -> None:
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        painter.setPen(OVER_BUDGET_COLOUR if over and not selected else opt.palette.color(role))
        painter.setFont(font)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect.adjusted(0, 0, -4, 0), align, count)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        font = QFont(option.font)
        font.setBold(True)  # room for the bold count of a section past its 字数上限
        extra = QFontMetrics(font).horizontalAdvance(self.count_text(index)) + _COUNT_GAP
        return QSize(size.width() + extra, max(size.height(), option.fontMetrics.height() + 8))
