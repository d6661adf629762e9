"""The main window with real widgets and events: files, prompts, undo, drops, status bar."""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT
from gui_helpers import (
    answer_message_box,
    copy_sample,
    new_window,
    on_next_dialog,
    type_chinese,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.core import paths
from app.core.draftfile import draft_to_dict, load_draft
from app.core.model import Paragraph, Run
from app.gui.main_window import MainWindow, open_windows
from app.gui.settings import Settings, load_settings

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(sample_copy) -> MainWindow:
    win = new_window()
    assert win.open_path(sample_copy) is win
    return win


def body_cursor_at_end(win: MainWindow) -> None:
    win.editor.body.setFocus()
    win.editor.body.moveCursor(QTextCursor.MoveOperation.End)


def test_open_shows_tree_editor_and_status(window, sample_copy):
    assert window.path == sample_copy.resolve()
    assert window.model.rowCount() == 2
    assert window.editor.section is window.draft.sections[0]
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "12 个小节" in texts
    assert f"全文 {window.draft.char_count()} 字" in texts
    assert "已保存" in texts
    assert not window.is_dirty()


def test_save_and_reopen_gives_an_identical_draft(window, sample_copy, tmp_path):
    before = draft_to_dict(load_draft(sample_copy))
    assert window.save_to(tmp_path / "另存.json")
    assert draft_to_dict(load_draft(tmp_path / "另存.json")) == before
    assert window.open_path(tmp_path / "另存.json") is window, (
        "already open: shown, not opened twice"
    )
    window.close()
    reopened = new_window()
    reopened.open_path(tmp_path / "另存.json")
    assert draft_to_dict(reopened.draft) == before


def test_bold_on_a_selection_survives_save_and_reopen(window, sample_copy, qtbot):
    window.show_section("s02")
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    start = body.lead_length
    cursor.setPosition(start)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.is_dirty()
    assert window.save()
    saved = load_draft(sample_copy).find("s02")
    assert saved.body[0].runs[0] == Run("以贯彻落", bold=True)
    assert saved.body[0].runs[1].bold is False
    window.close()
    assert window not in open_windows()
    again = new_window()
    again.open_path(sample_copy, "s02")
    assert again.editor.section.id == "s02"
    fragment_cursor = QTextCursor(again.editor.body.document())
    fragment_cursor.setPosition(again.editor.body.lead_length + 1)
    assert fragment_cursor.charFormat().fontWeight() >= QFont.Weight.Bold.value


def test_typing_chinese_marks_unsaved_and_updates_counts_incrementally(window, qtbot):
    total = window.draft.char_count()
    body_cursor_at_end(window)
    type_chinese(window.editor.body, "新增十个汉字的一句话")
    assert window.is_dirty()
    qtbot.waitUntil(lambda: f"全文 {total + 10} 字" in window.status.total.text(), timeout=2000)
    assert window.status.saved.text() == "有未保存的修改"
    assert window.windowTitle().endswith("[*] - 工作总结编辑器")
    assert window.isWindowModified()


@pytest.mark.parametrize("answer", ["取消", "不保存", "保存"])
def test_closing_with_unsaved_changes_asks(window, sample_copy, answer):
    body_cursor_at_end(window)
    type_chinese(window.editor.body, "未保存的文字")
    seen: list[str] = []
    answer_message_box(answer, seen)
    closed = window.close()
    assert seen and "有未保存的修改" in seen[0]
    saved_text = json.dumps(draft_to_dict(load_draft(sample_copy)), ensure_ascii=False)
    if answer == "取消":
        assert not closed and window.isVisible()
        assert "未保存的文字" not in saved_text
    elif answer == "不保存":
        assert closed
        assert "未保存的文字" not in saved_text
    else:
        assert closed
        assert "未保存的文字" in saved_text


def test_open_failure_shows_the_message_and_leaves_the_file(window, tmp_path):
    broken = tmp_path / "坏.json"
    broken.write_bytes(b'{"format": "zongjie-draft", "version": 1, "sections": [')
    seen: list[str] = []
    answer_message_box("OK", seen) if False else None
    boxes: list[str] = []

    def answer_any() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            boxes.append(box.text())
            box.close()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, answer_any)
    assert window.open_path(broken) is None
    assert boxes and "已损坏" in boxes[0]
    assert broken.read_bytes() == b'{"format": "zongjie-draft", "version": 1, "sections": ['
    assert window.path is not None and window.path.name == "草稿.json", "the open draft stays"


