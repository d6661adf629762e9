"""Issue 16, in the way 6: find and replace in 全文 or 本节 (a section with its
subsections), with a list of results that names each match's place and goes there."""

from __future__ import annotations

import pytest
from gui_helpers import copy_sample, new_window, type_chinese
from PySide6.QtCore import Qt

from app.core.model import Draft, Paragraph, Section
from app.core.search import (
    ALL,
    BODY,
    HEADING,
    INTRO,
    describe,
    find_matches,
    plan_replace_all,
    section_paths,
)
from app.gui.check_rows import EXCERPT_ROLE, PLACE_ROLE, SPAN_ROLE
from app.gui.find_results import MATCH_ROLE, MAX_LISTED

pytestmark = pytest.mark.usefixtures("guarded_windows")


def nested_draft() -> Draft:
    return Draft(
        intro=[Paragraph.plain("开头也说党建。")],
        sections=[
            Section("党建工作", [Paragraph.plain("抓党建，促发展。")], id="a", children=[
                Section("党建品牌", [Paragraph.plain("创党建品牌")], id="a1", children=[
                    Section("细目", [Paragraph.plain("党建细目")], id="a1x"),
                ]),
            ]),
            Section("其他", [Paragraph.plain("也有党建")], id="b"),
        ],
    )  # fmt: skip


# -- the core -------------------------------------------------------------------------


def test_a_section_scope_covers_it_and_its_subsections_only():
    draft = nested_draft()
    assert {m.section_id for m in find_matches(draft, "党建", scope=ALL)} == {
        INTRO,
        "a",
        "a1",
        "a1x",
        "b",
    }
    assert {m.section_id for m in find_matches(draft, "党建", scope="a")} == {"a", "a1", "a1x"}
    assert {m.section_id for m in find_matches(draft, "党建", scope="a1x")} == {"a1x"}
    assert [m.section_id for m in find_matches(draft, "党建", scope=INTRO)] == [INTRO]
    assert find_matches(draft, "党建", scope="gone") == [], "a deleted section: nothing"


def test_scoped_matches_keep_the_reading_order_of_the_whole_draft():
    draft = nested_draft()
    everywhere = find_matches(draft, "党建")
    scoped = find_matches(draft, "党建", scope="a1")
    assert scoped == [m for m in everywhere if m.section_id in {"a1", "a1x"}]


def test_replace_all_in_a_scope_leaves_the_rest():
    draft = nested_draft()
    changes, count = plan_replace_all(draft, "党建", "党的建设", False, scope="a1")
    assert count == 3  # a1's heading and body, a1x's body (its heading 细目 has none)
    assert {c.section_id for c in changes} == {"a1", "a1x"}
    assert plan_replace_all(draft, "党建", "X", False, scope=INTRO)[1] == 1


def test_each_match_is_described_by_its_place_and_the_text_around_it():
    draft = nested_draft()
    assert section_paths(draft) == {
        "a": "一、",
        "a1": "一、（一）",
        "a1x": "一、（一）1.",
        "b": "二、",
    }
    places = describe(draft, find_matches(draft, "党建"))
    intro, heading = places[0], places[1]
    assert (intro.path, intro.heading, intro.before, intro.text, intro.after) == (
        "",
        "",
        "开头也说",
        "党建",
        "。",
    )
    assert heading.match.field == HEADING and heading.path == "一、"
    deep = next(p for p in places if p.match.section_id == "a1x")
    assert (deep.path, deep.heading, deep.match.field) == ("一、（一）1.", "细目", BODY)
    long = Draft(sections=[Section("长", [Paragraph.plain("甲" * 40 + "党建" + "乙" * 40)])])
    [place] = describe(long, find_matches(long, "党建"))
    assert place.before == "…" + "甲" * 12 and place.after == "乙" * 12 + "…"


# -- the dialog ---------------------------------------------------------------------


@pytest.fixture
def window(tmp_path, sample_draft_path):
    win = new_window()
    win.open_path(copy_sample(sample_draft_path, tmp_path))
    return win


def open_find(window, needle: str, replace: bool = False):
    window.show_find(replace=replace)
    dialog = window.find_dialog
    dialog.find_edit.setText(needle)
    dialog.list_results()
    return dialog


def listed(dialog) -> list[tuple[str, str]]:
    """What the list of results shows: each row's place and its text around the match."""
    rows = []
    for row in range(dialog.results.count()):
        item = dialog.results.item(row)
        rows.append((item.data(PLACE_ROLE), item.data(EXCERPT_ROLE)))
    return rows


def test_the_list_shows_every_match_with_its_place_and_text(window):
    dialog = open_find(window, "党建")
    expected = find_matches(window.draft, "党建")
    rows = listed(dialog)
    assert len(rows) == len(expected)
    assert dialog.results_label.text() == f"查找结果：共 {len(expected)} 处（单击跳到该处）"
    assert rows[0][0] == "开头"
    place, excerpt = rows[1]
    assert place == "一、二是坚持党建统领，凝聚全力以赴抗击疫情的强大力量（标题）"
    item = dialog.results.item(1)
    start, length = item.data(SPAN_ROLE)
    assert excerpt[start : start + length] == "党建"
    assert "【党建】" in item.toolTip()


