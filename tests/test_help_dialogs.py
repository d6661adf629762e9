"""Issue 16, in the way 9: 帮助 → 快捷键 lists the keys read from the window's actions
when it opens (so it never goes stale), and 帮助 → 使用说明 gives the main steps."""

from __future__ import annotations

import pytest
from gui_helpers import new_window
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTextBrowser, QTreeWidget

from app.gui.help_dialogs import (
    plain_text,
    shortcut_rows,
    show_guide,
    show_shortcuts,
)

pytestmark = pytest.mark.usefixtures("guarded_windows")


def table_rows(dialog) -> dict[str, list[tuple[str, str, str]]]:
    """What the 快捷键 dialog shows: group header → (操作, 快捷键, 说明) rows."""
    table = dialog.findChild(QTreeWidget, "shortcutTable")
    shown = {}
    for g in range(table.topLevelItemCount()):
        group = table.topLevelItem(g)
        shown[group.text(0)] = [
            (group.child(r).text(0), group.child(r).text(1), group.child(r).text(2))
            for r in range(group.childCount())
        ]
    return shown


@pytest.fixture
def window(qtbot):
    return new_window()


def test_the_shortcut_list_has_the_window_keys_grouped_by_menu(window, qtbot):
    actions = [*window.menuBar().actions(), *window.editor.actions()]
    dialog = show_shortcuts(window, actions)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "快捷键"
    shown = table_rows(dialog)
    save = QKeySequence(QKeySequence.StandardKey.Save).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert ("保存", save) in [row[:2] for row in shown["文件"]]
    assert ("空白", "Ctrl+N") in [row[:2] for row in shown["文件 › 新建"]]
    outline_group = "小节（按键仅在“小节目录”中有效）"
    names = [row[0] for row in shown[outline_group]]
    assert names[:2] == ["新建同级小节", "新建下级小节"]
    assert ("重命名", "F2") in [row[:2] for row in shown[outline_group]]
    assert "另起一项" in [row[0] for rows in shown.values() for row in rows]
    every = [row[0] for rows in shown.values() for row in rows]
    assert every.count("标题与正文连排") == 1, "one step reached twice is listed once"
    assert "Close" not in " ".join(row[1] for rows in shown.values() for row in rows)
    assert list(shown) == list(dict.fromkeys(shown)), "each group once"


def test_the_list_is_read_when_it_opens_so_it_never_goes_stale(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    menu = main.menuBar().addMenu("工具(&T)")
    action = QAction("整理(&Z)", main)
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.setStatusTip("整理全文")
    menu.addAction(action)
    menu.addAction(QAction("没有快捷键", main))
    first = show_shortcuts(main, main.menuBar().actions())
    assert table_rows(first) == {"工具": [("整理", "Ctrl+K", "整理全文")]}
    assert show_shortcuts(main, main.menuBar().actions()) is first, "one at a time"
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible())
    action.setShortcuts([QKeySequence("Ctrl+J"), QKeySequence("Ctrl+Return")])
    second = show_shortcuts(main, main.menuBar().actions())
    assert table_rows(second) == {"工具": [("整理", "Ctrl+J / Ctrl+Enter", "整理全文")]}


def test_menu_texts_lose_their_mnemonics():
    assert plain_text("打开(&O)…") == "打开…"
    assert plain_text("&Save") == "Save"
    assert plain_text("A && B") == "A & B"


def test_actions_outside_menus_are_listed_too(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    loose = QAction("另起一项", main)
    loose.setShortcut(QKeySequence("Ctrl+Return"))
    rows = shortcut_rows([loose])
    assert [(r.group, r.name, r.keys) for r in rows] == [("其他", "另起一项", "Ctrl+Enter")]


def test_the_guide_gives_the_main_steps(window, qtbot):
    actions = window.menuBar().actions()
    dialog = show_guide(window, actions)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "使用说明"
    text = dialog.findChild(QTextBrowser, "guideText").toPlainText()
    positions = [
        text.index(step) for step in ("新建或导入", "写提纲", "写正文", "规范检查", "导出 Word")
    ]
    assert positions == sorted(positions), "the steps in the order of the work"
    assert "粘贴导入" in text and "字数上限" in text
    browser = dialog.findChild(QTextBrowser, "guideText")
    from PySide6.QtCore import QUrl

    browser.anchorClicked.emit(QUrl("#shortcuts"))
    keys = window.findChild(QTreeWidget, "shortcutTable")
    assert keys is not None and keys.window().isVisible(), "the link opens 快捷键"


class Marking(QTranslator):
    """An English stand-in: every string of the help dialogs comes back marked."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        return f"EN[{source}]" if context == "HelpDialogs" else None


def test_the_help_texts_go_through_the_translator(window, qtbot):
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        guide = show_guide(window, [])
        assert guide.windowTitle() == "EN[使用说明]"
        text = guide.findChild(QTextBrowser, "guideText").toPlainText()
        assert "EN[写提纲]" in text and "快捷键一览" not in text
        keys = show_shortcuts(window, window.menuBar().actions())
        assert keys.windowTitle() == "EN[快捷键]"
    finally:
        QCoreApplication.removeTranslator(marking)


def test_the_help_menu_of_a_window_offers_the_guide_and_the_shortcuts(qtbot):
    from gui_helpers import new_window
    from PySide6.QtWidgets import QMenu

    from app.gui.forms import form_child

    window = new_window()
    texts = [a.text() for a in form_child(window, QMenu, "menuHelp").actions()]
    assert texts.index("使用说明") < texts.index("快捷键") < len(texts) - 1
