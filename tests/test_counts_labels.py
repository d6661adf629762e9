"""Issue 16, in the way 5: the outline's count of a section and the status bar's count of
it are labelled, so "1585" beside 一、 and "7" in the status bar no longer disagree."""

from __future__ import annotations

import pytest
from gui_helpers import copy_sample, new_window, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.draftfile import load_draft
from app.gui.document.tree_model import COUNT_LABEL_ROLE, SectionTreeModel
from app.gui.outline_delegate import OutlineDelegate
from app.gui.outline_view import OutlineView

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(tmp_path, sample_draft_path):
    win = new_window()
    win.open_path(copy_sample(sample_draft_path, tmp_path))
    return win


def outline_count(view: OutlineView, section_id: str) -> str:
    """The count the outline paints beside a section's heading."""
    delegate = view.itemDelegate()
    assert isinstance(delegate, OutlineDelegate)
    return delegate.count_text(view.tree_model().index_for_id(section_id))


def test_a_parent_shows_its_total_as_such_and_a_leaf_its_own(window):
    draft = window.draft
    assert outline_count(window.outline, "s01") == f"共{draft.find('s01').total_char_count()}字"
    assert outline_count(window.outline, "s02") == f"{draft.find('s02').char_count()}字"
    tip = window.model.index_for_id("s01").data(Qt.ItemDataRole.ToolTipRole)
    assert "本节 7 字，连同下级小节共 1585 字" in tip


def test_the_status_bar_says_its_count_leaves_out_the_subsections(window, qtbot):
    window.outline.select_section("s01")
    window.status.update()
    assert window.status.section_chars.text() == "本节（不含下级）7 字"
    window.outline.select_section("s02")
    window.status.update()
    assert window.status.section_chars.text() == "本节 272 字", "a leaf needs no note"


def test_typing_in_a_parent_moves_both_counts(window, qtbot):
    window.outline.select_section("s01")
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(body, "新写的十个字新写的十")
    qtbot.waitUntil(lambda: window.status.section_chars.text() == "本节（不含下级）17 字")
    window.flush()
    assert outline_count(window.outline, "s01") == "共1595字"


def test_the_outline_counts_fit_and_are_painted(qtbot, sample_draft_path):
    """At the outline's usual width the count stays in view beside an elided heading."""
    model = SectionTreeModel(load_draft(sample_draft_path))
    view = OutlineView(model=model)
    qtbot.addWidget(view)
    view.resize(320, 400)
    view.show()
    qtbot.waitExposed(view)
    index = model.index_for_id("s01")
    rect = view.visualRect(index)
    label = index.data(COUNT_LABEL_ROLE)
    assert label == "共1585字"
    width = view.fontMetrics().horizontalAdvance(label)
    assert width < rect.width() / 3, "the count leaves the heading most of the row"
    image = view.viewport().grab().toImage()
    # Something is painted at the row's right end, where the count is.
    y = rect.center().y()
    colours = {image.pixelColor(x, y).name() for x in range(rect.right() - width, rect.right())}
    assert len(colours) > 1
