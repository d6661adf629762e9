"""apply_fixes: a fix changes only its span, keeps formatting, and skips stale findings."""

from __future__ import annotations

import copy

import pytest
from checks_helpers import body_draft, findings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.checks import AUTO_FIX_RULES, Finding, apply_fixes, check_draft
from app.core.draftfile import draft_to_dict
from app.core.model import Draft, Meta, Paragraph, Run, Section


def test_fix_inside_bold_text_keeps_bold_and_leaves_other_runs_alone() -> None:
    paragraph = Paragraph(
        [Run("今年以来"), Run("我局认真落实,各项工作", bold=True), Run("取得成效。", italic=True)]
    )
    draft = Draft(sections=[Section("主要工作", [paragraph], id="s")])
    [finding] = findings(draft, "punct.halfwidth")
    assert apply_fixes(draft, [finding]) == 1
    assert draft.sections[0].body[0].runs == [
        Run("今年以来"),
        Run("我局认真落实，各项工作", bold=True),
        Run("取得成效。", italic=True),
    ]


def test_fix_spanning_two_runs_takes_the_format_where_it_starts() -> None:
    paragraph = Paragraph([Run("联合市委", bold=True), Run("委组织部制定")])
    draft = Draft(sections=[Section("主要工作", [paragraph], id="s")])
    [finding] = findings(draft, "repeat.char")
    apply_fixes(draft, [finding])
    assert draft.sections[0].body[0].runs == [Run("联合市委", bold=True), Run("组织部制定")]


def test_several_fixes_in_one_paragraph_apply_right_to_left() -> None:
    draft = body_draft("今年以来,我局认真落实...各项工作,取得成效。。")
    found = [f for f in check_draft(draft) if f.fix is not None]
    assert apply_fixes(draft, found) == len(found) == 4
    assert draft.sections[0].body[0].text == "今年以来，我局认真落实……各项工作，取得成效。"


def test_stale_finding_is_skipped() -> None:
    draft = body_draft("联合市委委组织部制定制度。")
    [finding] = findings(draft, "repeat.char")
    draft.sections[0].body[0] = Paragraph.plain(
        "联合市委组织部制定制度。"
    )  # the user fixed it by hand
    before = draft_to_dict(draft)
    assert apply_fixes(draft, [finding]) == 0
    assert draft_to_dict(draft) == before


def test_finding_of_a_deleted_section_is_skipped() -> None:
    draft = body_draft("今年以来,我局。")
    [finding] = findings(draft, "punct.halfwidth")
    draft.sections.clear()
    assert apply_fixes(draft, [finding]) == 0


def test_overlapping_fixes_take_one_and_skip_the_other() -> None:
    draft = body_draft("今年以来,我局。")
    [finding] = findings(draft, "punct.halfwidth")
    assert apply_fixes(draft, [finding, finding]) == 1
    assert draft.sections[0].body[0].text == "今年以来，我局。"


def test_findings_without_fix_change_nothing() -> None:
    draft = body_draft("其中，**局实施。")
    before = draft_to_dict(draft)
    assert apply_fixes(draft, findings(draft, "placeholder")) == 0
    assert draft_to_dict(draft) == before


# -- property: a fix changes only its span ---------------------------------------------

FRAGMENTS = [
    "加强",
    "党建",
    "工作",
    "委",
    "系统",
    "市委",
    "组织部",
    "们",
    "的",
    "常常",
    "层层",
    "，",
    "。",
    "、",
    "（",
    "）",
    "《",
    "》",
    "“",
    "”",
    ",",
    ".",
    ":",
    "(",
    ")",
    '"',
    "...",
    "。。",
    "…",
    "-",
    "—",
    " ",
    "\u3000",
    "1.5",
    "1,000",
    "2020年07月",
    "一是",
    "二是",
    "四是",
    "**",
    "XX",
    "Word",
    "1、",
    "(一)",
    "１２",
    "．",
    "--",
    "X月",
]
text_strategy = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map("".join)


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    text = draw(text_strategy)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=3))))
    bounds = [0, *cuts, len(text)]
    runs = [
        Run(text[a:b], bold=draw(st.booleans()))
        for a, b in zip(bounds, bounds[1:], strict=False)
        if a < b
    ]
    return Paragraph(runs)


