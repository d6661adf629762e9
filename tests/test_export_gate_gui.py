"""The export gate, the font warning and a failing open, with real widgets (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import answer_message_box, new_window, on_next_dialog, run_until
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QWidget

from app.core.export.writer import ExportOptions
from app.core.export_gate import export_problems
from app.core.fonts import InstalledFonts, profile_faces
from app.core.model import Draft, Meta, Paragraph, Section
from app.gui.doc_info import DocInfoDialog
from app.gui.export_dialog import ExportController, ExportDialog, offer_open
from app.gui.export_gate import ExportGateDialog
from app.gui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("guarded_windows")

OFFICE_PC = InstalledFonts.of(profile_faces("official"))
WINDOWS_PC = InstalledFonts.of(["SimSun", "KaiTi", "FangSong", "SimHei"])


def _unfinished() -> Draft:
    return Draft(
        meta=Meta(title="2024年工作总结", date="2024年12月31日"),
        sections=[
            Section(
                "主要工作",
                [
                    Paragraph.plain("全年完成投资××亿元。"),
                    Paragraph.plain("（在此写改革举措和创新做法……）"),
                ],
                id="s1",
            )
        ],
    )


def _window_and_controller(navigate: bool = True) -> tuple[MainWindow, ExportController]:
    window = new_window()
    window.set_draft(_unfinished(), None, dirty=True)
    controller = ExportController(
        window.session,
        window.settings,
        window.action("actionExport"),
        window.statusBar(),
        window,
        navigate=window.checks.go_to if navigate else None,
        fonts=lambda: OFFICE_PC,
    )
    return window, controller


def _choose_file(target: Path) -> None:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.path.setText(str(target))
        dialog.accept()

    on_next_dialog(ExportDialog, act)


def _button(dialog: QWidget, text: str) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return button


def _gate(act_text: str, rows: list[str], row: int = 0) -> list[QWidget]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportGateDialog)
        rows.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        dialog.list.setCurrentRow(row)
        _button(dialog, act_text).click()

    return on_next_dialog(ExportGateDialog, act)


def test_the_gate_lists_the_problems_and_export_anyway_writes_the_file(qtbot, tmp_path) -> None:
    window, controller = _window_and_controller()
    target = tmp_path / "总结.docx"
    rows: list[str] = []
    _choose_file(target)
    seen = _gate("仍然导出", rows)
    worker = controller.run_dialog()
    assert seen, "the gate was shown"
    assert any("“××”" in row for row in rows), rows
    assert any("填写说明" in row for row in rows), rows
    assert any(row.startswith("【署名】") for row in rows), rows
    assert worker is not None
    answer_message_box("关闭")  # 导出完成
    assert run_until(lambda: controller.worker is None, 10000)
    assert target.exists()


def test_cancel_at_the_gate_writes_nothing(qtbot, tmp_path) -> None:
    window, controller = _window_and_controller()
    target = tmp_path / "总结.docx"
    _choose_file(target)
    seen = _gate("取消", [])
    assert controller.run_dialog() is None
    assert seen and not target.exists()


def test_go_to_shows_the_placeholder_in_the_editor_and_writes_nothing(qtbot, tmp_path) -> None:
    window, controller = _window_and_controller()
    target = tmp_path / "总结.docx"
    _choose_file(target)
    rows: list[str] = []
    seen = _gate("转到", rows, row=0)
    assert controller.run_dialog() is None
    assert seen and not target.exists()
    assert window.editor.section is not None and window.editor.section.id == "s1"
    assert window.editor.body.textCursor().selectedText() == "××"


def test_without_a_navigator_the_gate_offers_no_go_to(qtbot, tmp_path) -> None:
    window, controller = _window_and_controller(navigate=False)
    problems = export_problems(_unfinished(), ExportOptions(), OFFICE_PC)
    dialog = ExportGateDialog(window, problems, can_go_to=False)
    assert not dialog.go_button.isVisibleTo(dialog)
    assert dialog.list.count() == len(problems) == 3
    dialog.grab().save(str(tmp_path / "gate.png"))


def test_a_failing_open_says_so_and_shows_the_path_to_copy(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    target = tmp_path / "导出.docx"
    win = new_window()
    answer_message_box("打开文件")
    assert offer_open(win, target) == "file"
    assert run_until(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    notice = QApplication.activeModalWidget()
    assert notice is not None and notice.objectName() == "openFailure"
    path = notice.findChild(QLineEdit, "openFailurePath")
    assert path is not None and path.text() == str(target) and path.isReadOnly()
    notice.findChild(QPushButton, "copyPath").click()
    assert QGuiApplication.clipboard().text() == str(target)
    notice.close()


def test_a_failing_folder_open_shows_the_folder(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    win = new_window()
    answer_message_box("打开所在文件夹")
    assert offer_open(win, tmp_path / "导出.docx") == "folder"
    assert run_until(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    notice = QApplication.activeModalWidget()
    assert notice is not None
    assert notice.findChild(QLineEdit, "openFailurePath").text() == str(tmp_path)
    notice.close()


def test_the_export_dialog_warns_about_a_missing_face_and_offers_the_printable_profile(
    qtbot, tmp_path
) -> None:
    win = new_window()
    dialog = ExportDialog(win, {"font_profile": "official"}, tmp_path / "x.docx", WINDOWS_PC)
    dialog.show()
    warning = dialog.font_warning
    assert warning.isVisible() and "仿宋_GB2312" in warning.text()
    assert "方正小标宋简体" in warning.text() and "黑体" not in warning.text()
    dialog.grab().save(str(tmp_path / "export_dialog.png"))
    assert dialog.switch_fonts.isVisible()
    dialog.switch_fonts.click()
    assert dialog.fonts.currentData() == "windows"
    assert not warning.isVisible() and not dialog.switch_fonts.isVisible()
    dialog.close()


def test_no_warning_when_the_machine_has_the_faces(qtbot, tmp_path) -> None:
    win = new_window()
    dialog = ExportDialog(win, {"font_profile": "official"}, tmp_path / "x.docx", OFFICE_PC)
    dialog.show()
    assert not dialog.font_warning.isVisible() and not dialog.switch_fonts.isVisible()
    dialog.close()


def test_go_to_an_empty_signature_opens_the_document_information_at_it(qtbot, tmp_path) -> None:
    window, controller = _window_and_controller()
    _choose_file(tmp_path / "总结.docx")
    rows: list[str] = []
    _gate("转到", rows, row=2)
    focused: list[bool] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DocInfoDialog)
        run_until(lambda: dialog.author.hasFocus(), 2000)
        focused.append(dialog.author.hasFocus())
        dialog.reject()

    seen = on_next_dialog(DocInfoDialog, look)
    assert controller.run_dialog() is None
    assert rows[2].startswith("【署名】")
    assert seen and focused == [True]
