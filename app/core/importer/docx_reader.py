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

import re
import zipfile
from collections.abc import Iterator
from typing import Any

from app.core import limits
from app.core.importer.decode import ImportLimitError, NotTextError
from app.core.importer.docx_package import (
    _BODY,
    _HYPERLINK,
    _P,
    _PPR,
    _R,
    _RPR,
    _T,
    _TBL,
    _TC,
    _TR,
    _VAL,
    HARDENED_XML,
    NO_FLAGS,
    Flags,
    Package,
    Refused,
    Style,
    Styles,
    east_asia_font,
    parse_int,
    w,
)
from app.core.importer.docx_tables import RunsOf, table_row_lines
from app.core.importer.lines import SourceLine, runs_for_line, slice_runs
from app.core.model import Run

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|标题)$", re.IGNORECASE)
_HEADING_FONTS = ("黑体", "楷体", "小标宋", "方正黑体", "方正楷体", "华文中宋", "SimHei", "KaiTi")
_TITLE_FONTS = ("小标宋",)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


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
    except Refused as exc:
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

    package = Package(data, name)
    main = package.relationships("").get("officeDocument")
    if main is None:
        main = "word/document.xml" if package.has("word/document.xml") else None
    if main is None:
        raise Refused("这是压缩包，不是 Word 文档")
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
        **HARDENED_XML,
    )
    root_checked = saw_body = False
    try:
        for event, element in events:
            tag = element.tag
            if event == "start":
                if not root_checked:
                    root_checked = True
                    if element.getroottree().getroot().tag != w("document"):
                        raise Refused("主文档不是 Word 文档的格式")
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
            if tag == _P:
                yield _paragraph_lines(element, styles, numbering)
            else:  # the rows as lines, the first carrying the table (docx_tables)
                yield table_row_lines(element, _table_lines(element), _runs_reader(styles))
            element.clear()
            while element.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError:
        raise Refused("主文档的内容不完整或有误，文件可能已损坏或被截断") from None
    if not root_checked:
        root = getattr(events, "root", None)
        if root is not None and root.tag != w("document"):
            raise Refused("主文档不是 Word 文档的格式")
        raise Refused("主文档中没有正文")
    if not saw_body:
        raise Refused("主文档中没有正文")


def _runs_reader(styles: Styles) -> RunsOf:
    """A paragraph's runs with their effective formatting, for a table's cells."""
    return lambda p: _runs(p, styles.paragraph_style(p), styles)[0]


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
    p: Any, style: Style | None, styles: Styles
) -> tuple[list[Run], list[tuple[str, bool]], str]:
    """Runs with their effective bold/italic/underline (direct, or from the styles), per
    run its (East Asian font, bold) to find a lead sentence set in another font, and the
    last characters of the text with tabs kept (a contents entry's page number)."""
    tail = ""
    style_flags = style.flags if style is not None else NO_FLAGS
    result: list[Run] = []
    keys: list[tuple[str, bool]] = []
    for r in _inner_runs(p):
        raw = _run_text(r)
        tail = (tail + raw)[-12:]
        text = raw.replace("\t", " ").replace("\r", "\n")
        if not text:
            continue
        run_style = styles.run_style(r)
        direct = Flags(r.find(_RPR))
        run_flags = run_style.flags if run_style is not None else NO_FLAGS
        bold = _flag(direct.bold, run_flags.bold, style_flags.bold)
        result.append(
            Run(
                text,
                bold=bold,
                italic=_flag(direct.italic, run_flags.italic, style_flags.italic),
                underline=_flag(direct.underline, run_flags.underline, style_flags.underline),
            )
        )
        keys.append((east_asia_font(r), bold))
    return result, keys, tail


def _flag(*values: bool | None) -> bool:
    for value in values:
        if value is not None:
            return bool(value)
    return False


def _outline_level(p: Any, style: Style | None, style_name: str, styles: Styles) -> int | None:
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


def _paragraph_fonts(p: Any, style: Style | None) -> list[str]:
    fonts = [east_asia_font(r) for r in p.iter(_R) if "".join(r.itertext()).strip()]
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
