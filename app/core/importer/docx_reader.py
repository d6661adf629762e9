"""Read a .docx into source lines: text with bold/italic/underline runs, heading levels.

Word's heading styles ("Heading 1", "标题 1") and outline levels give levels directly;
a paragraph wholly bold or set in a heading font (黑体, 楷体) is marked `emphasized`, which
helps the classifier recognise unnumbered headings in files without styles.

Only three parts are read — the main document, its styles and its numbering — straight
from the zip with lxml (never python-docx, which loads every part, images too):

- the package is measured first from the zip's central directory (number of parts,
  inflated sizes, app/core/limits.py) and every part is inflated through a counter that
  stops at the limit whatever the directory claims;
- the XML parser resolves no entities, loads no DTD, never touches the network, keeps
  libxml2's size limits (no huge_tree), and a part with a DOCTYPE is refused;
- the document is parsed as a stream, one top-level paragraph or table at a time, and
  paragraphs, runs and table cells are counted as they come, so a file over a count
  limit is refused as soon as the count is passed;
- style and numbering chains are walked with a visited set and a depth limit; every
  attribute is parsed defensively (a bad number is ignored, never an exception).

Every refusal is a NotDocxError or an ImportLimitError whose message says what is wrong.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
from collections.abc import Iterator
from typing import Any

from app.core import limits
from app.core.importer.decode import ImportLimitError, NotTextError
from app.core.importer.lines import SourceLine, runs_for_line, slice_runs
from app.core.model import Run

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|标题)$", re.IGNORECASE)
_HEADING_FONTS = ("黑体", "楷体", "小标宋", "方正黑体", "方正楷体", "华文中宋", "SimHei", "KaiTi")
_TITLE_FONTS = ("小标宋",)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

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


class NotDocxError(NotTextError):
    def __init__(self, name: str, detail: str) -> None:
        from app.core.errors import ZongjieError

        ZongjieError.__init__(
            self,
            f"“{name}”无法作为 Word 文档打开（{detail}）。请在 Word 或 WPS 中把它另存为 .docx 后再导入，"
            "或复制其中文字后用“粘贴导入”。",
        )


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def is_ole(data: bytes) -> bool:
    """An old binary .doc (or .xls, .wps) file."""
    return data[:8] == _OLE_MAGIC


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


class _Flags:
    """Bold/italic/underline set directly in one w:rPr (None: not set there)."""

    __slots__ = ("bold", "italic", "underline")

    def __init__(self, rpr: Any | None) -> None:
        if rpr is None:
            self.bold = self.italic = self.underline = None
            return
        self.bold = _on(rpr.find(w("b")))
        self.italic = _on(rpr.find(w("i")))
        self.underline = _underline(rpr)


_NO_FLAGS = _Flags(None)


def _east_asia_font(element: Any) -> str:
    rpr = element.find(_RPR)
    fonts = rpr.find(w("rFonts")) if rpr is not None else None
    if fonts is None:
        return ""
    return fonts.get(w("eastAsia")) or fonts.get(w("ascii")) or ""


# -- the package ----------------------------------------------------------------------------


def _xml_parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


class _Limited(io.RawIOBase):
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
            raise _Refused("文件中有 Word 文档不会有的 DTD 声明")
        self._tail = chunk[-16:]
        return chunk

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Refused(Exception):
    """Internal: becomes a NotDocxError with this detail."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class _Package:
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
            raise _Refused("文件已损坏") from None
        except NotImplementedError:
            raise _Refused("压缩方式不受支持") from None
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

    def open(self, part: str) -> _Limited:
        info = self.infos[part]
        if info.file_size > limits.DOCX_MAX_PART_BYTES:
            self._too_big(part, info.file_size)
        if info.flag_bits & 0x1:
            raise _Refused("文件有密码保护")
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
            raise _Refused("文件已损坏") from None
        return _Limited(stream, limits.DOCX_MAX_PART_BYTES, lambda: self._too_big(part))

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
            raise _Refused(f"其中的“{posixpath.basename(part)}”内容不完整或有误") from None
        return root

    def relationships(self, part: str) -> dict[str, str]:
        """Relationship type (the last word, e.g. "styles") → the internal part it names."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_part):
            return {}
        try:
            root = self.read_xml(rels_part)
        except _Refused:
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


class _Style:
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
        self.flags = _Flags(element.find(_RPR))
        self.font = _east_asia_font(element)


class Styles:
    """Styles by id, and their "based on" chains walked safely (a visited set and a depth
    limit: a style based on itself, or two based on each other, end the chain)."""

    def __init__(self, root: Any | None, name: str) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default: _Style | None = None
        if root is None:
            return
        for count, element in enumerate(root.iterchildren(w("style")), 1):
            if count > limits.DOCX_MAX_STYLES:
                raise ImportLimitError(name, "的样式数", f" {limits.DOCX_MAX_STYLES:,} 个")
            style = _Style(element)
            self.by_id.setdefault(style.style_id, style)
            if style.default and style.kind == "paragraph":
                self.default = style  # the spec: the last default wins

    def paragraph_style(self, p: Any) -> _Style | None:
        ppr = p.find(_PPR)
        ref = ppr.find(w("pStyle")) if ppr is not None else None
        style_id = ref.get(_VAL) if ref is not None else None
        if not style_id:
            return self.default
        style = self.by_id.get(style_id)
        return style if style is not None and style.kind == "paragraph" else self.default

    def run_style(self, r: Any) -> _Style | None:
        rpr = r.find(_RPR)
        ref = rpr.find(w("rStyle")) if rpr is not None else None
        style_id = ref.get(_VAL) if ref is not None else None
        return self.by_id.get(style_id) if style_id else None

    def chain(self, style: _Style | None) -> Iterator[_Style]:
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


# -- the document -------------------------------------------------------------------------


class _Counts:
    def __init__(self, name: str) -> None:
        self.name = name
        self.paragraphs = self.runs = self.cells = self.lines = 0

    def add(self, paragraphs: int = 0, runs: int = 0, cells: int = 0) -> None:
        self.paragraphs += paragraphs
        self.runs += runs
        self.cells += cells
        if self.paragraphs > limits.DOCX_MAX_PARAGRAPHS:
            raise ImportLimitError(
                self.name,
                "的段落数",
                f" {limits.DOCX_MAX_PARAGRAPHS:,} 段",
            )
        if self.runs > limits.DOCX_MAX_RUNS:
            raise ImportLimitError(
                self.name,
                "的文字片段（run）数",
                f" {limits.DOCX_MAX_RUNS:,} 个",
            )
        if self.cells > limits.DOCX_MAX_TABLE_CELLS:
            raise ImportLimitError(
                self.name,
                "的表格单元格数",
                f" {limits.DOCX_MAX_TABLE_CELLS:,} 个",
            )

    def add_lines(self, lines: int) -> None:
        self.lines += lines
        if self.lines > limits.IMPORT_MAX_LINES:
            raise ImportLimitError(
                self.name,
                "的行数（段落和表格行）",
                f" {limits.IMPORT_MAX_LINES:,} 行",
            )


def docx_bytes_to_lines(data: bytes, name: str) -> list[SourceLine]:
    """The document's lines; raises NotDocxError or ImportLimitError (never anything else
    for any bytes: a MemoryError or an unexpected error becomes a NotDocxError too)."""
    if is_ole(data):
        raise NotDocxError(name, "这是旧版 Word 或 WPS 格式（.doc/.wps）")
    if not is_zip(data):
        raise NotDocxError(name, "文件不是 Word 2007 以后的 .docx 格式")
    try:
        return _read(data, name)
    except _Refused as exc:
        raise NotDocxError(name, exc.detail) from None
    except ImportLimitError:
        raise
    except MemoryError:
        raise NotDocxError(name, "文件太复杂，内存不足以读取") from None
    except RecursionError:
        raise NotDocxError(name, "文件中的内容嵌套太深") from None
    except Exception as exc:  # noqa: BLE001 - any other failure: a damaged file, in words
        import zlib

        from lxml import etree

        if isinstance(exc, etree.LxmlError):
            raise NotDocxError(name, "文件中的内容不完整或有误") from None
        if isinstance(
            exc, (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError)
        ):
            raise NotDocxError(name, "文件已损坏") from None
        raise NotDocxError(name, "文件内容有误，无法读取") from None


def _read(data: bytes, name: str) -> list[SourceLine]:
    from app.core.importer.docx_numbering import WordNumbering

    package = _Package(data, name)
    main = package.relationships("").get("officeDocument")
    if main is None:
        main = "word/document.xml" if package.has("word/document.xml") else None
    if main is None:
        raise _Refused("这是压缩包，不是 Word 文档")
    related = package.relationships(main)
    styles = Styles(package.read_xml(related["styles"]) if "styles" in related else None, name)
    numbering = WordNumbering(
        package.read_xml(related["numbering"]) if "numbering" in related else None, styles
    )
    counts = _Counts(name)
    lines: list[SourceLine] = []
    for block in _iter_blocks(package.open(main), styles, numbering, counts):
        counts.add_lines(len(block))
        for line in block:
            if len(line.text) > limits.IMPORT_MAX_LINE_CHARS:
                raise ImportLimitError(
                    name,
                    f"中有一段长 {len(line.text):,} 字，",
                    f"每段 {limits.IMPORT_MAX_LINE_CHARS:,} 字",
                )
            line.index = len(lines)
            lines.append(line)
    return lines


def _iter_blocks(
    stream: Any, styles: Styles, numbering: Any, counts: _Counts
) -> Iterator[list[SourceLine]]:
    """Paragraphs and table rows in reading order, parsed as a stream: each top-level
    element is handled when it ends and then dropped, so memory stays that of one block.
    Paragraphs, runs and cells are counted as they start, so a count limit is met early."""
    from lxml import etree

    events = etree.iterparse(
        stream,
        events=("start", "end"),
        tag=(w("document"), _BODY, _P, _TBL, _R, _TC),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    root_checked = saw_body = False
    try:
        for event, element in events:
            tag = element.tag
            if event == "start":
                if not root_checked:
                    root_checked = True
                    if element.getroottree().getroot().tag != w("document"):
                        raise _Refused("主文档不是 Word 文档的格式")
                if tag == _R:
                    counts.add(runs=1)
                elif tag == _P:
                    counts.add(paragraphs=1)
                elif tag == _TC:
                    counts.add(cells=1)
                elif tag == _BODY:
                    saw_body = True
                continue
            if tag not in (_P, _TBL):
                continue
            parent = element.getparent()
            if parent is None or parent.tag != _BODY:
                continue  # a table's paragraph: read with its table
            yield (
                _paragraph_lines(element, styles, numbering) if tag == _P else _table_lines(element)
            )
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError:
        raise _Refused("主文档的内容不完整或有误，文件可能已损坏或被截断") from None
    if not root_checked:
        root = getattr(events, "root", None)
        if root is not None and root.tag != w("document"):
            raise _Refused("主文档不是 Word 文档的格式")
        raise _Refused("主文档中没有正文")
    if not saw_body:
        raise _Refused("主文档中没有正文")


def _run_text(r: Any) -> str:
    """What python-docx and Word show as a run's text: w:t, tabs, line breaks, hyphens."""
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == w("tab") or tag == w("ptab"):
            parts.append("\t")
        elif tag == w("br"):
            if child.get(w("type"), "textWrapping") == "textWrapping":
                parts.append("\n")
        elif tag == w("cr"):
            parts.append("\n")
        elif tag == w("noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def _inner_runs(p: Any) -> Iterator[Any]:
    """The paragraph's runs and its hyperlinks' runs, in order (as python-docx reads them)."""
    for child in p:
        if child.tag == _R:
            yield child
        elif child.tag == _HYPERLINK:
            yield from child.iterchildren(_R)


def _paragraph_text(p: Any) -> str:
    return "".join(_run_text(r) for r in _inner_runs(p))


def _table_lines(table: Any) -> list[SourceLine]:
    """A table row becomes one body line, cells separated by tabs (never a heading).

    Merged cells repeat their text (a horizontal span once, a vertical one in each row it
    covers), as Word shows them; repeats side by side are kept once.
    """
    lines = []
    above: dict[int, str] = {}  # grid column → text of the cell there in the row above
    for row in table.iterchildren(_TR):
        offset = 0
        trpr = row.find(w("trPr"))
        if trpr is not None:
            before = trpr.find(w("gridBefore"))
            offset = parse_int(before.get(_VAL) if before is not None else None, 0) or 0
        cells: list[str] = []
        current: dict[int, str] = {}
        for tc in row.iterchildren(_TC):
            tcpr = tc.find(w("tcPr"))
            span, continued = 1, False
            if tcpr is not None:
                grid_span = tcpr.find(w("gridSpan"))
                if grid_span is not None:
                    span = parse_int(grid_span.get(_VAL), 1, 1, 1000) or 1
                merge = tcpr.find(w("vMerge"))
                continued = merge is not None and merge.get(_VAL, "continue") == "continue"
            if continued:
                text = above.get(offset, "")
            else:
                texts = (_paragraph_text(p).strip() for p in tc.iterchildren(_P))
                text = " ".join(t for t in texts if t)
            for column in range(offset, offset + span):
                current[column] = text
            offset += span
            if not cells or cells[-1] != text:  # merged cells repeat
                cells.append(text)
        above = current
        lines.append(SourceLine(index=0, text="\t".join(cells).strip()))
    return lines


def _paragraph_lines(p: Any, styles: Styles, numbering: Any) -> list[SourceLine]:
    style = styles.paragraph_style(p)
    runs, keys, tail = _runs(p, style, styles)
    number = numbering.marker(p, style)
    if number and runs:
        # Word draws the list number itself; give the classifier the marker a reader sees.
        runs.insert(0, Run(number, bold=runs[0].bold))
        keys.insert(0, keys[0])
    style_name = style.name if style is not None else ""
    contents = _is_contents_entry(style_name, tail)
    outline = None if contents else _outline_level(p, style, style_name, styles)
    fonts = _paragraph_fonts(p, style)
    title = bool(_TITLE_STYLE.match(style_name)) or _looks_like_title(p, fonts)
    text = "".join(r.text for r in runs)
    lead = _formatted_lead(runs, keys) if "\n" not in text else None
    lines: list[SourceLine] = []
    position = 0
    for piece in text.split("\n"):  # a manual line break (Shift+Enter) starts a new line
        piece_runs = runs_for_line(slice_runs(runs, position, position + len(piece)))
        position += len(piece) + 1
        line_text = "".join(r.text for r in piece_runs)
        emphasized = _is_emphasized(fonts, piece_runs)
        lines.append(
            SourceLine(
                index=0,
                text=line_text,
                runs=piece_runs
                if any(r.bold or r.italic or r.underline for r in piece_runs)
                else [],
                outline_level=outline,
                emphasized=emphasized,
                title_style=title and bool(line_text),
                contents_entry=contents,
            )
        )
    if lead is not None and lines:
        strip = len(text) - len(text.lstrip())
        lines[0].lead_length = lead - strip
    return lines


_TOC_STYLE = re.compile(r"^(?:toc|目录)\s*\d$", re.IGNORECASE)
# An entry of a table of contents: its page number after a tab (Word draws the dot leader).
_TAB_PAGE_NUMBER = re.compile(r"\t\s*\d{1,4}\s*$")


def _is_contents_entry(style_name: str, tail: str) -> bool:
    """A table-of-contents line: styled "TOC 1" ("目录 1"), or text, a tab and a page number
    (`tail`: the end of the paragraph's text with its tabs)."""
    if _TOC_STYLE.match(style_name or ""):
        return True
    return _TAB_PAGE_NUMBER.search(tail) is not None


def _formatted_lead(runs: list[Run], keys: list[tuple[str, bool]]) -> int | None:
    """Length of a lead sentence set apart by its formatting ("一是……。" bold, body plain).

    Run-in headings in Word (and in this app's export) differ from their body text in
    font or weight; that boundary is more reliable than looking for the first 。.
    """
    if len(keys) < 2:
        return None
    length = 0
    for run, key in zip(runs, keys, strict=True):
        if key != keys[0]:
            lead = "".join(r.text for r in runs)[:length].rstrip()
            return length if lead and lead[-1] in "。！？!?：:" else None
        length += len(run.text)
    return None


def _runs(
    p: Any, style: _Style | None, styles: Styles
) -> tuple[list[Run], list[tuple[str, bool]], str]:
    """Runs with their effective bold/italic/underline (direct, or from the styles), per
    run its (East Asian font, bold) to find a lead sentence set in another font, and the
    last characters of the text with tabs kept (a contents entry's page number)."""
    tail = ""
    style_flags = style.flags if style is not None else _NO_FLAGS
    result: list[Run] = []
    keys: list[tuple[str, bool]] = []
    for r in _inner_runs(p):
        raw = _run_text(r)
        tail = (tail + raw)[-12:]
        text = raw.replace("\t", " ").replace("\r", "\n")
        if not text:
            continue
        run_style = styles.run_style(r)
        direct = _Flags(r.find(_RPR))
        run_flags = run_style.flags if run_style is not None else _NO_FLAGS
        bold = _flag(direct.bold, run_flags.bold, style_flags.bold)
        result.append(
            Run(
                text,
                bold=bold,
                italic=_flag(direct.italic, run_flags.italic, style_flags.italic),
                underline=_flag(direct.underline, run_flags.underline, style_flags.underline),
            )
        )
        keys.append((_east_asia_font(r), bold))
    return result, keys, tail


def _flag(*values: bool | None) -> bool:
    for value in values:
        if value is not None:
            return bool(value)
    return False


def _outline_level(p: Any, style: _Style | None, style_name: str, styles: Styles) -> int | None:
    match = _HEADING_STYLE.match(style_name)
    if match:
        return int(match.group(1)) - 1
    for element in [p, *(s.element for s in styles.chain(style))]:
        ppr = element.find(_PPR)
        lvl = ppr.find(w("outlineLvl")) if ppr is not None else None
        if lvl is not None:
            value = parse_int(lvl.get(_VAL), 9, 0, 9)
            return value if value is not None and value < 9 else None
    return None


def _paragraph_fonts(p: Any, style: _Style | None) -> list[str]:
    fonts = [_east_asia_font(r) for r in p.iter(_R) if "".join(r.itertext()).strip()]
    style_font = style.font if style is not None else ""
    return [f or style_font for f in fonts]


def _is_emphasized(fonts: list[str], runs: list[Run]) -> bool:
    visible = [r for r in runs if r.text.strip()]
    if visible and all(r.bold for r in visible):
        return True
    return bool(fonts) and all(any(h in f for h in _HEADING_FONTS) for f in fonts)


def _looks_like_title(p: Any, fonts: list[str]) -> bool:
    """公文 titles are set in 小标宋 (GB/T 9704 7.3.1); a large centred line is one too."""
    if fonts and all(any(t in f for t in _TITLE_FONTS) for f in fonts):
        return True
    ppr = p.find(_PPR)
    jc = ppr.find(w("jc")) if ppr is not None else None
    if jc is None or jc.get(_VAL) != "center":
        return False
    sizes: list[int | None] = []
    for r in p.iterchildren(_R):
        if not _run_text(r).strip():
            continue
        rpr = r.find(_RPR)
        size = rpr.find(w("sz")) if rpr is not None else None
        sizes.append(parse_int(size.get(_VAL), None, 1, 3276) if size is not None else None)
    return bool(sizes) and all(s is not None and s >= 36 for s in sizes)  # half-points: 18 pt
