"""Find and replace over a draft (headings, bodies, intro), without Qt.

Matches are listed in reading order: the intro, then every section's heading and body in
outline order. A `scope` narrows the search: `ALL` (the whole draft), `INTRO` (the intro
only) or a section id (that section with its subsections, 本节). `describe` tells where
each match is (the section's path of numbers and heading: "一、（二）1.抓好……") and what
surrounds it, for a list of results. 全部替换 is planned as a list of `TextChange`s (app.core.edits) that the
caller applies as one step (the GUI as one undo command). A replacement takes the
formatting (bold/italic/underline) of the first character it replaces. A table is one
block of a body: its matches are offsets into Table.text (cells joined by tabs and rows by
line breaks), and 全部替换 replaces inside each cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.edits import TextChange
from app.core.model import Block, Cell, Draft, Paragraph, Run, Section, Table
from app.core.numbering import NumberStyle, number_at, style_for_level
from app.core.place import Place

INTRO = Place.INTRO.value  # Match.section_id of a match in the intro paragraphs
HEADING, BODY = 0, 1
ALL = ""  # the scope of the whole draft
CONTEXT = 12  # characters of text either side of a match in a result's excerpt


@dataclass(frozen=True, order=True)
class Match:
    """One occurrence. Ordering = reading order (section order, heading before body)."""

    order: int  # 0 = intro, then 1.. in reading order of sections
    field: int  # HEADING or BODY
    paragraph: int
    start: int
    length: int
    section_id: str = ""

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.order, self.field, self.paragraph, self.start)


def pattern_for(needle: str, match_case: bool) -> re.Pattern[str]:
    return re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)


def in_scope(draft: Draft, scope: str) -> tuple[bool, set[str] | None]:
    """(whether the intro is searched, the ids of the sections searched: None for all)."""
    if scope == ALL:
        return True, None
    if scope == INTRO:
        return True, set()
    for section in draft.walk():
        if section.id == scope:
            return False, {s.id for s in section.walk()}
    return False, set()  # a section no longer in the draft: nothing to search


def find_matches(
    draft: Draft, needle: str, match_case: bool = False, scope: str = ALL
) -> list[Match]:
    """Every occurrence of `needle` in `scope` (see the module docstring), in reading order."""
    if not needle:
        return []
    pattern = pattern_for(needle, match_case)
    matches: list[Match] = []
    intro, ids = in_scope(draft, scope)
    for index, paragraph in enumerate(draft.intro if intro else []):
        for m in pattern.finditer(paragraph.text):
            matches.append(Match(0, BODY, index, m.start(), m.end() - m.start(), INTRO))
    for order, section in enumerate(draft.walk(), start=1):
        if ids is not None and section.id not in ids:
            continue
        for m in pattern.finditer(section.heading):
            matches.append(Match(order, HEADING, 0, m.start(), m.end() - m.start(), section.id))
        for index, paragraph in enumerate(section.body):
            for m in pattern.finditer(paragraph.text):
                matches.append(
                    Match(order, BODY, index, m.start(), m.end() - m.start(), section.id)
                )
    return matches


def reading_order(draft: Draft, section_id: str) -> int:
    """Match.order of a place: 0 for the intro, -1 for an unknown section."""
    if section_id == INTRO:
        return 0
    for order, section in enumerate(draft.walk(), start=1):
        if section.id == section_id:
            return order
    return -1


def next_match(
    matches: list[Match], key: tuple[int, int, int, int], backwards: bool = False
) -> Match | None:
    """The match after the place `key` (or before it), wrapping round at the end."""
    if not matches:
        return None
    if backwards:
        before = [m for m in matches if (m.order, m.field, m.paragraph, m.start + 1) < key]
        return before[-1] if before else matches[-1]
    after = [m for m in matches if m.key >= key]
    return after[0] if after else matches[0]


def replace_in_paragraph(
    paragraph: Paragraph, pattern: re.Pattern[str], replacement: str
) -> Paragraph:
    """Replace every match, keeping formats; the new text takes the format of the match's start."""
    text = paragraph.text
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not spans:
        return paragraph
    formats: list[Run] = []  # one per character: which run it came from
    for run in paragraph.runs:
        formats.extend([run] * len(run.text))
    out: list[Run] = []
    position = 0
    for start, end in spans:
        out.extend(
            Run(text[i], formats[i].bold, formats[i].italic, formats[i].underline)
            for i in range(position, start)
        )
        source = formats[start]
        out.append(Run(replacement, source.bold, source.italic, source.underline))
        position = end
    out.extend(
        Run(text[i], formats[i].bold, formats[i].italic, formats[i].underline)
        for i in range(position, len(text))
    )
    return Paragraph(out).normalized()


