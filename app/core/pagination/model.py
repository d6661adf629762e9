"""What the paginator returns: pages → lines → spans, each with where it came from.

Positions are twips: x from the left edge of the text block (版心), y of a line's top
from the top of the text block (slot × layout.LINE_PITCH_TW). Every line takes one slot
of the page's 22, title lines included (the title's line pitch is the body's).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.printed.model import Role

# What a printed line is (app.core.printed.Role, a StrEnum: it compares equal to its
# string). Headings also carry their level (0 = 一、).
ROLES = tuple(Role)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one line in one face: text, where it starts and how wide it is, and
    the section id and paragraph index it came from (paragraph: index into the section's
    body, or into the intro; None for a heading, the title and the closing part)."""

    text: str
    x_tw: float
    width_tw: float
    role: Role
    section: str | None
    paragraph: int | None
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, slots=True)
class CellBox:
    """The part of a table cell on one line, for drawing the table's rules: x from the left
    edge of the text block (twips), and whether the cell's top or bottom rule runs along
    this line (its first or last line). A cell is ruled on its left and right too."""

    x0_tw: float
    x1_tw: float
    top: bool
    bottom: bool


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: its slot on the page (0-21), its spans, and the printed block
    (a paragraph of the .docx) it belongs to, counted from 0 in reading order."""

    slot: int
    role: Role
    spans: tuple[Span, ...]
    block: int
    level: int | None = None
    section: str | None = None
    paragraph: int | None = None
    cells: tuple[CellBox, ...] = ()  # a table's line: the cells it crosses

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)

    def y_tw(self, pitch_tw: float) -> float:
        return self.slot * pitch_tw


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based, as the footer prints it
    lines: tuple[Line, ...]
    landscape: bool = False  # a landscape page (a wide table, GB/T 9704 §8): fewer, longer lines

    @property
    def text_lines(self) -> list[str]:
        """The lines that print something (blank lines left out)."""
        return [line.text for line in self.lines if line.text.strip()]


@dataclass(frozen=True, slots=True)
class Pagination:
    """The whole document on pages, and the renderer its line breaking follows."""

    pages: tuple[Page, ...]
    metrics: str

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def to_json(self) -> dict[str, object]:
        """The shape `python -m app pages --format json` prints."""
        return {
            "pages": [
                {
                    "number": page.number,
                    "lines": [{"text": ln.text, "section": ln.section} for ln in page.lines],
                }
                for page in self.pages
            ]
        }
