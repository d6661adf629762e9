"""Where a printed line ends: the width of each character, and the Chinese line-breaking
rules (避头尾) as LibreOffice 25.2 applies them to our .docx.

A line takes characters while they fit (metrics.Metrics); at the first one that does not:

- a space there hangs at the line's end (spaces never start a line);
- with hanging punctuation (LibreOffice, see metrics point 2) one mark of
  metrics.HANGING_MARKS hangs in the margin — when it follows Chinese text: after a
  Latin character ("98.6%。", "1.2") it belongs to the Latin run, which does not hang
  (measured);
- otherwise the line ends at the last place a break is allowed: not before a mark of
  NO_LINE_START, not after one of NO_LINE_END, never inside a run of Latin letters and
  digits ("2024", "12.5%", "A&B"), never between the two halves of "——". When the
  whole line offers no break, it is cut where it is full.

The classes are LibreOffice's zh-CN forbidden characters (metrics.LO_FORBIDDEN_*) plus
what its ICU line breaker adds (measured on rendered probes, tests/test_pagination_render.py):
no break before "…" (UAX #14 IN), "%" "％" (PO), "/" (SY) and, after "/", none either,
nor after "+" "$" (PR: "互联网+教育" keeps "+教");
quotation marks “ ” ‘ ’ " ' glue to *both* neighbours (UAX #14 QU), so "七”" and "五“"
move to the next line together — except that a line may end at one of the marks that
can hang (、，。…) before an opening quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import app.core.pagination.metrics as m
from app.core import layout
from app.core.zh.chars import is_han

QUOTES = frozenset("“”‘’\"'")
OPENING_QUOTES = frozenset("“‘")
NO_LINE_START = frozenset(m.LO_FORBIDDEN_BEGIN) | frozenset("…‥%％/") | QUOTES
NO_LINE_END = frozenset(m.LO_FORBIDDEN_END) | frozenset("/+$") | QUOTES
HANGING = frozenset(m.HANGING_MARKS)
SPACES = frozenset(" \u3000\t")
_EPS = 0.01  # twips: sums of float widths must not lose a character that fits exactly

# Characters that do not simply take one grid cell: everything below the CJK blocks
# (Latin, digits, general punctuation, symbols) and the half-width forms.
_NARROW = re.compile(
    "[\x00-\u2e7f\ua4d0-\uabff\ufb00-\ufe2f\ufe70-\ufeff\uff61-\uffdc\uffe8-\uffee]"
)


def _is_latin(ch: str) -> bool:
    return ch < "\u2000" and ch not in SPACES


def char_widths(
    text: str, size_pt: float, cell_tw: float, metrics: m.Metrics
) -> tuple[list[float] | None, dict[int, float]]:
    """Advance of each character in twips (None when every character takes one cell),
    and the Chinese-Latin gaps included in them, by index.

    Wide characters take a cell (`cell_tw`: the grid cell, or the font size off the
    grid); Latin ones their font's advance; weak ones (“ — …) a cell inside Chinese
    text and a Latin width after a Latin character, as LibreOffice assigns them a script.
    The gap between a 汉字 and an ASCII letter or digit (metrics point 4) is counted on
    the character after the edge; a line that starts there does not print it.
    """
    gaps: dict[int, float] = {}
    if _NARROW.search(text) is None:
        return None, gaps
    widths = [cell_tw] * len(text)
    gap = metrics.autospace_em * size_pt * layout.TWIPS_PER_PT
    for match in _NARROW.finditer(text):
        i = match.start()
        ch = text[i]
        if ch == "\t":
            widths[i] = cell_tw
        elif m.is_weak(ch) or ch == " ":
            widths[i] = cell_tw if _chinese_context(text, i) else metrics.latin_tw(ch, size_pt)
        elif not m.is_wide(ch):
            widths[i] = metrics.latin_tw(ch, size_pt)
            if gap and ch.isascii() and ch.isalnum():
                if i and is_han(text[i - 1]):
                    gaps[i] = gap
                if i + 1 < len(text) and is_han(text[i + 1]):
                    gaps[i + 1] = gap
    for i, g in gaps.items():
        widths[i] += g
    return widths, gaps


def _chinese_context(text: str, i: int) -> bool:
    """Whether a weak character at i takes the script of Chinese text around it: the
    previous strong character's, or (at the start) the next one's."""
    for j in range(i - 1, -1, -1):
        ch = text[j]
        if not (m.is_weak(ch) or ch in SPACES):
            return not _is_latin(ch)
    for ch in text[i + 1 :]:
        if not (m.is_weak(ch) or ch in SPACES):
            return not _is_latin(ch)
    return True


def can_break(text: str, i: int) -> bool:
    """Whether a line may end between text[i - 1] and text[i]."""
    a, b = text[i - 1], text[i]
    if b in OPENING_QUOTES and a in HANGING:
        return True  # measured: "、“" "，“" "。“" break, "甲“" "》“" "”“" do not
    if b in NO_LINE_START or a in NO_LINE_END or b in SPACES:
        return False
    if a in SPACES:
        return True
    if a == b == "—":
        return False
    return not (_is_latin(a) and _is_latin(b))


def break_lines(
    text: str,
    widths: list[float] | None,
    cell_tw: float,
    first_tw: float,
    rest_tw: float,
    hang: bool,
    gaps: dict[int, float] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of each line of `text`; the first line has room for `first_tw`
    twips, the others `rest_tw`. `widths` and `gaps` as char_widths gives them."""
    n = len(text)
    prefix = list(accumulate(widths, initial=0.0)) if widths is not None else None
    lines: list[tuple[int, int]] = []
    pos, room = 0, first_tw
    while pos < n:
        if prefix is None:
            end = pos + int((room + _EPS) // cell_tw)
        else:
            lead = gaps.get(pos, 0.0) if gaps else 0.0  # no gap at a line's start
            end = bisect_right(prefix, prefix[pos] + room + lead + _EPS) - 1
        if end >= n:
            lines.append((pos, n))
            break
        end = max(end, pos + 1)  # a character wider than the line stands alone
        if text[end] in SPACES:
            stop = end
            while stop < n and text[stop] in SPACES:
                stop += 1
            lines.append((pos, stop))
            pos = stop
        elif (
            hang
            and text[end] in HANGING
            and (end + 1 == n or text[end + 1] not in HANGING)
            and not _is_latin(text[end - 1])
        ):
            lines.append((pos, end + 1))
            pos = end + 1
        else:
            cut = end
            while cut > pos and not can_break(text, cut):
                cut -= 1
            if cut == pos:
                cut = end  # no break allowed anywhere: cut where the line is full
            lines.append((pos, cut))
            pos = cut
        room = rest_tw
    return lines or [(0, 0)]
