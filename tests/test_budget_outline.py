"""Issue 16, in the way 8: the per-section 字数上限 is set from the outline (context menu
and 小节 menu), as one undo step, and a section past it shows so in the outline."""

from __future__ import annotations

import pytest
from gui_helpers import copy_sample, new_window, on_next_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from app.core.checks import check_draft
from app.core.draftfile import load_draft
from app.gui.document import commands as tc
from app.gui.document.tree_model import OVER_BUDGET_ROLE, SectionTreeModel
from app.gui.forms import form_child
from app.gui.outline_delegate import OVER_BUDGET_COLOUR, OutlineDelegate
from app.gui.outline_view import OutlineView

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(tmp_path, sample_draft_path):
    win = new_window()
    win.open_path(copy_sample(sample_draft_path, tmp_path))
    return win


def answer_budget(value: int) -> list:
    def act(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "272 字" in dialog.labelText(), "the dialog says how long the section is now"
        dialog.setIntValue(value)
        dialog.accept()

    return on_next_dialog(QInputDialog, act)


def test_the_action_is_in_the_context_menu_and_the_section_menu(window):
    outline = window.outline
    assert outline.action_budget in outline.build_context_menu().actions()
    section_menu = form_child(window, QMenu, "menuSection")
    assert outline.action_budget in section_menu.actions()
    assert outline.action_budget.text() == "字数上限…"


def test_setting_a_budget_is_one_undo_step_and_shows_in_the_outline(window, qtbot):
    outline = window.outline
    outline.select_section("s02")
    seen = answer_budget(250)
    outline.action_budget.trigger()
    assert seen, "the 字数上限 input opened"
    section = window.draft.find("s02")
    assert section.budget == 250
    assert window.undo_stack.undoText() == "设字数上限为 250 字"
    index = window.model.index_for_id("s02")
    delegate = outline.itemDelegate()
    assert isinstance(delegate, OutlineDelegate)
    assert delegate.count_text(index) == "272/250字"
    assert index.data(OVER_BUDGET_ROLE) is True
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "字数上限 250 字，已超出 22 字" in tip
    assert any(f.rule == "section.budget" for f in check_draft(window.draft))
    window.status.update()
    assert window.status.section_chars.text() == "本节 272/250 字"
    window.undo_stack.undo()
    assert section.budget is None
    assert delegate.count_text(index) == "272字"
    window.undo_stack.redo()
    assert section.budget == 250


def test_zero_takes_the_budget_away(window):
    outline = window.outline
    outline.select_section("s02")
    outline.set_current_budget(300)
    assert not window.model.index_for_id("s02").data(OVER_BUDGET_ROLE)
    answer_budget(0)
    outline.action_budget.trigger()
    assert window.draft.find("s02").budget is None
    assert window.undo_stack.undoText() == "取消字数上限"
    assert window.undo_stack.count() == 2


def test_the_budget_is_saved_with_the_draft(window):
    window.outline.select_section("s03")
    window.outline.set_current_budget(500)
    assert window.save()
    assert load_draft(window.path).find("s03").budget == 500


def test_the_same_budget_again_is_no_step(window):
    window.outline.select_section("s02")
    window.outline.set_current_budget(300)
    window.outline.set_current_budget(300)
    assert window.undo_stack.count() == 1
    assert tc.budget_command(window.model, "s02", 300) is None
    assert tc.budget_command(window.model, None, 300) is None


def test_a_parent_budget_is_for_its_own_text(qtbot, sample_draft_path):
    model = SectionTreeModel(load_draft(sample_draft_path))
    model.push(tc.budget_command(model, "s01", 5))
    tip = model.index_for_id("s01").data(Qt.ItemDataRole.ToolTipRole)
    assert "本节（不含下级小节）字数上限 5 字，已超出 2 字" in tip
    assert model.index_for_id("s01").data(OVER_BUDGET_ROLE) is True


def test_an_over_budget_count_is_painted_in_the_error_colour(qtbot, sample_draft_path):
    model = SectionTreeModel(load_draft(sample_draft_path))
    view = OutlineView(model=model)
    qtbot.addWidget(view)
    view.resize(340, 400)
    view.show()
    qtbot.waitExposed(view)
    view.select_section("s08")  # the over-budget row is not the selected one

    def red_pixels(section_id: str) -> int:
        rect = view.visualRect(model.index_for_id(section_id))
        image = view.viewport().grab().toImage()
        return sum(
            1
            for x in range(rect.right() - 80, rect.right())
            for y in range(rect.top(), rect.bottom())
            if image.pixelColor(x, y).red() > 150
            and image.pixelColor(x, y).green() < 90
            and image.pixelColor(x, y).blue() < 90
        )

    assert red_pixels("s03") == 0
    model.push(tc.budget_command(model, "s03", 100))
    qtbot.waitUntil(lambda: red_pixels("s03") > 10, timeout=2000)
    assert OVER_BUDGET_COLOUR.red() > 150
