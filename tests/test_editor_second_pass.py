"""The editor, second pass (issue 16): 连排 can be set, Ctrl+Enter starts the next item,
no cursor is set against a stale lead, a typed heading number is left out at rename.

Real windows, real keys and signals, offscreen; what the user sees or gets is asserted."""

from __future__ import annotations

import io

import docx
import pytest
from gui_helpers import new_window, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QTreeWidgetItem

from app.core.export.writer import build_docx_bytes
from app.core.model import Draft, Paragraph, Section
from app.core.numbering import NumberStyle
from app.core.zh.lead import run_in_lead
from app.gui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("guarded_windows")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(sample_copy, qtbot) -> MainWindow:
    win = new_window()
    assert win.open_path(sample_copy) is win
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def out_of_range(qtlog) -> list[str]:
    return [r.message for r in qtlog.records if "out of range" in r.message]


def printed_paragraphs(draft: Draft) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(build_docx_bytes(draft))).paragraphs]


# -- 1. 连排 can be set ------------------------------------------------------------------


def test_run_in_is_a_checkable_action_of_the_section_menu_and_the_context_menu(window):
    action = window.outline.action_run_in
    assert action.text() == "标题与正文连排" and action.isCheckable()
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    section_menu = window.findChild(QMenu, "menuSection")
    assert action in section_menu.actions()
    assert action in window.outline.build_context_menu().actions()
    window.outline.select_section("s02")  # 一是… prints run-in in the sample
    assert action.isEnabled() and action.isChecked()
    window.outline.select_section("s01")  # 一、上半年主要工作 has its own line
    assert action.isEnabled() and not action.isChecked()


def test_ctrl_shift_l_turns_run_in_off_and_on_as_one_undo_step_each(window, qtbot, qtlog):
    outline, editor = window.outline, window.editor
    outline.select_section("s03")
    section = window.draft.find("s03")
    lead = run_in_lead("二是", section.heading)
    body = section.body[0].text
    assert editor.body.toPlainText() == lead + body
    focus(qtbot, outline)

    qtbot.keyClick(outline, Qt.Key.Key_L, CTRL | SHIFT)
    assert not section.run_in
    assert editor.body.toPlainText() == body, "the lead leaves the body at once"
    assert "连排" not in editor.caption.text()
    assert not outline.action_run_in.isChecked()
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "取消连排"
    assert any(p == body for p in printed_paragraphs(window.draft)), "Word gets it alone"

    qtbot.keyClick(outline, Qt.Key.Key_L, CTRL | SHIFT)
    assert section.run_in and editor.body.toPlainText() == lead + body
    assert "连排" in editor.caption.text() and outline.action_run_in.isChecked()
    assert window.undo_stack.count() == 2 and window.undo_stack.undoText() == "设为连排"
    assert lead + body in printed_paragraphs(window.draft)

    window.undo_stack.undo()
    assert not section.run_in and editor.body.toPlainText() == body
    window.undo_stack.undo()
    assert section.run_in and editor.body.toPlainText() == lead + body
    assert section.body == [Paragraph.plain(body)], "the lead never becomes body text"
    assert out_of_range(qtlog) == []


def test_ctrl_shift_l_while_writing_keeps_the_typing_and_toggles_run_in(window, qtbot):
    window.outline.select_section("s04")
    editor, section = window.editor, window.draft.find("s04")
    focus(qtbot, editor.body)
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(editor.body, "再加一句。")
    qtbot.keyClick(editor.body, Qt.Key.Key_L, CTRL | SHIFT)
    assert not section.run_in and section.body[-1].text.endswith("再加一句。")
    assert editor.body.toPlainText() == section.body[0].text, "no lead, the typing is there"
    assert QApplication.focusWidget() is editor.body
    assert not window.outline.action_run_in.isChecked()
    assert window.undo_stack.undoText() == "取消连排"
    qtbot.keyClick(editor.body, Qt.Key.Key_L, CTRL | SHIFT)
    assert section.run_in
    assert editor.body.toPlainText().startswith(run_in_lead("三是", section.heading))
    assert window.undo_stack.count() == 2
    window.undo()  # the focus is in the body with no typing left: the stack's step
    assert not section.run_in


@pytest.mark.parametrize("name", ["action_run_in", "action_move_down"])
def test_a_section_menu_click_while_typing_keeps_the_typing(window, qtbot, name):
    """The 小节 menu leaves the focus in the body: the step finds the typing unwritten."""
    window.outline.select_section("s03")
    editor, section = window.editor, window.draft.find("s03")
    focus(qtbot, editor.body)
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(editor.body, "刚打的字。")
    bar, menu = window.menuBar(), window.findChild(QMenu, "menuSection")
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )
    qtbot.waitUntil(menu.isVisible)
    action = getattr(window.outline, name)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert window.undo_stack.count() == 1
    assert section.body[-1].text.endswith("刚打的字。")
    assert editor.body.toPlainText().endswith("刚打的字。")


