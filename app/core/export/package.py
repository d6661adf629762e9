"""The .docx package (ECMA-376 Part 2, Open Packaging Conventions) around our parts.

A 公文 needs eleven parts and nothing else: the content types, two relationship parts,
core and app properties, the document, styles, settings, font table and the two page
number footers (odd pages right, even pages left). Writing them with zipfile is a few
dozen lines; python-docx did it before, at the cost of ~40 ms of import for every
export and of reaching into its private attributes to replace what its template held
(an English thumbnail, a theme whose fonts competed with ours, numbering, web settings).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.export.ooxml import escape
from app.core.export.sections import (
    EMPTY_FOOTER_RID,
    EMPTY_HEADER_RID,
    LANDSCAPE_EVEN_HEADER_RID,
    LANDSCAPE_ODD_HEADER_RID,
)

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# The core properties' text fields: readers (python-docx among them) refuse longer ones.
CORE_PROPERTY_CHARS = 255

_CT = "application/vnd.openxmlformats-officedocument"
_WML = f"{_CT}.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"

# Relationship ids of the footers, as document.xml's w:sectPr names them.
ODD_FOOTER_RID, EVEN_FOOTER_RID = "rIdFooterOdd", "rIdFooterEven"


@dataclass(frozen=True)
class LandscapeParts:
    """The parts a document with landscape pages adds (export/sections.py)."""

    odd_header: str
    even_header: str
    empty_header: str
    empty_footer: str

    def members(self) -> list[tuple[str, str, str, str]]:
        """(part name, relationship id, kind, XML) of each part."""
        return [
            ("header1.xml", LANDSCAPE_ODD_HEADER_RID, "header", self.odd_header),
            ("header2.xml", LANDSCAPE_EVEN_HEADER_RID, "header", self.even_header),
            ("header3.xml", EMPTY_HEADER_RID, "header", self.empty_header),
            ("footer3.xml", EMPTY_FOOTER_RID, "footer", self.empty_footer),
        ]


@dataclass(frozen=True)
class Parts:
    """The XML of our parts, without declarations."""

    document: str
    styles: str
    settings: str
    font_table: str
    odd_footer: str
    even_footer: str
    app: str
    landscape: LandscapeParts | None = None
    comments: str | None = None  # word/comments.xml, when the export carries comments


def _content_types(landscape: LandscapeParts | None, comments: bool) -> str:
    overrides = [
        ("/docProps/app.xml", f"{_CT}.extended-properties+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/word/document.xml", f"{_WML}.document.main+xml"),
        ("/word/fontTable.xml", f"{_WML}.fontTable+xml"),
        ("/word/footer1.xml", f"{_WML}.footer+xml"),
        ("/word/footer2.xml", f"{_WML}.footer+xml"),
        ("/word/settings.xml", f"{_WML}.settings+xml"),
        ("/word/styles.xml", f"{_WML}.styles+xml"),
    ]
    if landscape is not None:
        overrides += [(f"/word/{n}", f"{_WML}.{k}+xml") for n, _r, k, _x in landscape.members()]
    if comments:
        overrides.append(("/word/comments.xml", f"{_WML}.comments+xml"))
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        + "</Types>"
    )


def _relationships(rels: list[tuple[str, str, str]]) -> str:
    return (
        f'<Relationships xmlns="{_PKG_REL}">'
        + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
        + "</Relationships>"
    )


def _package_rels() -> str:
    return _relationships(
        [
            ("rId1", f"{_REL}/officeDocument", "word/document.xml"),
            ("rId2", f"{_PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
        ]
    )


def _document_rels(landscape: LandscapeParts | None, comments: bool) -> str:
    rels = [
        ("rIdStyles", f"{_REL}/styles", "styles.xml"),
        ("rIdSettings", f"{_REL}/settings", "settings.xml"),
        ("rIdFontTable", f"{_REL}/fontTable", "fontTable.xml"),
        (ODD_FOOTER_RID, f"{_REL}/footer", "footer1.xml"),
        (EVEN_FOOTER_RID, f"{_REL}/footer", "footer2.xml"),
    ]
    if landscape is not None:
        rels += [(rid, f"{_REL}/{kind}", name) for name, rid, kind, _x in landscape.members()]
    if comments:
        rels.append(("rIdComments", f"{_REL}/comments", "comments.xml"))
    return _relationships(rels)


def core_xml(title: str, author: str, when: datetime | None = None) -> str:
    """Title and author (cut to what the core properties hold; the printed title is not
    touched), language zh-CN, created = modified = now, revision 1, nobody as last editor."""
    stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    title = escape(" ".join(title.split())[:CORE_PROPERTY_CHARS])
    author = escape(author.strip()[:CORE_PROPERTY_CHARS])
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>"
        "<cp:lastModifiedBy></cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "<dc:language>zh-CN</dc:language></cp:coreProperties>"
    )


def docx_bytes(parts: Parts, core: str) -> bytes:
    """The zip, [Content_Types].xml first (some readers look only there), deflated."""
    landscape = parts.landscape
    members = [
        ("[Content_Types].xml", _content_types(landscape, parts.comments is not None)),
        ("_rels/.rels", _package_rels()),
        ("docProps/core.xml", core),
        ("docProps/app.xml", parts.app),
        ("word/document.xml", parts.document),
        ("word/_rels/document.xml.rels", _document_rels(landscape, parts.comments is not None)),
        ("word/styles.xml", parts.styles),
        ("word/settings.xml", parts.settings),
        ("word/fontTable.xml", parts.font_table),
        ("word/footer1.xml", parts.odd_footer),
        ("word/footer2.xml", parts.even_footer),
    ]
    if landscape is not None:
        members += [(f"word/{n}", xml) for n, _r, _k, xml in landscape.members()]
    if parts.comments is not None:
        members.append(("word/comments.xml", parts.comments))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in members:
            archive.writestr(name, (XML_DECLARATION + xml).encode("utf-8"))
    return buffer.getvalue()
