"""One heading-marker grammar (app.core.zh.markers) for importer, checks and numbering."""

from __future__ import annotations

import pytest
from checks_helpers import findings, heading_draft, in_body
from hypothesis import given
from hypothesis import strategies as st

from app.core.importer import analyse_text
from app.core.importer.markers import find_marker
from app.core.model import Paragraph
from app.core.numbering import NumberStyle, format_number, number_at
from app.core.zh.markers import counts_in_a_row, match_marker

# The decimal style is read only where asked (a number typed into a heading) and by the
# importer's own decimal pattern: test_decimal_numbers_read_back.
STYLES = [s for s in NumberStyle if s not in (NumberStyle.NONE, NumberStyle.DECIMAL)]


@given(st.sampled_from(STYLES), st.integers(1, 999))
def test_every_numbering_style_formats_and_parses_back(style: NumberStyle, n: int) -> None:
    written = format_number(style, n)
    marker = match_marker(written + "加强组织建设")
    assert marker is not None
    assert (marker.style, marker.number, marker.written) == (style, n, written)
    assert marker.is_standard
    found = find_marker(written + "加强组织建设")  # the importer reads it the same way
    assert found is not None and (found[0].kind, found[0].number) == (style.value, n)
    assert found[1] == "加强组织建设"


@pytest.mark.parametrize(
    ("typed", "standard"),
    [("(一)", "（一）"), ("（一）、", "（一）"), ("1、", "1."), ("１．", "1."), ("一.", "一、")],
)
def test_typed_variants_read_as_their_standard_form(typed: str, standard: str) -> None:
    marker = match_marker(typed + "完善制度")
    assert marker is not None and marker.standard == standard and not marker.is_standard


@pytest.mark.parametrize(
    "text",
    [
        "三、四季度工作打算",
        "三、 四季度工作打算",
        "三、四个方面的问题",
        "3、4月份",
        "一、二、三产业",
    ],
)
def test_third_and_fourth_quarters_are_no_heading_anywhere(text: str) -> None:
    assert counts_in_a_row(text) and match_marker(text) is None
    assert find_marker(text) is None  # importer: text, not a heading 三、
    assert findings(heading_draft(text), "numbering.typed") == []  # checks: nothing typed
    assert in_body(text + "要加力推进。", "numbering.marker") == []


def test_a_run_of_numbers_is_not_a_series_either() -> None:
    # Before: the checks took "三、 四季度" (a space) and "三、四个方面" for the marker 三、 and
    # counted a gap after 一、; the importer did not.
    paragraphs = ["一、加强学习。", "三、四个方面的问题仍然突出。"]
    draft = heading_draft("主要工作")
    draft.sections[0].body = [Paragraph.plain(p) for p in paragraphs]
    assert findings(draft, "numbering.series") == []


def test_item_about_a_number_word_is_a_heading_for_both() -> None:
    # "二、三农工作": item 二 about 三农 (农 counts nothing).
    found = find_marker("二、三农工作")
    assert found is not None and found[0].number == 2 and found[1] == "三农工作"
    [finding] = findings(heading_draft("二、三农工作"), "numbering.typed")
    assert finding.location.length == 2


def test_imported_summary_keeps_the_quarters_in_the_text() -> None:
    text = (
        "××局2024年工作总结\n\n"
        "今年以来，我局认真贯彻落实各项决策部署，各项工作取得明显成效，现总结如下。\n\n"
        "一、上半年工作\n\n全年完成各项任务，群众满意度持续提升。\n\n"
        "二、下一步打算\n\n三、四季度要加力推进，确保完成全年目标任务。\n"
    )
    draft = analyse_text(text).draft
    assert [s.heading for s in draft.sections] == ["上半年工作", "下一步打算"]
    assert draft.sections[1].body[0].text.startswith("三、四季度")


def test_every_style_and_every_number_up_to_999_reads_back() -> None:
    # All of them, not a sample: a hole at 110 or 101 would be a heading the import loses.
    misread = [
        (style, n)
        for style in STYLES
        for n in range(1, 1000)
        if (m := match_marker(format_number(style, n) + "加强组织建设")) is None
        or (m.style, m.number) != (style, n)
    ]
    assert misread == []


def test_decimal_numbers_read_back() -> None:
    styles = [NumberStyle.DECIMAL] * 3
    misread = []
    for path in [(n,) for n in range(1, 100)] + [(2, n) for n in range(1, 100)] + [(3, 1, 9)]:
        written = number_at(styles, path)
        marker = match_marker(written + "加强组织建设", decimal=True)
        if marker is None or (marker.style, marker.number, marker.standard) != (
            NumberStyle.DECIMAL,
            path[-1],
            written,
        ):
            misread.append(path)
        found = find_marker(written + "加强组织建设")  # the importer: one kind per depth
        if found is None or found[0].kind != f"decimal-{len(path)}" or found[1] != "加强组织建设":
            misread.append(path)
    assert misread == []
    assert match_marker("1.1　总则") is None, "only when asked"


def test_circled_numbers_are_typed_markers_but_no_headings() -> None:
    [finding] = findings(heading_draft("①加强组织建设"), "numbering.typed")
    assert finding.location.length == 1
    # the import reads ① as a marker too (issue 12), kept in the heading: no style derives it
    found = find_marker("①加强组织建设")
    assert found is not None and found[0].keep_in_heading and found[1] == "加强组织建设"
