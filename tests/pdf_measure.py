"""Measure a rendered PDF the way a formatting reviewer measures a printed page.

Positions are in millimetres from the top-left corner of the paper. The text block
(版心) of GB/T 9704-2012 is 28 mm from the left, 37 mm from the top, 156 x 225 mm; these
numbers are written out here on purpose (not read from app.core.layout) so the tests check
the standard, not the exporter's own constants.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PT_PER_MM = 72 / 25.4
BLOCK_LEFT_MM, BLOCK_RIGHT_MM = 28.0, 210.0 - 26.0
BLOCK_TOP_MM, BLOCK_BOTTOM_MM = 37.0, 297.0 - 35.0


def mm(pt: float) -> float:
    return pt / PT_PER_MM


def is_chinese(ch: str) -> bool:
    """A full-width character: ideographs and Chinese punctuation (“”《》—… included)."""
    return bool(ch) and all(unicodedata.east_asian_width(c) in "WFA" for c in ch)


@dataclass
class Line:
    baseline_mm: float
    chars: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def glyphs(self) -> list[dict[str, Any]]:
        return [c for c in self.chars if not c["text"].isspace()]

    @property
    def left_mm(self) -> float:
        return mm(self.glyphs[0]["x0"])

    @property
    def right_mm(self) -> float:
        return mm(self.glyphs[-1]["x1"])

    @property
    def all_chinese(self) -> bool:
        return all(is_chinese(c["text"]) for c in self.glyphs)

    @property
    def sizes(self) -> set[float]:
        return {round(c["size"], 1) for c in self.glyphs}

    @property
    def fonts(self) -> set[str]:
        """The faces the line's glyphs are drawn in (subset prefix "ABCDEF+" removed)."""
        return {font_name(c) for c in self.glyphs}


def font_name(char: dict[str, Any]) -> str:
    """A glyph's font as embedded in the PDF, without the subset tag: "FandolHei-Regular"."""
    name = str(char["fontname"])
    return name.split("+", 1)[1] if "+" in name[:7] else name


@dataclass
class PageLayout:
    number: int  # 1-based
    body: list[Line]
    footer: list[Line]
    page: Any  # the pdfplumber page, for rasterising


def _baseline_pt(page: Any, char: dict[str, Any]) -> float:
    return float(page.height - char["matrix"][5])


def _group_lines(page: Any, chars: list[dict[str, Any]]) -> list[Line]:
    lines: list[Line] = []
    for char in sorted(chars, key=lambda c: (round(_baseline_pt(page, c), 0), c["x0"])):
        baseline = mm(_baseline_pt(page, char))
        if lines and abs(lines[-1].baseline_mm - baseline) < 0.7:
            lines[-1].chars.append(char)
        else:
            lines.append(Line(baseline, [char]))
    for line in lines:
        line.chars.sort(key=lambda c: c["x0"])
    return [line for line in lines if line.glyphs]


def read_pages(pdf_path: Path) -> tuple[Any, list[PageLayout]]:
    """(open pdfplumber document, pages split into body lines and footer lines)."""
    import pdfplumber

    pdf = pdfplumber.open(str(pdf_path))
    pages = []
    for index, page in enumerate(pdf.pages):
        lines = _group_lines(page, list(page.chars))
        body = [ln for ln in lines if ln.baseline_mm <= BLOCK_BOTTOM_MM + 0.5]
        footer = [ln for ln in lines if ln.baseline_mm > BLOCK_BOTTOM_MM + 0.5]
        pages.append(PageLayout(index + 1, body, footer, page))
    return pdf, pages


def line_slots(lines: list[Line], pitch_mm: float) -> int:
    """How many line positions the page spans, blank lines included."""
    if not lines:
        return 0
    return round((lines[-1].baseline_mm - lines[0].baseline_mm) / pitch_mm) + 1


def body_pitch_mm(pages: list[PageLayout]) -> float:
    """The most common distance between consecutive body baselines."""
    from collections import Counter

    gaps: Counter[float] = Counter()
    for page in pages:
        for a, b in zip(page.body, page.body[1:], strict=False):
            gaps[round(b.baseline_mm - a.baseline_mm, 2)] += 1
    return gaps.most_common(1)[0][0]


def dash_ink_centre_mm(page: PageLayout, char: dict[str, Any], dpi: int = 288) -> float:
    """Vertical centre of the ink of a dash glyph (font metrics say nothing about where a
    font draws its dash, so look at the pixels)."""
    scale = dpi / 72
    image = page.page.to_image(resolution=dpi).original.convert("L")
    left, right = int(char["x0"] * scale), int(char["x1"] * scale)
    top, bottom = int(char["top"] * scale) - 2, int(char["bottom"] * scale) + 2
    rows = [
        y
        for y in range(top, bottom)
        if sum(1 for x in range(left, right) if image.getpixel((x, y)) < 128) > (right - left) // 3
    ]
    if not rows:
        raise AssertionError(f"no ink found for the dash on page {page.number}")
    return mm((rows[0] + rows[-1] + 1) / 2 / scale)