def test_the_menu_action_sets_run_in_on_a_section_of_its_own_line(window):
    window.outline.select_section("s08")  # 二、下半年工作安排
    section = window.draft.find("s08")
    window.outline.action_run_in.trigger()
    assert section.run_in
    assert window.editor.body.toPlainText() == "二、下半年工作安排。"
    assert window.editor.body.textCursor().position() == len("二、下半年工作安排。")
    assert not window.editor.bold_action.isChecked(), "typing after the lead is not bold"


def test_a_new_sibling_of_run_in_items_prints_run_in(window, qtbot):
    outline = window.outline
    outline.select_section("s12")  # 四是, the last of 下半年's run-in items
    focus(qtbot, outline)
    qtbot.keyClick(outline, Qt.Key.Key_Return, CTRL)
    rename_box = QApplication.focusWidget()
    assert isinstance(rename_box, QLineEdit)
    rename_box.selectAll()
    type_chinese(rename_box, "加强队伍建设")
    qtbot.keyClick(rename_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outline.state() != QAbstractItemView.State.EditingState)
    new = window.draft.find("s08").children[-1]
    assert new.heading == "加强队伍建设" and new.run_in
    assert outline.action_run_in.isChecked()
    assert window.editor.body.toPlainText() == "五是加强队伍建设。"
    assert "五是加强队伍建设。" in printed_paragraphs(window.draft)
    # A new top-level section after 二、 (not run-in) has its own line, as its siblings.
    outline.select_section("s08")
    outline.action_add_sibling.trigger()
    assert not window.draft.sections[-1].run_in


# -- 2. Ctrl+Enter starts the next item; no cursor against a stale lead ----------------


def test_ctrl_enter_in_the_body_starts_the_next_item(window, qtbot, qtlog):
    window.outline.select_section("s03")
    editor = window.editor
    focus(qtbot, editor.body)
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(editor.body, "补充一句。")
    count = sum(1 for _ in window.draft.walk())

    qtbot.keyClick(editor.body, Qt.Key.Key_Return, CTRL)
    parent = window.draft.find("s01")
    new = parent.children[2]
    assert [s.id for s in parent.children][:2] == ["s02", "s03"]
    assert sum(1 for _ in window.draft.walk()) == count + 1
    assert window.draft.find("s03").body[-1].text.endswith("补充一句。"), "typing kept"
    assert editor.section is new and window.outline.current_section_id() == new.id
    assert QApplication.focusWidget() is editor.heading
    assert editor.heading.selectedText() == "新小节", "ready to be typed over"
    assert new.run_in and editor.body.toPlainText() == "三是新小节。"
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "新建小节"
    assert out_of_range(qtlog) == []

    type_chinese(editor.heading, "压实工作责任")
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return)
    assert new.heading == "压实工作责任"
    assert editor.body.toPlainText() == "三是压实工作责任。"

    window.undo()  # the rename, then the new section: one step each
    window.undo()
    assert sum(1 for _ in window.draft.walk()) == count
    assert out_of_range(qtlog) == []


def test_ctrl_enter_in_the_heading_line_commits_it_and_starts_the_next_item(window, qtbot):
    window.outline.select_section("s10")
    editor = window.editor
    focus(qtbot, editor.heading)
    editor.heading.end(False)
    type_chinese(editor.heading, "工作")
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return, CTRL)
    assert window.draft.find("s10").heading.endswith("机制建设工作")
    siblings = window.draft.find("s08").children
    assert [s.id for s in siblings].index("s10") == 1 and siblings[2].heading == "新小节"
    assert editor.section is siblings[2] and QApplication.focusWidget() is editor.heading


def test_ctrl_enter_in_the_intro_starts_a_first_section(window, qtbot):
    window.show_intro()
    focus(qtbot, window.editor.body)
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Return, CTRL)
    first = window.draft.sections[0]
    assert first.heading == "新小节" and not first.run_in
    assert window.editor.section is first
    assert QApplication.focusWidget() is window.editor.heading


def test_leaving_a_run_in_section_sets_no_cursor_out_of_range(window, qtbot, qtlog):
    """A long lead, then a section whose document is shorter than that lead."""
    window.outline.select_section("s07")
    window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    window.outline.select_section("s08")  # no body: one empty block
    assert window.editor.body.toPlainText() == ""
    assert window.editor.body.lead_length == 0
    focus(qtbot, window.outline)
    window.outline.select_section("s07")
    qtbot.keyClick(window.outline, Qt.Key.Key_Return, CTRL)  # the outline's 新建同级小节
    assert out_of_range(qtlog) == []


