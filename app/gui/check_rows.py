"""How one finding reads in the 规范检查 list: where it is, and its match in context.

A row has two lines. The first names the place: the section's path of numbers and its
heading ("一、（一）1.抓紧抓实作风建设"), 开头 for the intro, or the meta field (标题, 署名,
成文日期, 附件2: the core's place_label, translated). The second is the core's excerpt
with the matched text marked, so two findings in one text ("署名：××市××局", once for
each ××) read differently.

* `PlaceNames(outline)`: the place label of a Location; without an outline (a panel on
  its own) a section is named by the checker's `Finding.where`.
* `match_span(finding)`: where the matched text sits in `finding.excerpt`.
* `marked_excerpt(finding)`: the excerpt with the match in 【】 (tooltips, screen readers).
* `FindingRowDelegate`: paints a finding row's two lines, the match highlighted and kept
  in view when the dock is narrow; group rows are painted as usual.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.checks import Finding
from app.core.checks.base import excerpt
from app.core.model import Section
from app.core.place import Place, place_label
from app.gui.core_text import tr_core

PLACE_ROLE = Qt.ItemDataRole.UserRole + 3  # a finding row's first line: where it is
EXCERPT_ROLE = Qt.ItemDataRole.UserRole + 4  # its second line: the excerpt, one line
SPAN_ROLE = Qt.ItemDataRole.UserRole + 5  # (start, length) of the match in the excerpt

_MATCH_BACKGROUND = QColor("#fde68a")
_MATCH_TEXT = QColor("#1f1f1f")
_PLACE_TEXT = QColor("#5f6368")
_PAD_X, _PAD_Y, _LINE_GAP = 4, 4, 2


class SectionPaths(Protocol):
    """What the names need of the outline model (SectionTreeModel has these look-ups)."""

    def has_section(self, section_id: str) -> bool: ...
    def section(self, section_id: str) -> Section: ...
    def parent_id(self, section_id: str) -> str | None: ...
    def number_of(self, section_id: str) -> str: ...


class PlaceNames:
    """The first line of a finding row: where in the draft the finding is."""

    def __init__(self, outline: SectionPaths | None = None) -> None:
        self.outline = outline
        self._known: dict[tuple[str | None, str, int], str] = {}

    def forget(self) -> None:
        """Before naming a new list of findings: numbers and headings may have changed."""
        self._known.clear()

    def label(self, finding: Finding) -> str:
        """The place's label; one look-up per text of the draft until `forget`."""
        location = finding.location
        key = (location.section_id, location.field, location.paragraph)
        label = self._known.get(key)
        if label is None:
            label = self._known[key] = self._label(finding)
        return label

    def _label(self, finding: Finding) -> str:
        location = finding.location
        field = Place(location.field)
        if field.is_meta or field == Place.INTRO:
            return tr_core(place_label(field, location.paragraph))
        outline, section_id = self.outline, location.section_id
        if outline is None or not section_id or not outline.has_section(section_id):
            # A panel on its own, or a stale finding: the checker's label of the place.
            return tr_core(finding.where) or QCoreApplication.translate("CheckPanel", "全文")
        heading = outline.section(section_id).heading.strip()
        return self.path(outline, section_id) + (
            heading or QCoreApplication.translate("CheckPanel", "（无标题）")
        )

    @staticmethod
    def path(outline: SectionPaths, section_id: str) -> str:
        """The numbers of the section and its ancestors, outermost first ("一、（一）1.")."""
        numbers: list[str] = []
        current: str | None = section_id
        while current is not None:
            numbers.append(outline.number_of(current))
            current = outline.parent_id(current)
        return "".join(reversed(numbers))


