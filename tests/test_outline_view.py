"""OutlineView: real widget, real keyboard shortcuts, context-menu actions, F2 rename,
with QAbstractItemModelTester (Fatal) watching the model throughout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent, QUndoStack
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from app.core.draftfile import draft_to_dict, load_draft
from app.core.model import Draft, Paragraph, Section
from app.core.numbering import STYLE_LABELS, NumberStyle
from app.gui.document.tree_model import HEADING_ROLE, SectionTreeModel
from app.gui.outline_view import OutlineView

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def small_draft() -> Draft:
    return Draft(
        sections=[
            Section("甲", [Paragraph.plain("甲的正文")], id="a",
                    children=[Section("甲一", id="a1"), Section("甲二", id="a2")]),
            Section("乙", id="b"),
            Section("丙", id="c", children=[Section("丙一", id="c1")]),
        ]
    )  # fmt: skip


@pytest.fixture
def view(qtbot):
    model = SectionTreeModel(small_draft())
    view = OutlineView(model=model)
    view.tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    view.stack = QUndoStack(view)
    view.set_undo_stack(view.stack)
    qtbot.addWidget(view)
    view.resize(360, 400)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    return view


def texts(view: OutlineView, parent: QModelIndex | None = None) -> list[str]:
    """What the tree shows, depth first."""
    model, parent = view.model(), parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index.data())
        out += texts(view, index)
    return out


def snapshot(view: OutlineView) -> dict:
    return draft_to_dict(view.tree_model().draft())


def press(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(view, key, modifier)


def commit(qtbot, view, editor: QLineEdit, key=Qt.Key.Key_Return) -> None:
    """Press Return in the rename box; the delegate commits on the next event loop turn."""
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def open_editor(view) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert view.state() == QAbstractItemView.State.EditingState
    assert isinstance(editor, QLineEdit)
    return editor


# -- the keyboard --------------------------------------------------------------------


def test_expanded_on_load_and_selection_signal(view, qtbot):
    assert view.isExpanded(view.tree_model().index_for_id("a"))
    with qtbot.waitSignal(view.sectionSelected) as blocker:
        view.select_section("c1")
    assert blocker.args == ["c1"]
    with qtbot.waitSignal(view.sectionSelected) as blocker:
        view.select_section("")
    assert blocker.args == [""]


def test_alt_arrows_move_and_renumber(view, qtbot):
    view.select_section("b")
    press(qtbot, view, Qt.Key.Key_Up, ALT)
    assert texts(view)[:2] == ["一、乙", "二、甲"]
    assert view.current_section_id() == "b"
    press(qtbot, view, Qt.Key.Key_Down, ALT)
    press(qtbot, view, Qt.Key.Key_Down, ALT)
    assert [s.id for s in view.tree_model().draft().sections] == ["a", "c", "b"]
    assert texts(view)[-1] == "三、乙"


def test_alt_right_indents_and_alt_left_outdents(view, qtbot):
    before = snapshot(view)
    view.select_section("b")
    with qtbot.waitSignal(view.sectionsChanged):
        press(qtbot, view, Qt.Key.Key_Right, ALT)
    assert texts(view)[:4] == ["一、甲", "（一）甲一", "（二）甲二", "（三）乙"]
    press(qtbot, view, Qt.Key.Key_Left, ALT)
    assert snapshot(view) == before
    assert [view.stack.text(i) for i in range(2)] == ["降级", "升级"]


def test_delete_key_removes_with_undo_and_says_so(view, qtbot):
    before = snapshot(view)
    view.select_section("c")
    with qtbot.waitSignal(view.statusMessage) as message:
        press(qtbot, view, Qt.Key.Key_Delete)
    assert "丙" not in "".join(texts(view))
    assert "撤销" in message.args[0] and "1 个下级小节" in message.args[0]
    assert view.current_section_id() == "b"  # the user goes on from the neighbour
    view.stack.undo()
    assert snapshot(view) == before
    assert view.isExpanded(view.tree_model().index_for_id("c"))


def test_ctrl_enter_adds_a_sibling_ready_to_rename(view, qtbot):
    view.select_section("a")
    press(qtbot, view, Qt.Key.Key_Return, CTRL)
    editor = open_editor(view)
    assert editor.text() == "新小节"
    editor.setText("新的一节")  # Chinese cannot be typed by keyClicks; set like an IME commit
    commit(qtbot, view, editor)
    assert texts(view)[3:5] == ["二、新的一节", "三、乙"]
    assert [view.stack.text(i) for i in range(view.stack.count())] == [
        "新建小节",
        "重命名为“新的一节”",
    ]


def test_ctrl_shift_enter_adds_a_child(view, qtbot):
    view.select_section("b")
    press(qtbot, view, Qt.Key.Key_Return, CTRL | SHIFT)
    qtbot.keyClick(open_editor(view), Qt.Key.Key_Escape)
    assert view.tree_model().draft().find("b").children[0].heading == "新小节"
    assert "（一）新小节" in texts(view)
    view.stack.undo()
    assert view.tree_model().draft().find("b").children == []


def test_f2_renames_only_the_heading_text(view, qtbot):
    view.select_section("a1")
    press(qtbot, view, Qt.Key.Key_F2)
    editor = open_editor(view)
    assert editor.text() == "甲一"  # no number in the rename box
    editor.setText("改过的标题")
    commit(qtbot, view, editor, Qt.Key.Key_Enter)
    index = view.tree_model().index_for_id("a1")
    assert index.data() == "（一）改过的标题"
    view.stack.undo()
    assert index.data(HEADING_ROLE) == "甲一"


def test_chinese_typed_through_an_input_method_renames(view, qtbot):
    view.select_section("c1")
    press(qtbot, view, Qt.Key.Key_F2)
    editor = open_editor(view)
    editor.selectAll()
    for preedit in ("z", "zh", "zhong"):  # pinyin being composed: nothing committed yet
        QApplication.sendEvent(editor, QInputMethodEvent(preedit, []))
    commit_text = QInputMethodEvent("", [])
    commit_text.setCommitString("重点工作")
    QApplication.sendEvent(editor, commit_text)
    assert editor.text() == "重点工作"
    commit(qtbot, view, editor)
    assert view.tree_model().index_for_id("c1").data() == "（一）重点工作"


def test_keys_in_the_rename_box_do_not_touch_the_tree(view, qtbot):
    """Delete, Alt+arrows and Ctrl+Enter edit text there; the tree's shortcuts stay asleep."""
    before = snapshot(view)
    view.select_section("b")
    press(qtbot, view, Qt.Key.Key_F2)
    editor = open_editor(view)
    for key, modifier in [
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),  # clears the selected text
        (Qt.Key.Key_Right, ALT),
        (Qt.Key.Key_Left, ALT),
    ]:
        qtbot.keyClick(editor, key, modifier)
        assert view.state() == QAbstractItemView.State.EditingState
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)  # ends the rename (empty: refused)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert snapshot(view) == before
    assert view.stack.count() == 0


