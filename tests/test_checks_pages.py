"""Page checks (规范检查 from the paginator) and template instructions: each on a draft
built to trigger it, none on the sample and the templates."""

from __future__ import annotations

from pathlib import Path

import pytest
from checks_helpers import body_draft, findings

from app.core import paths
from app.core.checks import RULES, Checker, check_draft
from app.core.checks.base import DOCUMENT_RULES
from app.core.draftfile import load_draft
from app.core.model import Draft, Meta, Paragraph, Section, Table
from app.core.pagination import paginate
from app.core.place import Place

PAGE_RULES = (
    "page.heading-at-foot",
    "page.closing-alone",
    "page.closing-split",
    "page.single-char",
    "page.attachment-no-body",
)
SENTENCE = "各项工作稳步推进，取得明显成效。"  # 16 characters


def _templates() -> list[Path]:
    return sorted((paths.resources_dir() / "templates").glob("*.json"))


def _closing_meta(attachments: int) -> Meta:
    return Meta(
        title="工作总结",
        author="某某市某某局",
        date="2024年1月5日",
        attachments=[f"第{i + 1}项工作情况统计表" for i in range(attachments)],
    )


def _page_of(draft: Draft, text: str) -> int:
    for page in paginate(draft).pages:
        if any(text in line.text for line in page.lines):
            return page.number
    raise AssertionError(text)


def test_a_heading_ending_a_page_is_found_with_its_page_and_section() -> None:
    # Thirty headings without text: more than a page of lines that keep with the next
    # one, so the renderer cuts the page after a heading.
    sections = [Section(f"第{i + 1}项工作", id=f"h{i}") for i in range(30)]
    sections.append(Section("最后一项", [Paragraph.plain(SENTENCE * 3)], id="last"))
    draft = Draft(meta=Meta(title="工作总结"), sections=sections)
    [found] = findings(draft, "page.heading-at-foot")
    [page] = [p for p in paginate(draft).pages if p.lines and p.lines[-1].role == "heading"][:1]
    assert page.lines[-1].section == found.location.section_id
    assert found.location.field == Place.HEADING
    assert found.matched == draft.find(found.location.section_id).heading
    assert f"第 {page.number} 页的最后一行是标题" in found.message and "正文" in found.message
    assert found.severity == "error"


def test_a_page_holding_only_the_closing_part_is_found() -> None:
    draft = Draft(
        meta=_closing_meta(40),
        sections=[Section("主要工作", [Paragraph.plain(SENTENCE * 20)], id="s1")],
    )
    alone = findings(draft, "page.closing-alone")
    last = paginate(draft).pages[-1]
    assert {line.role for line in last.lines if line.text.strip()} <= {
        "attachment",
        "signature",
        "date",
    }
    assert any(f"第 {last.number} 页只有落款" in f.message for f in alone)
    assert all(f.location.field == Place.META_ATTACHMENTS for f in alone), "goes to 附件说明"


def test_the_closing_part_split_across_pages_is_found() -> None:
    draft = Draft(
        meta=_closing_meta(20),
        sections=[Section("主要工作", [Paragraph.plain(SENTENCE * 20)], id="s1")],
    )
    first, last = _page_of(draft, "附件：1."), _page_of(draft, "某某市某某局")
    assert first < last
    [found] = findings(draft, "page.closing-split")
    assert f"第 {first} 页到第 {last} 页" in found.message
    assert found.location.field == Place.META_ATTACHMENTS and found.matched == "第1项工作情况统计表"


def test_a_single_character_on_a_paragraphs_last_line_is_found() -> None:
    # 2 字 indent: 26 characters on the first line, 28 on the second, "字。" on the third.
    text = "字" * 55 + "。"
    [found] = findings(body_draft(text), "page.single-char")
    assert found.matched == "字。" and text[found.location.offset :] == "字。"
    assert (found.location.section_id, found.location.field, found.location.paragraph) == (
        "s1",
        Place.BODY,
        0,
    )
    assert "“字。”" in found.message and found.severity == "warning"
    # Two characters on the last line, or a one-line paragraph, are fine.
    assert not findings(body_draft("字" * 56 + "。"), "page.single-char")
    assert not findings(body_draft("好。"), "page.single-char")


def test_a_single_character_in_the_intro_points_at_the_intro() -> None:
    draft = Draft(meta=Meta(title="工作总结"), intro=[Paragraph.plain("字" * 55 + "。")])
    [found] = findings(draft, "page.single-char")
    assert found.location.field == Place.INTRO and found.location.section_id is None


