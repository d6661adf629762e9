"""SectionTreeModel and the tree undo commands, with QAbstractItemModelTester (Fatal) attached."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QAbstractItemModelTester

from app.core.draftfile import draft_to_dict, load_draft
from app.core.model import Draft, Paragraph, Section
from app.core.numbering import NumberStyle
from app.gui.document import commands as tc
from app.gui.document.tree_model import (
    CHAR_COUNT_ROLE,
    HEADING_ROLE,
    LEVEL_ROLE,
    NUMBER_ROLE,
    SECTION_ID_ROLE,
    SECTION_MIME,
    TOTAL_CHAR_COUNT_ROLE,
    SectionTreeModel,
    encode_section_ids,
)

MOVE = Qt.DropAction.MoveAction


def small_draft() -> Draft:
    """一、A（b1: 一、 with （一）a1 （二）a2）, 二、B, 三、C with （一）c1 containing 1.c11."""
    return Draft(
        sections=[
            Section("甲", [Paragraph.plain("甲的正文")], id="a",
                    children=[Section("甲一", id="a1"), Section("甲二", id="a2")]),
            Section("乙", id="b"),
            Section("丙", id="c", children=[Section("丙一", id="c1",
                                                    children=[Section("丙一一", id="c11")])]),
        ]
    )  # fmt: skip


@pytest.fixture
def model(qapp):
    m = SectionTreeModel(small_draft())
    m.tester = QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    stack = QUndoStack()
    m.set_undo_stack(stack)
    m.stack = stack  # keep the stack alive as long as the model
    return m


def shown(model: SectionTreeModel, parent: QModelIndex | None = None) -> list[str]:
    """The texts the tree shows, depth first, indented by level."""
    parent = parent or QModelIndex()
    lines = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        lines.append("  " * model.data(index, LEVEL_ROLE) + model.data(index))
        lines += shown(model, index)
    return lines


def ids_in_order(model: SectionTreeModel) -> list[str]:
    return [s.id for s in model.draft().walk()]


def drop(model, ids, row, parent_id, column=0):
    data = encode_section_ids(ids)
    parent = model.index_for_id(parent_id)
    if not model.canDropMimeData(data, MOVE, row, column, parent):
        return False
    return model.dropMimeData(data, MOVE, row, column, parent)


# -- what the tree shows ----------------------------------------------------------------


def test_sample_draft_shows_numbers_headings_and_counts(qapp, sample_draft_path):
    draft = load_draft(sample_draft_path)
    model = SectionTreeModel(draft)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = model.index(0, 0)
    assert model.data(first) == "一、上半年主要工作"
    assert model.data(first, Qt.ItemDataRole.EditRole) == "上半年主要工作"
    assert model.data(first, HEADING_ROLE) == "上半年主要工作"
    assert model.data(first, NUMBER_ROLE) == "一、"
    child = model.index(0, 0, first)
    assert model.data(child) == "一是完善制度机制，深化系统党的政治建设"  # level 2 is 一是
    assert model.data(child, SECTION_ID_ROLE) == "s02"
    assert model.data(child, CHAR_COUNT_ROLE) == draft.find("s02").char_count()
    assert model.data(first, TOTAL_CHAR_COUNT_ROLE) == draft.find("s01").total_char_count()
    assert "272 字" in model.data(child, Qt.ItemDataRole.ToolTipRole)
    spoken = model.data(first, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("一、上半年主要工作") and "共 1585 字" in spoken
    assert model.data(model.index(1, 0)) == "二、下半年工作安排"


def test_small_draft_levels(model):
    assert shown(model) == [
        "一、甲", "  （一）甲一", "  （二）甲二", "二、乙", "三、丙", "  （一）丙一", "    1.丙一一",
    ]  # fmt: skip


def test_eleventh_sibling_is_numbered_shi_yi(model):
    for n in range(8):
        model.push(tc.insert_command(model, None, model.rowCount(), f"第{n}节"))
    assert model.rowCount() == 11
    assert model.data(model.index(9, 0)).startswith("十、")
    assert model.data(model.index(10, 0)).startswith("十一、")


def test_moving_second_above_first_swaps_numbers(model):
    model.push(tc.move_up_command(model, "b"))
    assert model.data(model.index(0, 0)) == "一、乙"
    assert model.data(model.index(1, 0)) == "二、甲"


def test_insert_in_the_middle_renumbers_later_siblings_with_data_changed(model):
    changed: list[str] = []
    model.dataChanged.connect(
        lambda tl, br: changed.extend(model.id_for_index(model.index(r, 0, tl.parent()))
                                      for r in range(tl.row(), br.row() + 1))
    )  # fmt: skip
    model.push(tc.insert_sibling_command(model, "a"))
    assert shown(model)[3:6] == ["二、新小节", "三、乙", "四、丙"]
    assert {"b", "c"} <= set(changed)


def test_each_edit_announces_itself_once(model):
    edits: list[int] = []
    model.draftEdited.connect(lambda: edits.append(1))
    model.push(tc.insert_sibling_command(model, "a"))  # middle: inserted at the end, moved
    model.push(tc.delete_command(model, "a"))  # not last: moved to the end, removed
    model.push(tc.move_down_command(model, "b"))
    model.push(tc.rename_command(model, "b", "乙乙"))
    model.push(tc.level_style_command(model, 0, NumberStyle.CN_DI))
    assert len(edits) == 5


def test_counts_follow_text_changes_up_the_tree(model):
    c11 = model.draft().find("c11")
    before = model.data(model.index_for_id("c"), TOTAL_CHAR_COUNT_ROLE)
    c11.body.append(Paragraph.plain("新增十个字的一段正文"))
    model.section_changed("c11")
    assert model.data(model.index_for_id("c11"), CHAR_COUNT_ROLE) == 3 + 10
    assert model.data(model.index_for_id("c"), TOTAL_CHAR_COUNT_ROLE) == before + 10


# -- operations and exact undo ------------------------------------------------------


def check_undo_redo(model: SectionTreeModel, command) -> None:
    """Run a command; undo must give back exactly the draft before, redo the one after."""
    before = draft_to_dict(model.draft())
    model.push(command)
    after = draft_to_dict(model.draft())
    assert after != before
    model.stack.undo()
    assert draft_to_dict(model.draft()) == before
    model.stack.redo()
    assert draft_to_dict(model.draft()) == after


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda m: tc.move_up_command(m, "c"), ["a", "a1", "a2", "c", "c1", "c11", "b"]),
        (lambda m: tc.move_down_command(m, "a"), ["b", "a", "a1", "a2", "c", "c1", "c11"]),
        (lambda m: tc.indent_command(m, "b"), ["a", "a1", "a2", "b", "c", "c1", "c11"]),
        (lambda m: tc.outdent_command(m, "a1"), ["a", "a2", "a1", "b", "c", "c1", "c11"]),
        (lambda m: tc.delete_command(m, "c1"), ["a", "a1", "a2", "b", "c"]),
        (lambda m: tc.delete_command(m, "a"), ["b", "c", "c1", "c11"]),
    ],
)
def test_structural_commands_undo_exactly(model, make, expected):
    check_undo_redo(model, make(model))
    assert ids_in_order(model) == expected


def test_indent_and_outdent_renumber_with_the_new_level(model):
    model.push(tc.indent_command(model, "b"))
    assert shown(model)[:4] == ["一、甲", "  （一）甲一", "  （二）甲二", "  （三）乙"]
    model.push(tc.outdent_command(model, "c1"))  # 丙一 leaves 丙: its child goes up a level
    assert shown(model)[-3:] == ["二、丙", "三、丙一", "  （一）丙一一"]


def test_insert_child_and_sibling_undo(model):
    check_undo_redo(model, tc.insert_child_command(model, "b"))
    assert model.draft().find("b").children[0].heading == tc.NEW_SECTION_HEADING
    check_undo_redo(model, tc.insert_sibling_command(model, "a1"))
    assert [s.heading for s in model.draft().find("a").children] == ["甲一", "新小节", "甲二"]


def test_delete_undo_restores_subtree_with_ids(model):
    subtree_ids = [s.id for s in model.draft().find("c").walk()]
    model.push(tc.delete_command(model, "c"))
    assert not model.index_for_id("c11").isValid()
    model.stack.undo()
    assert [s.id for s in model.draft().find("c").walk()] == subtree_ids
    assert model.data(model.index_for_id("c11")) == "1.丙一一"
    assert model.stack.text(0) == "删除“丙”"


def test_rename_command_and_in_place_edit(model):
    check_undo_redo(model, tc.rename_command(model, "b", "乙（改）"))
    index = model.index_for_id("b")
    assert model.setData(index, "  新标题  ", Qt.ItemDataRole.EditRole)
    assert model.data(index) == "二、新标题"
    assert model.stack.text(model.stack.index() - 1).startswith("重命名")
    assert not model.setData(index, "   ", Qt.ItemDataRole.EditRole)  # empty: refused
    assert model.data(index, HEADING_ROLE) == "新标题"
    model.stack.undo()
    assert model.data(index, HEADING_ROLE) == "乙（改）"


def test_impossible_operations_give_no_command(model):
    assert tc.move_up_command(model, "a") is None
    assert tc.move_down_command(model, "c") is None
    assert tc.indent_command(model, "a") is None
    assert tc.outdent_command(model, "b") is None
    assert tc.insert_child_command(model, None) is None
    assert tc.rename_command(model, "b", "乙") is None  # unchanged


def test_level_style_renumbers_that_level_and_undoes(model):
    check_undo_redo(model, tc.level_style_command(model, 1, NumberStyle.CN_SHI))
    assert shown(model)[1:3] == ["  一是甲一", "  二是甲二"]
    assert shown(model)[-2] == "  一是丙一"
    assert model.data(model.index_for_id("a")) == "一、甲"  # level 1 untouched


def test_level_style_past_the_list_pads_and_undo_restores_the_list(model):
    model.draft().numbering = [NumberStyle.CN_DUN, NumberStyle.CN_PAREN]
    check_undo_redo(model, tc.level_style_command(model, 3, NumberStyle.CN_DI))
    assert model.draft().numbering[2:] == [NumberStyle.NONE, NumberStyle.CN_DI]
    model.stack.undo()
    assert model.draft().numbering == [NumberStyle.CN_DUN, NumberStyle.CN_PAREN]


def test_undo_survives_garbage_collection(model):
    model.push(tc.delete_command(model, "b"))
    model.push(tc.move_down_command(model, "a"))
    gc.collect()
    model.stack.undo()
    model.stack.undo()
    assert ids_in_order(model) == ["a", "a1", "a2", "b", "c", "c1", "c11"]


def test_undo_commands_do_not_keep_the_model_alive(qapp):
    """Model -> stack -> commands must not lead back to the model: such a cycle through
    C++ ownership made the garbage collector run QUndoStack::clear on freed commands."""
    model = SectionTreeModel(small_draft())
    stack = QUndoStack()
    model.set_undo_stack(stack)
    model.push(tc.delete_command(model, "b"))
    model.push(tc.rename_command(model, "a", "新"))
    del stack
    gone = weakref.ref(model)
    del model  # no gc.collect(): without a cycle, reference counting frees it at once
    assert gone() is None


def test_set_draft_resets_and_clears_the_stack(model):
    model.push(tc.delete_command(model, "b"))
    model.setDraft(Draft(sections=[Section("新文稿", id="n")]))
    assert model.stack.count() == 0
    assert shown(model) == ["一、新文稿"]


def test_insert_refuses_duplicate_ids(model):
    with pytest.raises(ValueError):
        model.insert_section(None, 0, Section("重复", id="c11"))


# -- drag and drop ----------------------------------------------------------------------


def test_mime_data_carries_ids_in_reading_order(model):
    data = model.mimeData([model.index_for_id("c1"), model.index_for_id("a")])
    assert SECTION_MIME in model.mimeTypes()
    assert bytes(data.data(SECTION_MIME).data()).decode() == '["a", "c1"]'
    assert model.supportedDropActions() == MOVE


def test_drop_moves_and_keeps_ids(model):
    subtree = [s.id for s in model.draft().find("c").walk()]
    assert drop(model, ["c"], 0, "a")  # 丙 becomes the first subsection of 甲
    assert ids_in_order(model)[:5] == ["a", *subtree, "a1"]
    assert model.data(model.index_for_id("c")) == "（一）丙"
    assert model.data(model.index_for_id("c11")) == "（1）丙一一"  # two levels deeper now


def test_drop_on_an_item_appends_as_last_child(model):
    assert drop(model, ["b"], -1, "a")
    assert model.draft().find("a").children[-1].id == "b"


def test_drop_refuses_into_itself_or_below(model):
    before = draft_to_dict(model.draft())
    assert not drop(model, ["c"], 0, "c")
    assert not drop(model, ["c"], 0, "c11")
    assert not drop(model, ["a", "c"], 0, "c1")
    assert draft_to_dict(model.draft()) == before


def test_drop_refuses_unknown_ids_other_columns_and_foreign_data(model):
    assert not drop(model, ["nope"], 0, None)
    assert not drop(model, [], 0, None)
    assert not drop(model, ["b"], 0, None, column=1)
    assert not drop(model, ["b"], 99, None)
    foreign = QMimeData()
    foreign.setText("甲")
    assert not model.canDropMimeData(foreign, MOVE, 0, 0, QModelIndex())
    broken = QMimeData()
    broken.setData(SECTION_MIME, b"{not json")
    assert not model.canDropMimeData(broken, MOVE, 0, 0, QModelIndex())
    copy = encode_section_ids(["b"])
    assert not model.canDropMimeData(copy, Qt.DropAction.CopyAction, 0, 0, QModelIndex())


def test_drop_within_the_same_list_uses_rows_before_the_move(model):
    assert drop(model, ["a"], 2, None)  # between 乙 and 丙
    assert [s.id for s in model.draft().sections] == ["b", "a", "c"]
    assert drop(model, ["c"], 0, None)
    assert [s.id for s in model.draft().sections] == ["c", "b", "a"]


def test_drop_onto_its_own_place_changes_nothing(model):
    assert drop(model, ["b"], 1, None)
    assert drop(model, ["b"], 2, None)
    assert model.stack.count() == 0


def test_multi_drop_skips_descendants_of_dragged_sections_and_is_one_undo_step(model):
    before = draft_to_dict(model.draft())
    assert drop(model, ["a", "a2", "c11"], 0, "b")  # a2 travels inside a
    assert [s.id for s in model.draft().find("b").children] == ["a", "c11"]
    assert [s.id for s in model.draft().find("a").children] == ["a1", "a2"]
    assert model.stack.count() == 1
    assert model.stack.text(0) == "移动"
    model.stack.undo()
    assert draft_to_dict(model.draft()) == before


def test_multi_drop_keeps_dragged_order_between_siblings(model):
    assert drop(model, ["a", "c"], 2, None)  # no undragged sibling after row 2: the end
    assert [s.id for s in model.draft().sections] == ["b", "a", "c"]


def test_view_cleanup_after_a_move_drag_cannot_delete_sections(model):
    """After a MoveAction drag, QAbstractItemView calls removeRows on the source rows.

    The move already happened in dropMimeData; removeRows must refuse, or the moved
    section would be deleted at its new place."""
    assert drop(model, ["a"], 3, None)
    assert not model.removeRows(2, 1, QModelIndex())
    assert ids_in_order(model) == ["b", "c", "c1", "c11", "a", "a1", "a2"]


def test_drop_without_undo_stack_moves_directly(qapp):
    model = SectionTreeModel(small_draft())
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert drop(model, ["a1"], 0, None)
    assert [s.id for s in model.draft().sections] == ["a1", "a", "b", "c"]
