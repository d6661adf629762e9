"""The document model: a draft is meta, numbering styles per level and a tree of sections.

Headings are stored without their numbers (numbering.py derives them from position), so
moving a section renumbers everything at once and nothing has to be rewritten by hand.
All tree operations keep section ids, which the GUI and drag-and-drop rely on.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.core.numbering import DEFAULT_STYLES, NumberStyle, format_number, style_for_level


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


@dataclass(slots=True, eq=False)
class Section:
    """A heading (without its number), its body paragraphs and its subsections.

    run_in: the heading and the first body paragraph share one printed paragraph,
    as in "一是完善制度机制，深化系统党的政治建设。以贯彻落实……".
    budget: an optional character budget for the section's own text (规范检查 warns past it).
    """

    heading: str
    body: list[Paragraph] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    run_in: bool = False
    budget: int | None = None
    id: str = field(default_factory=new_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Section):
            return NotImplemented
        return (
            self.id == other.id
            and self.heading == other.heading
            and self.run_in == other.run_in
            and self.budget == other.budget
            and self.body == other.body
            and self.children == other.children
        )

    @property
    def body_text(self) -> str:
        return "\n".join(p.text for p in self.body)

    def char_count(self) -> int:
        """Characters of the heading and body, without spaces and line breaks (字数)."""
        return count_chars(self.heading) + sum(count_chars(p.text) for p in self.body)

    def total_char_count(self) -> int:
        return self.char_count() + sum(c.total_char_count() for c in self.children)

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


@dataclass(slots=True, eq=False)
class Draft:
    """A whole 工作总结. `intro` holds the paragraphs before the first section."""

    meta: Meta = field(default_factory=Meta)
    numbering: list[NumberStyle] = field(default_factory=lambda: list(DEFAULT_STYLES))
    intro: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Draft):
            return NotImplemented
        return (
            self.meta == other.meta
            and self.numbering == other.numbering
            and self.intro == other.intro
            and self.sections == other.sections
        )

    # -- reading -------------------------------------------------------------

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def walk_with_level(self) -> Iterator[tuple[Section, int, str]]:
        """(section, 0-based level, derived number) in reading order."""

        def visit(siblings: list[Section], level: int) -> Iterator[tuple[Section, int, str]]:
            style = style_for_level(self.numbering, level)
            for index, section in enumerate(siblings):
                yield section, level, format_number(style, index + 1)
                yield from visit(section.children, level + 1)

        return visit(self.sections, 0)

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
        level = 0
        parent, _ = self.locate(section_id)
        while parent is not None:
            level += 1
            parent, _ = self.locate(parent.id)
        return level

    def number_of(self, section_id: str) -> str:
        parent, index = self.locate(section_id)
        return format_number(style_for_level(self.numbering, self.level_of(section_id)), index + 1)

    def char_count(self) -> int:
        return (
            count_chars(self.meta.title)
            + sum(count_chars(p.text) for p in self.intro)
            + sum(s.total_char_count() for s in self.sections)
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
