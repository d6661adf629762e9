"""Numbering typed by hand, 一是 series, dates, spaces, empty paragraphs, budgets, headings."""

from __future__ import annotations

import pytest
from checks_helpers import body_draft, findings, heading_draft, in_body, matched

from app.core.checks import apply_fixes, check_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import NumberStyle
from app.core.zh.dates import normalize_date

# -- typed numbers in headings ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "style"),
    [
        ("一、上半年主要工作", NumberStyle.CN_DUN),
        ("（一）强化党建引领", NumberStyle.CN_DUN),
        ("(一)强化党建引领", NumberStyle.CN_DUN),
        ("1. 加强组织建设", NumberStyle.CN_DUN),
        ("1、加强组织建设", NumberStyle.NUM_DOT),
        ("（1）加强组织建设", NumberStyle.NUM_PAREN),
        ("一是完善制度机制", NumberStyle.CN_SHI),
        ("第一，完善制度机制", NumberStyle.CN_DI),
        ("二、三农工作", NumberStyle.CN_DUN),
        ("一、（一）加强学习", NumberStyle.CN_DUN),
    ],
)
def test_marker_typed_into_a_numbered_heading_is_removed(heading: str, style: NumberStyle) -> None:
    draft = heading_draft(heading, style)
    [finding] = findings(draft, "numbering.typed")
    assert finding.location.field == "heading" and finding.location.offset == 0
    apply_fixes(draft, [finding])
    assert draft.sections[0].heading == heading[finding.location.length :]
    assert not findings(draft, "numbering.typed")


def test_marker_of_another_level_hints_at_the_outline() -> None:
    [other] = findings(heading_draft("（一）强化党建引领", NumberStyle.CN_DUN), "numbering.typed")
    [same] = findings(heading_draft("一、强化党建引领", NumberStyle.CN_DUN), "numbering.typed")
    assert "层级" in other.message and "层级" not in same.message


@pytest.mark.parametrize(
    "heading",
    [
        "上半年主要工作",
        "2020年上半年工作情况",
        "十分重视安全生产",
        "第一书记驻村工作",
        "5G网络建设",
        "一二·九运动纪念活动",
        "三、四季度工作打算",
        "一、二、三产业融合发展",
    ],
)
def test_headings_without_typed_markers_pass(heading: str) -> None:
    assert findings(heading_draft(heading), "numbering.typed") == []


def test_marker_in_unnumbered_heading_is_kept_but_normalised() -> None:
    draft = heading_draft("1、加强组织建设", NumberStyle.NONE)
    assert findings(draft, "numbering.typed") == []
    [finding] = findings(draft, "numbering.marker")
    assert finding.fix is not None and finding.fix.replacement == "1."


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("1、加强组织建设，提升组织力。", "1."),
        ("(一)强化党建引领。", "（一）"),
        ("（一）、强化党建引领。", "（一）"),
        ("(1)完善制度。", "（1）"),
        ("一.完善制度。", "一、"),
        ("1．完善制度。", "1."),
    ],
)
def test_wrong_marker_forms_at_paragraph_start(text: str, right: str) -> None:
    [finding] = in_body(text, "numbering.marker")
    assert finding.fix is not None and finding.fix.replacement == right
    assert matched(text, "punct.halfwidth") == []  # one finding for "(一)", not three


@pytest.mark.parametrize(
    "text", ["1.加强组织建设。", "（一）强化党建引领。", "2020年完成3个项目。", "1.5倍于去年。"]
)
def test_right_marker_forms_pass(text: str) -> None:
    assert matched(text, "numbering.marker") == []


# -- 一是/二是 series -----------------------------------------------------------------


def test_gap_in_series_inside_a_paragraph() -> None:
    [finding] = in_body(
        "主要有三点：一是加强学习；二是完善制度；四是强化监督。", "numbering.series"
    )
    assert finding.matched == "四是" and "三是" in finding.message and finding.fix is None


def test_repeat_in_series_inside_a_paragraph() -> None:
    [finding] = in_body("一是加强学习；二是完善制度；二是强化监督。", "numbering.series")
    assert finding.matched == "二是" and finding.location.offset == 14


def test_series_runs_across_paragraphs_of_a_section() -> None:
    draft = body_draft("一是加强学习。", "二是完善制度。", "四是强化监督。")
    [finding] = findings(draft, "numbering.series")
    assert finding.location.paragraph == 2 and finding.matched == "四是"


@pytest.mark.parametrize(
    "text",
    [
        "一是加强学习；二是完善制度；三是强化监督。其中：一是早发现；二是早纠正。",
        "坚持统一是关键，唯一是标准，第一是安全。",
        "第一，加强学习；第二，完善制度；第三，强化监督。",
    ],
)
def test_complete_series_pass(text: str) -> None:
    assert matched(text, "numbering.series") == []


def test_gap_in_series_typed_into_unnumbered_sibling_headings() -> None:
    draft = Draft(
        numbering=[NumberStyle.CN_DUN, NumberStyle.NONE],
        sections=[
            Section(
                "主要工作",
                children=[
                    Section("一是完善制度", id="a"),
                    Section("二是加强学习", id="b"),
                    Section("四是强化监督", id="c"),
                ],
                id="p",
            )
        ],
    )
    [finding] = findings(draft, "numbering.series")
    assert finding.location.section_id == "c" and finding.location.field == "heading"


