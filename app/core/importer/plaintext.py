"""Plain text → source lines: line ends, Markdown from chat tools, hard-wrapped paragraphs.

Text copied from a chat tool carries Markdown ("## 一、总体要求", "**加强领导。**正文");
the markup becomes formatting (a bold run, an emphasized line), never text. Text copied
out of a PDF is hard-wrapped: every line of a paragraph ends at the same width without
punctuation. When most of a text looks like that, the broken lines are joined again.
"""

from __future__ import annotations

import re
from collections import Counter

from app.core.importer.lines import SourceLine
from app.core.importer.markers import find_marker
from app.core.model import Run, count_chars

_SPACES = " \t\u3000\u00a0\u200b\ufeff\v"
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
_MD_QUOTE_OR_BULLET = re.compile(r"^(?:>\s*|[-*+]\s+(?=\S))")

WRAP_MIN_CHARS = 15  # shorter lines are titles and headings, never wrapped paragraph lines


def split_lines(text: str) -> list[SourceLine]:
    """One SourceLine per line; white space around a line (indents, 全角空格) removed."""
    for separator in ("\r\n", "\r", "\u2028", "\u2029"):
        text = text.replace(separator, "\n")
    text = text.lstrip("\ufeff")
    raw_lines = text.split("\n")
    lines = [_make_line(i, raw) for i, raw in enumerate(raw_lines)]
    indented = [bool(raw) and raw[0] in _SPACES and bool(raw.strip(_SPACES)) for raw in raw_lines]
    # Widths as laid out, indent included: an indented first line is as full as the others.
    widths = [display_width(raw.rstrip(_SPACES), count_spaces=True) for raw in raw_lines]
    return unwrap_hard_breaks(lines, indented, widths)


def _make_line(index: int, raw: str) -> SourceLine:
    text = raw.replace("\x1a", "").replace("\f", "").strip(_SPACES)
    emphasized = False
    if _MD_HEADING.match(text):
        text, emphasized = _MD_HEADING.sub("", text).strip(_SPACES), True
    elif _MD_QUOTE_OR_BULLET.match(text) and _looks_like_markdown_item(text):
        text = _MD_QUOTE_OR_BULLET.sub("", text).strip(_SPACES)
    runs: list[Run] = []
    if _MD_BOLD.search(text):
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
    for match in _MD_BOLD.finditer(text):
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
    width = _wrap_width(lines, widths)
    if width is None:
        return lines
    flags = indented if indented is not None else [False] * len(lines)
    uses_indent = 3 <= sum(flags) <= 0.6 * sum(1 for line in lines if line.text)
    result: list[SourceLine] = []
    joining = False
    for line, starts_paragraph, line_width in zip(lines, flags, widths, strict=True):
        can_join = (
            line.text
            and find_marker(line.text) is None
            and not line.runs
            and not _standalone_short_line(line, line_width, width)
        )
        if joining and can_join and not (uses_indent and starts_paragraph):
            result[-1].text += line.text
        else:
            result.append(line)
        joining = _is_wrapped(line, line_width, width)
    return result


def _is_wrapped(line: SourceLine, line_width: int, width: int) -> bool:
    """A line filled to the wrap width continues on the next line.

    Even when it ends in 。: a sentence ending exactly at the margin inside a paragraph is
    more common than a paragraph doing so (a paragraph has several sentences). Where
    paragraphs are indented, the indent settles it.
    """
    return bool(line.text) and not line.runs and abs(line_width - width) <= WRAP_TOLERANCE


def _standalone_short_line(line: SourceLine, line_width: int, width: int) -> bool:
    """A short line without closing punctuation after a full one: a heading, not a tail."""
    return (
        line_width < width - WRAP_TOLERANCE and line.text[-1] not in _PARAGRAPH_END + "，、）)》”"
    )


def display_width(text: str, count_spaces: bool = False) -> int:
    """Width in half-width cells: a Chinese character or full-width sign takes two."""
    return sum(1 if ch.isascii() else 2 for ch in text if count_spaces or not ch.isspace())


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
    if len(open_ended) * 2 < len(long_lines):
        return None
    counts = Counter(open_ended)

    def near(w: int) -> int:
        return sum(c for n, c in counts.items() if abs(n - w) <= WRAP_TOLERANCE)

    width = max(counts, key=near)
    return width if near(width) * 10 >= len(open_ended) * 7 else None
