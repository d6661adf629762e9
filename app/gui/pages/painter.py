"""Paint one paginated page (app.core.pagination) on A4: the preview, the PDF and the
printer all draw with this, so they show the same pages.

Coordinates are twips from the paper's top-left corner; the caller's painter maps them
to its device (`twips_to_device`). Each line sits in its slot of the 22-line grid
(slot × layout.LINE_PITCH_TW under the text block's top), each span at its x in the
face, size and weight the export gives it (page_style), stretched or narrowed by letter
spacing to the width the paginator measured, so a face that Qt substitutes for a missing
one still keeps every character on its grid cell. The page number "— 1 —" prints under
the text block, right on odd pages and left on even ones (7.5).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter

from app.core import layout
from app.core.pagination import Line, Page, Span
from app.gui.pages.page_style import PageStyle, SpanFace

# The ideographic em box of a CJK face runs from -0.12 em to 0.88 em about the baseline
# (OpenType's ideographic baseline, as SimSun, 仿宋 and Noto CJK draw it), so its centre
# is 0.38 em above the baseline. A line's glyphs are centred in their slot on it, and
# the page number's dash (drawn at mid-em) sits on it at 7 mm under the text block.
IDEOGRAPHIC_CENTRE_EM = 0.38

TWIPS_PER_INCH = 1440
INK = QColor(0, 0, 0)
MARK = QColor(255, 236, 140)  # the preview's current paragraph, behind the text


def twips_to_device(painter: QPainter, device: QPaintDevice) -> None:
    """Scale `painter` so that one unit is one twip on `device` (its resolution)."""
    painter.scale(device.logicalDpiX() / TWIPS_PER_INCH, device.logicalDpiY() / TWIPS_PER_INCH)


def text_block_top(slot: int) -> float:
    """The top of a slot, in twips from the paper's top edge."""
    return layout.MARGIN_TOP_TW + slot * layout.LINE_PITCH_TW


def slot_at(y_tw: float) -> int | None:
    """The slot under a point `y_tw` twips below the paper's top, None outside the block."""
    slot = int((y_tw - layout.MARGIN_TOP_TW) // layout.LINE_PITCH_TW)
    return slot if 0 <= slot < layout.LINES_PER_PAGE else None


def _baseline(top_tw: float, height_tw: float, size_pt: float) -> float:
    centre = top_tw + height_tw / 2
    return centre + IDEOGRAPHIC_CENTRE_EM * size_pt * layout.TWIPS_PER_PT


class PagePainter:
    """Paints pages in one style; keeps the fonts it made for it."""

    def __init__(self, style: PageStyle) -> None:
        self.style = style
        self._fonts: dict[SpanFace, QFont] = {}

    def font(self, face: SpanFace) -> QFont:
        font = self._fonts.get(face)
        if font is None:
            font = QFont()
            font.setFamilies(list(face.families))
            font.setPixelSize(round(face.size_pt * layout.TWIPS_PER_PT))  # 1 unit = 1 twip
            font.setBold(face.bold)
            font.setItalic(face.italic)
            font.setUnderline(face.underline)
            font.setKerning(False)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._fonts[face] = font
        return font

    def paint(self, painter: QPainter, page: Page, marked: Collection[int] = ()) -> None:
        """Draw `page`; lines whose slot is in `marked` get a highlight behind them."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pitch = layout.LINE_PITCH_TW
        for slot in marked:
            rect = QRectF(layout.MARGIN_LEFT_TW, text_block_top(slot), layout.TEXT_WIDTH_TW, pitch)
            painter.fillRect(rect, MARK)
        painter.setPen(INK)
        for line in page.lines:
            top = text_block_top(line.slot)
            for span in line.spans:
                self._span(painter, span, line, top)
        self._page_number(painter, page.number)
        painter.restore()

    def _span(self, painter: QPainter, span: Span, line: Line, top: float) -> None:
        text = span.text.rstrip()
        if not text:
            return
        face = self.style.face(span, line)
        font = QFont(self.font(face))
        natural = QFontMetricsF(font).horizontalAdvance(text)
        if natural > 0:
            # A percentage of each advance: the PDF engine scales absolute spacing by its
            # resolution (measured: x15 at 1440 dpi), a percentage means the same anywhere.
            font.setLetterSpacing(
                QFont.SpacingType.PercentageSpacing, 100 * span.width_tw / natural
            )
        painter.setFont(font)
        x = layout.MARGIN_LEFT_TW + span.x_tw
        painter.drawText(QPointF(x, _baseline(top, layout.LINE_PITCH_TW, face.size_pt)), text)

    def _page_number(self, painter: QPainter, number: int) -> None:
        face = self.style.page_number_face()
        font = self.font(face)
        painter.setFont(font)
        text = layout.PAGE_NUMBER_FORMAT.format(n=number)
        width = QFontMetricsF(font).horizontalAdvance(text)
        if layout.page_number_is_right(number):
            x = layout.MARGIN_LEFT_TW + layout.TEXT_WIDTH_TW - layout.PAGE_NUMBER_INSET_TW - width
        else:
            x = layout.MARGIN_LEFT_TW + layout.PAGE_NUMBER_INSET_TW
        dash_centre = (
            layout.MARGIN_TOP_TW
            + layout.TEXT_HEIGHT_TW
            + layout.mm_to_twips(layout.PAGE_NUMBER_DASH_BELOW_MM)
        )
        baseline = dash_centre + IDEOGRAPHIC_CENTRE_EM * face.size_pt * layout.TWIPS_PER_PT
        painter.drawText(QPointF(x, baseline), text)


def paper_rect() -> QRectF:
    """A4 in twips."""
    return QRectF(0, 0, layout.PAGE_WIDTH_TW, layout.PAGE_HEIGHT_TW)
