"""The document model: a draft is meta, numbering styles per level and a tree of sections.

A section's body is a list of blocks: paragraphs and tables (`isinstance(block, Table)`
tells them apart). Appendices (附件 content) hold blocks and sections of their own; review
comments (批注) are kept with the section they anchor in.

Headings are stored without their numbers (numbering.py derives them from position), so
moving a section renumbers everything at once and nothing has to be rewritten by hand.
All tree operations keep section ids, which the GUI and drag-and-drop rely on.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeAlias

from app.core.numbering import DEFAULT_STYLES, NumberStyle, number_at


def new_id() -> str:
    """A short random section id, unique within any realistic draft."""
    return secrets.token_hex(6)


@dataclass(slots=True)
class Run:
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False

    def same_format(self, other: Run) -> bool:
        return (self.bold, self.italic, self.underline) == (
            other.bold,
            other.italic,
            other.underline,
        )


@dataclass(slots=True)
class Paragraph:
    """One paragraph of body text, as runs. Adjacent runs with equal format are merged."""

    runs: list[Run] = field(default_factory=list)

    @classmethod
    def plain(cls, text: str) -> Paragraph:
        return cls([Run(text)] if text else [])

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def is_plain(self) -> bool:
        return all(not (r.bold or r.italic or r.underline) for r in self.runs)

    def normalized(self) -> Paragraph:
        """Drop empty runs and merge neighbours with the same format."""
        merged: list[Run] = []
        for run in self.runs:
            if not run.text:
                continue
            if merged and merged[-1].same_format(run):
                last = merged[-1]
                merged[-1] = Run(last.text + run.text, last.bold, last.italic, last.underline)
            else:
                merged.append(Run(run.text, run.bold, run.italic, run.underline))
        return Paragraph(merged)


@dataclass(slots=True)
class Cell:
    """One grid position of a table.

    col_span > 1: this cell covers the next col_span-1 cells to its right (w:gridSpan);
    row_span > 1: it covers the cells below it (w:vMerge restart/continue). A position
    covered by a merge from the left or above is `covered` and holds no text.
    """

    paragraphs: list[Paragraph] = field(default_factory=list)
    col_span: int = 1
    row_span: int = 1
    covered: bool = False

    @classmethod
    def plain(cls, text: str) -> Cell:
        """A cell of plain text, one paragraph a line ("" gives an empty cell)."""
        return cls([Paragraph.plain(line) for line in text.split("\n")] if text else [])

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


@dataclass(slots=True, eq=False)
class Table:
    """A table among a section's paragraphs: a full grid (every row has as many cells).

    header_rows: the first rows, repeated on every page the table spans.
    caption: e.g. "表1 重点工作完成情况表", printed above the table.
    col_widths: relative widths (twips of the text block), one per column; empty = equal.
    """

    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 1
    caption: str = ""
    col_widths: list[int] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (
            self.id == other.id
            and self.caption == other.caption
            and self.header_rows == other.header_rows
            and self.col_widths == other.col_widths
            and self.rows == other.rows
        )

    @classmethod
    def plain(cls, rows: list[list[str]], header_rows: int = 1, caption: str = "") -> Table:
        """A table of plain text cells, without merges."""
        return cls([[Cell.plain(t) for t in row] for row in rows], header_rows, caption)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def col_count(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def cells(self) -> Iterator[Cell]:
        """Every cell that holds text (covered positions left out), row by row."""
        for row in self.rows:
            for cell in row:
                if not cell.covered:
                    yield cell

    @property
    def text(self) -> str:
        """Cells joined, a tab between cells and "\n" between rows (search, counts)."""
        return "\n".join("\t".join(c.text for c in row if not c.covered) for row in self.rows)

    def char_count(self) -> int:
        """字数 of the caption and every cell."""
        return count_chars(self.caption) + sum(
            count_chars(p.text) for c in self.cells() for p in c.paragraphs
        )


Block: TypeAlias = Paragraph | Table
"""What a body holds: `isinstance(block, Table)` tells the two apart."""


def paragraphs_of(blocks: list[Block]) -> list[Paragraph]:
    """The paragraphs of a body, tables left out."""
    return [b for b in blocks if isinstance(b, Paragraph)]


def tables_of(blocks: list[Block]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def blocks_char_count(blocks: list[Block], tables: bool = True) -> int:
    """字数 of a body; `tables=False` counts its paragraphs only."""
    total = 0
    for block in blocks:
        if isinstance(block, Table):
            if tables:
                total += block.char_count()
        else:
            total += count_chars(block.text)
    return total


@dataclass(slots=True)
class Comment:
    """A review comment (批注) kept in the draft, anchored in a section.

    paragraph: index into the section's body (None: the heading); start/end: character
    offsets in that paragraph (or heading); quote: the commented text, to re-anchor the
    comment after edits. date: ISO 8601 ("2026-12-02T09:30:00+08:00").
    """

    id: str = field(default_factory=new_id)
    author: str = ""
    date: str = ""
    text: str = ""
    paragraph: int | None = None
    start: int = 0
    end: int = 0
    quote: str = ""
    resolved: bool = False
    replies: list[Comment] = field(default_factory=list)


@dataclass(slots=True, eq=False)
class Section:
    """A heading (without its number), its body paragraphs and its subsections.

    run_in: the heading and the first body paragraph share one printed paragraph,
    as in "一是完善制度机制，深化系统党的政治建设。以贯彻落实……".
    budget: an optional character budget for the section's own text (规范检查 warns past it).
    body: paragraphs and tables; comments: review comments anchored in this section.
    """

    heading: str
    body: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    run_in: bool = False
    budget: int | None = None
    id: str = field(default_factory=new_id)
    comments: list[Comment] = field(default_factory=list)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Section):
            return NotImplemented
        return (
            self.id == other.id
            and self.heading == other.heading
            and self.run_in == other.run_in
            and self.budget == other.budget
            and self.body == other.body
            and self.comments == other.comments
            and self.children == other.children
        )

    @property
    def body_text(self) -> str:
        """Paragraphs and tables (Table.text) joined with line breaks."""
        return "\n".join(b.text for b in self.body)

    def paragraphs(self) -> list[Paragraph]:
        """The body's paragraphs, tables left out."""
        return paragraphs_of(self.body)

    def tables(self) -> list[Table]:
        return tables_of(self.body)

    def char_count(self, tables: bool = True) -> int:
        """Characters of the heading and body, without spaces and line breaks (字数);
        `tables=False` leaves the tables' captions and cells out."""
        return count_chars(self.heading) + blocks_char_count(self.body, tables)

    def table_char_count(self) -> int:
        """字数 of this section's tables (captions and cells): what char_count(tables=False)
        leaves out, so a label can say "含表格 N 字"."""
        return sum(t.char_count() for t in self.tables())

    def total_char_count(self, tables: bool = True) -> int:
        return self.char_count(tables) + sum(c.total_char_count(tables) for c in self.children)

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()

    def contains(self, other: Section) -> bool:
        """True when other is this section or lies anywhere below it."""
        return any(s is other for s in self.walk())


