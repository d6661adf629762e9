"""Compare two states of a draft (two versions, or a version and now), section by section.

Sections are matched by id, so a section whose heading was rewritten is `renamed`, one
that changed place in the outline is `moved`, and neither shows as deleted plus added.
Within a section the heading and the body (paragraphs joined by "\\n", so a split or a
joined paragraph is an inserted or deleted "\\n") are compared character by character with
diff-match-patch: Chinese has no spaces to compare words by, and its semantic cleanup
turns a character soup of small matches into changes a reader takes in ("把A改成B" rather
than every shared 的 kept). Formatting is compared too: text equal on both sides whose
bold/italic/underline differs is a FORMAT change.

From the result a single change (`Hunk`) or a whole section's text can be taken back into
the newer draft: `take_back_hunk` / `take_back_text` return the `TextChange` that the
session applies as one undo step.
"""

from __future__ import annotations

import copy
import difflib
import itertools
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.edits import TextChange, text_change
from app.core.flat import (
    OpKind,
    Style,
    TableTokens,
    body_from,
    body_styles,
    body_text,
    char_ops,
)
from app.core.model import Block, Draft, Section


class Part(StrEnum):
    HEADING = "heading"
    BODY = "body"


class HunkKind(StrEnum):
    INSERT = "insert"
    DELETE = "delete"
    REPLACE = "replace"
    FORMAT = "format"