def test_empty_rename_keeps_the_old_heading(view, qtbot):
    view.select_section("b")
    press(qtbot, view, Qt.Key.Key_F2)
    editor = open_editor(view)
    editor.setText("   ")
    commit(qtbot, view, editor)
    assert view.tree_model().index_for_id("b").data() == "二、乙"


# -- the context menu ------------------------------------------------------------------


def test_context_menu_holds_every_operation(view):
    labels = [a.text() for a in view.build_context_menu().actions() if not a.isSeparator()]
    assert labels[:8] == ["新建同级小节", "新建下级小节", "重命名", "删除", "上移", "下移", "升级", "降级"]  # fmt: skip
    assert labels[8].startswith("本级编号样式")


def test_menu_actions_do_each_operation_and_undo_exactly(view):
    start = snapshot(view)
    steps = [
        ("b", view.action_move_up, ["b", "a", "a1", "a2", "c", "c1"]),
        ("a", view.action_indent, ["b", "a", "a1", "a2", "c", "c1"]),  # under b now
        ("a1", view.action_outdent, ["b", "a", "a2", "a1", "c", "c1"]),
        ("c", view.action_move_down, None),  # last: disabled, nothing happens
        ("c1", view.action_delete, ["b", "a", "a2", "a1", "c"]),
    ]
    for section_id, action, expected in steps:
        view.select_section(section_id)
        before = snapshot(view)
        action.trigger()
        if expected is None:
            assert not action.isEnabled() and snapshot(view) == before
            continue
        assert [s.id for s in view.tree_model().draft().walk()] == expected
        view.stack.undo()
        assert snapshot(view) == before
        view.stack.redo()
    while view.stack.canUndo():
        view.stack.undo()
    assert snapshot(view) == start


