"""WordprocessingML as strings: runs, paragraphs, styles, settings, fonts, footers.

Built by string joining (with escaping) and parsed once by the exporter: python-docx's
per-paragraph API is several times slower for a 100-page draft. Element order inside
pPr/rPr/sectPr follows the ECMA-376 schema, which Word enforces.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict, Unpack

from app.core import layout
from app.core.printed.model import Change, ChangeKind

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

# Characters XML 1.0 forbids (a pasted control character must not corrupt the file).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: str) -> str:
    return _INVALID_XML.sub("", text).translate(_ESCAPES)


# -- fonts and runs ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fonts:
    """One typeface per rFonts slot: East Asian and Latin (ascii/hAnsi/cs)."""

    east_asia: str
    latin: str

    def xml(self) -> str:
        # All four slots pinned and no theme attributes: Word otherwise lets a theme font
        # win over w:eastAsia (spec §7). hint=eastAsia keeps ambiguous characters such as
        # “” — … in the Chinese font even when the Latin slot is Times New Roman.
        ea, lat = escape(self.east_asia), escape(self.latin)
        return (
            f'<w:rFonts w:ascii="{lat}" w:hAnsi="{lat}" w:eastAsia="{ea}" w:cs="{lat}"'
            ' w:hint="eastAsia"/>'
        )


def size_xml(pt: float) -> str:
    hp = layout.half_points(pt)
    return f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>'


def run_props(
    fonts: Fonts | None = None,
    bold: bool | None = None,
    italic: bool = False,
    underline: bool = False,
    size_pt: float | None = None,
) -> str:
    """rPr content in schema order (rFonts, b, bCs, i, iCs, sz, szCs, u)."""
    parts = []
    if fonts is not None:
        parts.append(fonts.xml())
    if bold is not None:
        parts.append("<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if size_pt is not None:
        parts.append(size_xml(size_pt))
    if underline:
        parts.append('<w:u w:val="single"/>')
    return "".join(parts)


def text_xml(text: str, tag: str = "w:t") -> str:
    """w:t pieces (w:delText inside a deleted run); a line break inside a run becomes w:br,
    a tab w:tab."""
    if "\r" in text:  # an XML parser would turn a raw CR into LF inside w:t
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text and "\t" not in text:
        return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'
    out = []
    for index, line in enumerate(text.split("\n")):
        if index:
            out.append("<w:br/>")
        for t_index, piece in enumerate(line.split("\t")):
            if t_index:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<{tag} xml:space="preserve">{escape(piece)}</{tag}>')
    return "".join(out)


def run_xml(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{text_xml(text)}</w:r>"


def _change_attrs(change: Change, change_id: int) -> str:
    date = f' w:date="{escape(change.date)}"' if change.date else ""
    return f'w:id="{change_id}" w:author="{escape(change.author)}"{date}'


def mark_change_xml(change: Change, change_id: int) -> str:
    """The paragraph mark's own revision, w:pPr/w:rPr/w:ins or w:del (ECMA-376 Part 1
    §17.13.5.16 inserted and §17.13.5.15 deleted paragraph mark): ins and del come first in
    the paragraph mark's run properties."""
    tag = "w:ins" if change.kind is ChangeKind.INSERT else "w:del"
    return f"<w:rPr><{tag} {_change_attrs(change, change_id)}/></w:rPr>"


def changed_run_xml(
    text: str, props: str, change: Change, change_id: int, old_props: str = ""
) -> str:
    """A tracked insertion (w:ins around the run) or deletion (w:del around a run whose
    text is w:delText), ECMA-376 Part 1 §17.13.5.18 and §17.13.5.14; or a formatting
    change, the run's properties before (old_props) in w:rPrChange, last in its w:rPr
    (§17.13.5.31)."""
    attrs = _change_attrs(change, change_id)
    if change.kind is ChangeKind.FORMAT:
        before = f"<w:rPrChange {attrs}><w:rPr>{old_props}</w:rPr></w:rPrChange>"
        return f"<w:r><w:rPr>{props}{before}</w:rPr>{text_xml(text)}</w:r>"
    if change.kind is ChangeKind.INSERT:
        return f"<w:ins {attrs}>{run_xml(text, props)}</w:ins>"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:del {attrs}><w:r>{rpr}{text_xml(text, 'w:delText')}</w:r></w:del>"


