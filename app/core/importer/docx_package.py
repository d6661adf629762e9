"""The .docx package for the Word reader: the zip measured and inflated within limits,
XML parsed with a hardened parser, relationships resolved, and styles with safe chains.

- the package is measured first from the zip's central directory (number of parts,
  inflated sizes, app/core/limits.py), and every part is inflated through a counter that
  stops at the limit whatever the directory claims;
- the XML parser resolves no entities, loads no DTD, never touches the network, keeps
  libxml2's size limits (no huge_tree), and a part with a DOCTYPE is refused;
- an external relationship (TargetMode="External") is never followed;
- style chains ("based on") are walked with a visited set and a depth limit; every
  attribute is parsed defensively (a bad number is ignored, never an exception).
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from collections.abc import Iterator
from typing import Any

from app.core import limits
from app.core.importer.decode import ImportLimitError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_STRICT_REL_BASE = "http://purl.oclc.org/ooxml/officeDocument/relationships/"


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag or attribute: w("p") → {ns}p."""
    return f"{{{W_NS}}}{tag}"


_P, _R, _T, _TBL, _TR, _TC, _HYPERLINK = (
    w("p"),
    w("r"),
    w("t"),
    w("tbl"),
    w("tr"),
    w("tc"),
    w("hyperlink"),
)
_PPR, _RPR, _VAL = w("pPr"), w("rPr"), w("val")
_BODY = w("body")


# -- numbers from attributes ---------------------------------------------------------------


def parse_int(
    value: object, default: int | None = None, low: int = 0, high: int = 32767
) -> int | None:
    """An attribute's integer, or `default` when missing, malformed or out of [low, high]."""
    if not isinstance(value, str):
        return default
    text = value.strip()
    if not text or len(text) > 12:
        return default
    try:
        number = int(text)
    except ValueError:
        return default
    return number if low <= number <= high else default


def _on(element: Any | None) -> bool | None:
    """A w:b / w:i style toggle: None when absent; val="0"/"false"/"off" switches it off."""
    if element is None:
        return None
    value = element.get(_VAL)
    return value not in ("0", "false", "off", "False", "none")


def _underline(rpr: Any | None) -> bool | None:
    if rpr is None:
        return None
    u = rpr.find(w("u"))
    if u is None:
        return None
    value = u.get(_VAL)
    if value is None:
        return None
    return value != "none"


class Flags:
    """Bold/italic/underline set directly in one w:rPr (None: not set there)."""

    __slots__ = ("bold", "italic", "underline")

    def __init__(self, rpr: Any | None) -> None:
        if rpr is None:
            self.bold = self.italic = self.underline = None
            return
        self.bold = _on(rpr.find(w("b")))
        self.italic = _on(rpr.find(w("i")))
        self.underline = _underline(rpr)


NO_FLAGS = Flags(None)


def east_asia_font(element: Any) -> str:
    rpr = element.find(_RPR)
    fonts = rpr.find(w("rFonts")) if rpr is not None else None
    if fonts is None:
        return ""
    return fonts.get(w("eastAsia")) or fonts.get(w("ascii")) or ""


# -- the package ----------------------------------------------------------------------------


# The hardened parser settings, for whole parts and for the streamed document alike: no
# entities, no DTD, no network, no huge trees; comments and processing instructions go.
HARDENED_XML = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _xml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(dtd_validation=False, **HARDENED_XML)