def _count_in_block(block: Block, pattern: re.Pattern[str]) -> int:
    if isinstance(block, Table):
        return sum(len(pattern.findall(p.text)) for c in block.cells() for p in c.paragraphs)
    return len(pattern.findall(block.text))


def replace_in_block(block: Block, pattern: re.Pattern[str], replacement: str) -> Block:
    """A paragraph, or a table with every cell's paragraphs, with the matches replaced (a
    match across two cells is not replaced: cells are separate texts)."""
    if not isinstance(block, Table):
        return replace_in_paragraph(block, pattern, replacement)
    rows = [
        [
            Cell(
                [replace_in_paragraph(p, pattern, replacement) for p in c.paragraphs],
                c.col_span,
                c.row_span,
                c.covered,
            )
            for c in row
        ]
        for row in block.rows
    ]
    return Table(rows, block.header_rows, block.caption, list(block.col_widths), block.id)


def plan_replace_all(
    draft: Draft, needle: str, replacement: str, match_case: bool, scope: str = ALL
) -> tuple[list[TextChange], int]:
    """What 全部替换 would change in `scope` (one TextChange per place touched), and how
    many occurrences."""
    pattern = pattern_for(needle, match_case)
    intro, ids = in_scope(draft, scope)
    changes: list[TextChange] = []
    count = 0

    def body_after(body: list[Block]) -> tuple[list[Block], int]:
        found = sum(_count_in_block(b, pattern) for b in body)
        if not found:
            return body, 0
        return [replace_in_block(b, pattern, replacement) for b in body], found

    new_intro, found = body_after(draft.intro) if intro else (draft.intro, 0)
    if found:
        changes.append(TextChange(None, "", "", list(draft.intro), new_intro))
        count += found
    for section in draft.walk():
        if ids is not None and section.id not in ids:
            continue
        heading_hits = len(pattern.findall(section.heading))
        new_body, found = body_after(section.body)
        if heading_hits or found:
            new_heading = pattern.sub(lambda _m: replacement, section.heading)
            changes.append(
                TextChange(section.id, section.heading, new_heading, list(section.body), new_body)
            )
            count += heading_hits + found
    return changes, count


@dataclass(frozen=True)
class MatchPlace:
    """Where a match is and what surrounds it, for one row of a list of results.

    `path` is the numbers of the section and its ancestors ("一、（二）1."), empty for the
    intro (`heading` is then ""); the excerpt is `before` + `text` + `after`, one line,
    … where the paragraph goes on."""

    match: Match
    path: str
    heading: str
    before: str
    text: str
    after: str


def section_paths(draft: Draft) -> dict[str, str]:
    """Every section's path of numbers, outermost first: {"s03": "一、（二）"}."""
    paths: dict[str, str] = {}
    styles = draft.numbering

    def visit(siblings: list[Section], positions: tuple[int, ...], prefix: str, outer: str) -> None:
        # A decimal number under a decimal level carries its parent's already ("1.2　"
        # under "1　"): it replaces the parent's number in the path instead of following it.
        level = len(positions)
        joins = level > 0 and all(
            style_for_level(styles, n) is NumberStyle.DECIMAL for n in (level - 1, level)
        )
        before = outer if joins else prefix
        for row, section in enumerate(siblings, start=1):
            path = (*positions, row)
            paths[section.id] = before + number_at(styles, path)
            visit(section.children, path, paths[section.id], before)

    visit(draft.sections, (), "", "")
    return paths


def _one_line(text: str) -> str:
    return text.replace("\r\n", "↵").replace("\n", "↵").replace("\r", "↵")


def describe(draft: Draft, matches: list[Match], context: int = CONTEXT) -> list[MatchPlace]:
    """The place and surrounding text of each match (matches of this draft as it is)."""
    paths = section_paths(draft)
    sections = {s.id: s for s in draft.walk()}
    places: list[MatchPlace] = []
    for match in matches:
        section = sections.get(match.section_id)
        if match.section_id == INTRO or section is None:
            path, heading = "", ""
            paragraphs = draft.intro
            text = paragraphs[match.paragraph].text if match.paragraph < len(paragraphs) else ""
        else:
            path, heading = paths[section.id], section.heading
            if match.field == HEADING:
                text = section.heading
            elif match.paragraph < len(section.body):
                text = section.body[match.paragraph].text
            else:
                text = ""
        start, end = match.start, match.start + match.length
        left = max(0, start - context)
        right = min(len(text), end + context)
        before = ("…" if left > 0 else "") + text[left:start]
        after = text[end:right] + ("…" if right < len(text) else "")
        places.append(
            MatchPlace(
                match,
                path,
                heading,
                _one_line(before),
                _one_line(text[start:end]),
                _one_line(after),
            )
        )
    return places