# -- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "right"),
    [
        ("2020年07月01日", "2020年7月1日"),
        ("二〇二〇年七月一日", "2020年7月1日"),
        ("二零二零年十二月三十一日", "2020年12月31日"),
        ("2020-07-01", "2020年7月1日"),
        ("2020.7.1", "2020年7月1日"),
        ("２０２０年７月１日", "2020年7月1日"),
    ],
)
def test_document_date_is_normalised(written: str, right: str) -> None:
    draft = body_draft("正文。")
    draft.meta = Meta(title="工作总结", date=written)
    [finding] = findings(draft, "date.format")
    assert finding.location.field == "meta.date" and finding.fix is not None
    apply_fixes(draft, [finding])
    assert draft.meta.date == right
    assert findings(draft, "date.format") == []


@pytest.mark.parametrize("written", ["2020年2月30日", "20年7月1日", "七月一日"])
def test_impossible_or_partial_dates_have_no_fix(written: str) -> None:
    draft = body_draft("正文。")
    draft.meta = Meta(title="工作总结", date=written)
    [finding] = findings(draft, "date.format")
    assert finding.fix is None


def test_correct_date_and_no_date_pass() -> None:
    for date in ("2020年7月1日", "2024年12月31日", ""):
        draft = body_draft("正文。")
        draft.meta = Meta(title="工作总结", date=date)
        assert findings(draft, "date.format") == []
    assert normalize_date("2020年7月1日") == "2020年7月1日"


def test_leading_zero_in_body_date() -> None:
    draft = body_draft("2020年07月08日召开会议，10月10日复会。")
    found = findings(draft, "date.zero")
    assert [f.location.offset for f in found] == [5, 8]
    apply_fixes(draft, found)
    assert draft.sections[0].body[0].text == "2020年7月8日召开会议，10月10日复会。"


# -- spaces and empty paragraphs -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加强 组织建设。", "加强组织建设。"),
        ("共慰问 239 人。", "共慰问239人。"),
        ("提升\u3000服务水平。", "提升服务水平。"),
        ("\u3000\u3000年初以来，多措并举。", "年初以来，多措并举。"),
        ("多措并举。  ", "多措并举。"),
    ],
)
def test_spaces_in_chinese_are_removed(text: str, expected: str) -> None:
    draft = body_draft(text)
    found = [f for f in check_draft(draft) if f.rule in ("space.inner", "space.edge")]
    assert found
    apply_fixes(draft, found)
    assert draft.sections[0].body[0].text == expected


def test_spaces_between_english_words_pass_but_not_next_to_chinese() -> None:
    assert matched("使用Microsoft Word编辑文稿。", "space.inner") == []
    [finding] = in_body("使用Windows 10 操作系统。", "space.inner")
    assert finding.location.offset == len("使用Windows 10")


def test_empty_paragraph_is_removed_by_its_fix() -> None:
    draft = body_draft("第一段。", "", "  ", "第二段。")
    found = findings(draft, "para.empty")
    assert [f.location.paragraph for f in found] == [1, 2]
    assert apply_fixes(draft, found) == 2
    assert [p.text for p in draft.sections[0].body] == ["第一段。", "第二段。"]


# -- budget, headings, title -------------------------------------------------------


def test_section_over_budget() -> None:
    section = Section("主要工作", [Paragraph.plain("加" * 120)], budget=100, id="s")
    [finding] = findings(Draft(sections=[section]), "section.budget")
    assert "124" in finding.message and "100" in finding.message and finding.fix is None


def test_section_within_budget_or_without_budget_passes() -> None:
    within = Section("主要工作", [Paragraph.plain("加" * 90)], budget=100)
    unset = Section("主要工作", [Paragraph.plain("加" * 900)])
    assert findings(Draft(sections=[within, unset]), "section.budget") == []


def test_empty_heading_is_an_error() -> None:
    [finding] = findings(
        Draft(sections=[Section("", [Paragraph.plain("正文。")])]), "heading.empty"
    )
    assert finding.severity == "error"


def test_title_and_standalone_heading_end_marks() -> None:
    draft = Draft(
        meta=Meta(title="2020年上半年工作总结。", attachments=["考核结果汇总表。"]),
        sections=[
            Section("上半年主要工作。", id="a"),
            Section("完善制度机制。", run_in=True, id="b"),
        ],
    )
    found = findings(draft, "heading.end-punct")
    assert {(f.location.field, f.location.section_id) for f in found} == {
        ("meta.title", None),
        ("meta.attachments", None),
        ("heading", "a"),
    }
    apply_fixes(draft, found)
    assert (
        draft.meta.title == "2020年上半年工作总结" and draft.sections[0].heading == "上半年主要工作"
    )


def test_tabs_between_the_cells_of_a_pasted_table_row_are_no_stray_spaces() -> None:
    from app.core.checks import check_draft
    from app.core.model import Draft, Paragraph, Section

    row = Paragraph.plain("重点项目\t完成\t超额")
    draft = Draft(sections=[Section("主要工作", [row], id="s")])
    assert [f for f in check_draft(draft) if f.rule.startswith("space")] == []