def count_chars(text: str) -> int:
    """字数 as Chinese offices count it: every character except white space."""
    # str.split() breaks at exactly the characters str.isspace() names, in C: 5x faster.
    return sum(map(len, text.split()))


@dataclass(slots=True)
class Meta:
    """Document information printed around the body."""

    title: str = ""
    subtitle: str = ""  # e.g. "——在全局工作会议上的讲话" or a speaker line, printed under the title
    author: str = ""  # 发文机关署名
    date: str = ""  # 成文日期, e.g. "2020年7月1日"
    attachments: list[str] = field(default_factory=list)  # 附件 names, in order
    # 主送机关 (7.3.2): one line, several names possible, ending with "：", e.g.
    # "各县（市、区）人民政府，市政府各部门：". Printed flush left under the title's blank line.
    recipient: str = ""
    # 发文字号 (7.2.4), e.g. "国办函〔2004〕71号": part of the 版头, kept as information;
    # printed only with a 版头 (see printed/build.py: a 工作总结 has none).
    doc_number: str = ""


@dataclass(slots=True, eq=False)
class Appendix:
    """The content of an attachment (附件), printed after the main text; not a chapter.
    Its title is its name in Meta.attachments (附件说明)."""

    title: str = ""
    intro: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Appendix):
            return NotImplemented
        return (
            self.id == other.id
            and self.title == other.title
            and self.intro == other.intro
            and self.sections == other.sections
        )

    def walk(self) -> Iterator[Section]:
        for section in self.sections:
            yield from section.walk()


