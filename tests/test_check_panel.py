"""The 规范检查 panel with real widgets and signals (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTreeWidgetItem

from app.core.checks import Finding, check_draft
from app.core.draftfile import draft_to_dict, load_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.gui.check_panel import CheckPanel, CheckScheduler, FixCommand, select_in_editor


@pytest.fixture
def draft(sample_draft_path: Path) -> Draft:
    draft = load_draft(sample_draft_path)
    draft.meta = Meta(title=draft.meta.title, date="2020年07月01日")
    draft.intro.append(Paragraph.plain("今年以来,我局认真落实,各项工作。"))
    return draft


@pytest.fixture
def panel(qtbot, draft: Draft) -> CheckPanel:  # type: ignore[no-untyped-def]
    panel = CheckPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    panel.set_findings(check_draft(draft))
    return panel


def group_rows(panel: CheckPanel) -> list[str]:
    return [panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())]


def group(panel: CheckPanel, title: str) -> QTreeWidgetItem:
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        if item.text(0).startswith(title):
            return item
    raise AssertionError(title)


def click(qtbot, panel: CheckPanel, item: QTreeWidgetItem) -> None:  # type: ignore[no-untyped-def]
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(0, 0)
    )


def test_findings_are_grouped_by_rule_with_counts(panel: CheckPanel) -> None:
    rows = group_rows(panel)
    assert rows[0] == "未填写的占位符（1）"  # errors first
    assert "重复的字（2）" in rows and "重复的词（1）" in rows and "半角标点（2）" in rows
    assert "成文日期格式（1）" in rows
    repeated = group(panel, "重复的字")
    children = [repeated.child(i).text(0) for i in range(repeated.childCount())]
    assert children[0].startswith("一是完善制度机制") and "市委委组织部" in children[0]
    assert "共 7 处问题" in panel.summary.text()


def test_empty_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = CheckPanel()
    qtbot.addWidget(panel)
    panel.set_findings([])
    assert panel.pages.currentWidget() is panel.empty and panel.empty.text() == "未发现问题"
    assert not panel.fix_button.isEnabled() and not panel.fix_all_button.isEnabled()


def test_clicking_a_row_emits_its_finding(qtbot, panel: CheckPanel) -> None:  # type: ignore[no-untyped-def]
    item = group(panel, "重复的词").child(0)
    with qtbot.waitSignal(panel.findingActivated, timeout=1000) as blocker:
        click(qtbot, panel, item)
    finding = blocker.args[0]
    assert (
        isinstance(finding, Finding) and finding.rule == "repeat.word" and finding.matched == "系统"
    )
    assert "系统" in panel.detail.text() and "删去" in panel.detail.text()


def test_clicking_a_group_row_emits_nothing(qtbot, panel: CheckPanel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.assertNotEmitted(panel.findingActivated):
        click(qtbot, panel, group(panel, "重复的字"))


def test_fix_button_requests_the_selected_finding(qtbot, panel: CheckPanel) -> None:  # type: ignore[no-untyped-def]
    item = group(panel, "重复的字").child(1)
    click(qtbot, panel, item)
    assert panel.fix_button.isEnabled()
    with qtbot.waitSignal(panel.fixRequested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    [finding] = blocker.args[0]
    assert finding.rule == "repeat.char" and "协助省委委组织部" in finding.excerpt


def test_fix_all_of_kind_requests_every_fixable_finding_of_that_rule(
    qtbot, panel: CheckPanel
) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, panel, group(panel, "半角标点").child(0))
    with qtbot.waitSignal(panel.fixRequested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    findings = blocker.args[0]
    assert [f.matched for f in findings] == [",", ","]
    assert all(f.rule == "punct.halfwidth" for f in findings)


def test_placeholder_cannot_be_fixed(qtbot, panel: CheckPanel) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, panel, group(panel, "未填写的占位符").child(0))
    assert not panel.fix_button.isEnabled() and not panel.fix_all_button.isEnabled()
    assert "手工" in panel.detail.text()


def test_refresh_keeps_collapsed_groups_and_current_row(
    qtbot, panel: CheckPanel, draft: Draft
) -> None:  # type: ignore[no-untyped-def]
    group(panel, "重复的字").setExpanded(False)
    click(qtbot, panel, group(panel, "重复的词").child(0))
    panel.set_findings(check_draft(draft))
    assert not group(panel, "重复的字").isExpanded()
    current = panel.current_finding()
    assert current is not None and current.rule == "repeat.word"


# -- scheduler ---------------------------------------------------------------------


def test_scheduler_checks_once_after_the_last_edit(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    scheduler = CheckScheduler(lambda: draft)
    assert scheduler.timer.interval() == 600 and scheduler.timer.isSingleShot()
    received: list[list[Finding]] = []
    scheduler.findingsReady.connect(received.append)
    scheduler.schedule()
    qtbot.wait(300)
    draft.sections[0].children[0].body[0] = Paragraph.plain("加强学习,提高本领。")
    scheduler.schedule()  # a second edit restarts the wait
    qtbot.wait(400)
    assert received == []  # 700 ms after the first edit, only 400 after the last
    qtbot.waitUntil(lambda: len(received) == 1, timeout=2000)
    assert received[0] == check_draft(draft)
    assert any(f.matched == "," and "加强学习" in f.excerpt for f in received[0])
    qtbot.wait(700)
    assert len(received) == 1


def test_scheduler_feeds_the_panel(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    panel = CheckPanel()
    qtbot.addWidget(panel)
    scheduler = CheckScheduler(lambda: draft, delay_ms=10)
    scheduler.findingsReady.connect(panel.set_findings)
    with qtbot.waitSignal(scheduler.findingsReady, timeout=2000):
        scheduler.schedule()
    assert panel.findings() == check_draft(draft)


# -- one undo step -----------------------------------------------------------------


def test_fix_command_is_one_undo_step(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    from app.gui.document.tree_model import SectionTreeModel

    model = SectionTreeModel(draft)
    stack = QUndoStack()
    before = draft_to_dict(draft)
    fixable = [f for f in check_draft(draft) if f.fix is not None]
    command = FixCommand(model, fixable)
    assert command.applied == len(fixable) == 6
    assert draft_to_dict(draft) == before  # nothing changes until pushed
    with qtbot.waitSignal(model.draftEdited, timeout=1000):
        stack.push(command)
    assert [f.rule for f in check_draft(draft)] == ["placeholder"]
    assert draft.meta.date == "2020年7月1日"
    assert draft.intro[-1].text == "今年以来，我局认真落实，各项工作。"
    stack.undo()
    assert draft_to_dict(draft) == before
    stack.redo()
    assert [f.rule for f in check_draft(draft)] == ["placeholder"]


def test_select_in_editor_selects_the_finding_text(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import standalone_editor

    editor = standalone_editor()
    qtbot.addWidget(editor)
    finding = next(f for f in check_draft(draft) if f.rule == "repeat.word")
    section = draft.find(str(finding.location.section_id))
    assert section.run_in  # the editor shows a lead ("四是强化正向激励……。") before the text
    editor.show_section(section, draft.number_of(section.id), "二级")
    assert select_in_editor(editor, finding)
    assert editor.body.textCursor().selectedText() == "系统"
    intro_finding = next(f for f in check_draft(draft) if f.location.field == "intro")
    assert not select_in_editor(editor, intro_finding)  # not what the editor shows
    editor.show_intro(draft.intro)
    assert select_in_editor(editor, intro_finding)
    assert editor.body.textCursor().selectedText() == ","


def test_select_heading_finding(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import standalone_editor

    draft = Draft(sections=[Section("一、主要工作", [Paragraph.plain("正文。")], id="s")])
    [finding] = [f for f in check_draft(draft) if f.rule == "numbering.typed"]
    editor = standalone_editor()
    qtbot.addWidget(editor)
    editor.show_section(draft.sections[0], "一、", "一级")
    assert select_in_editor(editor, finding)
    assert editor.heading.selectedText() == "一、"


# -- controller: panel + model + undo stack, as the window wires them -------------------


def test_controller_fixes_through_the_undo_stack_and_refreshes(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    from app.gui.check_panel import CheckController
    from app.gui.document.tree_model import SectionTreeModel

    model = SectionTreeModel(draft)
    stack = QUndoStack()
    model.set_undo_stack(stack)
    panel = CheckPanel()
    qtbot.addWidget(panel)
    panel.show()
    flushed: list[bool] = []
    visited: list[Finding] = []
    controller = CheckController(
        panel, model, flush=lambda: flushed.append(True), navigate=visited.append
    )
    before = draft_to_dict(draft)
    controller.refresh()
    assert len(panel.findings()) == 7

    click(qtbot, panel, group(panel, "重复的字").child(0))
    assert visited and visited[-1].matched == "委委"
    click(qtbot, panel, group(panel, "半角标点").child(0))
    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert flushed and stack.count() == 1
    assert "半角标点" not in " ".join(group_rows(panel))  # refreshed at once
    assert draft.intro[-1].text == "今年以来，我局认真落实，各项工作。"

    stack.undo()
    assert draft_to_dict(draft) == before
    qtbot.waitUntil(lambda: any(r.startswith("半角标点") for r in group_rows(panel)), timeout=2000)


def test_controller_rechecks_after_an_edit(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    from app.gui.check_panel import CheckController
    from app.gui.document.tree_model import SectionTreeModel

    model = SectionTreeModel(draft)
    panel = CheckPanel()
    qtbot.addWidget(panel)
    controller = CheckController(panel, model, delay_ms=20)
    controller.refresh()
    section = draft.sections[1].children[0]
    section.body[0] = Paragraph.plain("结合中心工作。。发挥党建引领作用。")
    model.section_changed(section.id)  # what the window does after the editor writes back
    qtbot.waitUntil(lambda: any(r.startswith("标点重复") for r in group_rows(panel)), timeout=2000)


def test_the_english_interface_shows_rule_titles_and_fixes_in_english(qtbot, draft: Draft) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from app.gui.main import install_translators, remove_translators

    install_translators(QApplication.instance(), "en")
    try:
        panel = CheckPanel()
        qtbot.addWidget(panel)
        panel.set_findings(check_draft(draft))
        rows = group_rows(panel)
        assert rows[0] == "Unfilled placeholder (1)"
        assert "Half-width punctuation (2)" in rows and "Date format (1)" in rows
        assert panel.summary.text().startswith("7 problems (")
        assert "1 error" in panel.summary.text()
        halfwidth = group(panel, "Half-width punctuation")
        panel.tree.setCurrentItem(halfwidth.child(0))
        assert "Fix: change “,” to “，”." in panel.detail.text()
    finally:
        remove_translators(QApplication.instance())