class SectionStatus(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text: kept, inserted or deleted. `style` is its formatting on its side
    (the newer for kept and inserted text, the older for deleted); `old_style` is set on
    kept text whose formatting changed."""

    kind: OpKind
    text: str
    style: Style = Style.PLAIN
    old_style: Style | None = None


@dataclass(frozen=True, slots=True)
class Hunk:
    """One change: old[old_start:old_end] became new[new_start:new_end] in `part`
    (offsets in the heading, or in the body's text with "\\n" between paragraphs)."""

    part: Part
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str
    format_only: bool = False

    @property
    def kind(self) -> HunkKind:
        if self.format_only:
            return HunkKind.FORMAT
        if not self.old_text:
            return HunkKind.INSERT
        if not self.new_text:
            return HunkKind.DELETE
        return HunkKind.REPLACE


@dataclass(slots=True)
class SectionComparison:
    """One place of the draft in both states; section_id None is the intro."""

    section_id: str | None
    status: SectionStatus
    old_heading: str = ""
    new_heading: str = ""
    old_number: str = ""
    new_number: str = ""
    old_level: int = 0
    new_level: int = 0
    moved: bool = False
    heading: list[Segment] = field(default_factory=list)
    body: list[Segment] = field(default_factory=list)
    hunks: list[Hunk] = field(default_factory=list)
    tokens: TableTokens = field(default_factory=lambda: TableTokens())

    @property
    def renamed(self) -> bool:
        return self.status is SectionStatus.CHANGED and self.old_heading != self.new_heading

    @property
    def changed(self) -> bool:
        return self.status is not SectionStatus.SAME or self.moved


@dataclass(frozen=True, slots=True)
class MetaDifference:
    """A field of 文档信息 (title, subtitle, author, date, attachments) that differs, or
    "appendices" when the appendices differ (old/new: their titles)."""

    name: str
    old: str
    new: str


@dataclass(slots=True)
class Comparison:
    """`sections`: every place of both states, in the newer one's reading order, a removed
    section where it stood in the older one. `order`: the printed sequence of a tracked
    document (see `merged_order`)."""

    sections: list[SectionComparison]
    meta: list[MetaDifference]
    order: list[tuple[str, SectionStatus]]

    def changed(self) -> list[SectionComparison]:
        return [s for s in self.sections if s.changed]

    def get(self, section_id: str | None) -> SectionComparison:
        for item in self.sections:
            if item.section_id == section_id:
                return item
        raise KeyError(section_id)

    @property
    def hunk_count(self) -> int:
        return sum(len(s.hunks) for s in self.sections)


def _segments(
    ops: list[tuple[OpKind, str]], old_styles: list[Style], new_styles: list[Style]
) -> list[Segment]:
    """Ops split where the style changes, each with its side's style."""
    out: list[Segment] = []
    i = j = 0
    for kind, text in ops:
        n = len(text)
        olds = old_styles[i : i + n] if kind is not OpKind.INSERT else []
        news = new_styles[j : j + n] if kind is not OpKind.DELETE else []
        out.extend(_styled(kind, text, olds, news))
        if kind is not OpKind.INSERT:
            i += n
        if kind is not OpKind.DELETE:
            j += n
    return out


def _styled(kind: OpKind, text: str, olds: list[Style], news: list[Style]) -> list[Segment]:
    styles = olds if kind is OpKind.DELETE else news
    if styles.count(styles[0]) == len(styles) and (kind is not OpKind.EQUAL or olds == news):
        return [Segment(kind, text, styles[0])]  # one style throughout: the usual case
    if kind is OpKind.EQUAL:
        keys = [(new, None if old == new else old) for old, new in zip(olds, news, strict=True)]
    else:
        keys = [(style, None) for style in styles]
    out = []
    start = 0
    for (style, old), group in itertools.groupby(keys):
        n = sum(1 for _ in group)
        out.append(Segment(kind, text[start : start + n], style, old))
        start += n
    return out


def _hunks(part: Part, segments: list[Segment]) -> list[Hunk]:
    """Runs of inserted/deleted segments between kept text, and kept text restyled."""
    hunks: list[Hunk] = []
    i = j = 0
    pending: list[Segment] = []
    start_i = start_j = 0

    def close() -> None:
        if pending:
            old = "".join(s.text for s in pending if s.kind is OpKind.DELETE)
            new = "".join(s.text for s in pending if s.kind is OpKind.INSERT)
            hunks.append(
                Hunk(part, start_i, start_i + len(old), start_j, start_j + len(new), old, new)
            )
            pending.clear()

    for segment in segments:
        if segment.kind is OpKind.EQUAL:
            close()
            if segment.old_style is not None:
                end_i, end_j = i + len(segment.text), j + len(segment.text)
                text = segment.text
                if hunks and hunks[-1].format_only and hunks[-1].old_end == i:
                    last = hunks.pop()
                    i0, j0, text = last.old_start, last.new_start, last.old_text + text
                else:
                    i0, j0 = i, j
                hunks.append(Hunk(part, i0, end_i, j0, end_j, text, text, format_only=True))
            i += len(segment.text)
            j += len(segment.text)
            continue
        if not pending:
            start_i, start_j = i, j
        pending.append(segment)
        if segment.kind is OpKind.DELETE:
            i += len(segment.text)
        else:
            j += len(segment.text)
    close()
    return hunks


def compare_text(
    old: str, new: str, old_styles: list[Style] | None = None, new_styles: list[Style] | None = None
) -> list[Segment]:
    old_styles = old_styles if old_styles is not None else [Style.PLAIN] * len(old)
    new_styles = new_styles if new_styles is not None else [Style.PLAIN] * len(new)
    if old == new:
        return _segments([(OpKind.EQUAL, old)], old_styles, new_styles) if old else []
    return _segments(char_ops(old, new), old_styles, new_styles)


# -- sections ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Place:
    section: Section | None
    level: int
    number: str
    parent: str | None


def _places(draft: Draft) -> dict[str | None, _Place]:
    places: dict[str | None, _Place] = {None: _Place(None, 0, "", None)}

    def visit(siblings: list[Section], parent: str | None) -> None:
        for section in siblings:
            places[section.id] = _Place(section, 0, "", parent)
            visit(section.children, section.id)

    visit(draft.sections, None)
    for section, level, number in draft.walk_with_level():
        place = places[section.id]
        places[section.id] = _Place(section, level, number, place.parent)
    return places


def _compare_place(
    section_id: str | None,
    old: Draft,
    new: Draft,
    old_place: _Place | None,
    new_place: _Place | None,
    tokens: TableTokens,
) -> SectionComparison:
    def content(draft: Draft, place: _Place | None) -> tuple[str, list[Block]]:
        if place is None:
            return "", []
        if place.section is None:
            return "", draft.intro
        return place.section.heading, place.section.body

    old_heading, old_body = content(old, old_place)
    new_heading, new_body = content(new, new_place)
    if old_place is None:
        status = SectionStatus.ADDED
    elif new_place is None:
        status = SectionStatus.REMOVED
    elif old_heading == new_heading and old_body == new_body:
        status = SectionStatus.SAME
    else:
        status = SectionStatus.CHANGED
    heading = compare_text(old_heading, new_heading)
    if old_body == new_body:
        styles = body_styles(new_body)
        text = body_text(new_body, tokens)
        body = _segments([(OpKind.EQUAL, text)], styles, styles) if text else []
    else:
        body = compare_text(
            body_text(old_body, tokens),
            body_text(new_body, tokens),
            body_styles(old_body),
            body_styles(new_body),
        )
    hunks = _hunks(Part.HEADING, heading) + _hunks(Part.BODY, body)
    return SectionComparison(
        section_id,
        status,
        old_heading=old_heading,
        new_heading=new_heading,
        old_number=old_place.number if old_place else "",
        new_number=new_place.number if new_place else "",
        old_level=old_place.level if old_place else 0,
        new_level=new_place.level if new_place else 0,
        heading=heading,
        body=body,
        hunks=hunks,
        tokens=tokens,
    )


def merged_order(
    old_ids: list[str], new_ids: list[str], rehomed: frozenset[str] = frozenset()
) -> list[tuple[str, SectionStatus]]:
    """The sections of both reading orders in one sequence: those in the longest common
    order once (SAME: in place), the rest where each order had them (REMOVED from the
    older, ADDED from the newer). A moved section appears twice: where it went away, as
    REMOVED, and where it arrived, as ADDED: what a tracked document prints. Sections in
    `rehomed` (their parent changed) are moved whatever the common order would say."""
    old_keys = [(sid, sid in rehomed) for sid in old_ids]
    new_keys = [(sid, sid in rehomed and "new") for sid in new_ids]
    order: list[tuple[str, SectionStatus]] = []
    matcher = difflib.SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            order.extend((sid, SectionStatus.SAME) for sid in new_ids[j1:j2])
            continue
        order.extend((sid, SectionStatus.REMOVED) for sid in old_ids[i1:i2])
        order.extend((sid, SectionStatus.ADDED) for sid in new_ids[j1:j2])
    return order


def _meta_differences(old: Draft, new: Draft) -> list[MetaDifference]:
    out = []
    for name in ("title", "subtitle", "author", "date"):
        a, b = getattr(old.meta, name), getattr(new.meta, name)
        if a != b:
            out.append(MetaDifference(name, a, b))
    if old.meta.attachments != new.meta.attachments:
        out.append(
            MetaDifference(
                "attachments", "\n".join(old.meta.attachments), "\n".join(new.meta.attachments)
            )
        )
    if old.appendices != new.appendices:  # their content is not compared section by section
        out.append(
            MetaDifference(
                "appendices",
                "\n".join(a.title for a in old.appendices),
                "\n".join(a.title for a in new.appendices),
            )
        )
    return out


def compare(old: Draft, new: Draft) -> Comparison:
    """Every place of `old` and `new` compared (see the module docstring)."""
    old_places, new_places = _places(old), _places(new)
    old_ids = [s.id for s in old.walk()]
    new_ids = [s.id for s in new.walk()]
    rehomed = frozenset(
        sid
        for sid in old_ids
        if sid in new_places and old_places[sid].parent != new_places[sid].parent
    )
    order = merged_order(old_ids, new_ids, rehomed)
    out_of_order = {sid for sid, status in order if status is not SectionStatus.SAME}
    tokens = TableTokens()
    sections = [_compare_place(None, old, new, old_places[None], new_places[None], tokens)]
    seen: set[str] = set()
    for sid, status in order:
        if sid in seen:
            continue
        in_both = sid in old_places and sid in new_places
        if status is SectionStatus.REMOVED and in_both:
            continue  # a moved section is listed where it arrived
        seen.add(sid)
        item = _compare_place(sid, old, new, old_places.get(sid), new_places.get(sid), tokens)
        if in_both:
            old_place, new_place = old_places[sid], new_places[sid]
            item.moved = sid in out_of_order or old_place.parent != new_place.parent
        sections.append(item)
    return Comparison(sections, _meta_differences(old, new), order)


# -- taking a change back ----------------------------------------------------------------


def take_back_hunk(current: Draft, item: SectionComparison, hunk: Hunk) -> TextChange:
    """The change that puts the older text of one hunk back into `current` (the newer
    draft the comparison was made against)."""
    if item.section_id is None:
        heading, body = "", current.intro
    else:
        section = current.find(item.section_id)
        heading, body = section.heading, section.body
    if hunk.part is Part.HEADING:
        new_heading = heading[: hunk.new_start] + hunk.old_text + heading[hunk.new_end :]
        return text_change(current, item.section_id, heading=new_heading)
    _, old_styles = older_side(item.body)
    tokens = item.tokens
    text, styles = body_text(body, tokens), body_styles(body)
    text = text[: hunk.new_start] + hunk.old_text + text[hunk.new_end :]
    styles = (
        styles[: hunk.new_start]
        + old_styles[hunk.old_start : hunk.old_end]
        + styles[hunk.new_end :]
    )
    return text_change(current, item.section_id, body=body_from(text, styles, tokens))


def removed_section(old: Draft, current: Draft, section_id: str) -> tuple[str | None, int, Section]:
    """What re-inserting a section removed since `old` takes: (parent id, row, a copy of
    the section without the subsections `current` still has elsewhere). The caller checks
    that the parent is still there (None: the top level)."""
    parent, index = old.locate(section_id)
    section = copy.deepcopy(old.find(section_id))
    present = {s.id for s in current.walk()}
    section.children = [c for c in section.children if c.id not in present]
    parent_id = parent.id if parent else None
    siblings = current.sections if parent_id is None else current.find(parent_id).children
    return parent_id, min(index, len(siblings)), section


def take_back_text(current: Draft, old: Draft, item: SectionComparison) -> TextChange:
    """The change that gives a section (or the intro) its older heading and body again."""
    if item.section_id is None:
        return text_change(current, None, body=copy.deepcopy(old.intro))
    section = old.find(item.section_id)
    return text_change(current, item.section_id, section.heading, copy.deepcopy(section.body))


def _side(segments: list[Segment], dropped: OpKind) -> tuple[str, list[Style]]:
    """The text and styles of one side: the older (dropping inserts) or the newer."""
    text: list[str] = []
    styles: list[Style] = []
    for segment in segments:
        if segment.kind is dropped:
            continue
        text.append(segment.text)
        style = segment.style
        if dropped is OpKind.INSERT and segment.old_style is not None:
            style = segment.old_style
        styles.extend([style] * len(segment.text))
    return "".join(text), styles


def older_side(segments: list[Segment]) -> tuple[str, list[Style]]:
    return _side(segments, OpKind.INSERT)


def newer_side(segments: list[Segment]) -> tuple[str, list[Style]]:
    return _side(segments, OpKind.DELETE)
