"""Section properties when a wide table prints on landscape pages (GB/T 9704-2012 §8).

A landscape table is a section of its own: the paragraph before it ends the portrait
section (its w:pPr holds the portrait w:sectPr), and a paragraph of 0.5 pt after it ends
the landscape one. The landscape section has the sheet turned so that the table's head
lies along the portrait left edge, the 版心 where it always is (layout.LANDSCAPE_*), no
footer, and the page number where the standard puts it on every page: on the sheet's
bottom edge, 右空一字 on odd pages and 左空一字 on even ones, which on the turned page is
its left margin, near the bottom (odd) or the top (even), reading downwards. It is written
as a text box in the landscape section's header, its text rotated a quarter turn
(DrawingML wps, bodyPr vert="vert"), positioned against the page.
Portrait sections then name an empty header, so none inherits the landscape one.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import layout
from app.core.export.ooxml import NS_DECL, Fonts, run_props, run_xml

# Relationship ids of the extra parts (package.LandscapeParts).
LANDSCAPE_ODD_HEADER_RID = "rIdHeaderLandscapeOdd"
LANDSCAPE_EVEN_HEADER_RID = "rIdHeaderLandscapeEven"
EMPTY_HEADER_RID = "rIdHeaderEmpty"
EMPTY_FOOTER_RID = "rIdFooterEmpty"

_EMU_PER_TWIP = 635
# Header and footer distance of a landscape section: its footer is empty and its header
# holds only the text box, but each still has a paragraph; at the portrait distances the
# empty footer reached 1.5 lines into the 版心 (measured: LibreOffice then printed 14
# lines on the page, not 15). At 1 cm both stay inside the margins.
LANDSCAPE_EDGE_TW = layout.mm_to_twips(10)
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_HDR_NS = f'{NS_DECL} xmlns:wp="{_WP}" xmlns:a="{_A}" xmlns:wps="{_WPS}"'

# The page number's place on the portrait sheet (twips from its top-left corner): its line
# starts PAGE_NUMBER_DASH_BELOW_MM under the 版心 and is one 四号 line high; odd pages end
# it 一字 (PAGE_NUMBER_INSET_TW) inside the 版心's right edge, even pages start it so far
# inside the left edge.
_NUMBER_TOP = (
    layout.PAGE_HEIGHT_TW
    - layout.MARGIN_BOTTOM_TW
    + layout.mm_to_twips(layout.PAGE_NUMBER_DASH_BELOW_MM)
)
_NUMBER_HEIGHT = round(layout.PAGE_NUMBER_PT * layout.TWIPS_PER_PT * 1.4)
_NUMBER_LENGTH = 2400  # room for "— 123 —"
_ODD_END = layout.PAGE_WIDTH_TW - layout.MARGIN_RIGHT_TW - layout.PAGE_NUMBER_INSET_TW
_EVEN_START = layout.MARGIN_LEFT_TW + layout.PAGE_NUMBER_INSET_TW


@dataclass(frozen=True, slots=True)
class NumberBox:
    """Where the page number's text box sits on the landscape page, in twips from its
    top-left corner, and which end of the box the number keeps to."""

    left: int
    top: int
    width: int
    height: int
    jc: str  # along the rotated text: "right" = the box's bottom end, "left" = its top


def number_box(odd: bool) -> NumberBox:
    """The turned sheet: a portrait point (x, y) lies at (PAGE_HEIGHT - y, x)."""
    left = layout.PAGE_HEIGHT_TW - (_NUMBER_TOP + _NUMBER_HEIGHT)
    if odd:
        return NumberBox(left, _ODD_END - _NUMBER_LENGTH, _NUMBER_HEIGHT, _NUMBER_LENGTH, "right")
    return NumberBox(left, _EVEN_START, _NUMBER_HEIGHT, _NUMBER_LENGTH, "left")


def _page_field(fonts: Fonts, cached: int) -> str:
    before, after = layout.PAGE_NUMBER_FORMAT.split("{n}")
    props = run_props(fonts, size_pt=layout.PAGE_NUMBER_PT)

    def field_char(kind: str) -> str:
        return f'<w:r><w:rPr>{props}</w:rPr><w:fldChar w:fldCharType="{kind}"/></w:r>'

    return (
        run_xml(before, props)
        + field_char("begin")
        + f'<w:r><w:rPr>{props}</w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        + field_char("separate")
        + run_xml(str(cached), props)
        + field_char("end")
        + run_xml(after, props)
    )


def landscape_header_xml(odd: bool, fonts: Fonts) -> str:
    """The header of a landscape section: only the page number's rotated text box."""
    box = number_box(odd)
    emu = _EMU_PER_TWIP
    cx, cy = box.width * emu, box.height * emu
    paragraph = (
        '<w:p><w:pPr><w:pStyle w:val="Footer"/>'
        f'<w:jc w:val="{box.jc}"/></w:pPr>{_page_field(fonts, 1 if odd else 2)}</w:p>'
    )
    shape = (
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"'
        ' behindDoc="0" locked="1" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{box.left * emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{box.top * emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{1 if odd else 2}" name="页码"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="{_WPS}"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{paragraph}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="vert" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"'
        ' anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    )
    return f"<w:hdr {_HDR_NS}><w:p><w:r><w:drawing>{shape}</w:drawing></w:r></w:p></w:hdr>"


def empty_header_xml() -> str:
    return f"<w:hdr {NS_DECL}><w:p/></w:hdr>"


def empty_footer_xml() -> str:
    return f"<w:ftr {NS_DECL}><w:p/></w:ftr>"


def landscape_sect_pr_xml() -> str:
    """The landscape section: turned page and margins, line grid, number in the header."""
    return (
        "<w:sectPr>"
        f'<w:headerReference w:type="default" r:id="{LANDSCAPE_ODD_HEADER_RID}"/>'
        f'<w:headerReference w:type="even" r:id="{LANDSCAPE_EVEN_HEADER_RID}"/>'
        f'<w:footerReference w:type="default" r:id="{EMPTY_FOOTER_RID}"/>'
        f'<w:footerReference w:type="even" r:id="{EMPTY_FOOTER_RID}"/>'
        f'<w:pgSz w:w="{layout.PAGE_HEIGHT_TW}" w:h="{layout.PAGE_WIDTH_TW}" w:orient="landscape"/>'
        f'<w:pgMar w:top="{layout.LANDSCAPE_MARGIN_TOP_TW}" w:right="{layout.LANDSCAPE_MARGIN_RIGHT_TW}"'
        f' w:bottom="{layout.LANDSCAPE_MARGIN_BOTTOM_TW}" w:left="{layout.LANDSCAPE_MARGIN_LEFT_TW}"'
        f' w:header="{LANDSCAPE_EDGE_TW}" w:footer="{LANDSCAPE_EDGE_TW}" w:gutter="0"/>'
        '<w:pgNumType w:fmt="decimal"/>'
        '<w:cols w:space="425"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{layout.LINE_PITCH_TW}"/>'
        "</w:sectPr>"
    )


def section_end_paragraph(sect_pr: str) -> str:
    """A paragraph of 0.5 pt that only ends a section (after a table, which cannot)."""
    return (
        '<w:p><w:pPr><w:snapToGrid w:val="0"/>'
        '<w:spacing w:before="0" w:after="0" w:line="10" w:lineRule="exact"/>'
        '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
        f'<w:rPr><w:sz w:val="1"/><w:szCs w:val="1"/></w:rPr>{sect_pr}</w:pPr></w:p>'
    )
