"""Page findings in the 规范检查 dock: listed with the other findings, and a click on one
shows its place in the editor (real window, offscreen)."""

from __future__ import annotations

import pytest
from gui_helpers import new_window, run_until

from app.core.checks import check_draft
from app.core.model import Draft, Meta, Paragraph, Section

pytestmark = pytest.mark.usefixtures("guarded_windows")

TAIL = "字" * 55 + "。"  # its last line holds "字。"


def _draft() -> Draft:
    return Draft(
        meta=Meta(title="工作总结", author="某某局", date="2024年1月5日"),
        sections=[
            Section("主要工作", [Paragraph.plain("开展学习。")], id="s1"),
            Section("下一步打算", [Paragraph.plain("加强学习。"), Paragraph.plain(TAIL)], id="s2"),
        ],
    )


def test_a_page_finding_in_the_dock_selects_its_characters(qtbot, tmp_path) -> None:
    window = new_window()
    window.set_draft(_draft(), None, dirty=True)
    window.action("actionCheckPanel").setChecked(True)
    window.toggle_check_panel(True)
    dock = window.check_dock
    assert dock is not None and dock.isVisible()
    [finding] = [f for f in check_draft(window.session.draft) if f.rule == "page.single-char"]
    window.checks.go_to(finding)
    assert window.editor.section is not None and window.editor.section.id == "s2"
    assert run_until(lambda: window.editor.body.textCursor().selectedText() == "字。")
    window.grab().save(str(tmp_path / "dock.png"))


def test_a_table_finding_selects_the_cell_it_names(qtbot) -> None:
    """A finding in a table (a half-width comma in a cell) selects that comma in its cell,
    and one after the table still lands in its own paragraph."""
    from app.core.model import Cell, Table

    table = Table(
        [[Cell.plain("项目"), Cell.plain("情况")], [Cell.plain("党建"), Cell.plain("完成,良好")]]
    )
    draft = Draft(
        meta=Meta(title="工作总结", author="某某局", date="2024年1月5日"),
        sections=[Section("主要工作", [Paragraph.plain("开展学习。"), table], id="s1")],
    )
    window = new_window()
    window.set_draft(draft, None, dirty=True)
    [finding] = [f for f in check_draft(window.session.draft) if f.rule == "table.half-width-punct"]
    window.checks.go_to(finding)
    assert run_until(lambda: window.editor.body.textCursor().selectedText() == ",")
    cursor = window.editor.body.textCursor()
    assert cursor.currentTable() is not None
    cell = cursor.currentTable().cellAt(cursor)
    assert (cell.row(), cell.column()) == (1, 1)
