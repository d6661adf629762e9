"""Find and replace across all sections: jump, replace one, replace all as one undo step."""

from __future__ import annotations

import re

import pytest
from gui_helpers import copy_sample, new_window, type_chinese
from PySide6.QtGui import QTextCursor

from app.core.draftfile import draft_to_dict
from app.core.model import Draft, Paragraph, Run, Section
from app.core.search import (
    BODY,
    HEADING,
    INTRO,
    find_matches,
    plan_replace_all,
    replace_in_paragraph,
)

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(tmp_path, sample_draft_path):
    win = new_window()
    win.open_path(copy_sample(sample_draft_path, tmp_path))
    return win


def small_draft() -> Draft:
    return Draft(
        intro=[Paragraph.plain("开头提到党建。")],
        sections=[
            Section(
                "党建工作",
                [
                    Paragraph.plain("抓党建，促发展。"),
                    Paragraph([Run("党建", bold=True), Run("品牌")]),
                ],
                id="a",
            ),
            Section("其他", [Paragraph.plain("没有")], [Section("子项党建", [], id="c")], id="b"),
        ],
    )


def test_matches_come_in_reading_order():
    matches = find_matches(small_draft(), "党建")
    assert [(m.section_id, m.field, m.paragraph, m.start) for m in matches] == [
        (INTRO, BODY, 0, 4),
        ("a", HEADING, 0, 0),
        ("a", BODY, 0, 1),
        ("a", BODY, 1, 0),
        ("c", HEADING, 0, 2),
    ]


def test_latin_case_is_ignored_unless_asked():
    draft = Draft(sections=[Section("GDP 与 gdp", [])])
    assert len(find_matches(draft, "gdp")) == 2
    assert len(find_matches(draft, "gdp", match_case=True)) == 1


def test_replacement_keeps_the_format_of_what_it_replaces():
    paragraph = Paragraph([Run("普通"), Run("党建", bold=True), Run("结尾")])
    result = replace_in_paragraph(paragraph, re.compile("党建"), "党的建设")
    assert result == Paragraph([Run("普通"), Run("党的建设", bold=True), Run("结尾")])


def test_plan_counts_every_occurrence():
    changes, count = plan_replace_all(small_draft(), "党建", "党的建设", False)
    assert count == 5
    assert len(changes) == 3  # intro, section a, section c


def test_find_next_jumps_to_each_match_in_its_section(window):
    window.show_section("s01")
    window.show_find(replace=False)
    dialog = window.find_dialog
    dialog.find_edit.setText("党支部")
    expected = find_matches(window.draft, "党支部")
    assert len(expected) >= 3
    seen = []
    for _ in expected:
        match = dialog.find_next()
        seen.append(match)
        assert window.editor.current_id == match.section_id
        if match.field == BODY:
            assert window.editor.body.textCursor().selectedText() == "党支部"
    assert seen == expected, "each match once, in reading order"
    assert dialog.find_next() == expected[0], "wraps around to the first"
    assert f"共 {len(expected)} 处" in dialog.message.text()


def test_find_previous_goes_backwards(window):
    window.show_find(replace=False)
    dialog = window.find_dialog
    dialog.find_edit.setText("党支部")
    expected = find_matches(window.draft, "党支部")
    first = dialog.find_next()
    second = dialog.find_next()
    assert (first, second) == (expected[0], expected[1])
    assert dialog.find_next(backwards=True) == expected[0]


def test_not_found_says_so(window):
    window.show_find(replace=False)
    window.find_dialog.find_edit.setText("不存在的词语")
    assert window.find_dialog.find_next() is None
    assert "找不到" in window.find_dialog.message.text()


def test_find_sees_typing_that_was_not_written_back_yet(window):
    window.show_section("s05")
    window.editor.body.setFocus()
    window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(window.editor.body, "独一无二的新词")
    window.show_find(replace=False)
    window.find_dialog.find_edit.setText("独一无二的新词")
    match = window.find_dialog.find_next()
    assert match is not None and match.section_id == "s05"


def test_replace_one_is_typing_in_that_section(window):
    window.show_find(replace=True)
    dialog = window.find_dialog
    dialog.find_edit.setText("党支部")
    dialog.replace_edit.setText("基层党组织")
    first = dialog.find_next()
    before = len(find_matches(window.draft, "党支部"))
    dialog.replace_one()
    window.flush()
    assert len(find_matches(window.draft, "党支部")) == before - 1
    section = window.draft.find(first.section_id)
    assert "基层党组织" in section.body[first.paragraph].text
    # it is ordinary typing: the text undo takes it back
    window.editor.body.setFocus()
    window.editor.body.undo()
    window.flush()
    assert len(find_matches(window.draft, "党支部")) == before