@st.composite
def drafts(draw: st.DrawFn) -> Draft:
    sections = [
        Section(
            draw(text_strategy), draw(st.lists(paragraphs(), min_size=1, max_size=3)), id=f"s{i}"
        )
        for i in range(draw(st.integers(1, 2)))
    ]
    meta = Meta(
        title=draw(text_strategy),
        date=draw(st.sampled_from(["", "2020年07月01日", "二〇二〇年七月一日"])),
    )
    return Draft(meta=meta, intro=draw(st.lists(paragraphs(), max_size=2)), sections=sections)


def _formats(paragraph: Paragraph) -> list[bool]:
    return [run.bold for run in paragraph.runs for _ in run.text]


def _key(finding: Finding) -> tuple:
    loc = finding.location
    fix = finding.fix.replacement if finding.fix else None
    return finding.rule, loc.section_id, loc.field, loc.paragraph, loc.offset, finding.matched, fix


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_each_fix_changes_only_its_span(draft: Draft) -> None:
    for finding in check_draft(draft):
        if finding.fix is None or finding.fix.remove_paragraph:
            continue
        fixed = copy.deepcopy(draft)
        assert apply_fixes(fixed, [finding]) == 1
        loc = finding.location
        before_text, after_text = _text(draft, finding), _text(fixed, finding)
        start, end = loc.offset, loc.offset + loc.length
        assert after_text == before_text[:start] + finding.fix.replacement + before_text[end:]
        # Everything else in the draft is identical.
        _set_text(fixed, finding, before_text)
        if loc.field in ("body", "intro"):
            old_p, new_p = _paragraph(draft, finding), _paragraph(fixed, finding)
            shift = len(finding.fix.replacement) - loc.length
            old_f, new_f = _formats(old_p), _formats(new_p)
            assert new_f[:start] == old_f[:start]  # formatting outside the span is kept
            assert new_f[end + shift :] == old_f[end:]
            _restore_paragraph(fixed, finding, old_p)
        assert draft_to_dict(fixed) == draft_to_dict(draft)
        # Checking again no longer shows that finding.
        refixed = copy.deepcopy(draft)
        apply_fixes(refixed, [finding])
        assert _key(finding) not in {_key(f) for f in check_draft(refixed)}


@settings(max_examples=60, deadline=None)
@given(drafts())
def test_removing_empty_paragraphs_keeps_the_rest(draft: Draft) -> None:
    draft.sections[0].body.insert(0, Paragraph.plain(" "))
    found = [f for f in check_draft(draft) if f.rule == "para.empty"]
    expected = [p for p in draft.sections[0].body if p.text.strip()]
    apply_fixes(draft, found)
    assert draft.sections[0].body == expected


def _paragraph(draft: Draft, finding: Finding) -> Paragraph:
    loc = finding.location
    if loc.field == "intro":
        return draft.intro[loc.paragraph]
    return draft.find(str(loc.section_id)).body[loc.paragraph]


def _restore_paragraph(draft: Draft, finding: Finding, paragraph: Paragraph) -> None:
    loc = finding.location
    target = draft.intro if loc.field == "intro" else draft.find(str(loc.section_id)).body
    target[loc.paragraph] = copy.deepcopy(paragraph)


def _text(draft: Draft, finding: Finding) -> str:
    loc = finding.location
    if loc.field in ("body", "intro"):
        return _paragraph(draft, finding).text
    if loc.field == "heading":
        return draft.find(str(loc.section_id)).heading
    if loc.field == "meta.attachments":
        return draft.meta.attachments[loc.paragraph]
    return str(getattr(draft.meta, loc.field.removeprefix("meta.")))