class LimitedStream(io.RawIOBase):
    """A zip member inflated through a counter: stops at `limit` bytes whatever the
    central directory claimed, and refuses a DOCTYPE (no DTDs in a Word file)."""

    def __init__(self, stream: Any, limit: int, on_over: Any) -> None:
        self._stream, self._limit, self._on_over = stream, limit, on_over
        self.count = 0
        self._tail = b""

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(65536 if size is None or size < 0 else min(size, 1 << 20))
        self.count += len(chunk)
        if self.count > self._limit:
            self._on_over()
        window = self._tail + chunk
        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
            raise Refused("文件中有 Word 文档不会有的 DTD 声明")
        self._tail = chunk[-16:]
        return chunk

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class Refused(Exception):
    """Internal: becomes a NotDocxError with this detail."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Package:
    """The zip, measured before anything is inflated."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        entries = _central_directory_entries(data)
        if entries is not None and entries > limits.DOCX_MAX_PARTS:
            raise ImportLimitError(
                name, f"有 {entries:,} 个部件，", f" {limits.DOCX_MAX_PARTS:,} 个部件"
            )
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            raise Refused("文件已损坏") from None
        except NotImplementedError:
            raise Refused("压缩方式不受支持") from None
        if len(infos) > limits.DOCX_MAX_PARTS:
            raise ImportLimitError(
                name, f"有 {len(infos):,} 个部件，", f" {limits.DOCX_MAX_PARTS:,} 个部件"
            )
        total = sum(max(0, i.file_size) for i in infos)
        if total > limits.DOCX_MAX_INFLATED_BYTES:
            raise ImportLimitError(
                name,
                f"解压后有 {total / 1048576:,.0f} MB，",
                f"解压后 {limits.DOCX_MAX_INFLATED_BYTES / 1048576:.0f} MB ",
            )
        self.infos = {i.filename: i for i in infos}

    def has(self, part: str) -> bool:
        return part in self.infos

    def open(self, part: str) -> LimitedStream:
        info = self.infos[part]
        if info.file_size > limits.DOCX_MAX_PART_BYTES:
            self._too_big(part, info.file_size)
        if info.flag_bits & 0x1:
            raise Refused("文件有密码保护")
        try:
            stream = self.zip.open(info)
        except (
            zipfile.BadZipFile,
            NotImplementedError,
            ValueError,
            EOFError,
            OSError,
            RuntimeError,
        ):
            raise Refused("文件已损坏") from None
        return LimitedStream(stream, limits.DOCX_MAX_PART_BYTES, lambda: self._too_big(part))

    def _too_big(self, part: str, size: int | None = None) -> None:
        """`size`: what the central directory claims; None while inflating (it lied)."""
        found = f"解压后有 {size / 1048576:,.1f} MB，" if size is not None else "解压后的大小"
        raise ImportLimitError(
            self.name,
            f"的“{posixpath.basename(part)}”{found}",
            f"每个部件 {limits.DOCX_MAX_PART_BYTES / 1048576:.0f} MB ",
        )

    def read_xml(self, part: str) -> Any:
        """A small part, parsed whole with the hardened parser."""
        from lxml import etree

        stream = self.open(part)
        try:
            root = etree.parse(stream, _xml_parser()).getroot()
        except etree.XMLSyntaxError:
            raise Refused(f"其中的“{posixpath.basename(part)}”内容不完整或有误") from None
        return root

    def relationships(self, part: str) -> dict[str, str]:
        """Relationship type (the last word, e.g. "styles") → the internal part it names."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_part):
            return {}
        try:
            root = self.read_xml(rels_part)
        except Refused:
            return {}
        found: dict[str, str] = {}
        for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
            kind, target = rel.get("Type") or "", rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue  # never fetched: a document's styles come from the package only
            for prefix in (_REL_BASE, _STRICT_REL_BASE):
                if kind.startswith(prefix):
                    kind = kind[len(prefix) :]
            resolved = posixpath.normpath(
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
            if resolved.startswith("..") or not self.has(resolved):
                continue
            found.setdefault(kind, resolved)
        return found


def _central_directory_entries(data: bytes) -> int | None:
    """The entry count the end-of-central-directory record states (before zipfile reads
    the directory into memory), or None when no record is found."""
    tail = data[-(65536 + 22) :]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    (entries,) = struct.unpack("<H", tail[at + 10 : at + 12])
    return 1 << 20 if entries == 0xFFFF else entries  # 0xFFFF: a zip64 count, too many


# -- styles -------------------------------------------------------------------------------


class Style:
    __slots__ = ("based_on", "default", "element", "flags", "font", "kind", "name", "style_id")

    def __init__(self, element: Any) -> None:
        self.element = element
        self.style_id = element.get(w("styleId")) or ""
        self.kind = element.get(w("type")) or "paragraph"
        self.default = element.get(w("default")) in ("1", "true", "on")
        name = element.find(w("name"))
        self.name = (name.get(_VAL) or "") if name is not None else ""
        based = element.find(w("basedOn"))
        self.based_on = (based.get(_VAL) or "") if based is not None else ""
        self.flags = Flags(element.find(_RPR))
        self.font = east_asia_font(element)


class Styles:
    """Styles by id, and their "based on" chains walked safely (a visited set and a depth
    limit: a style based on itself, or two based on each other, end the chain)."""

    def __init__(self, root: Any | None, name: str) -> None:
        self.by_id: dict[str, Style] = {}
        self.default: Style | None = None
        if root is None:
            return
        for count, element in enumerate(root.iterchildren(w("style")), 1):
            if count > limits.DOCX_MAX_STYLES:
                raise ImportLimitError(name, "的样式数", f" {limits.DOCX_MAX_STYLES:,} 个")
            style = Style(element)
            self.by_id.setdefault(style.style_id, style)
            if style.default and style.kind == "paragraph":
                self.default = style  # the spec: the last default wins

    def paragraph_style(self, p: Any) -> Style | None:
        ppr = p.find(_PPR)
        ref = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = ref.get(_VAL) if ref is not None else None
        if not style_id:
            return self.default
        style = self.by_id.get(style_id)
        return style if style is not None and style.kind == "paragraph" else self.default

    def run_style(self, r: Any) -> Style | None:
        rpr = r.find(_RPR)
        ref = rpr.find(w("rStyle")) if rpr is not None else None
        style_id = ref.get(_VAL) if ref is not None else None
        return self.by_id.get(style_id) if style_id else None

    def chain(self, style: Style | None) -> Iterator[Style]:
        """The style, then what it is based on, and so on; each style once, at most
        DOCX_MAX_STYLE_DEPTH of them."""
        seen: set[str] = set()
        while (
            style is not None
            and style.style_id not in seen
            and len(seen) < limits.DOCX_MAX_STYLE_DEPTH
        ):
            seen.add(style.style_id)
            yield style
            style = self.by_id.get(style.based_on) if style.based_on else None
