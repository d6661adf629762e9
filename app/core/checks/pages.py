"""Page checks: what a formatting reviewer sees on the printed pages, from the paginator.

The draft is laid out as the export prints it (app.core.pagination.paginate, default
options and renderer) and five things are looked for:

- a heading as the last line of a page, its text on the next page;
- a page holding only the closing part (附件说明, 署名, 成文日期);
- the closing part split across pages;
- a paragraph whose last line holds a single character (punctuation not counted;
  the end of a template instruction, reported as such and to be replaced, is left alone);
- 附件说明 starting on a page without body text.

The export's keep rules (a heading keeps with its text, the closing part keeps together
and pulls the last lines of the body) prevent most of these; what is left are the cases
the rules cannot solve (a run of headings or a list of attachments longer than a page),
and the single characters, which only the text can fix. Each finding says on which page,
and points at the text to change.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.checks.base import (
    RULES,
    Finding,
    Location,
    document_rule,
    excerpt,
    register,
    where_label,
)
from app.core.checks.template_hints import in_template_hint
from app.core.i18n import N_
from app.core.model import Draft
from app.core.pagination import Line, Pagination, paginate
from app.core.place import Place, place_label
from app.core.printed import Role
from app.core.zh.chars import CJK_PUNCT

HEADING_AT_FOOT = register("page.heading-at-foot", N_("标题落在页末"), "error")
CLOSING_ALONE = register("page.closing-alone", N_("落款单独成页"), "error")
CLOSING_SPLIT = register("page.closing-split", N_("落款跨页"), "error")
SINGLE_CHAR = register("page.single-char", N_("段末单字成行"), "warning")
ATTACHMENT_NO_BODY = register("page.attachment-no-body", N_("附件说明所在页没有正文"), "error")

PAGE_RULES = (HEADING_AT_FOOT, CLOSING_ALONE, CLOSING_SPLIT, SINGLE_CHAR, ATTACHMENT_NO_BODY)

_HEADING_ROLES = frozenset({Role.HEADING, Role.RUN_IN})
_TEXT_ROLES = frozenset({Role.INTRO, Role.BODY, Role.RUN_IN})
_CLOSING_ROLES = frozenset({Role.ATTACHMENT, Role.SIGNATURE, Role.DATE})


@dataclass(frozen=True, slots=True)
class _Placed:
    page: int
    line: Line


@document_rule(*PAGE_RULES)
def page_checks(draft: Draft) -> Iterator[Finding]:
    """The page findings of the draft as the export prints it by default."""
    return page_findings(draft, paginate(draft))


def page_findings(draft: Draft, pagination: Pagination) -> Iterator[Finding]:
    """The page findings of `draft` laid out as `pagination` (the export gate passes the
    layout of the options it exports with)."""
    places = _Places(draft)
    yield from _headings_at_foot(pagination, places)
    yield from _closing(pagination, places)
    yield from _single_chars(pagination, places)


# -- the rules ----------------------------------------------------------------------------


def _is_heading_line(line: Line) -> bool:
    # A run-in item without body text prints as a heading line; with text it is body.
    return line.role in _HEADING_ROLES and (line.role == Role.HEADING or line.paragraph is None)


def _has_body_text(lines: tuple[Line, ...]) -> bool:
    return any(
        line.role in _TEXT_ROLES and not _is_heading_line(line) and line.text.strip()
        for line in lines
    )


def _printed(lines: tuple[Line, ...]) -> list[Line]:
    return [line for line in lines if line.text.strip()]


def _headings_at_foot(pagination: Pagination, places: _Places) -> Iterator[Finding]:
    for page in pagination.pages[:-1]:
        printed = _printed(page.lines)
        line = printed[-1] if printed else None
        if line is None or line.section is None or not _is_heading_line(line):
            continue
        heading, where = places.heading(line.section)
        yield places.finding(
            HEADING_AT_FOOT,
            N_(
                "第 {page} 页的最后一行是标题“{heading}”，它的正文印在下一页。"
                "请给前面只有标题的小节补上正文，或删减本页的内容，让标题和正文在同一页。",
                page=page.number,
                heading=_short(line.text.strip()),
            ),
            Location(line.section, Place.HEADING, 0, 0, len(heading)),
            heading,
            where,
        )


def _closing(pagination: Pagination, places: _Places) -> Iterator[Finding]:
    closing_pages = [
        page.number
        for page in pagination.pages
        if any(line.role in _CLOSING_ROLES for line in page.lines)
    ]
    if not closing_pages:
        return
    target = places.closing_target()
    if target is None:
        return
    location, text, where = target
    for page in pagination.pages:
        printed = _printed(page.lines)
        if printed and all(line.role in _CLOSING_ROLES for line in printed):
            yield places.finding(
                CLOSING_ALONE,
                N_(
                    "第 {page} 页只有落款（附件说明、署名或成文日期），没有正文。"
                    "请精简附件说明，或调整正文的长短，让落款和正文的最后几行在同一页。",
                    page=page.number,
                ),
                location,
                text,
                where,
            )
    if len(closing_pages) > 1:
        yield places.finding(
            CLOSING_SPLIT,
            N_(
                "落款（附件说明、署名和成文日期）被分在第 {first} 页到第 {last} 页。"
                "请精简附件说明（例如把附件合并），让落款印在同一页。",
                first=closing_pages[0],
                last=closing_pages[-1],
            ),
            location,
            text,
            where,
        )
    first_attachment = next(
        (
            page
            for page in pagination.pages
            if any(line.role == Role.ATTACHMENT and line.text.strip() for line in page.lines)
        ),
        None,
    )
    if first_attachment is None or _has_body_text(first_attachment.lines):
        return
    printed = _printed(first_attachment.lines)
    if all(line.role in _CLOSING_ROLES for line in printed):
        return  # the page holds only the closing part: reported above
    name = places.draft.meta.attachments[0] if places.draft.meta.attachments else ""
    yield places.finding(
        ATTACHMENT_NO_BODY,
        N_(
            "第 {page} 页上的附件说明前面没有正文，只有标题。"
            "附件说明应紧接正文：请给最后的小节补上正文，或删去没有正文的标题。",
            page=first_attachment.number,
        ),
        Location(None, Place.META_ATTACHMENTS, 0, 0, len(name)),
        name,
        place_label(Place.META_ATTACHMENTS, 0),
    )


def _single_chars(pagination: Pagination, places: _Places) -> Iterator[Finding]:
    last: dict[int, _Placed] = {}
    count: dict[int, int] = {}
    for page in pagination.pages:
        for line in page.lines:
            if line.role in _TEXT_ROLES and line.paragraph is not None:
                last[line.block] = _Placed(page.number, line)
                count[line.block] = count.get(line.block, 0) + 1
    for block, placed in last.items():
        line = placed.line
        tail = line.text.strip()
        if count[block] < 2 or _character_count(tail) != 1 or line.paragraph is None:
            continue
        field = Place.INTRO if line.role == Role.INTRO else Place.BODY
        text, where = places.paragraph(line.section, field, line.paragraph)
        stripped = text.rstrip()
        offset = len(stripped) - len(tail) if stripped.endswith(tail) else len(stripped)
        if in_template_hint(text, offset):
            continue  # to be replaced by the user's text; reported as a template hint
        yield places.finding(
            SINGLE_CHAR,
            N_(
                "这一段在第 {page} 页的最后一行只有“{tail}”，单字成行。"
                "请删减或补充几个字，让最后一行至少有两个字。",
                page=placed.page,
                tail=tail,
            ),
            Location(line.section, field, line.paragraph, offset, len(stripped) - offset),
            text,
            where,
        )


def _character_count(text: str) -> int:
    """Characters of a line, punctuation and spaces not counted."""
    return sum(
        1
        for ch in text
        if not ch.isspace() and ch not in CJK_PUNCT and unicodedata.category(ch)[0] != "P"
    )


def _short(text: str, width: int = 16) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# -- places -------------------------------------------------------------------------------


class _Places:
    """The draft's texts and labels by place, for the findings' locations and excerpts."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self._sections = {
            section.id: (section, number) for section, _level, number in draft.walk_with_level()
        }

    def heading(self, section_id: str) -> tuple[str, str]:
        section, number = self._sections[section_id]
        return section.heading, where_label(number, section.heading)

    def paragraph(self, section_id: str | None, field: Place, index: int) -> tuple[str, str]:
        where: str
        if section_id is None:
            paragraphs, where = self.draft.intro, place_label(Place.INTRO)
        else:
            section, number = self._sections[section_id]
            paragraphs, where = section.body, where_label(number, section.heading)
        text = paragraphs[index].text if 0 <= index < len(paragraphs) else ""
        return text, where

    def closing_target(self) -> tuple[Location, str, str] | None:
        """Where the user changes the closing part: its 附件说明, else the 署名, else the date."""
        meta = self.draft.meta
        if meta.attachments:
            place, text = Place.META_ATTACHMENTS, meta.attachments[0]
        elif meta.author.strip():
            place, text = Place.META_AUTHOR, meta.author
        elif meta.date.strip():
            place, text = Place.META_DATE, meta.date
        else:
            return None
        return Location(None, place, 0, 0, len(text)), text, place_label(place)

    @staticmethod
    def finding(rule: str, message: str, location: Location, text: str, where: str) -> Finding:
        return Finding(
            rule=rule,
            message=message,
            severity=RULES[rule].severity,
            location=location,
            excerpt=excerpt(text, location.offset, location.length) if text.strip() else "（空）",
            fix=None,
            matched=text[location.offset : location.offset + location.length],
            where=where,
        )