def test_a_draft_locked_by_another_process_is_not_written(tmp_path, sample_draft_path):
    path = copy_sample(sample_draft_path, tmp_path)
    lock = path.with_name(path.name + ".lock")
    other = {"host": socket.gethostname(), "pid": os.getppid(), "time": time.time()}
    lock.write_text(json.dumps(other), encoding="utf-8")
    messages: list[str] = []
    answer_message_box("OK", messages)
    win = new_window()
    win.open_path(path)
    assert messages and "正在被另一个窗口编辑" in messages[0]
    body_cursor_at_end(win)
    type_chinese(win.editor.body, "改动")
    before = path.read_bytes()
    answer_message_box("OK", messages)
    assert win.save() is False
    assert len(messages) == 2 and "正在被另一个窗口编辑" in messages[1]
    assert path.read_bytes() == before


def test_the_window_takes_the_lock_and_releases_it_on_close(window, sample_copy):
    lock = sample_copy.with_name(sample_copy.name + ".lock")
    assert lock.exists()
    window.close()
    assert not lock.exists()


def drag_and_drop(win: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Qt routes synthetic drops only during a real drag, so call the handlers with real events."""
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(200, 200), *args)
    enter.setAccepted(False)
    win.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(200, 200), *args)
    drop.setAccepted(False)
    win.dropEvent(drop)
    return True, drop.isAccepted()


def test_dropping_a_draft_file_opens_it(qtbot, sample_copy):
    win = new_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_copy))])
    assert drag_and_drop(win, mime) == (True, True)
    qtbot.waitUntil(lambda: win.path == sample_copy.resolve(), timeout=3000)
    assert win.draft.meta.title == "2020年上半年工作总结"


def test_dropping_an_unknown_file_is_refused(qtbot, tmp_path):
    win = new_window()
    other = tmp_path / "图片.png"
    other.write_bytes(b"\x89PNG")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    assert drag_and_drop(win, mime) == (False, False)
    QApplication.processEvents()
    assert win.path is None


def test_ctrl_z_in_the_editor_undoes_typing_and_in_the_tree_undoes_tree_ops(window, qtbot):
    outline = window.outline
    outline.setFocus()
    outline.select_section("s02")
    qtbot.keyClick(outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # 下移
    assert window.model.number_of("s02") == "二是"
    window.show_section("s02")
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(body, "补充")
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not body.toPlainText().endswith("补充"), "Ctrl+Z in the text undid the typing"
    assert window.model.number_of("s02") == "二是", "…and not the move"
    outline.setFocus()
    qtbot.keyClick(outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.number_of("s02") == "一是", "Ctrl+Z in the tree undid the move"


def test_ctrl_z_in_the_editor_falls_through_to_structure_when_no_typing_is_left(window, qtbot):
    window.outline.select_section("s03")
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # 上移
    assert window.model.number_of("s03") == "一是"
    window.editor.body.setFocus()
    qtbot.keyClick(window.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.number_of("s03") == "二是"


def test_heading_typed_in_the_editor_is_a_rename_with_undo(window, qtbot):
    window.outline.select_section("s02")
    heading = window.editor.heading
    heading.setFocus()
    heading.selectAll()
    type_chinese(heading, "新的标题")
    window.outline.setFocus()  # leaving the line commits the heading
    assert window.draft.find("s02").heading == "新的标题"
    index = window.model.index_for_id("s02")
    assert "新的标题" in index.data()
    assert window.editor.body.toPlainText().startswith("一是新的标题。")
    window.undo()
    assert window.draft.find("s02").heading == "完善制度机制，深化系统党的政治建设"
    assert heading.text() == "完善制度机制，深化系统党的政治建设"
    assert window.editor.body.toPlainText().startswith("一是完善制度机制")


def test_numbers_in_the_run_in_lead_follow_moves(window, qtbot):
    window.outline.select_section("s03")
    assert window.editor.body.toPlainText().startswith("二是")
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.editor.section.id == "s03"
    assert window.editor.body.toPlainText().startswith("一是坚持党建统领")


def test_deleting_the_shown_section_keeps_its_typing_for_undo(window, qtbot):
    window.outline.select_section("s04")
    body_cursor_at_end(window)
    type_chinese(window.editor.body, "删除前的输入")
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Delete)
    assert not window.model.has_section("s04")
    window.undo()
    assert window.draft.find("s04").body[-1].text.endswith("删除前的输入")


def test_document_info_dialog_change_is_one_undo_step(window, qtbot, monkeypatch):
    from app.gui import doc_info

    def fill(dialog_self) -> int:
        dialog_self.title.setPlainText("××局\n2020年上半年工作总结")
        dialog_self.author.setText("××市××局")
        dialog_self.date.setText("2020年7月1日")
        dialog_self._add_attachment("附件一")
        return 1

    monkeypatch.setattr(doc_info.DocInfoDialog, "exec", fill)
    window.edit_doc_info()
    meta = window.draft.meta
    assert (meta.title, meta.author, meta.date, meta.attachments) == (
        "××局\n2020年上半年工作总结",
        "××市××局",
        "2020年7月1日",
        ["附件一"],
    )
    assert window.is_dirty()
    window.outline.setFocus()
    window.undo()
    assert window.draft.meta.title == "2020年上半年工作总结"
    assert not window.is_dirty()


def test_the_document_info_dialog_reads_dates_as_check_and_import_do(qtbot):
    """One date grammar (app.core.zh.dates): what the checker and the importer read as a
    date, the dialog takes too, and stores as GB/T 9704 prints it. (The dialog alone used
    to refuse 2020-07-01.) A 成文日期 names a whole, existing day."""
    from app.core.model import Meta
    from app.gui.doc_info import DocInfoDialog

    dialog = DocInfoDialog(Meta())
    qtbot.addWidget(dialog)
    for written in ("2020年07月01日", "2020-07-01", "2020.7.1", "二〇二〇年七月一日"):
        dialog.date.setText(written)
        dialog._accept_if_valid()
        assert dialog.result() == 1 and dialog.meta().date == "2020年7月1日", written
        dialog.setResult(0)
    for wrong in ("2020年2月30日", "2020年13月40日", "2020年7月"):
        dialog.date.setText(wrong)
        dialog._accept_if_valid()
        assert dialog.result() == 0 and "2020年7月1日" in dialog.error.text(), wrong


def test_templates_are_valid_drafts_with_headings_and_guidance():
    folder = paths.resources_dir() / "templates"
    names = {p.stem for p in folder.glob("*.json")}
    assert names >= {
        "年度工作总结",
        "上半年工作总结和下半年工作安排",
        "季度工作总结",
        "述职报告",
        "空白",
    }
    for template in folder.glob("*.json"):
        draft = load_draft(template)
        if template.stem == "空白":
            continue
        assert len(draft.sections) >= 2, template.name
        for section in draft.walk():
            assert (
                section.heading and section.heading[0] not in "一二三四五六七八九十（0123456789"
            ), template.name
        assert any("……" in p.text for s in draft.walk() for p in s.body), template.name


def test_new_from_template_opens_an_untitled_draft(window):
    template = paths.resources_dir() / "templates" / "述职报告.json"
    target = window.new_from_template(template)
    assert target is not window, "a window with a draft is not replaced"
    assert target.path is None
    assert target.draft.sections
    assert "未命名草稿" in target.windowTitle()


def test_settings_remember_last_draft_and_section(window, sample_copy):
    window.outline.select_section("s03")
    window.close()
    settings = load_settings()
    assert settings.last_draft == str(sample_copy.resolve())
    assert settings.last_section == "s03"
    assert str(sample_copy.resolve()) in settings.recent_files


def test_run_opens_the_last_draft_and_selection(sample_copy, monkeypatch):
    from app.gui import main as gui_main
    from app.gui.settings import save_settings

    settings = Settings(last_draft=str(sample_copy), last_section="s05")
    save_settings(settings)
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    assert gui_main.run([]) == 0
    [win] = open_windows()
    assert win.path == sample_copy.resolve()
    assert win.editor.section.id == "s05"


def test_the_start_up_probe_leaves_no_lock_behind(window, sample_copy, monkeypatch):
    """The probe ends the process with os._exit, which skips atexit: locks go first."""
    from app.gui import main as gui_main

    lock = sample_copy.with_name(sample_copy.name + ".lock")
    assert lock.exists()
    exits: list[int] = []
    monkeypatch.setattr(os, "_exit", exits.append)
    gui_main._report_shown(QApplication.instance())
    assert exits == [0]
    assert not lock.exists()


def test_status_page_estimate_uses_the_22_by_28_grid(window):
    assert window.estimated_pages(0) == 1
    one_page_more = window.estimated_pages(22 * 28 * 10) - window.estimated_pages(0)
    assert 9 <= one_page_more <= 11


def test_main_window_strings_have_english_translations(qtbot, sample_copy):
    from app.gui.main import install_translators

    app = QApplication.instance()
    install_translators(app, "en")
    win = new_window()
    assert win.findChild(QLabel, "outlineLabel").text() == "Outline"
    assert win.action("actionSave").text() == "&Save"
    assert "Untitled" in win.windowTitle()


def test_paste_in_window_keeps_only_bold(window):
    window.show_section("s05")
    body_cursor_at_end(window)
    mime = QMimeData()
    mime.setHtml('<span style="color:red;font-size:30pt"><b>外来粗体</b></span>')
    window.editor.body.insertFromMimeData(mime)
    window.flush()
    assert window.draft.find("s05").body[-1].runs[-1] == Run("外来粗体", bold=True)
    assert isinstance(window.draft.find("s05").body[-1], Paragraph)


PYSIDE_TOOLS = Path(__import__("PySide6").__file__).parent
TRANSLATIONS = paths.resources_dir() / "translations"


def test_english_qm_is_compiled_from_the_current_ts(tmp_path):
    import subprocess

    out = tmp_path / "check.qm"
    subprocess.run(
        [str(PYSIDE_TOOLS / "lrelease"), str(TRANSLATIONS / "zongjie_en.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TRANSLATIONS / "zongjie_en.qm").read_bytes(), (
        "run: pyside6-lrelease resources/translations/zongjie_en.ts -qm resources/translations/zongjie_en.qm"
    )


def test_every_interface_string_has_an_english_translation(tmp_path):
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    from conftest import REPO

    ts = tmp_path / "zongjie_en.ts"
    shutil.copy(TRANSLATIONS / "zongjie_en.ts", ts)
    # Every module and form of the interface, the document layer's commands included
    # (refresh the real file the same way: pyside6-lupdate app/gui/*.py
    # app/gui/document/*.py forms/*.ui -ts resources/translations/zongjie_en.ts
    #   -locations none -no-obsolete, fill in English, then pyside6-lrelease).
    sources = sorted(str(p) for p in (REPO / "app" / "gui").rglob("*.py"))
    sources += sorted(str(p) for p in (REPO / "forms").glob("*.ui"))
    assert any(s.endswith("import_dialog.ui") for s in sources)
    subprocess.run(
        [str(PYSIDE_TOOLS / "lupdate"), *sources, "-ts", str(ts), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    root = ET.parse(ts).getroot()
    untranslated = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert not untranslated, (
        f"add English for these in resources/translations/zongjie_en.ts: {untranslated}"
    )
    # lupdate files a string under the empty context when it cannot tell the class (e.g.
    # `tr = self.tr; tr("…")`); at run time the lookup uses the class name and misses it.
    nameless = [
        message.findtext("source")
        for context in root.iter("context")
        if not context.findtext("name")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    ]
    assert not nameless, f"call self.tr(...) directly for these: {nameless}"


def test_labels_from_the_core_are_translated_in_the_english_interface(qtbot):
    """Numbering styles, check rule titles and severities come from app/core in Chinese,
    marked with N_; the interface translates them (app.gui.core_text), no copy kept."""
    from app.core.checks import RULES, SEVERITY_LABELS
    from app.core.i18n import Text
    from app.core.numbering import STYLE_LABELS, NumberStyle
    from app.gui import labels
    from app.gui.main import install_translators

    assert all(isinstance(label, Text) for label in STYLE_LABELS.values())
    assert isinstance(RULES["punct.halfwidth"].title, Text)
    install_translators(QApplication.instance(), "en")
    assert labels.style_label(NumberStyle.NONE) == "No numbering"
    assert labels.style_label(NumberStyle.CN_SHI).startswith("一是 二是 三是 (")
    assert labels.rule_title(RULES["punct.halfwidth"].title) == "Half-width punctuation"
    assert labels.severity_label(SEVERITY_LABELS["error"]) == "Error"  # N_ in checks/base.py
    win = new_window()
    styles = [a.text() for a in win.outline.numbering_menu.actions()]
    assert "No numbering" in styles
    assert [a.text() for a in win.outline.actions()][:2] == [
        "New Sibling Section",
        "New Subsection",
    ], "the outline's actions speak English too"


def test_edit_menu_names_what_undo_will_undo_and_keys_still_work(window, qtbot):
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "menuEdit")
    window.outline.setFocus()
    menu.aboutToShow.emit()
    assert not window.action("actionUndo").isEnabled()
    menu.aboutToHide.emit()
    window.outline.select_section("s02")
    qtbot.keyClick(window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    menu.aboutToShow.emit()
    assert window.action("actionUndo").isEnabled()
    assert window.action("actionUndo").text().startswith("撤销 ")
    menu.aboutToHide.emit()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.number_of("s02") == "一是"
    window.editor.body.setFocus()
    type_chinese(window.editor.body, "字")
    menu.aboutToShow.emit()
    assert window.action("actionUndo").text() == "撤销输入"
    menu.aboutToHide.emit()


def test_dropping_a_text_file_goes_through_the_import_dialog(qtbot, tmp_path, monkeypatch):
    from app.core.model import Draft, Section
    from app.gui import import_dialog

    text_file = tmp_path / "总结.txt"
    text_file.write_text("一、标题\n正文。", encoding="utf-8")
    calls = []

    def fake_import(parent, *, path=None, text=None):
        calls.append(path)
        return Draft(sections=[Section("导入的小节")])

    monkeypatch.setattr(import_dialog, "run_import_dialog", fake_import)
    win = new_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text_file))])
    assert drag_and_drop(win, mime) == (True, True)
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    assert Path(calls[0]) == text_file
    assert win.draft.sections[0].heading == "导入的小节"
    assert win.path is None and win.is_dirty(), "an import is unsaved new work"


PASTED_SUMMARY = """青山县市场监督管理局2023年工作总结

2023年，县市场监管局在县委、县政府的坚强领导下，扎实推进各项工作，现将全年工作总结如下。

一、主要工作成效
一是食品安全监管持续加强。全年检查食品生产经营单位1260家次，立案查处违法案件42件。
二是营商环境不断优化。推行“一网通办”，新设市场主体3120户，同比增长12%。
三是特种设备安全形势平稳。完成电梯、锅炉等特种设备定期检验1580台。
二、存在的问题
一是基层监管力量不足。部分市场监管所只有两三名执法人员。
二是智慧监管手段不多。信息化平台数据未完全打通。
三、2024年工作打算
一是深化食品安全“两个责任”落实。压实包保干部责任，做到督导全覆盖。
二是持续优化营商环境。推进经营主体登记便利化改革。

青山县市场监督管理局
2024年1月5日
"""


def outline_rows(win: MainWindow) -> list[str]:
    """The outline as the tree shows it: indented "number + heading" rows."""
    model, rows = win.model, []

    def visit(parent, depth: int) -> None:  # noqa: ANN001 - QModelIndex
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append("  " * depth + index.data())
            visit(index, depth + 1)

    from PySide6.QtCore import QModelIndex

    visit(QModelIndex(), 0)
    return rows


def click_import(dialog) -> None:  # noqa: ANN001 - the ImportDialog
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_paste_import_from_the_file_menu_opens_the_pasted_summary(qtbot):
    from PySide6.QtWidgets import QMenu

    from app.gui.import_dialog import ImportDialog

    win = new_window()
    menu = win.findChild(QMenu, "menuFile")
    labels = [a.text() for a in menu.actions()]
    assert labels.index("粘贴导入(&V)…") == labels.index("导入 Word 或文本文件(&I)…") + 1
    QApplication.clipboard().setText(PASTED_SUMMARY)
    sources: list[str] = []
    seen = on_next_dialog(
        ImportDialog, lambda d: (sources.append(d.source_label.text()), click_import(d))
    )
    win.action("actionPasteImport").trigger()
    assert seen, "the import preview was shown"
    assert "粘贴的文字" in sources[0]
    assert outline_rows(win) == [
        "一、主要工作成效",
        "  一是食品安全监管持续加强",
        "  二是营商环境不断优化",
        "  三是特种设备安全形势平稳",
        "二、存在的问题",
        "  一是基层监管力量不足",
        "  二是智慧监管手段不多",
        "三、2024年工作打算",
        "  一是深化食品安全“两个责任”落实",
        "  二是持续优化营商环境",
    ]
    draft = win.draft
    assert draft.meta.title == "青山县市场监督管理局2023年工作总结"
    assert (draft.meta.author, draft.meta.date) == ("青山县市场监督管理局", "2024年1月5日")
    assert draft.intro[0].text.startswith("2023年，县市场监管局")
    assert draft.sections[0].children[0].run_in
    assert win.editor.section is draft.sections[0], "the first section is open for editing"
    assert win.path is None and win.is_dirty(), "pasted text is new, unsaved work"
    assert "未命名草稿" in win.windowTitle()


def test_paste_import_of_a_copied_text_file_imports_the_file(qtbot, tmp_path, monkeypatch):
    from app.core.model import Draft, Section
    from app.gui import import_dialog

    text_file = tmp_path / "去年的总结.txt"
    text_file.write_text(PASTED_SUMMARY, encoding="utf-8")
    calls: list[tuple[object, object]] = []

    def fake_import(parent, *, path=None, text=None):
        calls.append((path, text))
        return Draft(sections=[Section("从文件导入")])

    monkeypatch.setattr(import_dialog, "run_import_dialog", fake_import)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text_file))])
    QApplication.clipboard().setMimeData(mime)
    win = new_window()
    win.action("actionPasteImport").trigger()
    assert calls == [(str(text_file), None)], "the file, not its path as text"
    assert win.draft.sections[0].heading == "从文件导入"


def test_paste_import_with_an_empty_clipboard_says_so(qtbot):
    win = new_window()
    QApplication.clipboard().setText("  \n ")
    messages: list[str] = []
    answer_message_box("OK", messages)
    win.action("actionPasteImport").trigger()
    assert messages and "剪贴板里没有文字" in messages[0]
    assert win.draft.sections == [] and not win.is_dirty()


def test_export_runs_in_the_background_and_offers_to_open(window, tmp_path, qtbot):
    target = tmp_path / "导出.docx"
    answers: list[str] = []
    answer_message_box("关闭", answers)
    worker = window.exports.start(
        target,
        {"font_profile": "windows", "latin_font": "body", "sealed": False, "level3_bold": False},
    )
    assert not window.action("actionExport").isEnabled(), "no second export while one runs"
    qtbot.waitUntil(lambda: bool(answers), timeout=20000)
    assert target.exists() and target.read_bytes()[:2] == b"PK"
    assert "已导出" in answers[0]
    assert window.action("actionExport").isEnabled()
    assert QApplication.overrideCursor() is None
    del worker


def test_check_panel_docks_and_jumps_to_a_finding(window, qtbot):
    window.action("actionCheckPanel").trigger()
    dock = window.check_dock
    assert dock is not None and dock.isVisible()
    panel = dock.widget()
    qtbot.waitUntil(lambda: bool(panel.findings()), timeout=3000)
    finding = next(f for f in panel.findings() if f.location.field in ("body", "heading"))
    panel.findingActivated.emit(finding)
    assert window.editor.section.id == finding.location.section_id
    window.action("actionCheckPanel").trigger()
    assert not dock.isVisible()


def test_a_heading_edit_is_one_undo_step_committed_on_enter(window, qtbot):
    window.outline.select_section("s05")
    heading = window.editor.heading
    heading.setFocus()
    heading.end(False)
    type_chinese(heading, "第一")
    qtbot.wait(600)  # longer than the write-back pause
    type_chinese(heading, "第二")
    qtbot.wait(600)
    assert window.undo_stack.count() == 0, "no rename while the heading is being typed"
    qtbot.keyClick(heading, Qt.Key.Key_Return)
    assert window.editor.body.hasFocus(), "Enter in the heading goes on to the body"
    assert window.undo_stack.count() == 1
    assert window.draft.find("s05").heading.endswith("第一第二")


def test_the_intro_is_edited_from_the_opening_paragraphs_button(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(window.findChild(QPushButton, "introButton"), Qt.MouseButton.LeftButton)
    assert window.editor.intro is window.draft.intro
    assert window.outline.current_section_id() in (None, "")
    assert window.intro_button.isChecked(), "the button shows where the editor is"
    intro_chars = sum(len(p.text) for p in window.draft.intro)
    assert window.status.section_chars.text() == f"开头 {intro_chars} 字"
    window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(window.editor.body, "补充开头")
    window.outline.select_section("s01")
    assert window.draft.intro[0].text.endswith("补充开头")
    assert not window.intro_button.isChecked()


def test_qt_own_dialog_buttons_speak_chinese():
    from PySide6.QtWidgets import QDialogButtonBox

    from app.gui.main import install_translators

    app = QApplication.instance()
    translators = install_translators(app, "zh_CN")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        assert box.button(QDialogButtonBox.StandardButton.Yes).text().startswith("是")
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_each_section_keeps_its_typing_history_when_switching(window, qtbot):
    window.outline.select_section("s05")
    body_cursor_at_end(window)
    type_chinese(window.editor.body, "甲节输入")
    window.outline.select_section("s06")
    body_cursor_at_end(window)
    type_chinese(window.editor.body, "乙节输入")
    window.outline.select_section("s05")
    body = window.editor.body
    assert body.toPlainText().endswith("甲节输入")
    assert body.textCursor().position() == body.document().characterCount() - 1, (
        "cursor where it was"
    )
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not body.toPlainText().endswith("甲节输入")
    window.outline.select_section("s06")
    assert window.draft.find("s06").body[-1].text.endswith("乙节输入"), (
        "the other section is untouched"
    )
    assert window.draft.find("s05").body[-1].text.endswith("甲节输入") is False


def test_a_revisited_run_in_section_shows_its_new_number(window, qtbot):
    window.outline.select_section("s03")
    window.outline.select_section("s02")
    window.outline.setFocus()
    qtbot.keyClick(
        window.outline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier
    )  # s02 below s03
    window.outline.select_section("s03")
    assert window.editor.body.toPlainText().startswith("一是坚持党建统领")


def test_changing_a_level_numbering_style_redraws_the_lead_and_undoes(window):
    from app.core.numbering import NumberStyle

    window.outline.select_section("s02")
    window.outline.set_current_level_style(NumberStyle.CN_DI)
    assert window.editor.body.toPlainText().startswith("第一，完善制度机制")
    assert "第一，" in window.editor.caption.text()
    window.outline.setFocus()
    window.undo()
    assert window.editor.body.toPlainText().startswith("一是完善制度机制")


def test_export_dialog_options_are_remembered(window, monkeypatch, tmp_path):
    from app.gui import export_dialog

    started = []

    def accept(dialog_self) -> int:
        dialog_self._select(dialog_self.fonts, "windows")
        dialog_self.sealed.setChecked(True)
        dialog_self.path.setText(str(tmp_path / "选项"))
        return 1

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", accept)
    # The export gate (tests/test_export_gate_gui.py) would list the sample's open 署名.
    monkeypatch.setattr(
        export_dialog.ExportController, "pass_gate", lambda controller, options, installed: True
    )
    monkeypatch.setattr(
        export_dialog.ExportController,
        "start",
        lambda controller, target, options: started.append((target, options)),
    )
    window.export_dialog()
    [(target, options)] = started
    assert target == tmp_path / "选项.docx"
    assert options["font_profile"] == "windows" and options["sealed"] is True
    assert load_settings().export_options == options
    seen = export_dialog.ExportDialog(window, load_settings().export_options, target)
    assert seen.fonts.currentData() == "windows" and seen.sealed.isChecked()


def test_run_with_a_text_file_argument_imports_it(tmp_path, monkeypatch):
    from app.core.model import Draft, Section
    from app.gui import import_dialog
    from app.gui import main as gui_main

    text_file = tmp_path / "总结.txt"
    text_file.write_text("一、标题\n正文。", encoding="utf-8")
    monkeypatch.setattr(
        import_dialog,
        "run_import_dialog",
        lambda parent, path=None, text=None: Draft(sections=[Section("从文本导入")]),
    )
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_main.run([str(text_file)])
    [win] = open_windows()
    assert win.draft.sections[0].heading == "从文本导入"


def test_attachments_can_be_reordered(qtbot):
    from app.core.model import Meta
    from app.gui.doc_info import DocInfoDialog

    dialog = DocInfoDialog(Meta(attachments=["甲", "乙", "丙"]))
    qtbot.addWidget(dialog)
    dialog.attachments.setCurrentRow(2)
    dialog._move_attachment(-1)
    dialog._move_attachment(-1)
    dialog._move_attachment(-1)  # already first: stays
    assert dialog.meta().attachments == ["丙", "甲", "乙"]


def test_the_application_icon_renders():
    from app.gui.main_window import app_icon

    image = app_icon().pixmap(64, 64).toImage()
    assert not image.isNull()
    colours = {image.pixelColor(x, y).name() for x in range(0, 64, 2) for y in range(0, 64, 2)}
    assert any(c.startswith("#c") or c.startswith("#d") for c in colours), (
        "the red 公文 bar is drawn"
    )


def test_quit_asks_unsaved_windows_first_and_cancel_keeps_every_window(window, tmp_path):
    clean = new_window()
    clean.open_path(copy_sample(SAMPLE_DRAFT, tmp_path, "另一份.json"))
    body_cursor_at_end(window)
    type_chinese(window.editor.body, "未保存")
    seen: list[str] = []
    answer_message_box("取消", seen)
    assert clean.quit_all() is False, "quit from the clean window"
    assert seen and "草稿.json" in seen[0], "the window with changes was asked first"
    assert window.isVisible() and clean.isVisible(), "取消 closed nothing"


def test_quit_closes_every_window(window, tmp_path, sample_copy):
    other = new_window()
    other.open_path(copy_sample(SAMPLE_DRAFT, tmp_path, "另一份.json"))
    body_cursor_at_end(other)
    type_chinese(other.editor.body, "要保存的字")
    answer_message_box("保存")
    window.action("actionQuit").trigger()
    assert open_windows() == []
    assert "要保存的字" in (tmp_path / "另一份.json").read_text(encoding="utf-8")


def test_close_window_is_ctrl_w_and_closes_only_this_window(window, tmp_path):
    other = new_window()
    assert window.action("actionClose").shortcut().toString() == "Ctrl+W"
    other.action("actionClose").trigger()
    assert open_windows() == [window]


def test_recent_files_menu_lists_and_opens_drafts(window, sample_copy, tmp_path):
    from PySide6.QtWidgets import QMenu

    second = copy_sample(SAMPLE_DRAFT, tmp_path, "第二份.json")
    window.open_path(second).close()
    gone = copy_sample(SAMPLE_DRAFT, tmp_path, "已删除.json")
    window.settings.add_recent(gone)
    gone.unlink()
    menu = window.findChild(QMenu, "menuRecent")
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions()]
    assert labels == [f"&1 第二份.json — {tmp_path}", f"&2 草稿.json — {tmp_path}"], (
        "newest first, missing files dropped"
    )
    menu.actions()[0].trigger()
    [opened] = [w for w in open_windows() if w is not window]
    assert opened.path == second.resolve()


def test_new_menu_lists_the_templates_and_ctrl_n_makes_a_blank_draft(window):
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "menuNew")
    assert [a.text() for a in menu.actions()] == [
        "年度工作总结",
        "上半年工作总结和下半年工作安排",
        "季度工作总结",
        "述职报告",
        "空白",
    ]
    blank = menu.actions()[-1]
    assert blank.shortcut().toString() == "Ctrl+N"
    blank.trigger()
    [new] = [w for w in open_windows() if w is not window]
    assert new.path is None and new.draft.meta.title == ""
    assert [s.heading for s in new.draft.sections] == ["新小节"], "one section to start typing"


def test_save_as_adds_the_draft_suffix_and_moves_the_lock(
    window, sample_copy, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "另存为的草稿"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "工作总结草稿 (*.json)")
    )
    assert window.save_as()
    saved = target.with_name("另存为的草稿.json")
    assert window.path == saved.resolve()
    assert load_draft(saved).meta.title == "2020年上半年工作总结"
    assert saved.with_name(saved.name + ".lock").exists()
    assert not sample_copy.with_name(sample_copy.name + ".lock").exists()


@pytest.mark.parametrize(("button", "opened"), [("打开文件", "file"), ("打开所在文件夹", "folder")])
def test_after_export_the_file_or_its_folder_opens(qtbot, tmp_path, monkeypatch, button, opened):
    from PySide6.QtGui import QDesktopServices

    from app.gui.export_dialog import offer_open

    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True
    )
    target = tmp_path / "导出.docx"
    win = new_window()
    answer_message_box(button)
    assert offer_open(win, target) == opened
    assert urls == [str(target if opened == "file" else tmp_path)]


def test_reopening_the_last_draft_can_be_turned_off(sample_copy, monkeypatch):
    from app.gui import main as gui_main
    from app.gui.settings import save_settings

    win = new_window(Settings(last_draft=str(sample_copy)))
    win.action("actionReopenLast").setChecked(False)
    win.close()
    assert load_settings().reopen_last is False
    save_settings(Settings(reopen_last=False, last_draft=str(sample_copy)))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_main.run([])
    [started] = open_windows()
    assert started.path is None and started.draft.sections == []


def test_a_window_whose_lock_was_taken_over_says_so(window, monkeypatch):
    """The session renews its lock's heartbeat; when another window has taken the lock
    over (judged it stale, say after a sleep), the user is told to save elsewhere."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    lock = window.lock
    assert lock is not None and lock.held
    record = lock.path.read_text(encoding="utf-8").replace(lock.token, "0" * len(lock.token))
    lock.path.write_text(record, encoding="utf-8")  # another window's lock now
    window.session.refresh_lock()
    assert told and "另存为" in told[0]
    window.session.refresh_lock()
    assert len(told) == 1, "said once"


def test_saving_when_the_backup_cannot_be_kept_saves_and_says_so(window, sample_copy, monkeypatch):
    """A folder named like the backup (草稿.json.bak) used to block every save."""
    sample_copy.with_name(sample_copy.name + ".bak").mkdir()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(title))
    assert window.save()
    assert told == ["已保存，但未能保留上一版本"]
    assert not window.is_dirty()


