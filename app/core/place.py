"""Where in a draft a text sits: one name for each place, for every part of the core.

The checks' `Location.field` holds these; a finder, a fix planner or the editor that
needs to say "the intro" (the paragraphs before the first section) says `Place.INTRO`.
A StrEnum, so the values are the strings already stored and compared ("intro").
`place_label` is how the interface names a place of the draft that is no section
(标题, 署名, 成文日期, 附件2, 开头), marked for translation.
"""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import N_, Text


class Place(StrEnum):
    HEADING = "heading"  # a section's heading
    BODY = "body"  # a section's paragraphs
    INTRO = "intro"  # the draft's paragraphs before the first section
    META_TITLE = "meta.title"
    META_SUBTITLE = "meta.subtitle"
    META_AUTHOR = "meta.author"
    META_DATE = "meta.date"
    META_ATTACHMENTS = "meta.attachments"
    META_RECIPIENT = "meta.recipient"  # 主送机关
    META_DOC_NUMBER = "meta.doc_number"  # 发文字号

    @property
    def is_meta(self) -> bool:
        return self.value.startswith("meta.")


# The meta places and the Meta attribute each one edits (attachments are a list: apart).
META_FIELDS: dict[Place, str] = {
    Place.META_TITLE: "title",
    Place.META_SUBTITLE: "subtitle",
    Place.META_AUTHOR: "author",
    Place.META_DATE: "date",
    Place.META_RECIPIENT: "recipient",
    Place.META_DOC_NUMBER: "doc_number",
}


_LABELS: dict[Place, Text] = {
    Place.META_TITLE: N_("标题"),
    Place.META_SUBTITLE: N_("副标题"),
    Place.META_AUTHOR: N_("署名"),
    Place.META_DATE: N_("成文日期"),
    Place.META_RECIPIENT: N_("主送机关"),
    Place.META_DOC_NUMBER: N_("发文字号"),
    Place.INTRO: N_("开头"),
    Place.HEADING: N_("小节标题"),
    Place.BODY: N_("正文"),
}


def place_label(place: Place, paragraph: int = 0) -> Text:
    """The name of a place in lists ("署名"); an attachment with its number ("附件2")."""
    if place == Place.META_ATTACHMENTS:
        return N_("附件{number}", number=paragraph + 1)
    return _LABELS[place]
