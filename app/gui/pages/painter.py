"""Paint one paginated page (app.core.pagination) on A4: the preview, the PDF and the
printer all draw with this, so they show the same pages.

Coordinates are twips from the paper's top-left corner; the caller's painter maps them
to its device (`twips_to_device`). Each line sits in its slot of the 22-line grid
(slot × layout.LINE_PITCH_TW under the text block's top), each span at its x in the
face, size and weight the export gives it (page_style), stretched or narrowed by letter
spacing to the width the paginator measured, so a face that Qt substitutes for a missing
one still keeps every character on its grid cell; a justified paragraph's lines but its
last fill the line, as the renderers stretch them. The page number "— 1 —" prints under
the text block, right on odd pages and left on even ones (7.5). A table's lines, rules
and centred cells are placed as the renderers print them (table_paint); a landscape page
is drawn on a turned sheet (sheet.py) with its number along the sheet's bottom edge.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

import app.core.pagination.linebreak as linebreak
from app.core import layout
from app.core.export.sections import number_box
from app.core.pagination import LIBREOFFICE, Line, Metrics, Page, Span
from app.core.printed.model import Role
from app.gui.pages.page_style import PageStyle, SpanFace
from app.gui.pages.sheet import sheet_of
from app.gui.pages.table_paint import RULE_WIDTH_TW, Rule, table_geometry

# Where a line's baseline sits in its slot, as LibreOffice 25.2 prints the export's exact
# lines (measured with pdfplumber on its rendering with the stand-in fonts, at the glyphs'
# origins, not their boxes, which the two PDF writers describe differently): 三号 body
# and heading baselines 452.6 twips under the slot's top, 0.394 em of their size above its
# bottom, the same for a table's 四号 cell lines (table_paint); the 二号 title's 472,
# 0.243 em (its face's descent is another).
BASELINE_ABOVE_SLOT_BOTTOM_EM = 0.394
TITLE_BASELINE_ABOVE_SLOT_BOTTOM_EM = 0.243
# The ideographic em box of a CJK face runs from -0.12 em to 0.88 em about the baseline
# (OpenType's ideographic baseline, as SimSun draws it), so its centre, where the page
# number's dash is drawn, is 0.38 em above the baseline: the dash lands 7 mm under the
# text block (7.5).
IDEOGRAPHIC_CENTRE_EM = 0.38
# Lines off the character grid: their 字 is the font size (app.core.pagination: grid=False).
OFF_GRID_ROLES = frozenset({Role.TITLE, Role.TABLE})
# Lines set justified (the export's jc="both"): every line of such a paragraph but its
# last fills the line, as Word and LibreOffice stretch it.
JUSTIFIED_ROLES = frozenset(
    {Role.INTRO, Role.RECIPIENT, Role.HEADING, Role.RUN_IN, Role.BODY, Role.ATTACHMENT}
)

TWIPS_PER_INCH = 1440
INK = QColor(0, 0, 0)
MARK = QColor(255, 236, 140)  # the preview's current paragraph, behind the text


def twips_to_device(painter: QPainter, device: QPaintDevice) -> None:
    """Scale `painter` so that one unit is one twip on `device` (its resolution)."""
    painter.scale(device.logicalDpiX() / TWIPS_PER_INCH, device.logicalDpiY() / TWIPS_PER_INCH)


def _baseline(bottom_tw: float, size_pt: float, role: Role) -> float:
    """The baseline of a line in `role` whose line box ends at `bottom_tw`."""
    em = (
        TITLE_BASELINE_ABOVE_SLOT_BOTTOM_EM if role == Role.TITLE else BASELINE_ABOVE_SLOT_BOTTOM_EM
    )
    return bottom_tw - em * size_pt * layout.TWIPS_PER_PT


def _stretch(line: Line, line_end_tw: float) -> float:
    """How much a justified line's spans widen to fill it (1: not at all)."""
    if not line.spans:
        return 1.0
    start = line.spans[0].x_tw
    end = line.spans[-1].x_tw + line.spans[-1].width_tw
    return (line_end_tw - start) / (end - start) if start < end < line_end_tw else 1.0


def _draw_words(painter: QPainter, font: QFont, x: float, baseline: float, text: str) -> None:
    """Draw `text` without its spaces, each word where it falls. Qt's PDF writer names a
    glyph by the lowest code point the font maps to it, and many faces map control
    characters to the space glyph: a drawn space reads back as U+0001 or a tab, where a
    gap reads back as a space."""
    painter.setFont(font)
    if " " not in text:
        painter.drawText(QPointF(x, baseline), text)
        return
    metrics = QFontMetricsF(font)
    start = 0
    for word in text.split(" "):
        if word:
            left = metrics.horizontalAdvance(text[:start]) if start else 0.0
            painter.drawText(QPointF(x + left, baseline), word)
        start += len(word) + 1


def _on_grid(widths: list[float], gaps: dict[int, float], i: int, cell: float) -> bool:
    return abs(widths[i] - gaps.get(i, 0.0) - cell) < 0.01


def ends_paragraph(lines: tuple[Line, ...], index: int, following: Page | None) -> bool:
    """Whether lines[index] is the last line of its printed paragraph."""
    after = lines[index + 1] if index + 1 < len(lines) else None
    if after is None and following is not None and following.lines:
        after = following.lines[0]
    return after is None or after.block != lines[index].block