def test_actions_disabled_where_they_make_no_sense(view):
    view.select_section("a")
    assert not view.action_move_up.isEnabled()
    assert not view.action_indent.isEnabled()
    assert not view.action_outdent.isEnabled()
    assert view.action_move_down.isEnabled()
    view.select_section("")
    assert not view.action_delete.isEnabled()
    assert view.action_add_sibling.isEnabled()  # adds at the end of the top level


def test_numbering_submenu_sets_the_current_level(view):
    view.select_section("a2")
    view.build_context_menu()
    assert view.numbering_menu.title() == "本级编号样式（第2级）"
    shi = next(a for a in view.numbering_menu.actions() if a.text() == STYLE_LABELS["cn-shi"])
    shi.trigger()
    assert texts(view)[1:3] == ["一是甲一", "二是甲二"]
    assert view.tree_model().draft().numbering[1] == NumberStyle.CN_SHI
    view.stack.undo()
    assert texts(view)[1] == "（一）甲一"


def test_delete_everything_then_add_again(view, qtbot):
    for section_id in ("a", "b", "c"):
        view.select_section(section_id)
        view.action_delete.trigger()
    assert view.model().rowCount() == 0
    assert view.current_section_id() is None
    view.action_add_sibling.trigger()
    qtbot.keyClick(open_editor(view), Qt.Key.Key_Escape)
    assert texts(view) == ["一、新小节"]


def test_opening_another_draft_expands_it_and_clears_undo(view, sample_draft_path):
    view.select_section("b")
    view.action_delete.trigger()
    assert view.stack.count() == 1
    view.tree_model().setDraft(load_draft(sample_draft_path))
    assert view.stack.count() == 0
    assert texts(view)[0] == "一、上半年主要工作"
    assert view.isExpanded(view.tree_model().index_for_id("s01"))


# -- 连排 (issue 16) ---------------------------------------------------------------------


def test_ctrl_shift_l_toggles_run_in_with_the_model_tester_watching(view, qtbot):
    view.select_section("a1")
    section = view.tree_model().section("a1")
    assert view.action_run_in.isEnabled() and not view.action_run_in.isChecked()
    press(qtbot, view, Qt.Key.Key_L, CTRL | SHIFT)
    assert section.run_in and view.action_run_in.isChecked()
    assert view.stack.undoText() == "设为连排"
    press(qtbot, view, Qt.Key.Key_L, CTRL | SHIFT)
    assert not section.run_in and view.stack.undoText() == "取消连排"
    view.stack.undo()
    assert section.run_in and view.action_run_in.isChecked()
    view.select_section("")
    assert not view.action_run_in.isEnabled()


def test_new_sections_print_as_the_sibling_they_follow(view, qtbot):
    model = view.tree_model()
    view.select_section("a1")
    view.action_run_in.trigger()  # 甲一 run-in, 甲二 not
    view.select_section("a1")
    view.add_sibling()  # between 甲一 and 甲二: after a run-in one
    assert model.section(view.current_section_id()).run_in
    view.select_section("a2")
    view.add_sibling()
    assert not model.section(view.current_section_id()).run_in
    view.select_section("a")
    view.add_child()  # last under 甲, after 甲二's new sibling
    assert not model.section(view.current_section_id()).run_in


def test_context_menu_offers_run_in_after_the_numbering_styles(view):
    labels = [a.text() for a in view.build_context_menu().actions() if not a.isSeparator()]
    assert labels[9] == "标题与正文连排"
