"""How wide a character prints, and which renderer the line breaking follows.

The grid numbers (line width, pitch, the 字) come from app.core.layout; what is here is
what a *renderer* makes of them, measured on rendered pages (tests/test_pagination_render.py
renders with LibreOffice 25.2 and reads every glyph with pdfplumber).

Renderer differences, in this one place (RENDERER_DIFFERENCES below says them in words):

1. The 字 cell. Word divides the 156 mm line into 28 cells of layout.ZI_TW (15.79 pt).
   LibreOffice 25.2 makes its cell 15.744 pt = 314.9 twips (measured: 28 cells centred in
   the line, 0.25 mm in from each edge), rounds indents up to whole cells, and fits
   a few twips less than the full width on a line of mixed Chinese and Latin text
   (LIBREOFFICE_ROOM_SHORTFALL_TW).
2. Hanging punctuation. The export writes w:overflowPunct w:val="0" (no punctuation past
   the right edge, what Word and WPS do with it). LibreOffice reads the attribute the
   other way round and lets one of its zh-CN hanging marks (HANGING_MARKS) hang 5.5 mm
   into the margin, where Word pulls the previous character down instead. A line that
   hangs a mark in LibreOffice ends one character earlier in Word.
3. Latin letters and digits. They print at the real advance widths of the Latin font,
   on no grid cell. In 仿宋 (FangSong, 仿宋_GB2312) every ASCII character is half a 字
   (FANGSONG_LATIN_EM). Where 仿宋 is not installed (this machine and CI: only Noto CJK
   and DejaVu), LibreOffice prints Latin text in DejaVu Serif: measured advances in
   DEJAVU_SERIF_EM (digits 0.636 em = 10.18 pt at 三号, not 8 pt); with the stand-in
   fonts of the render tests, in FandolFang (FANDOL_FANG_EM: digits 0.5 em).
4. Space between Chinese and Latin text. Between a 汉字 and an ASCII letter or digit
   LibreOffice 25.2 adds AUTOSPACE_EM (measured 3.19 pt at 三号: "甲1乙" prints the 1
   3.2 pt after the cell of 甲 and 乙 3.2 pt after the 1), also where the export writes
   w:autoSpaceDE/DN="0" (the closing lines), which it ignores. None next to punctuation
   ("，1", "1）", "1%乙"). Word's own amount is not measured here; the Word profile uses
   the same figure.
5. Keep with next. Word keeps a paragraph's last line with the next paragraph and
   splits the paragraph as usual (with widow control, at least 2 lines each side).
   LibreOffice 25.2 moves a keep-with-next paragraph whole to the next page (measured:
   a 12-line last paragraph before the closing part, a 5-line one with widow control, a
   2-line heading at the foot of a page all moved whole). So under R2 the page before
   the closing part ends at most 2 lines early in Word, and by the whole last paragraph
   in LibreOffice.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from app.core import layout

# LibreOffice 25.2's grid cell for this document grid (docGrid linesAndChars, linePitch
# 579, charSpace -849, Normal 16 pt), measured from glyph positions in rendered PDFs.
LIBREOFFICE_CELL_TW = 314.9

# The gap LibreOffice puts between a 汉字 and an ASCII letter or digit, in em (point 4).
AUTOSPACE_EM = 0.2

# How much less than the 156 mm LibreOffice fits on a line of mixed text (point 1).
# Measured bounds: "选取6个党支部…的党建" (27 cells, "6" and two gaps: 8833.8 twips)
# fits; "+教育”发展…全覆盖" (23 cells, "+420 5G" and four gaps: 8836.0 twips) does not.
# So the room is 8834-8836 twips; 9 twips short of 8844 sits between. (A line of 28
# cells, 8817 twips, always fits.) With the stand-in fonts no shortfall shows: lines of
# 8838 and 8841 twips ("…就业率达97%，组织开展校园安全") fit, so that profile has none.
# The figure is fitted to these bounds, not explained: it is the first thing to look at
# when a new text disagrees by one character on a line with Latin text.
LIBREOFFICE_ROOM_SHORTFALL_TW = 9.0

# 仿宋 and 仿宋_GB2312 draw every ASCII character half a 字 wide (the usual default).
FANGSONG_LATIN_EM = 0.5

# DejaVu Serif advance widths in em (measured with pdfplumber at 16 pt, x1 - x0 of each
# glyph, LibreOffice 25.2 falling back from 仿宋_GB2312): what LibreOffice prints on a
# machine without the official fonts. Regular weight; bold is within 10 %.
_DEJAVU_ROWS = {
    0.274: "'",
    0.31: "j",
    0.317: ",.·",
    0.319: "il",
    0.336: "/:;\\|",
    0.337: "-",
    0.37: "f",
    0.39: "()[]",
    0.395: "I",
    0.4: "J",
    0.401: "!t",
    0.459: '"',
    0.478: "r",
    0.5: "*_`°",
    0.513: "s",
    0.526: "z",
    0.536: "?",
    0.56: "c",
    0.563: "x",
    0.564: "vy",
    0.591: "e",
    0.596: "a",
    0.602: "o",
    0.605: "k",
    0.636: "$0123456789{}",
    0.64: "bdgpq",
    0.644: "hnu",
    0.66: "Y",
    0.664: "L",
    0.666: "T",
    0.672: "P",
    0.685: "S",
    0.693: "F",
    0.694: "Z",
    0.711: "X",
    0.722: "AV",
    0.729: "E",
    0.734: "B",
    0.747: "K",
    0.752: "R",
    0.765: "C",
    0.798: "G",
    0.801: "D",
    0.819: "OQ",
    0.837: "#+<=>^~×±÷",
    0.842: "U",
    0.855: "w",
    0.872: "H",
    0.875: "N",
    0.89: "&",
    0.948: "m",
    0.95: "%",
    1.0: "@",
    1.023: "M",
    1.027: "W",
    0.318: " ",
}
DEJAVU_SERIF_EM: dict[str, float] = {ch: em for em, chars in _DEJAVU_ROWS.items() for ch in chars}
# A Latin character not measured (accented letters and the like): an average lower case.
DEJAVU_DEFAULT_EM = 0.6

# FandolFang Regular, the free 仿宋 stand-in of the render tests (tests/data/fonts.conf
# maps 仿宋_GB2312 to it): measured the same way. Digits are half a 字 as in 仿宋; letters
# are proportional; × ± ÷ are full width.
_FANDOL_ROWS = {
    0.278: "!',.:;[]|",
    0.283: "il",
    0.306: "f",
    0.311: "j",
    0.333: "-° ",
    0.35: "I",
    0.389: "()t",
    0.392: "r",
    0.394: "s",
    0.444: "ce",
    0.446: "z",
    0.472: "?",
    0.489: "a",
    0.5: '"$*/0123456789\\`go{}',
    0.508: "J",
    0.533: "kqvxy",
    0.556: "S",
    0.561: "bdhnpu",
    0.611: "Z^~",
    0.619: "L",
    0.647: "F",
    0.675: "EP",
    0.703: "B",
    0.722: "CT",
    0.728: "w",
    0.731: "R",
    0.739: "AHNUVXY",
    0.758: "D",
    0.767: "K",
    0.778: "+<=>@OQ_",
    0.781: "&",
    0.782: "G",
    0.833: "#%",
    0.839: "m",
    0.906: "M",
    1.0: "×±÷",
    1.017: "W",
}
FANDOL_FANG_EM: dict[str, float] = {ch: em for em, chars in _FANDOL_ROWS.items() for ch in chars}

# LibreOffice's zh-CN line-breaking data (i18npool localedata zh_CN.xml, read from
# liblocaledata_others.so of 25.2): marks that may not begin a line, may not end one, and
# may hang in the margin.
LO_FORBIDDEN_BEGIN = ":!),.:;?]}¢'\"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝︴︶︸︺︼︾﹀﹂﹄﹏､～￠々‖•·ˇˉ―-′’”"
LO_FORBIDDEN_END = "([{£¥'\"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝（｛“‘"
HANGING_MARKS = "!,.:;?、。！，．：；？"

RENDERER_DIFFERENCES = (
    "字格：Word 每格 15.79 pt（28 格正好占满 156 mm）；LibreOffice 25.2 每格 15.744 pt，"
    "首尾各留 0.25 mm，缩进按整格向上取整。",
    "标点悬挂：导出写 w:overflowPunct=0（Word/WPS：标点不出版心，行末的“，。”把前一字一起"
    "带到下一行）；LibreOffice 把它读反了，让一个“，。、；：？！”悬挂在版心外。",
    "西文与数字：按字体的实际宽度排，不占字格；仿宋中 ASCII 字符各半个字，未装仿宋时"
    "LibreOffice 用 DejaVu Serif（数字 0.636 字）。",
    "中西文间距：LibreOffice 在汉字与西文字母、数字之间各加 0.2 字（不理会导出写的 "
    "autoSpaceDE/DN=0）。",
    "与下段同页：Word 只把段落末行（开了孤行控制则至少两行）带到下一页；LibreOffice 把整段"
    "移到下一页。",
)


@dataclass(frozen=True, slots=True)
class Metrics:
    """One renderer's view of the grid: its cell, its Latin widths, its hanging rule.

    latin_em maps a Latin character to its advance in em of the font size; characters
    missing from it use latin_default_em.
    """

    name: str
    cell_tw: float
    latin_em: dict[str, float] = field(default_factory=dict)
    latin_default_em: float = FANGSONG_LATIN_EM
    hang_punctuation: bool = False
    cells_for_indents: bool = False  # LibreOffice rounds an indent up to whole cells
    autospace_em: float = AUTOSPACE_EM
    keep_next_moves_whole: bool = False  # point 5
    room_shortfall_tw: float = 0.0  # point 1

    @property
    def line_tw(self) -> float:
        """Room on a body line: the text width, less the renderer's shortfall."""
        return layout.TEXT_WIDTH_TW - self.room_shortfall_tw

    @property
    def grid_offset_tw(self) -> float:
        """Where the first cell starts: the cells are centred in the line."""
        return max(0.0, (layout.TEXT_WIDTH_TW - layout.CHARS_PER_LINE * self.cell_tw) / 2)

    def indent_tw(self, zi: float) -> float:
        """An indent of `zi` 字 as the export writes it (twips for LibreOffice) and as
        the renderer places it."""
        if not self.cells_for_indents:
            return zi * self.cell_tw
        written = int(zi * layout.ZI_FALLBACK_TW)  # app.core.export.ooxml.indent_xml
        cells = -(-written * 1000 // round(self.cell_tw * 1000))  # round up to whole cells
        return cells * self.cell_tw

    def latin_tw(self, ch: str, size_pt: float) -> float:
        return self.latin_em.get(ch, self.latin_default_em) * size_pt * layout.TWIPS_PER_PT


LIBREOFFICE = Metrics(
    name="libreoffice",
    cell_tw=LIBREOFFICE_CELL_TW,
    latin_em=DEJAVU_SERIF_EM,
    latin_default_em=DEJAVU_DEFAULT_EM,
    hang_punctuation=True,
    cells_for_indents=True,
    keep_next_moves_whole=True,
    room_shortfall_tw=LIBREOFFICE_ROOM_SHORTFALL_TW,
)
"""LibreOffice 25.2 rendering our .docx without the official fonts (tests and CI)."""

LIBREOFFICE_STANDIN = Metrics(
    name="libreoffice-standin",
    cell_tw=LIBREOFFICE_CELL_TW,
    latin_em=FANDOL_FANG_EM,
    latin_default_em=FANGSONG_LATIN_EM,
    hang_punctuation=True,
    cells_for_indents=True,
    keep_next_moves_whole=True,
)
"""LibreOffice 25.2 with the stand-in fonts of tests/data/fonts.conf (FandolFang for 仿宋)."""

WORD = Metrics(name="word", cell_tw=layout.ZI_TW)
"""Word / WPS with 仿宋 installed: 28 cells exactly, ASCII half a 字, no hanging."""

METRICS: dict[str, Metrics] = {m.name: m for m in (LIBREOFFICE, LIBREOFFICE_STANDIN, WORD)}


def is_wide(ch: str) -> bool:
    """A character that takes a grid cell: East-Asian wide or full-width."""
    return unicodedata.east_asian_width(ch) in "WF"


def is_weak(ch: str) -> bool:
    """Punctuation and symbols that take the script of the text around them (LibreOffice
    prints “ ” — … in the Chinese font, one cell each, inside Chinese text)."""
    return "\u2000" <= ch <= "\u2bff" and not is_wide(ch)
