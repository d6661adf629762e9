"""The import preview with real widgets: noise unticked, role changes update the tree, accept."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QMessageBox

from app.core.importer import analyse_text, import_file
from app.gui.import_dialog import (
    COL_KEEP,
    COL_ROLE,
    COL_TEXT,
    SHOWN_WARNINGS,
    ImportDialog,
    run_import_dialog,
)

SEED = DATA / "samples" / "000_cc10c5ae27c3cc5c.txt"


def tree_texts(dialog: ImportDialog) -> list[str]:
    tree = dialog.outline_tree
    texts: list[str] = []

    def visit(item, depth: int) -> None:  # noqa: ANN001 - QTreeWidgetItem
        texts.append("  " * depth + item.text(0))
        for i in range(item.childCount()):
            visit(item.child(i), depth + 1)

    for i in range(tree.topLevelItemCount()):
        visit(tree.topLevelItem(i), 0)
    return texts


def row_of(dialog: ImportDialog, start: str) -> int:
    model = dialog.model
    for row in range(model.rowCount()):
        if str(model.index(row, COL_TEXT).data()).startswith(start):
            return row
    raise AssertionError(start)


@pytest.fixture
def dialog(qtbot) -> ImportDialog:  # noqa: ANN001 - pytest-qt fixture
    dlg = ImportDialog(import_file(SEED), "000.txt")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_noise_rows_are_unticked_and_tree_is_shown(dialog: ImportDialog) -> None:
    model = dialog.model
    states = [
        model.index(row, COL_KEEP).data(Qt.ItemDataRole.CheckStateRole)
        for row in range(model.rowCount())
    ]
    assert states[:8] == [Qt.CheckState.Unchecked] * 8
    assert all(state == Qt.CheckState.Checked for state in states[8:])
    assert model.index(0, COL_ROLE).data() == "噪声（删除）"
    current = dialog.lines_view.currentIndex()
    assert (current.row(), current.column()) == (8, COL_ROLE), "starts at the title's role"
    assert model.index(8, COL_TEXT).data() == "2020年上半年工作总结"
    texts = tree_texts(dialog)
    assert texts[0].startswith("一、上半年主要工作")
    assert texts[1].startswith("  一是完善制度机制，深化系统党的政治建设")
    assert texts[7].startswith("二、下半年工作安排")
    assert len(texts) == 12
    assert "2020年上半年工作总结" in dialog.meta_label.text()
    assert "8 行像杂项" in dialog.source_label.text()
    ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "导入"


def test_changing_a_role_with_the_combo_updates_the_preview(dialog: ImportDialog, qtbot) -> None:  # noqa: ANN001
    row = row_of(dialog, "下半年工作安排")
    index = dialog.model.index(row, COL_ROLE)
    dialog.lines_view.edit(index)
    combo = dialog.lines_view.findChild(QComboBox)
    assert combo is not None and combo.currentText() == "一级标题"
    combo.setCurrentText("正文")
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.model.index(row, COL_ROLE).data() == "正文")
    texts = tree_texts(dialog)
    assert not any("下半年工作安排" in t for t in texts)
    # the four 下半年 items now follow the 六是 item under 上半年主要工作
    assert dialog.outline_tree.topLevelItemCount() == 1
    assert dialog.outline_tree.topLevelItem(0).childCount() == 10


def test_changing_a_level_through_the_model(dialog: ImportDialog) -> None:
    row = row_of(dialog, "二是坚持党建统领")
    assert dialog.model.set_role(row, "一级标题")
    texts = tree_texts(dialog)
    assert texts[2].startswith("二、坚持党建统领，凝聚全力以赴抗击疫情的强大力量")
    assert texts[3].startswith("  一是聚焦疫情防控")  # the next items now sit under it, renumbered


def test_ticking_a_noise_line_keeps_it_and_accept_gives_the_draft(dialog: ImportDialog) -> None:
    model = dialog.model
    assert model.setData(
        model.index(1, COL_KEEP), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.index(1, COL_ROLE).data() == "正文"
    assert "开头：2 段" in dialog.meta_label.text()
    dialog.findChild(QDialogButtonBox, "buttonBox").button(
        QDialogButtonBox.StandardButton.Ok
    ).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    draft = dialog.draft()
    assert [p.text for p in draft.intro][0] == "酷乐文行"
    assert draft.meta.title == "2020年上半年工作总结"
    assert [s.heading for s in draft.sections] == ["上半年主要工作", "下半年工作安排"]


def test_run_import_dialog_shows_the_message_for_bad_input(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    junk = tmp_path / "照片.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert run_import_dialog(None, path=junk) is None
    assert shown and "不是可以导入的文本文件" in shown[0]


def test_run_import_dialog_with_pasted_text(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    draft = run_import_dialog(None, text="一是加强组织领导。成立专班。\n二是强化督查。每月通报。\n")
    assert draft is not None
    assert [s.heading for s in draft.sections] == ["加强组织领导", "强化督查"]
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_import_dialog(None, path=str(SEED)) is None


def test_clicking_the_tick_box_leaves_the_line_out(dialog: ImportDialog, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    view = dialog.lines_view
    row = row_of(dialog, "2020年上半年，在局党委")
    index = dialog.model.index(row, COL_KEEP)
    view.scrollTo(index)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    check = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=check.center() if check.isValid() else QPoint(rect.left() + 10, rect.center().y()),
    )
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.draft().intro == []  # the unticked paragraph is left out
    assert "开头" not in dialog.meta_label.text()


def test_roles_are_listed_in_the_interface_language(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from app.gui.main import install_translators, remove_translators

    install_translators(QApplication.instance(), "en")
    try:
        dlg = ImportDialog(import_file(SEED), "000.txt")
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.model.index(0, COL_ROLE).data() == "Noise (remove)"
        row = row_of(dlg, "下半年工作安排")
        assert dlg.model.index(row, COL_ROLE).data() == "Heading level 1"
        dlg.lines_view.edit(dlg.model.index(row, COL_ROLE))
        combo = dlg.lines_view.findChild(QComboBox)
        assert combo.itemText(0) == "Title" and combo.currentText() == "Heading level 1"
        combo.setCurrentText("Body text")
        combo.activated.emit(combo.currentIndex())
        qtbot.waitUntil(lambda: dlg.model.index(row, COL_ROLE).data() == "Body text")
        assert dlg.outline_tree.topLevelItemCount() == 1, "the line became body text"
        assert dlg.windowTitle() == "Import Preview"
    finally:
        remove_translators(QApplication.instance())


CORPUS = DATA / "import_corpus"


def test_the_preview_shows_appendices_and_says_every_renumbering(qtbot) -> None:  # noqa: ANN001
    dlg = ImportDialog(import_file(CORPUS / "appendix_report.txt"), "报告.txt")
    qtbot.addWidget(dlg)
    dlg.show()
    texts = tree_texts(dlg)
    first = texts.index("附件1　2023年全市生产安全事故统计情况")
    assert texts[first + 1 : first + 4] == [
        "  一、总体情况（1 段）",
        "  二、分行业情况",
        "    （一）道路运输事故（1 段）",
    ]
    assert "附件2　2023年重大事故隐患专项排查整治工作开展情况" in texts
    # the appendix's 1. items print as （一）: the preview says so, with the line
    assert dlg.warnings_label.isVisible()
    assert "第31行：原文编号“1.”与自动编号“（一）”不同" in dlg.warnings_label.text()
    label = dlg.model.index(row_of(dlg, "附件1"), COL_ROLE).data()
    assert label == "附件开始"
    # making the label text again puts the attached document back into the main text
    assert dlg.model.set_role(row_of(dlg, "附件1"), "正文")
    texts = tree_texts(dlg)
    assert [t for t in texts if t.startswith("附件")] == [
        "附件1　2023年重大事故隐患专项排查整治工作开展情况"
    ]
    body = [getattr(p, "text", "") for s in dlg.draft().walk() for p in s.body]
    assert "2023年全市生产安全事故统计情况" in body  # its title is text, not lost
    dlg.grab().save("/tmp/import_preview_appendix.png")


def test_the_warnings_follow_the_role_changes(qtbot) -> None:  # noqa: ANN001
    dlg = ImportDialog(import_file(CORPUS / "repairs.txt"), "总结.txt")
    qtbot.addWidget(dlg)
    dlg.show()
    duplicate = "第9行：原文编号“（二）”与上一项重复，已按顺序改为“（三）”"
    assert duplicate in dlg.warnings_label.text()
    # the first （二） made text: the second is second again, nothing is renumbered there
    assert dlg.model.set_role(row_of(dlg, "（二）经济发展稳中有进"), "正文")
    assert duplicate not in dlg.warnings_label.text()
    assert "第11行：原文编号“（四）”与自动编号“（三）”不同" in dlg.warnings_label.text()


def test_many_warnings_are_counted_not_all_listed(qtbot) -> None:  # noqa: ANN001
    items = "\n".join(
        f"（{n}）事项{n}\n完成任务{n}项。" for n in (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
    )
    text = f"2024年工作总结\n一、主要工作\n{items}\n"
    dlg = ImportDialog(analyse_text(text), "")
    qtbot.addWidget(dlg)
    dlg.show()
    shown = dlg.warnings_label.text().splitlines()
    assert len(shown) == SHOWN_WARNINGS + 1 and shown[-1].startswith("……另有")
    assert len(dlg.warnings_label.toolTip().splitlines()) == len(dlg.import_result.warnings)
