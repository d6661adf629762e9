"""A saved web page (.html / .htm) as a source: its visible text, a line per block.

Most users copy their text from a web page; saving the page (浏览器“另存为”) and
importing the file gives the same text, through the same pipeline (split_lines and the
classifier: the site's menus, 来源/发布时间, 【打印本页】 and captions are noise there).

The encoding is the page's own: a BOM, else the <meta charset> (or http-equiv) in the
first bytes, else UTF-8, else GB18030 (decode.decode_text). The standard library's
html.parser reads the page: it keeps no tree, so deep nesting costs nothing; the page
is refused by the import's size limits (IMPORT_MAX_BYTES for the file, and the text's
limits for what is left), and script, style and the <head> are skipped.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from app.core import limits
from app.core.i18n import N_
from app.core.importer.decode import (
    ImportFileError,
    ImportLimitError,
    check_text_limits,
    decode_text,
)
from app.core.limits import WEB_PAGE_MAX_ELEMENTS

_HEAD = 4096  # the <meta charset> stands in the first bytes
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.IGNORECASE)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.I | re.S
)

# Elements that start a new line; td/th separate cells of a row with a tab.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "pre",
        "hr",
        "dd",
        "dt",
        "dl",
        "figure",
        "figcaption",
        "center",
        "form",
        "address",
        "main",
    ]
)
_CELLS = frozenset({"td", "th"})
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "select"})
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")


def is_web_page(data: bytes) -> bool:
    """An HTML file, by its first bytes (a BOM and comments may come first)."""
    head = data[:_HEAD]
    for bom in (codecs.BOM_UTF8,):
        if head.startswith(bom):
            head = head[len(bom) :]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return _HTML_START.match(head) is not None


_FEED = 1 << 16  # characters fed to the parser at a time, so the count can stop it


def web_page_text(data: bytes, name: str) -> tuple[str, str]:
    """(the page's visible text, a line per block; the encoding label)."""
    if len(data) > 2 * limits.IMPORT_MAX_TEXT_BYTES:  # as for text (decode_text)
        raise ImportLimitError(
            name,
            f"有 {len(data) / 1048576:.1f} MB，",
            f"网页 {2 * limits.IMPORT_MAX_TEXT_BYTES // limits.MB} MB ",
        )
    text, label = _decode_page(data, name)
    reader = _TextReader()
    for start in range(0, len(text), _FEED):
        reader.feed(text[start : start + _FEED])
        if reader.elements > WEB_PAGE_MAX_ELEMENTS:
            raise ImportLimitError(
                name,
                f"有 {reader.elements:,} 个以上的网页元素，",
                f"网页 {WEB_PAGE_MAX_ELEMENTS:,} 个元素",
            )
    reader.close()
    result = reader.text()
    check_text_limits(result, name)
    return result, label


def _decode_page(data: bytes, name: str) -> tuple[str, str]:
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        declared = _META_CHARSET.search(data[:_HEAD])
        if declared is not None:
            codec = _codec(declared.group(1).decode("ascii"))
            if codec is not None:
                try:
                    return data.decode(codec), codec.upper()
                except UnicodeDecodeError:
                    pass  # a page that says one thing and is another: guess as for text
    return decode_text(data, name)


def _codec(charset: str) -> str | None:
    """The Python codec for a declared charset; GB2312 and GBK pages are read as GB18030
    (their superset: pages labelled GB2312 often hold GBK characters)."""
    try:
        found = codecs.lookup(charset).name
    except LookupError:
        return None
    return "gb18030" if found in ("gb2312", "gbk", "gb18030") else found


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = []
        self._current: list[str] = []
        self._skipping = 0  # open skipped elements (a count, not a stack)
        self._pre = 0
        self.elements = 0  # start tags read so far

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements += 1
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._break()
            if tag == "pre":
                self._pre += 1
        elif tag in _CELLS and self._current:
            self._current.append("\t")
        elif tag == "body":
            self._skipping = 0  # a page that never closed its <head>

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS:
            self._break()
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._pre:
            for n, piece in enumerate(data.split("\n")):
                if n:
                    self._break()
                self._current.append(piece)
            return
        self._current.append(_SPACE_RUN.sub(" ", data))

    def _break(self) -> None:
        line = "".join(self._current).replace("\xa0", " ").strip(" ")
        if line.strip("\t "):
            self._lines.append(line)
        self._current = []

    def text(self) -> str:
        self._break()
        return "\n".join(self._lines)


def refuse_if_not_a_page(text: str, name: str) -> None:
    """A page with no visible text (a frameset, a page built by script) cannot be imported."""
    if not text.strip():
        raise ImportFileError(
            N_(
                "“{name}”是网页文件，但里面没有可见的文字（可能由脚本生成）。"
                "请在浏览器中打开它，复制正文后用“粘贴导入”。",
                name=name,
            )
        )
