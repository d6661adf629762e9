"""The 审阅 menu with real widgets: version history, restore as one undo step, the compare
view taking a change back, the tracked export, and a review brought back as suggestions
and comments in the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
import review_helpers as rh
from gui_helpers import answer_message_box, new_window
from PySide6.QtWidgets import QMenu

from app.core.draftfile import save_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.review.docx_marks import Mark, read_marked
from app.core.versions import VersionKind, VersionStore
from app.gui.settings import Settings
from app.gui.versions.dialog import VersionsDialog

pytestmark = pytest.mark.usefixtures("guarded_windows")


def _draft(count: str = "12") -> Draft:
    return Draft(
        meta=Meta(title="2026年工作总结"),
        sections=[
            Section("主要工作", [Paragraph.plain(f"全年完成培训{count}次。")], id="s1"),
            Section("存在问题", [Paragraph.plain("创新不足。")], id="s2"),
        ],
    )


def _opened(tmp_path: Path, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    path = tmp_path / "总结.json"
    save_draft(_draft("12"), path)
    VersionStore(path).take(_draft("12"), note="初稿")
    window = new_window(settings)
    window.open_path(path)
    return window, path


def _type_body(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.session.write_body("s1", [Paragraph.plain(text)])


def test_the_review_menu_is_in_the_menu_bar(qtbot, tmp_path: Path) -> None:
    window, _ = _opened(tmp_path)
    menu = window.findChild(QMenu, "menuReview")
    assert menu is not None
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["保存版本…", "版本历史…", "导出修订稿…", "带回审阅意见…", "审阅面板"]


def test_history_lists_versions_and_restore_is_one_undo_step(qtbot, tmp_path: Path) -> None:
    window, path = _opened(tmp_path)
    _type_body(window, "全年完成培训15次。")
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "初稿"
    assert dialog.table.item(0, 2).text() == "手动保存"
    answer_message_box("Yes")
    assert dialog.restore_selected()
    assert window.session.draft.find("s1").body[0].text == "全年完成培训12次。"
    window.session.undo()
    assert window.session.draft.find("s1").body[0].text == "全年完成培训15次。"
    dialog.grab().save(str(tmp_path / "versions.png"))


def test_compare_with_now_takes_one_change_back(qtbot, tmp_path: Path) -> None:
    window, _ = _opened(tmp_path)
    window.session.write_body("s1", [Paragraph.plain("本年度完成培训15次。")])
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    compare = dialog.compare_with_now()
    assert compare is not None
    assert compare.sections.count() == 1 and compare.sections.item(0).text().startswith(
        "一、主要工作"
    )
    html = compare.text.toHtml()
    assert "line-through" in html and "underline" in html
    labels = [compare.changes.item(i).text() for i in range(compare.changes.count())]
    assert labels == ["第 1 段：“全年”改为“本年度”", "第 1 段：“2”改为“5”"]
    compare.changes.setCurrentRow(1)
    compare.take_back_change.click()
    assert window.session.draft.find("s1").body[0].text == "本年度完成培训12次。"
    assert [compare.changes.item(i).text() for i in range(compare.changes.count())] == [
        "第 1 段：“全年”改为“本年度”"
    ]
    compare.grab().save(str(tmp_path / "compare.png"))
    window.session.undo()
    assert window.session.draft.find("s1").body[0].text == "本年度完成培训15次。"


def test_exporting_a_tracked_copy_since_a_version(qtbot, tmp_path: Path) -> None:
    settings = Settings()
    settings.review_author = "王起草"
    window, _ = _opened(tmp_path, settings)
    _type_body(window, "全年完成培训15次。")
    target = tmp_path / "修订稿.docx"
    assert window.versions.export_tracked("1", target)
    marked = read_marked(target.read_bytes(), target.name)
    changes = sorted(
        (p.mark, p.text, p.revision.author)
        for para in marked.paragraphs
        for p in para.pieces
        if p.mark is not Mark.KEPT and p.revision is not None
    )
    assert changes == sorted([(Mark.DELETED, "2", "王起草"), (Mark.INSERTED, "5", "王起草")])
    # like every export, it keeps the draft as exported as a version
    store = VersionStore(window.session.path)
    assert [v.kind for v in store.versions()] == [VersionKind.MANUAL, VersionKind.EXPORT]
    assert store.load("2").find("s1").body[0].text == "全年完成培训15次。"


def test_a_review_comes_back_as_suggestions_and_comments(qtbot, tmp_path: Path) -> None:
    window, path = _opened(tmp_path)
    paragraphs = rh.exported(window.session.draft)
    rh.change(paragraphs, "12次", "15次")
    rh.change(paragraphs, "二、存在", "三、存在")
    line = rh.find_line(paragraphs, "创新不足。")
    paragraphs[line] = [("cs", "0"), ("t", "创新不足。"), ("ce", "0"), ("cref", "0")]
    reviewed = tmp_path / "科长改.docx"
    reviewed.write_bytes(rh.docx(paragraphs, (("0", "李处长", "再具体些"),)))
    assert window.versions.bring_review(reviewed)
    panel = window.versions.panel
    assert panel is not None and window.versions.dock.isVisible()
    assert panel.suggestions.count() == 1
    lines = panel.suggestions.item(0).text().splitlines()
    assert lines[:2] == ["一、主要工作 第 1 段", "“12次”改为“15次”"]
    assert lines[2].startswith("张科长 2026-12-01")
    assert panel.unplaced.count() == 1 and "三、存在" in panel.unplaced.item(0).text()
    assert panel.comments.count() == 1 and "李处长：再具体些" in panel.comments.item(0).text()
    assert [c.text for c in window.session.draft.find("s2").comments] == ["再具体些"]
    panel.reply_current("已补充")
    panel.toggle_resolved()
    comment = window.session.draft.find("s2").comments[0]
    assert comment.resolved and [r.text for r in comment.replies] == ["已补充"]
    assert panel.accept_current()
    assert window.session.draft.find("s1").body[0].text == "全年完成培训15次。"
    assert panel.suggestions.count() == 0
    window.versions.dock.grab().save(str(tmp_path / "review.png"))
    window.session.undo()
    assert window.session.draft.find("s1").body[0].text == "全年完成培训12次。"


def test_a_docx_of_another_draft_offers_an_import_and_merges_nothing(qtbot, tmp_path: Path) -> None:
    window, _ = _opened(tmp_path)
    before = [s.body[0].text for s in window.session.draft.walk()]
    other = Draft(sections=[Section("别的", [Paragraph.plain("无关。")], id="zz")])
    reviewed = tmp_path / "别的.docx"
    reviewed.write_bytes(rh.docx(rh.exported(other)))
    seen: list[str] = []
    answer_message_box("Cancel", seen)
    assert not window.versions.bring_review(reviewed)
    assert seen and "不是从当前草稿" in seen[0]
    assert [s.body[0].text for s in window.session.draft.walk()] == before
    assert window.versions.panel is None


def test_saving_by_hand_keeps_a_version_with_its_note(qtbot, tmp_path: Path, monkeypatch) -> None:
    window, path = _opened(tmp_path)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("报科长审阅前", True))
    window.versions.take_version()
    listed = VersionStore(path).versions()
    assert [(v.note, v.kind) for v in listed][-1] == ("报科长审阅前", VersionKind.MANUAL)


def test_a_removed_section_and_an_added_one_are_taken_back(qtbot, tmp_path: Path) -> None:
    from app.gui.document.commands import DeleteCommand, InsertCommand

    window, _ = _opened(tmp_path)
    session = window.session
    session.push(DeleteCommand(session.tree, "s2"))
    session.push(InsertCommand(session.tree, None, 1, Section("新增一节", [], id="n1")))
    dialog = VersionsDialog(session, window)
    qtbot.addWidget(dialog)
    compare = dialog.compare_with_now()
    assert compare is not None
    labels = [compare.sections.item(i).text() for i in range(compare.sections.count())]
    assert labels == ["二、存在问题（删除）", "二、新增一节（新增）"]
    compare.sections.setCurrentRow(0)
    compare.take_back_section.click()
    assert [s.id for s in session.draft.sections] == ["s1", "s2", "n1"]
    assert (
        compare.sections.count() == 1 and compare.sections.item(0).text() == "三、新增一节（新增）"
    )
    compare.take_back_section.click()
    assert [s.id for s in session.draft.sections] == ["s1", "s2"]
    assert compare.sections.count() == 0 and compare.summary.text() == "没有差别"


def test_two_versions_compared_and_one_viewed_read_only(qtbot, tmp_path: Path) -> None:
    window, path = _opened(tmp_path)
    VersionStore(path).take(_draft("15"), note="二稿")
    dialog = VersionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.table.selectAll()
    assert dialog.buttons["compare_two"].isEnabled() and not dialog.buttons["restore"].isEnabled()
    compare = dialog.compare_two()
    assert compare is not None and not compare.take_back_change.isVisibleTo(compare)
    assert [compare.changes.item(i).text() for i in range(compare.changes.count())] == [
        "第 1 段：“2”改为“5”"
    ]
    dialog.table.selectRow(0)
    viewer = dialog.view_selected()
    assert viewer is not None
    shown = viewer.text.toPlainText()
    assert "一、主要工作" in shown and "全年完成培训12次。" in shown and viewer.text.isReadOnly()


def test_accept_all_skips_a_suggestion_whose_text_was_edited_since(qtbot, tmp_path: Path) -> None:
    window, _ = _opened(tmp_path)
    paragraphs = rh.exported(window.session.draft)
    rh.change(paragraphs, "12次", "15次")
    rh.change(paragraphs, "创新", "改革创新")
    reviewed = tmp_path / "科长改.docx"
    reviewed.write_bytes(rh.docx(paragraphs))
    assert window.versions.bring_review(reviewed)
    panel = window.versions.panel
    assert panel is not None and panel.suggestions.count() == 2
    window.session.write_body("s1", [Paragraph.plain("全年完成培训13次。")])  # edited since
    assert panel.accept_everything() == 1
    assert window.session.draft.find("s2").body[0].text == "改革创新不足。"
    assert panel.suggestions.count() == 1 and "已经改动" in panel.note.text()