@dataclass(slots=True, eq=False)
class Draft:
    """A whole 工作总结. `intro` holds the blocks before the first section; `appendices`
    the content of its attachments, printed after the main text."""

    meta: Meta = field(default_factory=Meta)
    numbering: list[NumberStyle] = field(default_factory=lambda: list(DEFAULT_STYLES))
    intro: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    appendices: list[Appendix] = field(default_factory=list)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Draft):
            return NotImplemented
        return (
            self.meta == other.meta
            and self.numbering == other.numbering
            and self.intro == other.intro
            and self.sections == other.sections
            and self.appendices == other.appendices
        )

    # -- reading -------------------------------------------------------------

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def walk_with_level(
        self, sections: list[Section] | None = None
    ) -> Iterator[tuple[Section, int, str]]:
        """(section, 0-based level, derived number) in reading order; `sections`: another
        tree numbered with the draft's styles (an appendix's), the draft's own by default."""

        def visit(
            siblings: list[Section], positions: tuple[int, ...]
        ) -> Iterator[tuple[Section, int, str]]:
            level = len(positions)
            for index, section in enumerate(siblings, start=1):
                path = (*positions, index)
                yield section, level, number_at(self.numbering, path)
                yield from visit(section.children, path)

        return visit(self.sections if sections is None else sections, ())

    def positions_of(self, section_id: str) -> tuple[int, ...]:
        """The section's 1-based position among its siblings at each level, outermost
        first: what `numbering.number_at` derives its number from."""
        positions: list[int] = []
        parent, index = self.locate(section_id)
        positions.append(index + 1)
        while parent is not None:
            parent, index = self.locate(parent.id)
            positions.append(index + 1)
        return tuple(reversed(positions))

    def find(self, section_id: str) -> Section:
        for section in self.walk():
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def locate(self, section_id: str) -> tuple[Section | None, int]:
        """(parent or None for top level, index among its siblings)."""

        def search(
            parent: Section | None, siblings: list[Section]
        ) -> tuple[Section | None, int] | None:
            for index, section in enumerate(siblings):
                if section.id == section_id:
                    return parent, index
                found = search(section, section.children)
                if found is not None:
                    return found
            return None

        found = search(None, self.sections)
        if found is None:
            raise KeyError(section_id)
        return found

    def siblings_of(self, parent: Section | None) -> list[Section]:
        return self.sections if parent is None else parent.children

    def level_of(self, section_id: str) -> int:
        return len(self.positions_of(section_id)) - 1

    def number_of(self, section_id: str) -> str:
        return number_at(self.numbering, self.positions_of(section_id))

    def char_count(self, tables: bool = True) -> int:
        """字数 of the title and main text (appendices are not counted)."""
        return (
            count_chars(self.meta.title)
            + blocks_char_count(self.intro, tables)
            + sum(s.total_char_count(tables) for s in self.sections)
        )

    # -- editing ---------------------------------------------------------------
    # Each operation keeps ids; numbers follow automatically because they are derived.

    def insert(self, parent_id: str | None, index: int, section: Section) -> Section:
        siblings = self.siblings_of(None if parent_id is None else self.find(parent_id))
        if not 0 <= index <= len(siblings):
            raise IndexError(f"position {index} outside 0..{len(siblings)}")
        siblings.insert(index, section)
        return section

    def delete(self, section_id: str) -> tuple[str | None, int, Section]:
        """Remove a section with its subtree; returns what `insert` needs to undo it."""
        parent, index = self.locate(section_id)
        section = self.siblings_of(parent).pop(index)
        return (parent.id if parent else None), index, section

    def rename(self, section_id: str, heading: str) -> str:
        """Set a heading; returns the previous one."""
        section = self.find(section_id)
        old, section.heading = section.heading, heading
        return old

    def can_move(self, section_id: str, new_parent_id: str | None) -> bool:
        """A section cannot go into itself or below itself."""
        if new_parent_id is None:
            return True
        return not self.find(section_id).contains(self.find(new_parent_id))

    def move(
        self, section_id: str, new_parent_id: str | None, index: int
    ) -> tuple[str | None, int]:
        """Move a section (with its subtree) to `index` among new_parent's children.

        `index` counts positions in the new sibling list as it is before the move, the
        convention Qt's drag-and-drop uses. Returns the old (parent id, index).
        """
        if not self.can_move(section_id, new_parent_id):
            raise ValueError("不能把一节移到它自己或它的下级之中")
        old_parent, old_index = self.locate(section_id)
        new_siblings = self.siblings_of(None if new_parent_id is None else self.find(new_parent_id))
        old_siblings = self.siblings_of(old_parent)
        if not 0 <= index <= len(new_siblings):
            raise IndexError(f"position {index} outside 0..{len(new_siblings)}")
        section = old_siblings.pop(old_index)
        if new_siblings is old_siblings and index > old_index:
            index -= 1
        new_siblings.insert(index, section)
        return (old_parent.id if old_parent else None), old_index

    def move_up(self, section_id: str) -> bool:
        parent, index = self.locate(section_id)
        if index == 0:
            return False
        self.move(section_id, parent.id if parent else None, index - 1)
        return True

    def move_down(self, section_id: str) -> bool:
        parent, index = self.locate(section_id)
        if index + 1 >= len(self.siblings_of(parent)):
            return False
        self.move(section_id, parent.id if parent else None, index + 2)
        return True

    def indent(self, section_id: str) -> bool:
        """Make a section the last child of the sibling above it (one level deeper)."""
        parent, index = self.locate(section_id)
        if index == 0:
            return False
        new_parent = self.siblings_of(parent)[index - 1]
        self.move(section_id, new_parent.id, len(new_parent.children))
        return True

    def outdent(self, section_id: str) -> bool:
        """Make a section the sibling right after its parent (one level up)."""
        parent, _ = self.locate(section_id)
        if parent is None:
            return False
        grandparent, parent_index = self.locate(parent.id)
        self.move(section_id, grandparent.id if grandparent else None, parent_index + 1)
        return True