# Word: a bookmark name starts with a letter or "_" (hidden from the bookmark list), holds
# letters, digits and "_" and is at most 40 characters (ECMA-376 Part 1 §17.13.6.2).
_NOT_IN_NAME = re.compile(r"[^A-Za-z0-9_]")
BOOKMARK_NAME_MAX = 40


def bookmark_name(key: str) -> str:
    """A hidden bookmark name for a key such as a section id: "_Z" + its letters and digits."""
    return ("_Z" + _NOT_IN_NAME.sub("_", key))[:BOOKMARK_NAME_MAX]


def bookmark_xml(bookmark_id: int, name: str) -> tuple[str, str]:
    """w:bookmarkStart and w:bookmarkEnd (export/body.py puts both before the runs)."""
    start = f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{escape(name)}"/>'
    return start, f'<w:bookmarkEnd w:id="{bookmark_id}"/>'


# -- paragraphs -----------------------------------------------------------------------------


def indent_xml(
    *,
    first_zi: float | None = None,
    left_zi: float | None = None,
    right_zi: float | None = None,
    hanging_zi: float | None = None,
) -> str:
    """w:ind in 字: *Chars for Word/WPS (which use them) plus twips for LibreOffice.

    LibreOffice ignores *Chars and rounds twips up to whole grid cells, hence the unit a
    little under one cell (layout.ZI_FALLBACK_TW).
    """
    attrs = []

    def add(name: str, zi: float | None) -> None:
        if zi is None:
            return
        attrs.append(f'w:{name}="{math.floor(zi * layout.ZI_FALLBACK_TW)}"')
        attrs.append(f'w:{name}Chars="{round(zi * 100)}"')

    add("left", left_zi)
    add("right", right_zi)
    add("hanging", hanging_zi)
    add("firstLine", first_zi)
    if hanging_zi is not None and first_zi is None:
        # Cancel Normal's inherited firstLineChars=200, as Word itself writes it when a
        # hanging indent replaces a style's first-line indent (firstLine needs no reset:
        # hanging overrides it, ECMA-376 17.3.1.12).
        attrs.append('w:firstLineChars="0"')
    return f"<w:ind {' '.join(attrs)}/>" if attrs else ""


def _on_off(name: str, value: bool | None) -> str:
    """An on/off property: on, explicitly off (overriding the style), or inherited."""
    if value is None:
        return ""
    return f"<w:{name}/>" if value else f'<w:{name} w:val="0"/>'


class ParagraphArgs(TypedDict, total=False):
    """paragraph_props' arguments, as body.py works them out for a printed block."""

    style: str | None
    jc: str | None
    ind: str
    outline_level: int | None
    keep_next: bool | None
    keep_lines: bool | None
    widow_control: bool | None
    exact_widths: bool
    page_break_before: bool


def paragraph_xml(
    runs: Iterable[str],
    *,
    sect_pr: str = "",
    mark_rpr: str = "",
    ppr_change: str = "",
    **props: Unpack[ParagraphArgs],
) -> str:
    """A paragraph with the properties paragraph_props writes (`props`, ParagraphArgs).
    sect_pr: the properties of the section this paragraph ends (w:sectPr). mark_rpr: the
    paragraph mark's run properties (w:rPr, before sectPr). ppr_change: a w:pPrChange
    (last)."""
    own = paragraph_props(**props) + mark_rpr + sect_pr + ppr_change
    return f"<w:p>{'<w:pPr>' + own + '</w:pPr>' if own else ''}{''.join(runs)}</w:p>"