def match_span(finding: Finding) -> tuple[int, int] | None:
    """(start, length) of the matched text in `finding.excerpt`, None when there is none
    or the excerpt does not show it (an empty text reads "（空）").

    The excerpt's cut depends only on the offset, so the core's own `excerpt` of the text
    before the match, as long as the match's offset, is exactly what precedes the match in
    the finding's excerpt (the width of the context stays the core's to choose).
    """
    if not finding.matched:
        return None  # nothing to mark (an empty heading)
    location = finding.location
    start = len(excerpt("\0" * location.offset, location.offset, 0))
    length = len(finding.matched)
    if finding.excerpt[start : start + length] != finding.matched:
        return None
    return start, length


def one_line(text: str) -> str:
    """A text for one line of a list: a line break (a title of two lines) shows as ↵."""
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "↵").replace("\n", "↵").replace("\r", "↵")


def marked_excerpt(finding: Finding, span: tuple[int, int] | None = None) -> str:
    """The excerpt with the matched text in 【】: "××市【××】局" (`span`: match_span's answer
    when the caller has it)."""
    text = one_line(finding.excerpt)
    span = span or match_span(finding)
    if span is None:
        return text
    start, length = span
    return f"{text[:start]}【{text[start : start + length]}】{text[start + length :]}"


def row_height(metrics: QFontMetrics) -> int:
    """A finding row: two lines of text with air around them."""
    return 2 * metrics.height() + _LINE_GAP + 2 * _PAD_Y


class FindingRowDelegate(QStyledItemDelegate):
    """Paints rows that carry PLACE_ROLE as two lines; other rows as the style does."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        place = index.data(PLACE_ROLE)
        if not isinstance(place, str):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the style draws the background, selection and focus only
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        font = QFont(opt.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.save()
        painter.setFont(font)
        painter.setPen(text_colour if selected else _PLACE_TEXT)
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(place, Qt.TextElideMode.ElideRight, rect.width()),
        )
        second = QRect(rect.left(), rect.top() + line + _LINE_GAP, rect.width(), line)
        text = str(index.data(EXCERPT_ROLE) or "")
        span = index.data(SPAN_ROLE)
        _draw_excerpt(painter, second, text, span, text_colour, font)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if isinstance(index.data(PLACE_ROLE), str):
            return QSize(0, row_height(QFontMetrics(option.font)))
        return super().sizeHint(option, index)


def _draw_excerpt(
    painter: QPainter, rect: QRect, text: str, span: object, colour: QColor, font: QFont
) -> None:
    """The excerpt on one line, the match bold on a light background. When the line is too
    narrow the context is cut on both sides (… marks a cut) so the match stays in view."""
    metrics = QFontMetrics(font)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if not (isinstance(span, (tuple, list)) and len(span) == 2):
        painter.setPen(colour)
        painter.drawText(
            rect, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        )
        return
    start, length = int(span[0]), int(span[1])
    before, match, after = text[:start], text[start : start + length], text[start + length :]
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    width = rect.width()
    match = bold_metrics.elidedText(match, Qt.TextElideMode.ElideRight, width)
    match_width = bold_metrics.horizontalAdvance(match)
    room = max(0, width - match_width)
    after_width = metrics.horizontalAdvance(after)
    # The text before the match gets what the text after leaves, and at least half.
    before = metrics.elidedText(
        before, Qt.TextElideMode.ElideLeft, max(room // 2, room - after_width)
    )
    before_width = metrics.horizontalAdvance(before)
    after = metrics.elidedText(after, Qt.TextElideMode.ElideRight, max(0, room - before_width))
    x = rect.left()
    painter.setPen(colour)
    painter.drawText(QRect(x, rect.top(), before_width, rect.height()), flags, before)
    x += before_width
    mark = QRect(x, rect.top(), max(match_width, 2), rect.height())
    painter.fillRect(mark, _MATCH_BACKGROUND)
    painter.setFont(bold)
    painter.setPen(_MATCH_TEXT)
    painter.drawText(mark, flags, match)
    painter.setFont(font)
    x += match_width
    painter.setPen(colour)
    painter.drawText(QRect(x, rect.top(), rect.right() - x + 1, rect.height()), flags, after)