def test_attachments_on_a_page_without_body_text_are_found() -> None:
    # The body fills page 1 (title, blank, heading, 15 lines); the last section has only
    # a heading, so page 2 holds that heading, 附件说明 and the 署名 but no body text.
    draft = Draft(
        meta=_closing_meta(1),
        sections=[
            Section("主要工作", [Paragraph.plain("字" * (26 + 28 * 14) + "。")], id="s1"),
            Section("下一步打算", id="s2"),
        ],
    )
    [found] = findings(draft, "page.attachment-no-body")
    page = _page_of(draft, "附件：")
    assert page == 2 and f"第 {page} 页上的附件说明前面没有正文" in found.message
    assert found.location.field == Place.META_ATTACHMENTS
    assert not findings(draft, "page.closing-alone"), "a heading shares the page"


@pytest.mark.parametrize("path", _templates(), ids=lambda p: p.stem)
def test_templates_have_no_page_findings(path: Path) -> None:
    found = [f for f in check_draft(load_draft(path)) if f.rule in PAGE_RULES]
    assert found == []


def test_the_sample_has_no_page_findings(sample_draft_path: Path) -> None:
    found = [f for f in check_draft(load_draft(sample_draft_path)) if f.rule in PAGE_RULES]
    assert found == []


def test_page_rules_are_registered_with_chinese_titles() -> None:
    for rule in PAGE_RULES:
        assert rule in RULES and RULES[rule].title


def test_page_findings_follow_edits_and_are_cached_on_the_content() -> None:
    draft = body_draft("字" * 55 + "。")
    checker = Checker()
    assert [f.rule for f in checker.check(draft) if f.rule == "page.single-char"]
    assert checker.document_runs == len(DOCUMENT_RULES)
    checker.check(draft)
    assert checker.document_runs == 0, "unchanged draft: the layout is not redone"
    draft.sections[0].body[0] = Paragraph.plain("字" * 56 + "。")
    assert not [f for f in checker.check(draft) if f.rule == "page.single-char"]
    assert checker.document_runs == len(DOCUMENT_RULES)


def test_a_checker_without_page_rules_does_not_lay_out_pages() -> None:
    checker = Checker(rules=["placeholder"])
    checker.check(body_draft("字" * 55 + "。"))
    assert checker.document_runs == 0


# -- template instructions ----------------------------------------------------------------


def test_every_instruction_in_the_templates_is_flagged() -> None:
    for path in _templates():
        draft = load_draft(path)
        hints = {
            (f.location.section_id, f.location.field, f.location.paragraph)
            for f in check_draft(draft)
            if f.rule == "template.hint"
        }
        paragraphs = [(None, Place.INTRO, i, p.text) for i, p in enumerate(draft.intro)] + [
            (s.id, Place.BODY, i, p.text) for s in draft.walk() for i, p in enumerate(s.body)
        ]
        for section_id, field, index, text in paragraphs:
            if "（" in text:
                assert (section_id, field, index) in hints, (path.name, text)


def test_an_instruction_is_flagged_anywhere_and_says_what_to_do() -> None:
    text = "今年以来，我局（在此写改革举措和创新做法……）取得了成效。"
    [found] = findings(body_draft(text), "template.hint")
    assert found.matched == "（在此写改革举措和创新做法……）"
    assert "填写说明" in found.message and "实际内容" in found.message
    assert found.severity == "error"
    [in_heading] = findings(body_draft("正文。", heading="（在此写标题……）"), "template.hint")
    assert in_heading.location.field == Place.HEADING


@pytest.mark.parametrize(
    "text",
    [
        "社区（村）党组织书记参加培训。",
        "他说：“要抓好落实……”",
        "完成投资（详见附件）。",
        "加强学习……不断提高。",
    ],
)
def test_ordinary_parentheses_and_ellipses_are_not_instructions(text: str) -> None:
    assert not findings(body_draft(text), "template.hint")


def test_the_sample_has_no_template_instructions(sample_draft_path: Path) -> None:
    assert not findings(load_draft(sample_draft_path), "template.hint")


def test_page_findings_follow_changes_of_the_document_information() -> None:
    draft = Draft(
        meta=_closing_meta(40),
        sections=[Section("主要工作", [Paragraph.plain(SENTENCE * 20)], id="s1")],
    )
    checker = Checker()
    assert any(f.rule == "page.closing-split" for f in checker.check(draft))
    draft.meta.attachments = draft.meta.attachments[:2]
    assert not [f for f in checker.check(draft) if f.rule.startswith("page.closing")]
    assert checker.document_runs == len(DOCUMENT_RULES)


def test_a_change_of_a_tables_shape_lays_the_pages_out_again() -> None:
    table = Table.plain([["项目", "完成情况"], ["道路", "已完成"]], caption="表1 重点工作")
    draft = body_draft("开展学习。")
    draft.sections[0].body.append(table)
    checker = Checker()
    checker.check(draft)
    checker.check(draft)
    assert checker.document_runs == 0
    table.col_widths = [3000, 5000]
    checker.check(draft)
    assert checker.document_runs == len(DOCUMENT_RULES), "same cell text, another layout"
