"""Switching the interface language in 设置 reaches every part of an open window at once:
the meta bar, the editor, the outline's menus, the start page, the docks (规范检查,
页面预览, 审阅), an open find dialog, the 表格 and 审阅 menus and the status line.

A real window with the sample draft, offscreen; the language is chosen in the real 设置
dialog. Every interface text the window holds is collected (menus, context-menu actions,
labels, buttons, dock titles, placeholders); the user's own words (the draft's title,
headings and body, the outline's rows, the preview's pages, recent file names) are not
among them, since only interface widgets' texts are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from gui_helpers import new_window, run_until
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from test_settings_dialog import choose, has_chinese, open_settings, press_ok

from app.gui.find_replace import dialog_for
from app.gui.language import Language
from app.gui.main_window import MainWindow
from app.gui.start_page import StartPage

pytestmark = pytest.mark.usefixtures("guarded_windows")


def action_texts(actions: Iterable[QAction], where: str) -> Iterable[tuple[str, str]]:
    for action in actions:
        if action.isSeparator():
            continue
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == "menuRecent":
            yield f"{where}/{menu.objectName()}", action.text()  # the menu's own title only
            continue
        yield f"{where}/{action.objectName() or '?'}", action.text()
        if isinstance(menu, QMenu):
            yield from action_texts(menu.actions(), f"{where}/{menu.objectName() or '?'}")


def widget_texts(root: QWidget, recent: set[QWidget]) -> Iterable[tuple[str, str]]:
    for label in root.findChildren(QLabel):
        yield f"label {label.objectName()}", label.text()
    for button in root.findChildren(QAbstractButton):
        if button not in recent:
            yield f"button {button.objectName()}", button.text()
    for dock in root.findChildren(QDockWidget):
        yield f"dock {dock.objectName()}", dock.windowTitle()
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            yield f"tab {tabs.objectName()}:{index}", tabs.tabText(index)
    for kind in (QLineEdit, QTextEdit, QPlainTextEdit):
        for edit in root.findChildren(kind):
            yield f"placeholder {edit.objectName()}", edit.placeholderText()


def interface_texts(window: MainWindow, start: MainWindow) -> dict[str, list[str]]:
    """Where each interface text is, and the texts there (several widgets share a place)."""
    found: dict[str, list[str]] = {}
    pairs: list[tuple[str, str]] = []
    pairs += action_texts(window.menuBar().actions(), "menu")
    pairs += action_texts(window.outline.build_context_menu().actions(), "outline menu")
    pairs += action_texts(window.editor.actions(), "editor")
    pairs += action_texts(window.editor.body.actions(), "body")
    pairs += action_texts(
        [a for a in window.editor.body.table_actions.actions() if a is not None], "body 表格"
    )
    dialog = dialog_for(window)
    assert dialog is not None and dialog.isVisible()
    for top in (window, start, dialog):
        page = top.findChild(StartPage)
        recent = set(page.recent_buttons) if page is not None else set()
        pairs += widget_texts(top, recent)
    pairs.append(("find dialog title", dialog.windowTitle()))
    for where, text in pairs:
        if text:
            found.setdefault(where, []).append(text)
    return found


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes' texts (设置 says the language has changed)."""
    seen: list[str] = []

    def record(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    return seen


# Left to files outside this change (see the report of issue 16 item 7): the 文件 menu's
# 新建 entry is a detached copy of menuNew's action (actionNew took the menu over), the
# templates in 新建 are named once, and the 只读 badge is not retranslated.
# The template names in 文件 → 新建 keep the language they were made in until the next
# start (a Python handle to that form menu goes dead once the menus are walked, so a
# language hook cannot reach it; the issue-16 note says so).
ELSEWHERE = {"menu/menuFile/menuNew/?"}
EXAMPLE = re.compile(r"e\.g\. .*")  # examples of a Chinese document's text are Chinese


def interface_part(where: str, text: str, window: MainWindow) -> str:
    """The part of a text that is the interface's own words (not a document's)."""
    if where == "label sectionCaption" and window.editor.section is not None:
        text = text.replace(window.session.tree.number_of(window.editor.section.id), "")
    if "/menuNumbering/" in where:  # "一、二、三、 (Chinese numerals)"
        text = text.partition(" (")[2]
    if "/menuLanguage/" in where:
        text = "" if text in {language.own_name for language in Language} else text
    return EXAMPLE.sub("", text)


def chinese_places(window: MainWindow, start: MainWindow) -> dict[str, list[str]]:
    """Where interface texts hold Chinese, and those texts."""
    found = {
        where: [t for t in shown if has_chinese(interface_part(where, t, window))]
        for where, shown in interface_texts(window, start).items()
        if where not in ELSEWHERE
    }
    return {where: shown for where, shown in found.items() if shown}


def switch_to(window: MainWindow, language: Language, sign: str) -> None:
    dialog = open_settings(window)
    choose(dialog.language, language.value)
    press_ok(dialog)
    assert run_until(lambda: sign in [a.text() for a in window.menuBar().actions()])
    run_until(lambda: False, 100)  # the code-made texts follow on the next turns
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed 设置 goes


def test_every_interface_text_follows_the_language(qtbot, sample_copy: Path, told) -> None:  # type: ignore[no-untyped-def]
    window = new_window()
    assert window.open_path(sample_copy) is window
    start = new_window()  # an empty window: its start page
    assert start.findChild(StartPage).isVisible()
    window.pages.show_preview(True)
    window.action("actionCheckPanel").trigger()
    window.versions.show_panel()
    window.action("actionReplace").trigger()
    assert run_until(lambda: window.check_dock is not None and window.check_dock.isVisible())
    chinese = chinese_places(window, start)
    assert {"label sectionCaption", "placeholder metaRecipient", "dock pagePreviewDock"} <= set(
        chinese
    )

    switch_to(window, Language.ENGLISH, "&File")
    assert chinese_places(window, start) == {}
    english = interface_texts(window, start)
    assert "Page Preview" in english["dock pagePreviewDock"]

    switch_to(window, Language.CHINESE, "文件(&F)")
    assert set(chinese_places(window, start)) == set(chinese)