def test_a_damaged_settings_file_is_kept_aside_and_said_once_at_start(monkeypatch):
    from app.gui import main as gui_main
    from app.gui.settings import settings_path

    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{最近打开的文件", encoding="utf-8")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_main.run([])
    assert len(told) == 1 and "设置文件已损坏" in told[0] and "settings.json.damaged-" in told[0]
    kept = list(settings_path().parent.glob("settings.json.damaged-*"))
    assert kept and kept[0].read_text(encoding="utf-8") == "{最近打开的文件"


def test_the_english_status_bar_and_check_summary_use_singular_and_plural(qtbot):
    """Was "About 1 pages" and "1 problems"."""
    from app.core.checks import check_draft
    from app.core.model import Draft, Paragraph, Section
    from app.gui.check_panel import CheckPanel
    from app.gui.main import install_translators, remove_translators

    install_translators(QApplication.instance(), "en")
    try:
        window = new_window()
        window.status.update()
        assert window.status.pages.text() == "About 1 page"
        panel = CheckPanel()
        qtbot.addWidget(panel)
        draft = Draft(sections=[Section("主要工作", [Paragraph.plain("完成了任务,")], id="s")])
        panel.set_findings(check_draft(draft)[:1])
        assert panel.summary.text().startswith("1 problem (")
    finally:
        remove_translators(QApplication.instance())
