"""Plain text → source lines: line ends, Markdown from chat tools, hard-wrapped paragraphs.

Text copied from a chat tool carries Markdown ("## 一、总体要求", "**加强领导。**正文");
the markup becomes formatting (a bold run, an emphasized line), never text. Text copied
out of a PDF is hard-wrapped: every line of a paragraph ends at the same width without
punctuation. When a text looks like that, the broken lines are joined again, across
the page numbers and running headers the PDF viewer copied in between (those, and rules
like "---", are flagged as furniture: noise wherever they stand).
"""

from __future__ import annotations

import re
from collections import Counter

from app.core.importer.frame import DOC_WORD
from app.core.importer.lines import MARKDOWN_BOLD, SourceLine, display_width
from app.core.importer.markers import find_marker
from app.core.importer.text_tables import TextTableLine, join_tables
from app.core.model import Run, count_chars
from app.core.zh.chars import CJK_TEXT_CLASS

_SPACES = " \t\u3000\u00a0\u200b\ufeff\v"
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_QUOTE_OR_BULLET = re.compile(r"^(?:>\s*|[-*+]\s+(?=\S))")

WRAP_MIN_CHARS = 15  # shorter lines are titles and headings, never wrapped paragraph lines


def split_lines(text: str) -> list[SourceLine]:
    """One SourceLine per line; white space around a line (indents, 全角空格) removed."""
    for separator in ("\r\n", "\r", "\u2028", "\u2029"):
        text = text.replace(separator, "\n")
    text = text.lstrip("\ufeff")
    raw_lines = text.split("\n")
    lines = [_make_line(i, raw) for i, raw in enumerate(raw_lines)]
    # Tables of aligned text: one line each, carrying the table (text_tables.py).
    lines, kept = join_tables(lines, raw_lines)
    raw_lines = [raw_lines[n] for n in kept]
    indented = [bool(raw) and raw[0] in _SPACES and bool(raw.strip(_SPACES)) for raw in raw_lines]
    # Widths as laid out, indent included: an indented first line is as full as the others.
    widths = [display_width(raw.rstrip(_SPACES), count_spaces=True) for raw in raw_lines]
    for n, line in enumerate(lines):
        if isinstance(line, TextTableLine):
            indented[n], widths[n] = False, 0
    mark_page_furniture(lines)
    return unwrap_hard_breaks(lines, indented, widths)


# -- page furniture of a PDF -------------------------------------------------------------

# "— 3 —", "-3-", "－ 12 －", "第3页", "第 3 页 共 10 页", "3/10", "Page 3": a page number
# alone on its line, as a PDF viewer copies it between the lines of the text.
_PAGE_NUMBER = re.compile(
    r"^(?:[-—－–~～]+\s*\d{1,4}\s*[-—－–~～]+|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|"
    r"\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$"
)


def is_page_number(text: str) -> bool:
    return _PAGE_NUMBER.match(text.strip(_SPACES)) is not None


def mark_page_furniture(lines: list[SourceLine]) -> None:
    """Flag page numbers, and running headers/footers: a line repeated next to them.

    Only lines next to a page number count as running headers: a short line that simply
    occurs twice in a document ("主要做法" in two parts) is left alone.
    """
    numbers = [n for n, line in enumerate(lines) if line.text and is_page_number(line.text)]
    if not numbers:
        return
    for n in numbers:
        lines[n].page_furniture = True
    counts = Counter(line.text for line in lines if line.text)
    headers: set[str] = set()
    for n in numbers:
        for step in (-1, 1):
            k = _next_text(lines, n, step)
            if k is not None and counts[lines[k].text] >= 2 and count_chars(lines[k].text) <= 40:
                lines[k].page_furniture = True
                headers.add(lines[k].text)
    # The first page's header stands at the very top, with no page number next to it, over
    # the title repeating its words. Without that repetition the top line is the title
    # itself (a "different first page" has no header): it stays.
    # The same holds when the header names the publication ("××市人民政府公报　2024年第2期")
    # over a title that names a kind of document.
    first = _next_text(lines, -1, 1)
    second = _next_text(lines, first, 1) if first is not None else None
    if first is None or second is None or lines[first].text not in headers:
        return
    top, below = lines[first].text, lines[second].text
    if "".join(top.split()) == "".join(below.split()) or (
        DOC_WORD.search(below) and not DOC_WORD.search(top) and count_chars(below) <= 100
    ):
        lines[first].page_furniture = True


