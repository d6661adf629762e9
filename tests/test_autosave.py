"""Never lose work: recovery files while unsaved, the offer after a crash, restore in a new window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from gui_helpers import (
    answer_message_box,
    new_window,
    type_chinese,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox

from app.core import paths, recovery
from app.gui.document import autosave
from app.gui.document.autosave import orphaned_entries
from app.gui.main import offer_recovery
from app.gui.main_window import open_windows
from app.gui.settings import Settings, load_settings

pytestmark = pytest.mark.usefixtures("guarded_windows")


def edited_window(sample_copy, qtbot, text="崩溃前写下的句子"):
    win = new_window(Settings(autosave_seconds=30))
    win.open_path(sample_copy)
    win.autosave.set_interval(0.05)
    win.editor.body.setFocus()
    win.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(win.editor.body, text)
    return win


def rescued(win):
    """The window's recovery entry, as the next start would read it."""
    [entry] = [e for e in recovery.list_entries().entries if e.key == win.autosave.key]
    return entry, recovery.read_entry(entry)


def recovery_files():
    return sorted(p.name for p in paths.recovery_dir().iterdir())


def test_nothing_is_written_while_there_are_no_changes(sample_copy, qtbot):
    win = new_window()
    win.open_path(sample_copy)
    win.autosave.set_interval(0.05)
    qtbot.wait(200)
    assert recovery_files() == []


def test_recovery_file_is_written_after_edits(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    entry, draft = rescued(win)
    assert draft.sections[0].body[-1].text.endswith("崩溃前写下的句子")
    assert entry.original == str(sample_copy.resolve())
    assert entry.pid == os.getpid()
    assert "崩溃前" not in sample_copy.read_text(encoding="utf-8"), "the draft itself is untouched"


def test_a_clean_save_removes_the_recovery_file(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    assert win.save()
    assert recovery_files() == []
    qtbot.wait(150)
    assert recovery_files() == [], "saved: nothing left to recover"


def test_discarding_on_close_removes_the_recovery_file(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    answer_message_box("不保存")
    assert win.close()
    assert recovery_files() == []


def test_windows_that_are_open_are_not_offered_for_recovery(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    assert orphaned_entries().entries == []


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def simulate_crash(win) -> None:
    """The window goes away without closeEvent (as if the process died): files stay."""
    win.autosave.stop()
    autosave_key = win.autosave.key
    from app.gui import main_window

    main_window._open_windows.remove(win)
    if win.lock is not None:  # the dead process's lock file stays behind
        lock_file = win.lock.path
        record = json.loads(lock_file.read_text(encoding="utf-8"))
        record["pid"] = dead_pid()
        lock_file.write_text(json.dumps(record), encoding="utf-8")
        win.lock.held = False
    win.hide()
    win.deleteLater()
    assert autosave_key not in autosave._live_keys


def test_after_a_crash_the_next_start_offers_to_restore(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    simulate_crash(win)
    qtbot.wait(10)
    [entry] = orphaned_entries().entries
    assert entry.original == str(sample_copy.resolve())
    asked: list[str] = []
    answer_message_box("恢复", asked)
    [restored] = offer_recovery(None, load_settings())
    assert asked and "意外结束" in asked[0] and "草稿.json" in asked[0]
    assert restored in open_windows()
    assert restored.draft.sections[0].body[-1].text.endswith("崩溃前写下的句子")
    assert restored.is_dirty(), "restored text is unsaved until the user saves it"
    assert restored.path == sample_copy.resolve(), "saving writes to the original draft"
    assert restored.save()
    assert "崩溃前写下的句子" in sample_copy.read_text(encoding="utf-8")
    assert recovery_files() == []


def test_restore_through_run_opens_a_new_window(sample_copy, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from app.gui import main as gui_main

    win = edited_window(sample_copy, qtbot, "运行时恢复")
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    simulate_crash(win)
    answer_message_box("恢复")
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    gui_main.run([])
    [restored] = open_windows()
    assert restored is not win
    assert restored.draft.sections[0].body[-1].text.endswith("运行时恢复")


def test_discarding_the_offer_deletes_the_files(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    simulate_crash(win)
    answer_message_box("丢弃")
    assert offer_recovery(None, load_settings()) == []
    assert recovery_files() == []


def test_later_keeps_the_files_for_the_next_start(sample_copy, qtbot):
    win = edited_window(sample_copy, qtbot)
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    simulate_crash(win)
    answer_message_box("以后再说")
    assert offer_recovery(None, load_settings()) == []
    assert len(orphaned_entries().entries) == 1


def test_an_untitled_draft_is_recovered_too(qtbot):
    win = new_window()
    win.autosave.set_interval(0.05)
    win.show_intro()
    type_chinese(win.editor.body, "还没保存过的新草稿")
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    simulate_crash(win)
    answer_message_box("恢复")
    [restored] = offer_recovery(None, load_settings())
    assert restored.path is None
    assert restored.draft.intro[0].text == "还没保存过的新草稿"


def test_an_unexpected_error_writes_recovery_copies_at_once(sample_copy, qtbot):
    from app.gui.main import _save_everything_and_report

    win = edited_window(sample_copy, qtbot, "出错前的文字")
    win.autosave.set_interval(3600)  # the timer would be too late
    messages: list[str] = []
    answer_message_box("OK", messages)
    try:
        raise RuntimeError("模拟的程序错误")
    except RuntimeError as exc:
        _save_everything_and_report(RuntimeError, exc, exc.__traceback__)
    assert messages and "内部错误" in messages[0]
    _entry, draft = rescued(win)
    assert draft.sections[0].body[-1].text.endswith("出错前的文字")


def test_the_interval_setting_applies_to_open_windows_and_is_saved(sample_copy):
    win = new_window(Settings())
    assert win.autosave.timer.interval() == 30_000
    [fifteen] = [a for a in win.findChild(QMenu, "menuAutosave").actions() if a.text() == "15 秒"]
    fifteen.trigger()
    assert win.autosave.timer.interval() == 15_000
    assert load_settings().autosave_seconds == 15


def test_a_copy_older_than_its_saved_draft_opens_untitled(sample_copy, qtbot, monkeypatch):
    """Restoring and saving must not overwrite what was saved after the copy was made."""
    win = edited_window(sample_copy, qtbot, "较早的恢复内容")
    qtbot.waitUntil(lambda: win.autosave.draft_file.exists(), timeout=3000)
    simulate_crash(win)
    newer = sample_copy.read_text(encoding="utf-8").replace("上半年", "上半年（已另行保存）", 1)
    sample_copy.write_text(newer, encoding="utf-8")
    os.utime(sample_copy, (time.time() + 5, time.time() + 5))
    asked: list[str] = []
    answer_message_box("恢复", asked)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    [restored] = offer_recovery(None, load_settings())
    assert restored.path is None, "saving asks for a new file"
    assert restored.draft.sections[0].body[-1].text.endswith("较早的恢复内容")
    assert told and "又保存过" in told[0] and "另存为" in told[0]
    assert sample_copy.read_text(encoding="utf-8") == newer