class PagePainter:
    """Paints pages in one style; keeps the fonts it made for it."""

    def __init__(self, style: PageStyle, metrics: Metrics = LIBREOFFICE) -> None:
        """`metrics`: the renderer the pages were broken for (Pagination.metrics), whose
        character cells say where a full line ends."""
        self.style, self.metrics = style, metrics
        self.line_end_tw = metrics.grid_offset_tw + layout.CHARS_PER_LINE * metrics.cell_tw
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

    def paint(
        self,
        painter: QPainter,
        page: Page,
        marked: Collection[int] = (),
        following: Page | None = None,
    ) -> None:
        """Draw `page` on its sheet (sheet.sheet_of: a landscape page on a turned one);
        lines whose slot is in `marked` get a highlight behind them. `following`: the
        next page, whose first line may continue a paragraph."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        sheet = sheet_of(page)
        pitch = layout.LINE_PITCH_TW
        for slot in marked:
            rect = QRectF(sheet.left_tw, sheet.slot_top(slot), sheet.text_width_tw, pitch)
            painter.fillRect(rect, MARK)
        tables = table_geometry(page.lines, sheet.left_tw, sheet.top_tw)
        painter.setPen(INK)
        for index, line in enumerate(page.lines):
            top = sheet.slot_top(line.slot)
            stretch = 1.0
            if line.role in JUSTIFIED_ROLES and not ends_paragraph(page.lines, index, following):
                stretch = _stretch(line, self.line_end_tw)
            start = line.spans[0].x_tw if line.spans else 0.0
            for k, span in enumerate(line.spans):
                x = sheet.left_tw + start + (span.x_tw - start) * stretch
                bottom = top + layout.LINE_PITCH_TW
                if index in tables.tops:  # a cell line, as the renderers set it
                    bottom = tables.line_top(index, k) + layout.TABLE_LINE_TW
                self._span(painter, span, line, bottom, x, span.width_tw * stretch)
        self._rules(painter, tables.rules)
        if sheet.landscape:
            self._turned_page_number(painter, page.number)
        else:
            self._page_number(painter, page.number)
        painter.restore()

    def _rules(self, painter: QPainter, rules: Collection[Rule]) -> None:
        if not rules:
            return
        pen = QPen(INK, RULE_WIDTH_TW)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for rule in rules:
            painter.drawLine(QLineF(rule.x0, rule.y0, rule.x1, rule.y1))
        painter.setPen(INK)

    def _span(
        self,
        painter: QPainter,
        span: Span,
        line: Line,
        bottom: float,
        x_tw: float,
        width_tw: float,
    ) -> None:
        """One span from `x_tw` on the sheet, on the line box that ends at `bottom`."""
        text = span.text.rstrip()
        if not text:
            return
        face = self.style.face(span, line)
        base = self.font(face)
        baseline = _baseline(bottom, face.size_pt, line.role)
        runs = self._runs(text, face.size_pt, line.role)
        total = sum(width for _start, _end, _gap, width in runs)
        scale = width_tw / total if total > 0 else 1.0
        x = x_tw
        for start, end, gap, width in runs:
            piece = text[start:end]
            font = QFont(base)
            natural = QFontMetricsF(font).horizontalAdvance(piece)
            if natural > 0:
                # A percentage of each advance: the PDF engine scales absolute spacing by
                # its resolution (measured: x15 at 1440 dpi); a percentage means the same
                # on every device.
                font.setLetterSpacing(
                    QFont.SpacingType.PercentageSpacing, 100 * (width - gap) * scale / natural
                )
            _draw_words(painter, font, x + gap * scale, baseline, piece)
            x += width * scale

    def _runs(self, text: str, size_pt: float, role: Role) -> list[tuple[int, int, float, float]]:
        """The text in runs of one kind (grid cells, or Latin at its own widths), each as
        (start, end, the Chinese-Latin gap before it, its width with the gap), from the
        paginator's own character widths, so digits in Chinese text sit where the
        renderer puts them."""
        cell = self.metrics.cell_tw if role not in OFF_GRID_ROLES else size_pt * layout.TWIPS_PER_PT
        widths, gaps = linebreak.char_widths(text, size_pt, cell, self.metrics)
        if widths is None:
            return [(0, len(text), 0.0, cell * len(text))]
        runs: list[tuple[int, int, float, float]] = []
        start = 0
        for i in range(1, len(text) + 1):
            if (
                i < len(text)
                and i not in gaps
                and _on_grid(widths, gaps, i, cell) == _on_grid(widths, gaps, i - 1, cell)
            ):
                continue
            runs.append((start, i, gaps.get(start, 0.0), sum(widths[start:i])))
            start = i
        return runs

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
        _draw_words(painter, font, x, baseline, text)

    def _turned_page_number(self, painter: QPainter, number: int) -> None:
        """A landscape page's number where the export's header puts it (sections.py): on
        the sheet's left margin, reading downwards, near the foot of an odd page and the
        head of an even one (GB/T 9704-2012 §8: where every page has it)."""
        face = self.style.page_number_face()
        font = self.font(face)
        text = layout.PAGE_NUMBER_FORMAT.format(n=number)
        width = QFontMetricsF(font).horizontalAdvance(text)
        box = number_box(odd=number % 2 == 1)
        centre = box.left + box.width / 2
        baseline = centre - IDEOGRAPHIC_CENTRE_EM * face.size_pt * layout.TWIPS_PER_PT
        start = box.top + box.height - width if box.jc == "right" else box.top
        painter.save()
        painter.translate(baseline, start)
        painter.rotate(90)  # the text runs down the sheet, its tops to the right
        _draw_words(painter, font, 0.0, 0.0, text)
        painter.restore()