def test_fix_all_of_kind_on_the_shown_run_in_section_sets_no_cursor_out_of_range(
    qtbot, qtlog, tmp_path
):
    draft = Draft(
        numbering=[NumberStyle.CN_DUN, NumberStyle.CN_SHI],
        sections=[
            Section("主要工作", id="p", children=[
                Section("1.完善制度机制建设工作", [Paragraph.plain("正文,")], run_in=True, id="r"),
                Section("2.强化正向激励", [Paragraph.plain("短")], run_in=True, id="q"),
            ]),
        ],
    )  # fmt: skip
    window = new_window()
    window.set_draft(draft, None)
    qtbot.waitExposed(window)
    window.outline.select_section("r")
    window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    window.action("actionCheckPanel").trigger()
    panel = window.check_dock.widget()
    qtbot.waitUntil(lambda: bool(panel.findings()), timeout=3000)
    group = next(
        panel.tree.topLevelItem(i)
        for i in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(i).text(0).startswith("标题中手工输入的编号")
    )
    child: QTreeWidgetItem = group.child(0)
    panel.tree.setCurrentItem(child)
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert [s.heading for s in draft.sections[0].children] == [
        "完善制度机制建设工作",
        "强化正向激励",
    ]
    shown = window.editor.section
    assert window.editor.body.toPlainText().startswith(
        run_in_lead("一是" if shown.id == "r" else "二是", shown.heading)
    )
    window.outline.select_section("q")
    window.outline.select_section("p")
    assert out_of_range(qtlog) == []


# -- 3. a typed heading number is left out at rename -------------------------------------


def three_levels() -> Draft:
    return Draft(
        numbering=[NumberStyle.CN_DUN, NumberStyle.CN_PAREN, NumberStyle.NUM_DOT],
        sections=[
            Section("加强党的建设", id="a", children=[
                Section("强化理论武装", id="b", children=[
                    Section("抓好学习", [Paragraph.plain("正文。")], id="c"),
                    Section("做好宣传", id="d"),
                ]),
            ]),
        ],
    )  # fmt: skip


@pytest.fixture
def levels_window(qtbot) -> MainWindow:
    win = new_window()
    win.set_draft(three_levels(), None)
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def test_f2_rename_to_a_typed_number_shows_the_number_once(levels_window, qtbot):
    window, outline = levels_window, levels_window.outline
    outline.select_section("d")
    focus(qtbot, outline)
    qtbot.keyClick(outline, Qt.Key.Key_F2)
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit)
    box.selectAll()
    type_chinese(box, "1.建强宣传阵地")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outline.state() != QAbstractItemView.State.EditingState)
    index = outline.tree_model().index_for_id("d")
    assert index.data() == "2.建强宣传阵地", "not 2.1.建强宣传阵地"
    assert window.editor.heading.text() == "建强宣传阵地"
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "重命名为“建强宣传阵地”"
    window.undo_stack.undo()
    assert index.data() == "2.做好宣传"


def test_a_heading_committed_from_the_heading_line_loses_its_typed_number(levels_window, qtbot):
    window, editor = levels_window, levels_window.editor
    window.outline.select_section("c")
    focus(qtbot, editor.heading)
    editor.heading.selectAll()
    type_chinese(editor.heading, "1.建强宣传阵地")
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return)
    assert window.draft.find("c").heading == "建强宣传阵地"
    assert editor.heading.text() == "建强宣传阵地", "the line shows what prints after 1."
    assert window.outline.tree_model().index_for_id("c").data() == "1.建强宣传阵地"
    assert window.undo_stack.count() == 1
    window.undo()
    assert editor.heading.text() == "抓好学习"


def test_only_a_typed_number_changes_nothing_and_is_no_undo_step(levels_window, qtbot):
    window, editor = levels_window, levels_window.editor
    window.outline.select_section("c")
    focus(qtbot, editor.heading)
    editor.heading.home(False)
    type_chinese(editor.heading, "（一）")
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return)
    assert editor.heading.text() == "抓好学习" and window.draft.find("c").heading == "抓好学习"
    assert window.undo_stack.count() == 0


def test_an_unnumbered_level_keeps_the_number_typed(levels_window, qtbot):
    window, editor = levels_window, levels_window.editor
    window.outline.select_section("c")
    window.outline.set_current_level_style(NumberStyle.NONE)
    focus(qtbot, editor.heading)
    editor.heading.selectAll()
    type_chinese(editor.heading, "1.建强宣传阵地")
    qtbot.keyClick(editor.heading, Qt.Key.Key_Return)
    assert window.draft.find("c").heading == "1.建强宣传阵地"
    assert editor.heading.text() == "1.建强宣传阵地"