def paragraph_props(
    *,
    style: str | None = None,
    jc: str | None = None,
    ind: str = "",
    outline_level: int | None = None,
    keep_next: bool | None = None,
    keep_lines: bool | None = None,
    widow_control: bool | None = None,
    exact_widths: bool = False,
    page_break_before: bool = False,
) -> str:
    """The paragraph's own properties in schema order (CT_PPrBase: what w:pPrChange holds
    of the paragraph as it was). exact_widths switches off the extra gap Word puts between
    Chinese and digits (autoSpaceDE/DN), where a position rule counts digits as exactly
    half a 字. keep_next / keep_lines / widow_control: None inherits the style's value."""
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    ppr.append(_on_off("keepNext", keep_next))
    ppr.append(_on_off("keepLines", keep_lines))
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    ppr.append(_on_off("widowControl", widow_control))
    if exact_widths:
        ppr.append('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>')
    ppr.append(ind)
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    if outline_level is not None:
        ppr.append(f'<w:outlineLvl w:val="{outline_level}"/>')
    return "".join(ppr)


def ppr_change_xml(change: Change, change_id: int, before: str) -> str:
    """A tracked change of a paragraph's properties, the properties it had (ECMA-376 Part 1
    §17.13.5.29 pPrChange), last in w:pPr."""
    return f"<w:pPrChange {_change_attrs(change, change_id)}><w:pPr>{before}</w:pPr></w:pPrChange>"


def empty_paragraph() -> str:
    """空一行: an empty body paragraph, one line pitch high."""
    return "<w:p/>"


def document_xml(body: str, sect_pr: str) -> str:
    return f"<w:document {NS_DECL}><w:body>{body}{sect_pr}</w:body></w:document>"


def sect_pr_xml(odd_footer_rid: str, even_footer_rid: str, header_rid: str | None = None) -> str:
    """A4, margins, footer distance, decimal page numbers and the 22 x 28 document grid.

    No w:titlePg: page 1 carries its number too (spec §7 row 18). header_rid: an (empty)
    header to name, when another section has one this one must not inherit.
    """
    headers = (
        f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
        f'<w:headerReference w:type="even" r:id="{header_rid}"/>'
        if header_rid
        else ""
    )
    return (
        "<w:sectPr>" + headers + f'<w:footerReference w:type="default" r:id="{odd_footer_rid}"/>'
        f'<w:footerReference w:type="even" r:id="{even_footer_rid}"/>'
        f'<w:pgSz w:w="{layout.PAGE_WIDTH_TW}" w:h="{layout.PAGE_HEIGHT_TW}"/>'
        f'<w:pgMar w:top="{layout.MARGIN_TOP_TW}" w:right="{layout.MARGIN_RIGHT_TW}"'
        f' w:bottom="{layout.MARGIN_BOTTOM_TW}" w:left="{layout.MARGIN_LEFT_TW}"'
        f' w:header="{layout.HEADER_DISTANCE_TW}" w:footer="{layout.FOOTER_DISTANCE_TW}"'
        ' w:gutter="0"/>'
        '<w:pgNumType w:fmt="decimal"/>'
        '<w:cols w:space="425"/>'
        f'<w:docGrid w:type="linesAndChars" w:linePitch="{layout.LINE_PITCH_TW}"'
        f' w:charSpace="{layout.CHAR_SPACE}"/>'
        "</w:sectPr>"
    )


# -- page-number footers ----------------------------------------------------------------------


def footer_xml(right_side: bool, cached_page: int, fonts: Fonts) -> str:
    """ "— N —" with a PAGE field (and a cached value for viewers that don't update fields),
    右空一字 on odd pages, 左空一字 on even pages."""
    before, after = layout.PAGE_NUMBER_FORMAT.split("{n}")
    props = run_props(fonts)

    def field_char(kind: str) -> str:
        return f'<w:r><w:rPr>{props}</w:rPr><w:fldChar w:fldCharType="{kind}"/></w:r>'

    runs = (
        run_xml(before, props)
        + field_char("begin")
        + f'<w:r><w:rPr>{props}</w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        + field_char("separate")
        + run_xml(str(cached_page), props)
        + field_char("end")
        + run_xml(after, props)
    )
    side = "right" if right_side else "left"
    ind = f'<w:ind w:{side}="{layout.PAGE_NUMBER_INSET_TW}" w:firstLine="0" w:firstLineChars="0"/>'
    paragraph = (
        f'<w:p><w:pPr><w:pStyle w:val="Footer"/>{ind}<w:jc w:val="{side}"/></w:pPr>{runs}</w:p>'
    )
    return f"<w:ftr {NS_DECL}>{paragraph}</w:ftr>"
