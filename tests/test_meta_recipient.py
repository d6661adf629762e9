"""主送机关 and 发文字号 in the draft: saved and read in version 2 (optional, so files
without them open unchanged), printed per GB/T 9704-2012 7.3.2 (主送 flush left under
the title's blank line) and 7.2.4 (the 文号 only in a 版头, which a 工作总结 has not)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.core import layout
from app.core.draftfile import dumps, load_draft, loads
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.pagination import paginate
from app.core.place import META_FIELDS, Place, place_label
from app.core.printed import Role, printed_document

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = json.loads(
    (Path(__file__).parents[1] / "resources" / "schema" / "draft-v2.schema.json").read_text("utf-8")
)
RECIPIENT = "各县（市、区）人民政府，市政府各部门，各直属机构，各有关单位，市属各国有企业："
NUMBER = "国办函〔2004〕71号"


def notice() -> Draft:
    return Draft(
        meta=Meta(title="关于做好防汛工作的通知", recipient=RECIPIENT, doc_number=NUMBER),
        intro=[Paragraph.plain("为切实做好今年防汛工作，现将有关事项通知如下。")],
        sections=[Section("总体要求", [Paragraph.plain("各地要高度重视。")])],
    )


def test_the_fields_go_through_the_file_and_match_the_schema(tmp_path: Path) -> None:
    raw = dumps(notice())
    data = json.loads(raw)
    assert data["meta"]["recipient"] == RECIPIENT
    assert data["meta"]["doc_number"] == NUMBER
    jsonschema.validate(data, SCHEMA)
    back = loads(raw, tmp_path / "d.json")
    assert back.meta.recipient == RECIPIENT and back.meta.doc_number == NUMBER
    assert back.meta == notice().meta


def test_files_without_them_open_unchanged(tmp_path: Path) -> None:
    old = load_draft(FIXTURES / "draft-v1.json")
    assert old.meta.recipient == "" and old.meta.doc_number == ""
    saved = json.loads(dumps(old))
    assert "recipient" not in saved["meta"] and "doc_number" not in saved["meta"]
    # a version-2 file written before the fields existed reads the same way
    v2 = json.loads(dumps(Draft(meta=Meta(title="总结"), sections=[Section("一")])))
    assert set(v2["meta"]) == {"title", "subtitle", "author", "date", "attachments"}
    assert loads(json.dumps(v2).encode(), tmp_path / "v2.json").meta == Meta(title="总结")


def test_a_wrong_type_is_refused_with_its_place(tmp_path: Path) -> None:
    data = json.loads(dumps(notice()))
    data["meta"]["recipient"] = ["甲", "乙"]
    try:
        loads(json.dumps(data).encode(), tmp_path / "bad.json")
    except Exception as exc:  # noqa: BLE001 - the reader's typed error, whatever its class
        assert "recipient" in str(exc)
    else:
        raise AssertionError("a list as 主送机关 was accepted")


def test_recipient_prints_flush_left_on_the_line_after_the_titles_blank_line() -> None:
    blocks = printed_document(notice())
    roles = [b.role for b in blocks]
    at = roles.index(Role.RECIPIENT)
    assert roles[: at + 2] == [Role.TITLE, Role.BLANK, Role.RECIPIENT, Role.INTRO]
    recipient = blocks[at]
    assert recipient.first_zi == 0 and recipient.rest_zi == 0, "顶格, wrapped lines too"
    assert "".join(r.text for r in recipient.runs) == RECIPIENT
    texts = "".join(r.text for b in blocks for r in b.runs)
    assert NUMBER not in texts, "no 版头: the 文号 is not printed"


def test_the_paginator_puts_a_long_recipient_on_two_lines_from_the_left_edge() -> None:
    pages = paginate(notice())
    lines = pages.pages[0].lines
    texts = [line.text for line in lines]
    assert texts[1] == "", "the title's blank line"
    assert texts[2] + texts[3] == RECIPIENT, "wrapped on the next line"
    first, second, body = (line.spans[0].x_tw for line in lines[2:5])
    pitch = layout.TEXT_WIDTH_TW / layout.CHARS_PER_LINE
    assert first == second < pitch / 2, "flush left at the text block's edge, wrapped too"
    assert body - first == pytest.approx(2 * pitch, abs=pitch / 4), "the body: 空二字"


def test_no_recipient_prints_nothing_extra() -> None:
    draft = notice()
    draft.meta.recipient = ""
    assert Role.RECIPIENT not in [b.role for b in printed_document(draft)]


def test_the_places_name_the_fields() -> None:
    assert META_FIELDS[Place.META_RECIPIENT] == "recipient"
    assert META_FIELDS[Place.META_DOC_NUMBER] == "doc_number"
    assert place_label(Place.META_RECIPIENT) == "主送机关"
    assert place_label(Place.META_DOC_NUMBER) == "发文字号"
    assert Place.META_RECIPIENT.is_meta
