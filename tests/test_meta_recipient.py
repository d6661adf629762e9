"""主送机关 and 发文字号 in the draft: saved and read in version 2 (optional, so files
without them open unchanged), printed per GB/T 9704-2012 7.3.2 (主送 flush left under
the title's blank line) and 7.2.4 (the 文号 only in a 版头, which a 工作总结 has not)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.core import layout
from app.core.checks.base import UnitContext
from app.core.checks.structure import DOC_NUMBER as DOC_NUMBER_KIND
from app.core.checks.structure import RECIPIENT as RECIPIENT_KIND
from app.core.checks.structure import doc_number_form, recipient_colon
from app.core.draftfile import dumps, load_draft, loads
from app.core.export.writer import ExportOptions, build_docx_bytes
from app.core.importer import analyse_text, import_file
from app.core.importer.asides import is_recipient
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


NOTICE = """××市人民政府办公室文件
×政办发〔2024〕12号
××市人民政府办公室关于做好2024年防汛工作的通知
各县（市、区）人民政府，市政府各部门：
为切实做好2024年防汛工作，经市政府同意，现就有关事项通知如下：
一、提高思想认识
各地各部门要坚持人民至上、生命至上。
二、强化隐患排查
汛前要对水库、堤防开展拉网式排查。
××市人民政府办公室
2024年4月10日
"""


def test_import_routes_the_number_and_the_recipient_to_the_meta_and_says_so() -> None:
    result = analyse_text(NOTICE)
    meta = result.draft.meta
    assert meta.doc_number == "×政办发〔2024〕12号"
    assert meta.recipient == "各县（市、区）人民政府，市政府各部门："
    assert result.draft.intro[0].text.startswith("为切实做好2024年防汛工作")
    assert "第2行：发文字号“×政办发〔2024〕12号”已放入文档信息的“发文字号”" in result.warnings
    assert any(w.startswith("第4行：主送机关“各县（市、区）人民政府") for w in result.warnings)
    blocks = printed_document(result.draft)
    assert [b.role for b in blocks][:3] == [Role.TITLE, Role.BLANK, Role.RECIPIENT]


def test_an_exported_recipient_comes_back_as_the_recipient(tmp_path: Path) -> None:
    draft = analyse_text(NOTICE).draft
    exported = tmp_path / "通知.docx"
    exported.write_bytes(build_docx_bytes(draft, ExportOptions()))
    again = import_file(exported).draft
    assert again.meta.recipient == draft.meta.recipient
    assert again.meta.title == draft.meta.title
    assert [p.text for p in again.intro] == [p.text for p in draft.intro]
    assert again.meta.doc_number == "", "not printed without a 版头, so not in the file"


def test_lines_that_end_with_a_colon_but_name_no_bodies_stay_text() -> None:
    for opening in ("同志们：", "各位代表：", "现将有关事项通知如下：", "主要做法是："):
        text = f"××局2024年工作总结\n{opening}\n今年以来，我局认真贯彻落实上级部署。\n一、主要工作\n全年完成各项任务。\n"
        result = analyse_text(text)
        assert result.draft.meta.recipient == "", opening
        assert result.draft.intro[0].text == opening
    for recipient in ("水利部：", "市委、市政府：", "各乡（镇）人民政府，县直各有关单位："):
        assert is_recipient(recipient), recipient


def test_a_recipient_line_lower_down_is_text() -> None:
    """Only the line right under the title (or its 文号) is the 主送机关."""
    text = "关于做好防汛工作的通知\n为做好防汛工作，通知如下。\n各县人民政府：\n一、提高认识\n要高度重视。\n"
    result = analyse_text(text)
    assert result.draft.meta.recipient == ""
    assert [p.text for p in result.draft.intro] == ["为做好防汛工作，通知如下。", "各县人民政府："]


def _hits(rule, text: str, kind: str) -> list[tuple[int, int, str | None]]:  # noqa: ANN001
    return [(h.offset, h.length, h.replacement) for h in rule(text, UnitContext(kind))]


def test_the_recipient_ends_with_a_full_width_colon() -> None:
    assert _hits(recipient_colon, RECIPIENT, RECIPIENT_KIND) == []
    assert _hits(recipient_colon, "市委、市政府:", RECIPIENT_KIND) == [(6, 1, "：")]
    assert _hits(recipient_colon, "市委、市政府", RECIPIENT_KIND) == [(6, 0, "：")]


def test_the_document_number_takes_the_form_of_7_2_4() -> None:
    assert _hits(doc_number_form, NUMBER, DOC_NUMBER_KIND) == []
    assert _hits(doc_number_form, "国办函[2004]71号", DOC_NUMBER_KIND) == [(3, 9, "〔2004〕71号")]
    [hit] = doc_number_form("京政发（2024）第03号", UnitContext(DOC_NUMBER_KIND))
    assert hit.replacement == "〔2024〕3号"
    assert "“京政发〔2024〕3号”" in hit.message


def test_the_checker_reads_the_two_fields_and_points_at_them() -> None:
    """规范检查 (and the export gate) see 主送 and 发文字号 as texts of the document, and a
    finding on one opens its field in 文档信息."""
    from app.core.checks import check_draft

    draft = Draft(
        meta=Meta(
            title="关于开展检查的通知",
            recipient="各县（市、区）人民政府",
            doc_number="某政发〔2024〕第05号",
        ),
        sections=[Section("工作安排", [Paragraph.plain("按要求开展。")])],
    )
    found = {(f.rule, f.location.field) for f in check_draft(draft)}
    assert ("recipient.colon", Place.META_RECIPIENT) in found
    assert ("doc-number.form", Place.META_DOC_NUMBER) in found
    draft.meta.recipient, draft.meta.doc_number = "各县（市、区）人民政府：", "某政发〔2024〕5号"
    assert not {f.rule for f in check_draft(draft)} & {"recipient.colon", "doc-number.form"}