def test_replace_all_changes_every_section_and_one_undo_restores_all(window):
    before = draft_to_dict(window.draft)
    total = len(find_matches(window.draft, "党支部"))
    sections_hit = {m.section_id for m in find_matches(window.draft, "党支部")}
    assert len(sections_hit) >= 2
    window.show_find(replace=True)
    dialog = window.find_dialog
    dialog.find_edit.setText("党支部")
    dialog.replace_edit.setText("基层党组织")
    assert dialog.replace_all() == total
    assert find_matches(window.draft, "党支部") == []
    assert f"已替换 {total} 处" in dialog.message.text()
    assert window.is_dirty()
    shown = window.editor.section
    if shown is not None and shown.id in sections_hit:
        assert "党支部" not in window.editor.body.toPlainText()
    window.outline.setFocus()
    window.undo()
    assert draft_to_dict(window.draft) == before, "one undo restores every section"
    assert not window.is_dirty()
    window.redo()
    assert find_matches(window.draft, "党支部") == []


def test_replace_all_in_headings_renames_in_the_tree(window):
    window.show_find(replace=True)
    dialog = window.find_dialog
    dialog.find_edit.setText("党建")
    dialog.replace_edit.setText("党的建设")
    dialog.replace_all()
    headings = [s.heading for s in window.draft.walk()]
    assert not any("党建" in h for h in headings)
    index = window.model.index_for_id("s02")
    assert index.data() == "一是" + window.draft.find("s02").heading


def test_ctrl_f_ctrl_h_open_the_dialog_and_f3_jumps_on(window, qtbot):
    from PySide6.QtCore import Qt

    window.outline.select_section("s02")
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(body.lead_length)
    cursor.setPosition(body.lead_length + 2, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    selected = cursor.selectedText()
    qtbot.keyClick(body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.find_edit.text() == selected, "the selection is what to find"
    assert not dialog.replace_edit.isVisible()
    qtbot.keyClick(body, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert dialog.replace_edit.isVisible() and dialog.windowTitle() == "查找和替换"
    dialog.find_edit.setText("党支部")
    expected = find_matches(window.draft, "党支部")
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # open_for activates it
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_F3)
    first = dialog.current
    assert first in expected
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_F3)
    assert dialog.current == expected[(expected.index(first) + 1) % len(expected)]
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.current == first, "Shift+F3 goes back"


def test_the_intro_has_one_name_for_the_finder_the_checker_and_the_editor(qtbot):
    """Search matches, check findings and the editor's current place all call the
    intro Place.INTRO (they were "", "intro" and "__intro__")."""
    from gui_helpers import standalone_editor

    from app.core.checks import check_draft
    from app.core.place import Place

    draft = Draft(intro=[Paragraph.plain("党建引领,全面推进。")])
    [match] = find_matches(draft, "党建")
    finding = next(f for f in check_draft(draft) if f.location.field == Place.INTRO)
    editor = standalone_editor()
    qtbot.addWidget(editor)
    editor.show_intro(draft.intro)
    assert match.section_id == finding.location.field == editor.current_id == Place.INTRO


def test_find_next_selects_matches_in_a_table_and_after_it():
    """A table is one block of the body (as the core's search counts): a match in a cell
    and one in the paragraph after the table are each selected where they are."""
    from app.core.model import Cell, Table

    table = Table(
        [[Cell.plain("项目"), Cell.plain("情况")], [Cell.plain("党建"), Cell.plain("完成党建")]]
    )
    draft = Draft(
        sections=[
            Section(
                "主要工作",
                [Paragraph.plain("开头。"), table, Paragraph.plain("表后党建小结。")],
                id="t",
            )
        ]
    )
    win = new_window()
    win.set_draft(draft, None)
    win.show_section("t")
    win.show_find(replace=False)
    dialog = win.find_dialog
    dialog.find_edit.setText("党建")
    expected = find_matches(win.draft, "党建")
    assert [(m.paragraph, m.start) for m in expected] == [(1, 6), (1, 11), (2, 2)]
    for match in expected:
        assert dialog.find_next() == match
        cursor = win.editor.body.textCursor()
        assert cursor.selectedText() == "党建"
    # the last one is in the paragraph after the table, not in a cell
    assert win.editor.body.textCursor().block().text() == "表后党建小结。"