def _set_text(draft: Draft, finding: Finding, text: str) -> None:
    loc = finding.location
    if loc.field == "heading":
        draft.find(str(loc.section_id)).heading = text
    elif loc.field.startswith("meta."):
        setattr(draft.meta, loc.field.removeprefix("meta."), text)


ANY_TEXT = st.text(
    alphabet=st.sampled_from(
        list(
            "加强委委系统一二三四是第，。、；：！？“”‘’（）《》【】,.;:?!()\"'-—… \u3000×X*○〇0123456789年月日abc"
        )
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT)
def test_any_text_checks_without_error_and_locations_are_exact(
    body: str, heading: str, date: str, title: str
) -> None:
    draft = Draft(
        meta=Meta(title=title, date=date, attachments=[heading]),
        intro=[Paragraph.plain(body)],
        sections=[Section(heading, [Paragraph.plain(body)], run_in=bool(len(body) % 2), id="s")],
    )
    for finding in check_draft(draft):
        loc = finding.location
        text = _text(draft, finding)
        assert loc.offset >= 0 and loc.offset + loc.length <= len(text)
        assert text[loc.offset : loc.offset + loc.length] == finding.matched
        assert finding.message and finding.severity in ("error", "warning", "info")


# -- every automatic fix, one example each ---------------------------------------------


def _example(rule: str) -> Draft:
    """A draft where `rule` reports one slip, among correct text."""
    body = {
        "punct.halfwidth": "今年以来,我局认真落实。",
        "punct.doubled": "取得了明显成效。。",
        "punct.ellipsis": "口罩、酒精...等物资。",
        "numbering.marker": "1、加强组织建设。",
        "date.zero": "2020年07月召开会议。",
        "space.inner": "加强 学习。",
        "space.edge": "\u3000\u3000加强学习。",
        "number.fullwidth": "发放贷款１２００万元。",
    }.get(rule, "加强学习。")
    heading = {"numbering.typed": "一、主要工作", "heading.end-punct": "主要工作。"}
    paragraphs = [Paragraph.plain("第一段。"), Paragraph([Run(body), Run("后文。", bold=True)])]
    if rule == "para.empty":
        paragraphs.insert(1, Paragraph.plain("  "))
    date = "2020年07月01日" if rule == "date.format" else "2020年7月1日"
    return Draft(
        meta=Meta(title="工作总结", date=date),
        sections=[
            Section(heading.get(rule, "主要工作"), paragraphs, id="s"),
            Section("其他工作", [Paragraph.plain("保持不变。")], id="t"),
        ],
    )


AUTO_RULES = sorted(AUTO_FIX_RULES)


def test_every_automatic_rule_has_an_example() -> None:
    for rule in AUTO_RULES:
        assert [f.rule for f in check_draft(_example(rule))] == [rule], rule


@pytest.mark.parametrize("rule", AUTO_RULES)
def test_automatic_fix_changes_only_its_span_and_clears_the_finding(rule: str) -> None:
    draft = _example(rule)
    [finding] = check_draft(draft)
    fixed = copy.deepcopy(draft)
    assert apply_fixes(fixed, [finding]) == 1
    assert check_draft(fixed) == []
    assert finding.fix is not None
    if finding.fix.remove_paragraph:
        del draft.sections[0].body[finding.location.paragraph]
        assert draft_to_dict(fixed) == draft_to_dict(draft)
        return
    loc = finding.location
    before = _text(draft, finding)
    start, end = loc.offset, loc.offset + loc.length
    assert _text(fixed, finding) == before[:start] + finding.fix.replacement + before[end:]
    if loc.field == "body":
        # The bold run after the span keeps its format; nothing else in the draft moves.
        assert fixed.sections[0].body[loc.paragraph].runs[-1] == Run("后文。", bold=True)
        _restore_paragraph(fixed, finding, _paragraph(draft, finding))
    else:
        _set_text(fixed, finding, before)
    assert draft_to_dict(fixed) == draft_to_dict(draft)
