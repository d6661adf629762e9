"""Where a page's text block sits on its sheet: A4 upright, or turned for a landscape page
(a wide table, GB/T 9704-2012 §8), in twips from the sheet's top-left corner as it is
printed (a landscape page is a landscape sheet in the PDF, as in LibreOffice's PDF of the
export). The preview, the PDF and the printer place lines with this, and a click on the
preview finds its line with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from app.core import layout
from app.core.pagination import Page

# LibreOffice 25.2 sets the body of the export's landscape section 3.5 pt lower than its
# top margin says (measured with pdfplumber on its rendering, stand-in fonts: the table's
# first rule 83.65 pt from the sheet's top where a portrait page puts it 0.75 pt under the
# block's top, 79.4 + 0.75 pt): the header that holds the page number's text box.
LANDSCAPE_BODY_DROP_TW = 70


@dataclass(frozen=True, slots=True)
class Sheet:
    """A page's sheet: its size, the text block's top-left corner, and its slot count."""

    width_tw: float
    height_tw: float
    left_tw: float
    top_tw: float
    text_width_tw: float
    lines: int
    landscape: bool

    def slot_top(self, slot: int) -> float:
        """The top of a slot, in twips from the sheet's top edge."""
        return self.top_tw + slot * layout.LINE_PITCH_TW

    def slot_at(self, y_tw: float) -> int | None:
        """The slot under a point `y_tw` twips below the sheet's top, None outside."""
        slot = int((y_tw - self.top_tw) // layout.LINE_PITCH_TW)
        return slot if 0 <= slot < self.lines else None

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width_tw, self.height_tw)


PORTRAIT = Sheet(
    layout.PAGE_WIDTH_TW,
    layout.PAGE_HEIGHT_TW,
    layout.MARGIN_LEFT_TW,
    layout.MARGIN_TOP_TW,
    layout.TEXT_WIDTH_TW,
    layout.LINES_PER_PAGE,
    False,
)
LANDSCAPE = Sheet(
    layout.PAGE_HEIGHT_TW,
    layout.PAGE_WIDTH_TW,
    layout.LANDSCAPE_MARGIN_LEFT_TW,
    layout.LANDSCAPE_MARGIN_TOP_TW + LANDSCAPE_BODY_DROP_TW,
    layout.LANDSCAPE_TEXT_WIDTH_TW,
    layout.LANDSCAPE_LINES_PER_PAGE,
    True,
)


def sheet_of(page: Page) -> Sheet:
    return LANDSCAPE if page.landscape else PORTRAIT
