"""One name per place in the draft (app.core.place.Place), used by the checks' locations."""

from __future__ import annotations

from app.core.checks import apply_fixes, check_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.place import META_FIELDS, Place


def test_findings_say_where_with_the_one_set_of_places() -> None:
    draft = Draft(
        meta=Meta(title="工作总结", date="2020年07月01日"),
        intro=[Paragraph.plain("今年以来 我局认真贯彻落实。")],
        sections=[Section("主要工作", [Paragraph.plain("加强 组织建设。")], id="s1")],
    )
    places = {
        f.location.field for f in check_draft(draft) if f.rule in ("space.inner", "date.format")
    }
    assert places == {Place.INTRO, Place.BODY, Place.META_DATE}
    assert Place.INTRO == "intro"  # the value stored and compared elsewhere
    apply_fixes(draft, [f for f in check_draft(draft) if f.fix])
    assert draft.intro[0].text == "今年以来我局认真贯彻落实。"
    assert draft.meta.date == "2020年7月1日"


def test_every_meta_place_names_a_meta_field() -> None:
    assert all(place.is_meta for place in META_FIELDS)
    assert all(hasattr(Meta(), name) for name in META_FIELDS.values())
    assert not Place.INTRO.is_meta and Place.META_ATTACHMENTS.is_meta