def _next_text(lines: list[SourceLine], n: int, step: int) -> int | None:
    k = n + step
    while 0 <= k < len(lines) and not lines[k].text:
        k += step
    return k if 0 <= k < len(lines) else None


# A rule drawn with characters (Markdown "---", "***", a table's "|---|---|", "————"):
# layout, not text, wherever it stands; proposed for removal like a page number.
_RULE = re.compile(r"^(?:[-*_=—─━]\s*){3,}$|^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*$")


def _make_line(index: int, raw: str) -> SourceLine:
    text = raw.replace("\x1a", "").replace("\f", "").strip(_SPACES)
    if _RULE.match(text):
        return SourceLine(index=index, text=text, page_furniture=True)
    emphasized = False
    if _MD_HEADING.match(text):
        text, emphasized = _MD_HEADING.sub("", text).strip(_SPACES), True
    elif (
        _MD_QUOTE_OR_BULLET.match(text)
        and _looks_like_markdown_item(text)
        and not is_page_number(text)  # "- 2 -" is a PDF's page number, not a list item
    ):
        text = _MD_QUOTE_OR_BULLET.sub("", text).strip(_SPACES)
    runs: list[Run] = []
    if MARKDOWN_BOLD.search(text):
        runs = _bold_runs(text)
        text = "".join(run.text for run in runs)
        visible = [run for run in runs if run.text.strip()]
        emphasized = emphasized or all(run.bold for run in visible)
    line = SourceLine(index=index, text=text, runs=runs, emphasized=emphasized)
    if len(runs) > 1 and runs[0].bold and runs[0].text.rstrip()[-1:] in "。！？!?：:":
        line.lead_length = len(
            runs[0].text
        )  # "**一是加强领导。**正文": the bold lead is the heading
    return line


def _looks_like_markdown_item(text: str) -> bool:
    """ "- 一、总体要求" or "> 引文": a Markdown marker before real text, not a dash in prose."""
    rest = _MD_QUOTE_OR_BULLET.sub("", text)
    return bool(rest) and not rest.startswith(("-", "*"))


def _bold_runs(text: str) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for match in MARKDOWN_BOLD.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()]))
        runs.append(Run(match.group(1), bold=True))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs


# -- hard-wrapped text ---------------------------------------------------------------------

_PARAGRAPH_END = "。！？!?：:；;…"  # a comma never ends a paragraph, even at the wrap width
WRAP_TOLERANCE = 3  # half-width cells: digits and Latin letters make wrapped lines uneven


def unwrap_hard_breaks(
    lines: list[SourceLine], indented: list[bool] | None = None, widths: list[int] | None = None
) -> list[SourceLine]:
    """Join lines broken at a fixed width (text copied from a PDF or an e-mail).

    Where paragraphs start indented (as 公文 do: two spaces), an indent starts a paragraph.
    """
    if widths is None:
        widths = [display_width(line.text) for line in lines]
    aside = _page_break_lines(lines)
    kept = [
        n for n in range(len(lines)) if n not in aside and not isinstance(lines[n], TextTableLine)
    ]
    width = _wrap_width([lines[n] for n in kept], [widths[n] for n in kept])
    if width is None:
        return lines
    flags = indented if indented is not None else [False] * len(lines)
    uses_indent = 3 <= sum(flags) <= 0.6 * sum(1 for line in lines if line.text)
    result: list[SourceLine] = []
    joining = False
    for n, (line, starts_paragraph, line_width) in enumerate(
        zip(lines, flags, widths, strict=True)
    ):
        if n in aside:
            # A page break inside a paragraph: the paragraph goes on after the page number
            # and running header, which stay lines of their own, placed before it.
            result.insert(len(result) - 1 if joining and result else len(result), line)
            continue
        can_join = (
            not isinstance(line, TextTableLine)  # a table is never part of a paragraph
            and line.text
            and find_marker(line.text) is None
            and not line.runs
            and (
                not _standalone_short_line(line, line_width, width)
                or (joining and _is_broken_heading(result[-1]))
            )
        )
        if joining and can_join and not (uses_indent and starts_paragraph):
            result[-1].text += line.text
        else:
            result.append(line)
        joining = not isinstance(line, TextTableLine) and _is_wrapped(line, line_width, width)
    for line in result:
        if (
            line.text
            and not line.runs
            and not line.page_furniture
            and not isinstance(line, TextTableLine)
        ):
            line.text = _tighten_numbers(line.text)
    return result


