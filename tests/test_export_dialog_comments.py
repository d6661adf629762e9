"""导出 Word with the draft's 批注: the dialog offers 包含批注 only when the draft has open
comments, unchecked each time; checked, the Word file carries them as Word comments, and
the choice is not remembered for the next (official) export. Real widgets, offscreen."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from gui_helpers import answer_message_box, new_window, on_next_dialog, run_until
from PySide6.QtWidgets import QPushButton, QWidget

from app.core.fonts import InstalledFonts, profile_faces
from app.core.model import Comment, Draft, Meta, Paragraph, Section
from app.gui.export_dialog import ExportController, ExportDialog
from app.gui.export_gate import ExportGateDialog

pytestmark = pytest.mark.usefixtures("guarded_windows")

OFFICE_PC = InstalledFonts.of(profile_faces("official"))


def _draft(resolved: bool = False) -> Draft:
    comments = [
        Comment("c1", "张三", "2026-12-02T09:30:00", "请补充数据。", 0, 0, 2, "全年"),
        Comment("c2", "李四", "", "已改", 0, 2, 4, "完成", resolved=True),
    ]
    if resolved:
        comments = comments[1:]
    section = Section(
        "主要工作", [Paragraph.plain("全年完成培训12次。")], id="s1", comments=comments
    )
    meta = Meta(title="2026年工作总结", author="××局", date="2026年12月1日")
    return Draft(meta=meta, sections=[section])


def _export(tmp_path: Path, draft: Draft, name: str, tick: bool | None) -> list[bool]:
    """Export through the controller; tick 包含批注 when asked. Returns what the dialog
    showed: [visible, checked] of the box."""
    window = new_window()
    window.set_draft(draft, None, dirty=True)
    controller = ExportController(
        window.session,
        window.settings,
        window.action("actionExport"),
        window.statusBar(),
        window,
        fonts=lambda: OFFICE_PC,
    )
    shown: list[bool] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        shown.extend([dialog.comments.isVisible(), dialog.comments.isChecked()])
        if tick:
            dialog.comments.setChecked(True)
            dialog.grab().save(str(tmp_path / "export_comments.png"))
        dialog.path.setText(str(tmp_path / name))
        dialog.accept()

    def anyway(dialog: QWidget) -> None:
        [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "仍然导出"]
        button.click()

    on_next_dialog(ExportDialog, act)
    on_next_dialog(ExportGateDialog, anyway)
    assert controller.run_dialog() is not None
    answer_message_box("关闭")  # 导出完成
    assert run_until(lambda: controller.worker is None, 10000)
    return shown


def _comments(path: Path) -> list[tuple[str, str]]:
    return [(c.author, c.text) for c in docx.Document(io.BytesIO(path.read_bytes())).comments]


def test_ticked_the_export_carries_the_open_comments_and_next_time_it_is_unticked(
    qtbot, tmp_path
) -> None:
    assert _export(tmp_path, _draft(), "送审.docx", tick=True) == [True, False]
    assert _comments(tmp_path / "送审.docx") == [("张三", "请补充数据。")]
    # the next export offers the box again, unticked: the official copy carries none
    assert _export(tmp_path, _draft(), "正式.docx", tick=False) == [True, False]
    assert _comments(tmp_path / "正式.docx") == []


def test_no_box_when_every_comment_is_resolved(qtbot, tmp_path) -> None:
    assert _export(tmp_path, _draft(resolved=True), "总结.docx", tick=None) == [False, False]
    assert _comments(tmp_path / "总结.docx") == []
