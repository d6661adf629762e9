"""设置: language without a restart, autosave, export defaults and the author, persisted.

Real windows and the real dialog, offscreen; the choice is made in the dialog's widgets
and confirmed with its OK button.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_helpers import new_window, run_until
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox

from app.core.checks import check_draft
from app.core.model import Draft, Paragraph, Section
from app.gui.check_panel import CheckPanel
from app.gui.language import Language
from app.gui.main_window import MainWindow
from app.gui.settings import Settings, load_settings, settings_path
from app.gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of each message box the window shows."""
    seen: list[tuple[str, str]] = []

    def record(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    return seen


def open_settings(window: MainWindow) -> SettingsDialog:
    settings = window.findChild(QAction, "actionSettings")
    assert settings is not None and settings.menuRole() == QAction.MenuRole.PreferencesRole
    edit = window.findChild(QMenu, "menuEdit")
    assert settings in edit.actions(), "设置… sits in the 编辑 menu"
    settings.trigger()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def press_ok(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()


def choose(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_english_without_a_restart_menus_and_a_core_error(qtbot, told, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = new_window()
    assert "文件(&F)" in menu_titles(window)
    dialog = open_settings(window)
    choose(dialog.language, Language.ENGLISH.value)
    press_ok(dialog)
    assert run_until(lambda: "&File" in menu_titles(window))
    assert {"&File", "&Edit", "&Help"} <= set(menu_titles(window))
    assert window.windowTitle().endswith("Work Summary Editor")
    assert run_until(lambda: "Untitled" in window.windowTitle())  # the code-made part too
    help_items = [a.text() for a in window.findChild(QMenu, "menuHelp").actions()]
    assert "User Guide" in help_items and "使用说明" not in help_items
    autosave = [a.text() for a in window.findChild(QMenu, "menuAutosave").actions()]
    assert "30 seconds" in autosave
    # a draft that cannot be read: the core's message, in English
    damaged = tmp_path / "总结.json"
    damaged.write_text('{"format": "zongjie-draft", "version": 1, "meta": {', encoding="utf-8")
    told.clear()
    window.open_path(damaged)
    [(_title, text)] = told
    assert text.startswith("“总结.json” is damaged: the content near line 1")
    assert "There is no backup of it in the same folder" in text
    assert not has_chinese(text.replace("总结", ""))


def test_the_language_message_is_in_the_new_language(qtbot, told) -> None:  # type: ignore[no-untyped-def]
    window = new_window()
    dialog = open_settings(window)
    choose(dialog.language, Language.ENGLISH.value)
    press_ok(dialog)
    [(title, text)] = told
    assert not has_chinese(title) and not has_chinese(text), (title, text)


def test_the_language_is_no_longer_under_help(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = new_window()
    help_menu = window.findChild(QMenu, "menuHelp")
    visible = [a for a in help_menu.actions() if a.isVisible()]
    assert all(a.menu() is None or a.menu().objectName() != "menuLanguage" for a in visible)
    assert "使用说明" in [a.text() for a in visible]


def test_the_check_summary_switches_to_english_plurals(qtbot, told) -> None:  # type: ignore[no-untyped-def]
    draft = Draft(sections=[Section("", [Paragraph.plain("正文。")], id=f"s{i}") for i in range(3)])
    errors = [f for f in check_draft(draft) if f.severity == "error"]
    assert len(errors) == 3  # three empty headings
    panel = CheckPanel()
    qtbot.addWidget(panel)
    panel.set_findings(errors)
    assert panel.summary.text() == "共 3 处问题（错误 3）"
    window = new_window()
    dialog = open_settings(window)
    choose(dialog.language, Language.ENGLISH.value)
    press_ok(dialog)
    assert run_until(lambda: panel.fix_button.text() == "Fix")  # retranslated in place
    assert panel.summary.text() == "3 problems (3 errors)"
    assert panel.findChild(type(panel.tree)).topLevelItem(0).text(0) == "Empty heading (3)"


def test_choices_persist_and_reach_a_new_window(qtbot, told) -> None:  # type: ignore[no-untyped-def]
    window = new_window()
    dialog = open_settings(window)
    choose(dialog.autosave, 60)
    dialog.author.setText("  张三 ")
    dialog.reopen_last.setChecked(False)
    choose(dialog.export_form.fonts, "windows")
    choose(dialog.export_form.run_in_lead, "bold-fangsong")
    dialog.export_form.sealed.setChecked(True)
    press_ok(dialog)
    stored = json.loads(settings_path().read_text(encoding="utf-8"))
    assert stored["review/author"] == "张三"
    saved = load_settings()
    assert saved.review_author == "张三" and saved.autosave_seconds == 60
    assert not saved.reopen_last
    assert saved.export_options["font_profile"] == "windows"
    assert saved.export_options["run_in_lead"] == "bold-fangsong"
    assert saved.export_options["sealed"] is True
    later = new_window(load_settings())
    again = open_settings(later)
    assert again.author.text() == "张三"
    assert again.autosave.currentData() == 60
    assert not again.reopen_last.isChecked()
    assert again.export_form.fonts.currentData() == "windows"
    assert again.export_form.sealed.isChecked()
    assert not later.findChild(QAction, "actionReopenLast").isChecked()
    again.reject()


def test_the_autosave_interval_reaches_every_open_autosaver(qtbot, told) -> None:  # type: ignore[no-untyped-def]
    shared = Settings()  # the app's windows share one Settings (MainWindow hands it on)
    first, second = new_window(shared), new_window(shared)
    assert first.autosave.timer.interval() == 30_000
    dialog = open_settings(first)
    choose(dialog.autosave, 300)
    press_ok(dialog)
    assert first.autosave.timer.interval() == 300_000
    assert second.autosave.timer.interval() == 300_000
    checked = [a.text() for a in first.findChild(QMenu, "menuAutosave").actions() if a.isChecked()]
    assert checked == ["5 分钟"], "the 文件 menu shows the same interval"
    second.findChild(QMenu, "menuFile").aboutToShow.emit()  # the other window's menu opens
    checked = [a.text() for a in second.findChild(QMenu, "menuAutosave").actions() if a.isChecked()]
    assert checked == ["5 分钟"]


def test_cancel_changes_nothing(qtbot, told) -> None:  # type: ignore[no-untyped-def]
    window = new_window(Settings(autosave_seconds=15))
    dialog = open_settings(window)
    choose(dialog.autosave, 300)
    choose(dialog.language, Language.ENGLISH.value)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.autosave.timer.interval() == 15_000
    assert "文件(&F)" in menu_titles(window)
    assert not settings_path().exists() or load_settings().language == Language.CHINESE
    assert told == []


def test_a_hand_edited_language_falls_back_to_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"language": "fr", "autosave_seconds": 60}), "utf-8")
    loaded = load_settings()
    assert loaded.language is Language.CHINESE and loaded.autosave_seconds == 60
    settings_path().write_text(json.dumps({"language": "en"}), "utf-8")
    assert load_settings().language is Language.ENGLISH


def test_escape_closes_the_dialog_without_applying(qtbot, told) -> None:  # type: ignore[no-untyped-def]
    window = new_window()
    dialog = open_settings(window)
    choose(dialog.autosave, 300)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.autosave.timer.interval() == 30_000