def test_clicking_a_result_goes_there(window, qtbot):
    dialog = open_find(window, "党支部")
    qtbot.waitExposed(dialog)
    row = 2
    item = dialog.results.item(row)
    match = item.data(MATCH_ROLE)
    rect = dialog.results.visualItemRect(item)
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.current_id == match.section_id
    assert window.outline.current_section_id() == match.section_id
    assert window.editor.body.textCursor().selectedText() == "党支部"
    assert dialog.message.text() == f"第 {row + 1} 处，共 {dialog.results.count()} 处"
    assert dialog.results.currentItem() is item


def test_the_section_scope_searches_that_part_only(window, qtbot):
    window.show_section("s08")  # 二、下半年工作安排
    dialog = open_find(window, "党建")
    dialog.section_scope.click()
    assert dialog.scope() == "s08"
    assert dialog.scope_label.text() == "“二、下半年工作安排”及其下级小节"
    expected = find_matches(window.draft, "党建", scope="s08")
    assert 0 < len(expected) < len(find_matches(window.draft, "党建"))
    assert all(place.startswith("二、") for place, _ in listed(dialog))
    assert len(listed(dialog)) == len(expected)
    seen = [dialog.find_next() for _ in expected]
    assert seen == expected, "find next goes through the part, not beyond it"
    assert window.editor.current_id in {"s09", "s10", "s11", "s12"}
    assert dialog.scope() == "s08", "moving into a subsection keeps the scope"
    assert dialog.find_next() == expected[0], "and wraps round inside it"


def test_the_section_scope_follows_the_editor_outside_it(window):
    window.show_section("s02")
    dialog = open_find(window, "党建")
    dialog.section_scope.click()
    assert dialog.scope() == "s02"
    window.show_section("s10")
    dialog.refresh_scope()
    assert dialog.scope() == "s10"
    assert dialog.scope_label.text() == "“二、二是强化局属系统党建领导机制建设”"
    dialog.find_edit.setText("没有这个词")
    assert dialog.find_next() is None
    assert dialog.message.text() == "本节找不到“没有这个词”。"
    dialog.all_scope.click()
    assert dialog.scope() == ALL and dialog.scope_label.text() == ""


def test_replace_all_in_the_section_is_one_step_and_leaves_the_rest(window):
    window.show_section("s01")
    dialog = open_find(window, "党建", replace=True)
    dialog.section_scope.click()
    dialog.replace_edit.setText("党的建设")
    inside = find_matches(window.draft, "党建", scope="s01")
    outside = [m for m in find_matches(window.draft, "党建") if m not in inside]
    count = dialog.replace_all()
    assert count == len(inside)
    assert find_matches(window.draft, "党建", scope="s01") == []
    assert find_matches(window.draft, "党建") == outside
    assert dialog.results.count() == 0, "the list shows what is left in the scope"
    window.undo_stack.undo()
    assert len(find_matches(window.draft, "党建", scope="s01")) == count


def test_a_result_moved_by_typing_is_looked_for_again(window, qtbot):
    dialog = open_find(window, "党支部")
    item = dialog.results.item(0)
    match = item.data(MATCH_ROLE)
    window.show_section(match.section_id)
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.lead_length)
    body.setTextCursor(cursor)
    type_chinese(body, "前面加字")
    assert dialog.go_to_result(item) is None
    assert dialog.message.text() == "内容已改动，结果已重新列出。"
    fresh = dialog.results.item(0).data(MATCH_ROLE)
    assert fresh.start == match.start + 4
    assert dialog.go_to_result(dialog.results.item(0)) == fresh
    assert body.textCursor().selectedText() == "党支部"


def test_the_list_follows_the_search_text_as_it_is_typed(window, qtbot):
    window.show_find(replace=False)
    dialog = window.find_dialog
    dialog.find_edit.clear()
    type_chinese(dialog.find_edit, "党")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    dialog.find_edit.setText("党支部")
    qtbot.waitUntil(
        lambda: dialog.results.count() == len(find_matches(window.draft, "党支部")), timeout=2000
    )


def test_a_very_long_list_is_cut_and_says_so(window):
    many = Draft(sections=[Section("多", [Paragraph.plain("党" * (MAX_LISTED + 5))], id="m")])
    window.set_draft(many, None)
    dialog = open_find(window, "党")
    assert dialog.results.count() == MAX_LISTED + 1
    last = dialog.results.item(MAX_LISTED)
    assert last.text() == f"仅列出前 {MAX_LISTED} 处，共 {MAX_LISTED + 5} 处。"
    assert not last.flags() & Qt.ItemFlag.ItemIsSelectable


def test_the_dialog_with_scope_and_results_looks_right(window, qtbot, tmp_path):
    window.show_section("s01")
    dialog = open_find(window, "党支部", replace=True)
    dialog.section_scope.click()
    dialog.find_next()
    qtbot.waitExposed(dialog)
    shot = tmp_path / "find.png"
    assert dialog.grab().save(str(shot))
    assert dialog.results.isVisible() and dialog.scope_label.isVisible()
    assert dialog.results.currentItem() is not None
    cursor = window.editor.body.textCursor()
    assert cursor.hasSelection() and cursor.selectedText() == "党支部"