# The space a PDF viewer puts between Chinese and a number ("完成投资 286 亿元"): a 公文
# has none there, so in text copied from a PDF (a hard-wrapped one) it goes.
_SPACE_AT_NUMBER = re.compile(
    rf"(?<=[{CJK_TEXT_CLASS}]) (?=[\d.%])|(?<=[\d%]) (?=[{CJK_TEXT_CLASS}])"
)


def _tighten_numbers(text: str) -> str:
    return _SPACE_AT_NUMBER.sub("", text)


def _page_break_lines(lines: list[SourceLine]) -> set[int]:
    """Page furniture and the blank lines around it: what a page break left in the text."""
    aside: set[int] = set()
    for n, line in enumerate(lines):
        if not line.page_furniture:
            continue
        aside.add(n)
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(lines) and not lines[k].text:
                aside.add(k)
                k += step
    return aside


def _is_broken_heading(line: SourceLine) -> bool:
    """A numbered heading (or a ——subtitle) that reached the margin ("一、聚焦项目建设，……取"
    over "得新突破"): its short tail is the rest of it, not a heading of its own."""
    opens = find_marker(line.text) is not None or line.text.startswith("——")  # or a subtitle
    return opens and not any(ch in _PARAGRAPH_END for ch in line.text)


def _is_wrapped(line: SourceLine, line_width: int, width: int) -> bool:
    """A line filled to the wrap width continues on the next line.

    Even when it ends in 。: a sentence ending exactly at the margin inside a paragraph is
    more common than a paragraph doing so (a paragraph has several sentences). Where
    paragraphs are indented, the indent settles it.

    Digits, Latin letters and the spaces a PDF viewer puts around them ("投资 286 亿元")
    are narrower or wider in the PDF than our count says, and justified lines stretch:
    each one widens the tolerance (a line ending without a paragraph end, that is).
    """
    if not line.text or line.runs:
        return False
    tolerance = WRAP_TOLERANCE
    if line.text[-1] not in _PARAGRAPH_END:
        tolerance += min(12, sum(1 for ch in line.text if ch.isascii()))
    return abs(line_width - width) <= tolerance


def _standalone_short_line(line: SourceLine, line_width: int, width: int) -> bool:
    """A short line without closing punctuation after a full one: a heading, not a tail."""
    return (
        line_width < width - WRAP_TOLERANCE and line.text[-1] not in _PARAGRAPH_END + "，、）)》”"
    )


def _wrap_width(lines: list[SourceLine], widths: list[int]) -> int | None:
    """The line width of a hard-wrapped text, or None when the text is not wrapped.

    Wrapped: most long lines end without a paragraph end, and those lines share one width.
    """
    long_lines = [
        (line.text, w)
        for line, w in zip(lines, widths, strict=True)
        if count_chars(line.text) >= WRAP_MIN_CHARS
    ]
    if len(long_lines) < 6:
        return None
    open_ended = [w for text, w in long_lines if text[-1] not in _PARAGRAPH_END]
    if len(open_ended) < 3:
        return None
    counts = Counter(open_ended)

    def near(w: int) -> int:
        return sum(c for n, c in counts.items() if abs(n - w) <= WRAP_TOLERANCE)

    width = max(counts, key=near)
    if near(width) * 10 < len(open_ended) * 7:
        return None
    if len(open_ended) * 2 >= len(long_lines):
        return width
    # Short paragraphs (one or two lines each) leave most long lines ending in 。, so the
    # open-ended ones are a minority. The text is still wrapped when the line ends without
    # punctuation all share the width and no line is wider: the margin is the widest line.
    # (Unwrapped text has paragraphs far wider than any heading that lacks punctuation.)
    wider = sum(1 for _, w in long_lines if w > width + WRAP_TOLERANCE)
    return width if near(width) >= 3 and wider == 0 else None
