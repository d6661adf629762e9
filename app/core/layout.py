"""Every number of the GB/T 9704-2012 page layout, in one place.

The .docx exporter reads these, and so will a page preview: nothing else in the code
repeats a margin, a pitch or a font size. Sources are the spec sheet
(../shared/spec/gbt9704.md, section numbers given as "spec §n"); points the spec marks
UNCERTAIN carry the decision and the measurement that settled it.

Units: OOXML lengths are twips (1/20 pt, 1 mm = 56.693 twips); font sizes are points;
`w:sz` is half-points. Functions at the bottom convert for a preview.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

TWIPS_PER_PT = 20
MM_PER_INCH = 25.4
TWIPS_PER_MM = 1440 / MM_PER_INCH  # 56.693


def mm_to_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def twips_to_mm(twips: float) -> float:
    return twips / TWIPS_PER_MM


def twips_to_pt(twips: float) -> float:
    return twips / TWIPS_PER_PT


# -- paper and margins (spec §2, [STD] 5.1 / 5.2.1) --------------------------------------

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297  # A4
MARGIN_TOP_MM = 37  # 天头
MARGIN_BOTTOM_MM = 35  # 297 - 37 - 225
MARGIN_LEFT_MM = 28  # 订口
MARGIN_RIGHT_MM = 26  # 210 - 28 - 156
TEXT_WIDTH_MM, TEXT_HEIGHT_MM = 156, 225  # 版心

PAGE_WIDTH_TW = mm_to_twips(PAGE_WIDTH_MM)  # 11906
PAGE_HEIGHT_TW = mm_to_twips(PAGE_HEIGHT_MM)  # 16838
MARGIN_TOP_TW = mm_to_twips(MARGIN_TOP_MM)  # 2098
MARGIN_BOTTOM_TW = mm_to_twips(MARGIN_BOTTOM_MM)  # 1984
# 1587.4 rounds to 1587 (python-docx truncates the same way); Word itself writes 1588 in
# its 公文 template. 1588 makes the text width 8844 = 156.0 mm exactly, which is what
# the character grid below divides, so we follow Word.
MARGIN_LEFT_TW = mm_to_twips(MARGIN_LEFT_MM) + 1  # 1588
MARGIN_RIGHT_TW = mm_to_twips(MARGIN_RIGHT_MM)  # 1474
TEXT_WIDTH_TW = PAGE_WIDTH_TW - MARGIN_LEFT_TW - MARGIN_RIGHT_TW  # 8844
TEXT_HEIGHT_TW = PAGE_HEIGHT_TW - MARGIN_TOP_TW - MARGIN_BOTTOM_TW  # 12756

# -- lines and characters (spec §3, [STD] 5.2.3: 22 lines x 28 characters) ----------------

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28

# The largest whole-twip pitch that fits 22 lines into the 225 mm block: 12756 // 22 = 579
# (28.95 pt). 580 would need 12760 twips: only 21 lines fit. Rendered: 22 lines per full
# page in LibreOffice 25.2 (tests/test_export_render.py).
LINE_PITCH_TW = TEXT_HEIGHT_TW // LINES_PER_PAGE  # 579

BODY_PT = 16.0  # 三号 (spec §1 table)
TITLE_PT = 22.0  # 二号
PAGE_NUMBER_PT = 14.0  # 四号

# Character grid (spec §3.2): Word's own 公文 templates use a "lines and characters"
# document grid; Word and WPS show it as 每行 28 字 / 每页 22 行 in Page Setup, which is
# what a formatting reviewer looks at. charSpace is (pitch - Normal font size) x 4096 in
# 1/4096 pt; floor keeps 28 cells inside the line (Word writes -849 for these margins).
# UNCERTAIN in the spec (grid vs condensed -0.25 pt spacing): chose the grid. Measured:
# LibreOffice 25.2 renders it 22 x 28 (condensed spacing would also work in LibreOffice
# 7.4, but Word would then show no 28-character grid and the two together break).
CHAR_PITCH_PT = twips_to_pt(TEXT_WIDTH_TW) / CHARS_PER_LINE  # 15.793
CHAR_SPACE = math.floor((CHAR_PITCH_PT - BODY_PT) * 4096)  # -849

# One 字 as an absolute length for the places that need twips: the character pitch.
ZI_TW = TEXT_WIDTH_TW / CHARS_PER_LINE  # 315.86

# Word reads the *Chars indents (hundredths of a 字) and ignores the absolute twips next
# to them; LibreOffice ignores *Chars and uses the twips. Measured in LibreOffice 25.2: its
# grid cell is 15.744 pt = 314.9 twips (28 cells centred in the line, 0.25 mm in from each
# edge); an indent of 620 twips put the first glyph 0.2 mm left of the third grid column;
# 632 twips made it 3 cells (NOTES.md). So the fallback is a whole number of LibreOffice
# cells, rounded down.
ZI_FALLBACK_TW = 314.8

FIRST_LINE_INDENT_ZI = 2  # 7.3.3: 每个自然段左空二字

# -- title block (spec §5.1) -----------------------------------------------------------------

# Title line pitch, UNCERTAIN (28.95 pt / 35 pt / 28 pt in practice): the body line pitch.
# A 35 pt title line pushes the body off the 22-line grid, so page 1 loses a line.
TITLE_LINE_TW = LINE_PITCH_TW
BLANK_LINES_AFTER_TITLE = 1  # practice: one blank body line between title and body

# Title lines (7.3.1: 回行时要做到词意完整，排列对称，长短适宜，梯形或菱形). A 二号 (22 pt)
# character is off the character grid (the Title style has snapToGrid off), so the title
# line holds 156 mm / 22 pt = 442.2 / 22 = 20.1 -> 20 字. A title typed on one line and
# wider than that is broken between words into balanced lines by
# app.core.export.title_lines (the writer and the paginator both call it); a title the
# user broke keeps their lines.
TITLE_LINE_ZI = math.floor(twips_to_pt(TEXT_WIDTH_TW) / TITLE_PT)  # 20
# Orientation, UNCERTAIN in the spec (§4.1, §11 point 5): one guide asks two-line titles
# 上长下短 and warns against 上短下长 and equal lines; the others only ask for balance.
# Chose 上长下短 by about 2 字 (a gentle 倒梯形), the shape of most published 通知 titles
# ("关于印发《…》" over "…的通知"); a longer bottom line is allowed at double the cost.
TITLE_TOP_LONGER_ZI = 2
# A "title" wider than this many lines is text pasted into the title field: it is left as
# one paragraph for the renderer to wrap (no balance is possible, and nothing is lost).
TITLE_MAX_LINES = 4

# -- 附件说明 (7.3.4, spec §5.3) --------------------------------------------------------------

# "附件：" is 3 字, "1." two half-width glyphs = 1 字. Wrapped names align with the name.
ATTACHMENT_FIRST_ZI = 2  # 左空二字
ATTACHMENT_LABEL = "附件："
ATTACHMENT_LABEL_ZI = 3
ATTACHMENT_NUMBER_ZI = 1  # "1." under the grid

# -- 署名 and 成文日期 (7.3.5, spec §5.4) ------------------------------------------------------

SIGNATURE_RIGHT_ZI = 2  # 7.3.5.2 unsealed: 署名右空二字
DATE_OFFSET_ZI = 2  # date starts 2 字 right of the 署名's first character
SEALED_DATE_RIGHT_ZI = 4  # 7.3.5.1 sealed: 成文日期右空四字
BLANK_LINES_BEFORE_SIGNATURE = 1  # unsealed: 正文（或附件说明）下空一行
# Sealed, UNCERTAIN (practice says 2-3 lines): the seal is 42 mm = 4.1 lines high, its top
# within one line under the body, and 署名 + date sit a little below its centre. With two
# blank lines the pair's centre is 3.0 lines under the body and the seal's 2.6: as 7.3.5.1
# asks. Three lines would force the seal's top more than one line down.
BLANK_LINES_BEFORE_SIGNATURE_SEALED = 2

# -- placement rules: how paragraphs land on pages -----------------------------------------
# The .docx writer (app.core.export.body) writes these as keep properties, and the
# paginator (app.core.pagination) applies the same rules when it lays out pages; a rule
# changed here must change in both.

# R1, headings keep with the next paragraph (w:keepNext). A heading of levels 1–4 (deeper
# levels print as level 4), and any heading line printed on its own (a run-in item with
# no body text), is never the last line of a page: a reviewer sends back a page that ends
# with "（二）……" and continues on the next. Written on the four heading styles; a run-in
# paragraph, which carries body text after its lead, switches it off (w:keepNext val=0),
# since it is a body paragraph to the reader.
HEADING_KEEPS_WITH_NEXT = True

# R2, the closing part never stands alone on a page and never splits. The closing part is
# 附件说明, 署名 and 成文日期 with the blank lines the spec puts before them (7.3.4:
# 正文下空一行; 7.3.5.2: one blank line before the 署名, two when sealed). Its paragraphs
# keep together: keepNext on each but the last, keepLines on each. The last body
# paragraph keeps with it (keepNext) and, on that paragraph alone, widow control is on:
# the body style has it off so every page fills 22 lines (NOTES.md: on, it left 21-line
# pages), so without it a keepNext would be met by the paragraph's last line alone. With
# it the page that holds the closing part starts with at least the last
# CLOSING_PULLS_BODY_LINES lines of that paragraph. Word moves only the lines it must
# (ECMA-376 17.3.1.15: the paragraph is "at least partly rendered on the same page as
# the following paragraph"), so the page before ends at most that many lines early.
# LibreOffice's own figure, measured with 25.2: it moves a keepNext paragraph that would
# fit on the page whole, with the headings kept with it, so there the page before ends
# as early as that chain is long (the sample's 12-line last paragraph: 7 lines left on
# its page). The rule is Word's; the render tests know LibreOffice's reading of it.
# 7.3.5.5 says: when the 署名 and 成文日期 cannot follow the body on one page, 可以采取
# 调整行距、字距的措施加以解决 (adjust line or character spacing) so the closing part is
# not left on a page by itself ("此页无正文" is the makeshift the standard rules out).
# Pulling lines was chosen over spacing: changing the pitch breaks the 22-line x 28-字
# grid that every other page keeps (5.2.3) and that a reviewer checks with a ruler, and
# Word and LibreOffice would each squeeze differently; pulling two lines keeps every page
# on the grid, is what Word's own widow/keep rules do, and costs the page before at most
# two lines.
CLOSING_KEEPS_TOGETHER = True
CLOSING_PULLS_BODY_LINES = 2  # widow control: a paragraph's last page part has >= 2 lines

# R3, titles break between words into balanced lines: TITLE_LINE_ZI above and
# app.core.export.title_lines.

# R4, the lead of a run-in item (一是…。 followed by body text in one paragraph, spec
# §5.2): "kaiti" prints it in its level's heading face, which is 楷体 for the second
# level where 一是 items sit (7.3.3 as the spec reads it; a first-level run-in stays 黑体);
# "bold-fangsong" prints it in the body face (仿宋) in bold, as many units do (issue 10).
RUN_IN_LEAD_CHOICES = ("kaiti", "bold-fangsong")
RUN_IN_LEAD_DEFAULT = "kaiti"

# -- appendices (7.3.7) -------------------------------------------------------------------------
# "附件应当另面编排…"附件"二字及附件顺序号用3号黑体字顶格编排在版心左上角第一行。附件标题居中编排
# 在版心第三行…附件格式要求同正文" (GB/T 9704-2012 7.3.7; the third line quoted at
# appcake.net/ldjh/bzzs/65372.html, the label 顶格 at dawenbaishu.com/article/161232.html).
APPENDIX_LABEL = "附件"
APPENDIX_TITLE_LINE = 3  # the title on the 版心's third line: one blank line between

# -- tables (issue 13) -------------------------------------------------------------------------
# GB/T 9704-2012 sets no size, face or rule weight for a table; it only says where a landscape
# A4 table goes (clause 8, below). The figures follow common practice for tables inside 公文:
#   text 四号 仿宋 ("常用字号为四号或小四号…不得小于五号字": mogufr.com/zxwd/202507/474254.html;
#     "标准未对表格内字体大小做出硬性规定…不应小于五号字": zu.78tp.com/i/gong-wen-word-biao-ge-zhong-de-zi-ti-da-xiao.html;
#     三号 is also seen, 四号 fits a 5-column 完成情况表 without breaking every cell);
#   rules: single lines 0.5 pt ("单实线，宽度为0.5磅": sdggjc.com/a14e043e5843e13f/187a947d36680ad0.html;
#     "0.5-0.75磅": wugongdong.com/b/word-biao-ge-gong-wen-ge-shi.html);
#   header row bold 仿宋, centred ("表头文字：可使用黑体或加粗仿宋": sdggjc.com, as above), repeated on
#     every page ("跨页表格需重复表头": fudaoke.com/exam/2240878.html);
#   numbers right-aligned, other text left ("数字内容：右对齐…表头文字：居中": zu.78tp.com/i/
#     gong-wen-word-zhong-biao-ge-ge-shi-biao-zhun.html; fudaoke.com, as above);
#   caption above the table, centred, bold ("表格上方应有标题，字体为黑体或加粗宋体…居中":
#     mogufr.com, as above): here in the body face, bold, 三号;
#   row lines on the body's line pitch ("行高…固定值28-30磅": wugongdong.com, as above): one
#     cell line is one of the page's 22 lines, so the page count stays exact.
TABLE_TEXT_PT = 14.0  # 四号
TABLE_BORDER_EIGHTHS = 4  # w:sz in eighths of a point: 0.5 pt single lines
TABLE_BORDER_TW = TABLE_BORDER_EIGHTHS * TWIPS_PER_PT // 8  # 10
# A row of one line is one line of the page grid: LibreOffice 25.2 adds the rule under a row
# to its height (measured: rows of 579-twip lines came out 29.45 pt apart), so the cell
# line is the pitch less the rule. A row of n lines is then n pitches less (n-1) rules.
TABLE_LINE_TW = LINE_PITCH_TW - TABLE_BORDER_TW  # 569
TABLE_CELL_MARGIN_TW = 85  # left/right cell padding, 1.5 mm (Word's default is 108, 1.9 mm)
TABLE_CAPTION_BOLD = True
TABLE_HEADER_BOLD = True
# Clause 8 (横排表格): "A4纸型的表格横排时，页码位置与公文其他页码保持一致，单页码表头在订口一边，
# 双页码表头在切口一边" (GB/T 9704-2012 §8, quoted at haowendang.cn/c3iyc47lxc20a6ri16ozy38gut0xt46013ro_3.html).
# A table wider than the text block goes on landscape pages: the sheet turned so that the
# table's head lies along the portrait page's left edge (订口 of an odd page, 切口 of an even one),
# the 版心 in the same place on the sheet (the landscape page's top margin is the portrait left
# margin, and so on round), and the page number where every page has it.
LANDSCAPE_MARGIN_TOP_TW = MARGIN_LEFT_TW
LANDSCAPE_MARGIN_RIGHT_TW = MARGIN_TOP_TW
LANDSCAPE_MARGIN_BOTTOM_TW = MARGIN_RIGHT_TW
LANDSCAPE_MARGIN_LEFT_TW = MARGIN_BOTTOM_TW
LANDSCAPE_TEXT_WIDTH_TW = PAGE_HEIGHT_TW - LANDSCAPE_MARGIN_LEFT_TW - LANDSCAPE_MARGIN_RIGHT_TW
LANDSCAPE_LINES_PER_PAGE = (
    PAGE_WIDTH_TW - LANDSCAPE_MARGIN_TOP_TW - LANDSCAPE_MARGIN_BOTTOM_TW
) // LINE_PITCH_TW  # 15

# -- page number (7.5, spec §5.5) ------------------------------------------------------------

PAGE_NUMBER_DASH = "\u2014"  # 一字线 (spec §6: U+2014, not a hyphen)
# "— 1 —" with a half-width space each side: what the Word tutorials type (spec §5.5 point 4).
PAGE_NUMBER_FORMAT = PAGE_NUMBER_DASH + " {n} " + PAGE_NUMBER_DASH
# 1 字 inset, UNCERTAIN 280 (四号) vs 320 (三号) twips: the 字 of the page (a 三号 body
# character), as Word's template computes it (rightChars=100 -> 320).
PAGE_NUMBER_INSET_TW = 320
# The dash must sit 7 mm under the text block (7.5). Word's footer distance is from the
# paper edge to the bottom of the footer line, so where the dash lands depends on the
# font. UNCERTAIN 25-28 mm; decided by rendering in LibreOffice 25.2 and measuring the
# dash's ink: footer 25 mm -> 7.6 mm under the 版心 (宋体 falling back to DejaVu Serif);
# footer 25.5 mm -> 7.1 mm (DejaVu Serif), 6.8 mm (Noto Serif CJK SC), 6.7 mm (FandolSong,
# a free 宋体-style face). SimSun's metrics (em box 0.859/0.141, dash at mid-box, single
# line = em box) give 7.0 mm in Word: 25.5 mm keeps every case within 7 +- 0.3 mm.
PAGE_NUMBER_DASH_BELOW_MM = 7.0
FOOTER_DISTANCE_TW = mm_to_twips(25.5)  # 1446
HEADER_DISTANCE_TW = mm_to_twips(15)  # no header; Word's default-like value


# -- fonts (spec §4) ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FontProfile:
    """The typeface of each element. Names are what Word looks up (w:eastAsia)."""

    title: str
    title_bold: bool
    subtitle: str
    body: str
    levels: tuple[str, str, str, str]  # 一、 / （一） / 1. / （1）
    page_number: str


FONT_PROFILES: dict[str, FontProfile] = {
    # The names GB/T 9704 practice uses; government PCs have them installed.
    "official": FontProfile(
        title="方正小标宋简体",
        title_bold=False,
        subtitle="楷体_GB2312",
        body="仿宋_GB2312",
        levels=("黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"),
        page_number="宋体",
    ),
    # A stock Windows 10/11 PC has no _GB2312 fonts and no 方正小标宋. 宋体 in bold is the
    # usual stand-in for 小标宋 (a heavy Song face); regular 宋体 at 22 pt looks too light.
    "windows": FontProfile(
        title="宋体",
        title_bold=True,
        subtitle="楷体",
        body="仿宋",
        levels=("黑体", "楷体", "仿宋", "仿宋"),
        page_number="宋体",
    ),
}
DEFAULT_FONT_PROFILE = "official"

LATIN_FONT_CHOICES = ("body", "times")  # digits/Latin in the element's own font, or TNR
TIMES_NEW_ROMAN = "Times New Roman"

# English names Word records as alternates (spec §4.2), and the font family class.
FONT_ALT_NAMES: dict[str, tuple[str, str]] = {
    "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "script"),
    "仿宋_GB2312": ("FangSong_GB2312", "modern"),
    "楷体_GB2312": ("KaiTi_GB2312", "modern"),
    "仿宋": ("FangSong", "modern"),
    "楷体": ("KaiTi", "modern"),
    "黑体": ("SimHei", "modern"),
    "宋体": ("SimSun", "auto"),
    TIMES_NEW_ROMAN: ("", "roman"),
}

LEVEL_COUNT = 4  # levels deeper than 4 print like level 4
LEVEL3_BOLD_DEFAULT = False  # the standard says neither; many local rules bold 1.


def half_points(pt: float) -> int:
    """`w:sz` value for a size in points."""
    return round(pt * 2)


def page_number_is_right(page: int) -> bool:
    """Odd pages carry the number at the right, even pages at the left (7.5)."""
    return page % 2 == 1


def estimated_pages(total_chars: int, sections: int, paragraphs: int) -> int:
    """Pages a draft roughly fills on the 22 × 28 grid, before it is laid out: text lines,
    plus one line per heading, half a line per paragraph for its ragged end, and three
    title lines; never below 1. (The status bar's "约 N 页"; the paginator is exact.)"""
    lines = total_chars / CHARS_PER_LINE + sections + paragraphs * 0.5 + 3
    return max(1, round(lines / LINES_PER_PAGE + 0.49))
