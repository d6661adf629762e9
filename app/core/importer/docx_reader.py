"""Read a .docx into source lines: text with bold/italic/underline runs, heading levels.

Word's heading styles ("Heading 1", "标题 1") and outline levels give levels directly;
a paragraph wholly bold or set in a heading font (黑体, 楷体) is marked `emphasized`, which
helps the classifier recognise unnumbered headings in files without styles.
python-docx is imported here only, when a .docx is actually read.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from app.core.importer.decode import NotTextError
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


def docx_bytes_to_lines(data: bytes, name: str) -> list[SourceLine]:
    if is_ole(data):
        raise NotDocxError(name, "这是旧版 Word 或 WPS 格式（.doc/.wps）")
    if not is_zip(data):
        raise NotDocxError(name, "文件不是 Word 2007 以后的 .docx 格式")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise NotDocxError(name, "这是压缩包，不是 Word 文档")
    except zipfile.BadZipFile:
        raise NotDocxError(name, "文件已损坏") from None
    import docx  # lazily: python-docx and lxml cost start-up time

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several unrelated types for broken parts
        raise NotDocxError(name, f"文件内容有误：{type(exc).__name__}") from None
    lines: list[SourceLine] = []
    for block in _iter_blocks(document):
        for line in block:
            line.index = len(lines)
            lines.append(line)
    return lines


def _iter_blocks(document: Any) -> Any:
    """Paragraphs and table rows in reading order."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    from app.core.importer.docx_numbering import WordNumbering

    numbering = WordNumbering(document)
    styles = _Styles(document)
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = DocxParagraph(child, document)
            yield _paragraph_lines(paragraph, styles, numbering.marker(paragraph))
        elif child.tag == qn("w:tbl"):
            yield _table_lines(Table(child, document))


def _table_lines(table: Any) -> list[SourceLine]:
    """A table row becomes one body line, cells separated by tabs (never a heading)."""
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            if not cells or cells[-1] != text:  # merged cells repeat
                cells.append(text)
        text = "\t".join(cells).strip()
        lines.append(SourceLine(index=0, text=text))
    return lines


class _Styles:
    """Styles by id, looked up once: python-docx resolves a paragraph's style by scanning
    every style on each access, which made a 100-page file take most of a second."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        self.by_id = {style.style_id: style for style in document.styles}
        self.default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)

    def of_paragraph(self, p_element: Any) -> Any:
        ppr = p_element.pPr
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        return self.by_id.get(style_id, self.default) if style_id else self.default

    def of_run(self, r_element: Any) -> Any:
        rpr = r_element.rPr
        style_id = rpr.rStyle.val if rpr is not None and rpr.rStyle is not None else None
        return self.by_id.get(style_id) if style_id else None


def _paragraph_lines(
    paragraph: Any, styles: _Styles, number: str | None = None
) -> list[SourceLine]:
    style = styles.of_paragraph(paragraph._p)
    runs, keys, tail = _runs(paragraph, style, styles)
    if number and runs:
        # Word draws the list number itself; give the classifier the marker a reader sees.
        runs.insert(0, Run(number, bold=runs[0].bold))
        keys.insert(0, keys[0])
    style_name = style.name if style is not None else ""
    contents = _is_contents_entry(style_name, tail)
    outline = None if contents else _outline_level(paragraph, style, style_name)
    fonts = _paragraph_fonts(paragraph, style)
    title = bool(_TITLE_STYLE.match(style_name or "")) or _looks_like_title(paragraph, fonts)
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
    paragraph: Any, style: Any, styles: _Styles
) -> tuple[list[Run], list[tuple[str, bool]], str]:
    """Runs with their effective bold/italic/underline (direct, or from the styles), per
    run its (East Asian font, bold) to find a lead sentence set in another font, and the
    last characters of the text with tabs kept (a contents entry's page number)."""
    tail = ""
    style_font = style.font if style is not None else None
    result: list[Run] = []
    keys: list[tuple[str, bool]] = []
    for item in paragraph.iter_inner_content():
        for run in getattr(item, "runs", [item]):
            raw = run.text
            tail = (tail + raw)[-12:]
            text = raw.replace("\t", " ").replace("\r", "\n")
            if not text:
                continue
            run_style = styles.of_run(run._r)
            font = run.font
            bold = _flag(font, run_style, style_font, "bold")
            result.append(
                Run(
                    text,
                    bold=bold,
                    italic=_flag(font, run_style, style_font, "italic"),
                    underline=_flag(font, run_style, style_font, "underline"),
                )
            )
            keys.append((_east_asia_font(run._r), bold))
    return result, keys, tail


def _flag(font: Any, run_style: Any, style_font: Any, name: str) -> bool:
    value = getattr(font, name)
    if value is None and run_style is not None:
        value = getattr(run_style.font, name)
    if value is None and style_font is not None:
        value = getattr(style_font, name)
    return bool(value)


def _outline_level(paragraph: Any, style: Any, style_name: str) -> int | None:
    match = _HEADING_STYLE.match(style_name or "")
    if match:
        return int(match.group(1)) - 1
    from docx.oxml.ns import qn

    element: Any = paragraph._p
    while element is not None:
        ppr = element.find(qn("w:pPr"))
        lvl = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if lvl is not None:
            value = int(lvl.get(qn("w:val"), "9"))
            return value if value < 9 else None
        if style is None:
            return None
        element, style = style.element, style.base_style
    return None


def _east_asia_font(run_element: Any) -> str:
    from docx.oxml.ns import qn

    rpr = run_element.find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if fonts is None:
        return ""
    return fonts.get(qn("w:eastAsia")) or fonts.get(qn("w:ascii")) or ""


def _paragraph_fonts(paragraph: Any, style: Any) -> list[str]:
    from docx.oxml.ns import qn

    fonts = [
        _east_asia_font(r) for r in paragraph._p.iter(qn("w:r")) if "".join(r.itertext()).strip()
    ]
    style_font = _east_asia_font(style.element) if style is not None else ""
    return [f or style_font for f in fonts]


def _is_emphasized(fonts: list[str], runs: list[Run]) -> bool:
    visible = [r for r in runs if r.text.strip()]
    if visible and all(r.bold for r in visible):
        return True
    return bool(fonts) and all(any(h in f for h in _HEADING_FONTS) for f in fonts)


def _looks_like_title(paragraph: Any, fonts: list[str]) -> bool:
    """公文 titles are set in 小标宋 (GB/T 9704 7.3.1); a large centred line is one too."""
    if fonts and all(any(t in f for t in _TITLE_FONTS) for f in fonts):
        return True
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    if paragraph.alignment != WD_ALIGN_PARAGRAPH.CENTER:
        return False
    sizes = [r.font.size for r in paragraph.runs if r.text.strip()]
    return bool(sizes) and all(s is not None and s.pt >= 18 for s in sizes)
