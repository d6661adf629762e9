"""Where in a draft a text sits: one name for each place, for every part of the core.

The checks' `Location.field` holds these; a finder, a fix planner or the editor that
needs to say "the intro" (the paragraphs before the first section) says `Place.INTRO`.
A StrEnum, so the values are the strings already stored and compared ("intro").
"""

from __future__ import annotations

from enum import StrEnum


class Place(StrEnum):
    HEADING = "heading"  # a section's heading
    BODY = "body"  # a section's paragraphs
    INTRO = "intro"  # the draft's paragraphs before the first section
    META_TITLE = "meta.title"
    META_SUBTITLE = "meta.subtitle"
    META_AUTHOR = "meta.author"
    META_DATE = "meta.date"
    META_ATTACHMENTS = "meta.attachments"

    @property
    def is_meta(self) -> bool:
        return self.value.startswith("meta.")


# The meta places and the Meta attribute each one edits (attachments are a list: apart).
META_FIELDS: dict[Place, str] = {
    Place.META_TITLE: "title",
    Place.META_SUBTITLE: "subtitle",
    Place.META_AUTHOR: "author",
    Place.META_DATE: "date",
}
