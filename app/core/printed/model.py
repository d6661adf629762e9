"""The printed document as values: blocks (one printed paragraph each) of runs.

Both the .docx writer (app.core.export.body) and the paginator (app.core.pagination)
consume these, so what is printed and what the preview and page count show cannot drift
apart. Every figure comes from app.core.layout; the builder is app.core.printed.build.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from app.core import layout


class Role(StrEnum):
    """What a printed paragraph (and each of its runs) is. A StrEnum compares equal to its
    string, so `line.role == "heading"` keeps working."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    RECIPIENT = "recipient"  # 主送机关, flush left under the title's blank line (7.3.2)
    BLANK = "blank"
    INTRO = "intro"
    HEADING = "heading"  # a heading line on its own
    RUN_IN = "run_in"  # a run-in item: lead ("一是……。") and its first body paragraph, if any
    BODY = "body"
    APPENDIX_LABEL = "appendix_label"  # "附件1" at the head of an appendix's first page
    CAPTION = "caption"  # a table's caption, printed above it ("表1 ……")
    TABLE = "table"  # a table (PrintedBlock.table); its lines are its rows' lines
    ATTACHMENT = "attachment"  # 附件说明
    SIGNATURE = "signature"  # 署名
    DATE = "date"  # 成文日期


class Align(StrEnum):
    """Horizontal alignment; the values are those of w:jc."""

    BOTH = "both"
    CENTER = "center"
    RIGHT = "right"


class ChangeKind(StrEnum):
    INSERT = "insert"
    DELETE = "delete"
    FORMAT = "format"  # the run's text kept, its formatting changed (w:rPrChange)


class Face(StrEnum):
    """The typeface of a run: its paragraph style's (a heading's level face, the title's)
    or the body face pinned (the body text of a run-in item, a bold 仿宋 lead: R4)."""

    STYLE = "style"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class RunFormat:
    """A run's formatting (the kind of paragraph it prints in, and its own), as a format
    change remembers it from before."""

    role: Role
    bold: bool = False
    italic: bool = False
    underline: bool = False
    face: Face = Face.STYLE


@dataclass(frozen=True, slots=True)
class Change:
    """A tracked change on a run (w:ins / w:del, or w:rPrChange with `was`, the run's
    formatting before): who made it and when (ISO 8601)."""

    kind: ChangeKind
    author: str = ""
    date: str = ""
    was: RunFormat | None = None  # ChangeKind.FORMAT: the formatting rejecting restores


class MarkKind(StrEnum):
    START = "start"
    END = "end"


@dataclass(frozen=True, slots=True)
class CommentMark:
    """Where a review comment's range starts or ends (an empty run carries it)."""

    kind: MarkKind
    comment: int  # PrintedComment.id


@dataclass(frozen=True, slots=True)
class PrintedComment:
    """A review comment (批注) as the .docx holds it (w:comment)."""

    id: int
    author: str
    date: str  # ISO 8601, or ""
    text: str


@dataclass(slots=True)
class PrintedRun:
    """Text in one format within a block, and the section and paragraph it came from
    (paragraph: index into the section's body or the intro; None for a heading)."""

    text: str
    role: Role
    section: str | None = None
    paragraph: int | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    face: Face = Face.STYLE
    change: Change | None = None
    mark: CommentMark | None = None  # an empty run marking a comment's range

    @property
    def format(self) -> RunFormat:
        return RunFormat(self.role, self.bold, self.italic, self.underline, self.face)

    def formatted(self, fmt: RunFormat) -> PrintedRun:
        """This run with another formatting (its text and places kept)."""
        return replace(
            self,
            role=fmt.role,
            bold=fmt.bold,
            italic=fmt.italic,
            underline=fmt.underline,
            face=fmt.face,
        )


class CellAlign(StrEnum):
    """A cell's horizontal alignment (w:jc of its paragraphs)."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(slots=True)
class PrintedCell:
    """One grid position of a printed table. A cell that covers others to its right
    (col_span) or below (row_span) holds their room; a covered position prints nothing.
    paragraphs: the cell's paragraphs as runs (role Role.TABLE)."""

    paragraphs: list[list[PrintedRun]]
    col_span: int = 1
    row_span: int = 1
    covered: bool = False
    align: CellAlign = CellAlign.LEFT
    bold: bool = False  # header cells

    @property
    def texts(self) -> list[str]:
        return ["".join(r.text for r in runs) for runs in self.paragraphs]


@dataclass(slots=True)
class PrintedTable:
    """A table as printed: rows of a full grid, its first header_rows repeated on every
    page it spans, absolute column widths (twips, summing to the width it prints at),
    landscape when it is wider than the text block (GB/T 9704 §8)."""

    rows: list[list[PrintedCell]]
    col_widths_tw: list[int]
    header_rows: int = 1
    landscape: bool = False

    @property
    def width_tw(self) -> int:
        return sum(self.col_widths_tw)


@dataclass(slots=True)
class PrintedBlock:
    """One printed paragraph: its runs, where its lines start (in 字 from the left edge of
    the text block: first line, other lines; right indent), alignment, size, and keep rules.

    keep_next / keep_together / widow: the rules as they hold for this paragraph (R1, R2 of
    layout.py), whatever the paragraph style already says; the writer writes only what the
    style does not. bookmark: a name the writer marks the paragraph with (a section id).
    exact_widths: digits count as exactly half a 字 (7.3.5.2 positions of the closing part).
    """

    role: Role
    runs: list[PrintedRun]
    level: int | None = None
    section: str | None = None
    paragraph: int | None = None
    first_zi: float = layout.FIRST_LINE_INDENT_ZI
    rest_zi: float = 0.0
    right_zi: float = 0.0
    align: Align = Align.BOTH
    size_pt: float = layout.BODY_PT
    grid: bool = True  # on the 28-cell character grid (the title is not)
    keep_next: bool = False
    keep_together: bool = False
    widow: int = 0
    exact_widths: bool = False
    bookmark: str | None = None
    table: PrintedTable | None = None  # role TABLE: the grid (runs is empty)
    landscape: bool = False  # on landscape pages (a wide table and its caption, §8)
    page_break_before: bool = False  # starts a page (an appendix: 7.3.7 附件应当另面编排)
    # a tracked change of the paragraph mark itself (an inserted or deleted paragraph):
    # accepting a deleted mark, or rejecting an inserted one, joins it to the next block
    mark: Change | None = None
    # a tracked change of the paragraph's properties (w:pPrChange): the block as it was
    restyled: Restyled | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(slots=True)
class Restyled:
    """A paragraph whose properties changed (w:pPrChange): who changed them and when, and
    the block as it was (its role, level, indents, alignment, keeps; not its runs)."""

    change: Change
    before: PrintedBlock
