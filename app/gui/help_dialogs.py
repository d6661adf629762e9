"""帮助 → 快捷键 and 帮助 → 使用说明: the keys of the window and a short guide.

`show_shortcuts(parent, actions)` lists every shortcut of the actions it is given, read
from the QActions themselves when it opens, so the list never goes stale: a menu's
action (`QAction.menu()`) is a group named by the menu's path ("文件 › 新建"), its
actions are read in menu order; actions outside the menus are grouped by the part of
the window they work in (its accessible name), else under 其他. A key that works only
while one part of the window has the focus (the outline's keys) says where, from that
widget's accessible name. Keys no ordinary keyboard has (Qt's media keys) are left out. The same action reached twice (the 小节 menu
and the editor's own) is listed once.

`show_guide(parent, actions)` is the main steps, 新建/导入, 写提纲, 写正文, 规范检查 and
导出, as a page of text; with actions, its last line opens the list of keys.

Both dialogs are non-modal (they may stay open while the user works) and one of each per
parent: asked again, the open one is raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.language import on_language_change

SHORTCUTS_NAME = "shortcutsDialog"
GUIDE_NAME = "guideDialog"
_MNEMONIC = re.compile(r"\(&.\)|&(?=.)")  # "打开(&O)…" → "打开…", "&Open" → "Open"
_PLAIN_KEY = re.compile(r"F\d\d?|Del|Ins|Esc|Backspace|Tab|Return|Enter")
_LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic: "打开(&O)…" → "打开…", "&&" → "&"."""
    return _MNEMONIC.sub("", text.replace("&&", "\0")).replace("\0", "&")


def typable(key: QKeySequence) -> bool:
    """A key on an ordinary keyboard: with Ctrl/Alt/Shift, or F1–F35, Delete and the like
    on their own (not a media key such as Close or Redo that Qt's standard keys list)."""
    first = key.toString(QKeySequence.SequenceFormat.PortableText).split(", ")[0]
    return bool(first) and ("+" in first[:-1] or _PLAIN_KEY.fullmatch(first) is not None)


def key_text(keys: list[QKeySequence]) -> str:
    """The keys as the user presses them ("Ctrl+Enter"; several: "Ctrl+Y / Ctrl+Shift+Z")."""
    shown: list[str] = []
    for key in filter(typable, keys):
        text = key.toString(QKeySequence.SequenceFormat.NativeText).replace("Return", "Enter")
        if text and text not in shown:
            shown.append(text)
    return " / ".join(shown)


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # the menu path ("编辑", "文件 › 新建") or 其他
    name: str  # the action's text without its mnemonic
    keys: str
    note: str  # what the action does: its status tip
    where: str = ""  # the part of the window the key works in ("" : anywhere in it)


def _where(action: QAction) -> str:
    """The part of the window a widget-bound key works in, when that part has a name."""
    if action.shortcutContext() not in _LOCAL:
        return ""
    for owner in action.associatedObjects():
        widget: QObject | None = owner
        while isinstance(widget, QWidget) and not isinstance(widget, QMenu):
            if widget.accessibleName():
                return widget.accessibleName()
            widget = widget.parentWidget()
    return ""


def shortcut_rows(actions: Iterable[QAction]) -> list[ShortcutRow]:
    """Every action with a key, in the order given, menus opened in menu order; a menu's
    own entries come before its submenus'."""
    groups: dict[str, list[ShortcutRow]] = {}
    seen: set[int] = set()
    keys_seen: set[tuple[str, str]] = set()

    def visit(items: Iterable[QAction], group: str) -> None:
        submenus: list[tuple[QMenu, str]] = []
        for action in items:
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            menu = action.menu()
            if isinstance(menu, QMenu):
                # The text of the menu's entry: a menu shared with a toolbar button
                # ("新建") may carry that button's title.
                title = plain_text(action.text() or menu.title())
                submenus.append((menu, f"{group} › {title}" if group else title))
                if action.shortcut().isEmpty():
                    continue
            keys = key_text(action.shortcuts())
            name = plain_text(action.text())
            if not keys or (name, keys) in keys_seen:
                continue  # no key, or the same step twice (the 小节 menu and the editor's)
            keys_seen.add((name, keys))
            where = _where(action)
            name_of_group = group or where or QCoreApplication.translate("HelpDialogs", "其他")
            row = ShortcutRow(name_of_group, name, keys, action.statusTip(), where)
            groups.setdefault(row.group, []).append(row)
        for menu, title in submenus:
            visit(menu.actions(), title)

    items = list(actions)
    visit([a for a in items if isinstance(a.menu(), QMenu)], "")
    visit(items, "")
    return [row for rows in groups.values() for row in rows]


def _group_title(group: str, rows: list[ShortcutRow]) -> tuple[str, bool]:
    """A group's header, which says where its keys work when they all work in one part
    of the window; and whether it said so (the rows then need not)."""
    places = {row.where for row in rows}
    if len(places) == 1 and "" not in places:
        only = QCoreApplication.translate("HelpDialogs", "%1（按键仅在“%2”中有效）")
        return only.replace("%1", group).replace("%2", places.pop()), True
    return group, False


def _note(row: ShortcutRow, said: bool) -> str:
    if said or not row.where:
        return row.note
    only = QCoreApplication.translate("HelpDialogs", "仅在“%1”中有效").replace("%1", row.where)
    return f"{row.note}。{only}" if row.note else only


def _existing(parent: QWidget, name: str) -> QDialog | None:
    for dialog in parent.findChildren(QDialog, name):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    return None


def _dialog(parent: QWidget, name: str, title: str) -> tuple[QDialog, QVBoxLayout]:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(False)
    layout = QVBoxLayout(dialog)
    return dialog, layout


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("HelpDialogs", "关闭"))
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)


def show_shortcuts(parent: QWidget, actions: Iterable[QAction]) -> QDialog:
    """快捷键: the keys of `actions` (e.g. the menu bar's and the editor's), grouped by menu."""
    existing = _existing(parent, SHORTCUTS_NAME)
    if existing is not None:
        return existing
    dialog, layout = _dialog(
        parent, SHORTCUTS_NAME, QCoreApplication.translate("HelpDialogs", "快捷键")
    )
    table = QTreeWidget(dialog)
    table.setObjectName("shortcutTable")
    table.setColumnCount(3)
    table.setHeaderLabels(
        [
            QCoreApplication.translate("HelpDialogs", "操作"),
            QCoreApplication.translate("HelpDialogs", "快捷键"),
            QCoreApplication.translate("HelpDialogs", "说明"),
        ]
    )
    table.setRootIsDecorated(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    by_group: dict[str, list[ShortcutRow]] = {}
    for row in shortcut_rows(actions):
        by_group.setdefault(row.group, []).append(row)
    for group, rows in by_group.items():
        title, said = _group_title(group, rows)
        header = QTreeWidgetItem(table, [title])
        font = QFont(header.font(0))
        font.setBold(True)
        header.setFont(0, font)
        header.setFirstColumnSpanned(True)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for row in rows:
            note = _note(row, said)
            item = QTreeWidgetItem(header, [row.name, row.keys, note])
            item.setToolTip(2, note)
    table.expandAll()
    columns = table.header()
    columns.setStretchLastSection(True)
    for column in (0, 1):  # the names and keys in full (the group headers span all three)
        columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, table.columnWidth(column) + table.indentation() + 16)
    layout.addWidget(table)
    _close_button(dialog, layout)
    dialog.resize(800, 600)
    dialog.show()
    return dialog


def guide_html() -> str:
    """The guide's text: the main steps, one translatable paragraph each."""
    steps = [
        (
            QCoreApplication.translate("HelpDialogs", "新建或导入"),
            QCoreApplication.translate(
                "HelpDialogs",
                "“文件 → 新建”选一个模板（年度工作总结、述职报告等）开始；已有的文字用"
                "“文件 → 导入 Word 或文本文件”，或先复制再用“粘贴导入”，程序会认出"
                "一、（一）1. 这样的标题，导入前可以预览和调整层级。",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "写提纲"),
            QCoreApplication.translate(
                "HelpDialogs",
                "左边的提纲是文章的小节。在“小节”菜单或右键菜单里新建同级或下级小节、"
                "重命名、上移下移、升级降级，也可以用鼠标拖动。序号（一、（一）1.）"
                "按位置自动生成，不要自己输入；需要时可改“本级编号样式”或设“字数上限”。",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "写正文"),
            QCoreApplication.translate(
                "HelpDialogs",
                "在提纲里选中一个小节，在右边写它的标题和正文，每段一行，按回车另起一段。"
                "文章标题、署名和成文日期写在正文上方；开头的导语点“开头段落”。"
                "“一是……。”这样标题和正文排在一段的，用“标题与正文连排”。"
                "输入的内容会自动保存恢复副本，但仍请随时“保存”。",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "规范检查"),
            QCoreApplication.translate(
                "HelpDialogs",
                "“检查 → 规范检查”列出标点、编号、日期、重复字词和占位符（如××）等问题，"
                "单击一条跳到该处；能自动修正的可以逐条或按类一次修正，都能撤销。",
            ),
        ),
        (
            QCoreApplication.translate("HelpDialogs", "导出 Word"),
            QCoreApplication.translate(
                "HelpDialogs",
                "“文件 → 导出 Word”生成符合 GB/T 9704-2012《党政机关公文格式》的 .docx："
                "A4 纸、仿宋正文、黑体和楷体标题、页码，可选电脑上有的字体。"
                "导出不改动草稿。",
            ),
        ),
    ]
    parts = [
        f"<h3>{QCoreApplication.translate('HelpDialogs', '工作总结编辑器使用说明')}</h3>",
        "<ol>",
    ]
    for title, text in steps:
        parts.append(f"<li><p><b>{title}</b><br/>{text}</p></li>")
    parts.append("</ol>")
    parts.append(
        "<p>"
        + QCoreApplication.translate(
            "HelpDialogs",
            "撤销和重做对所有操作都有效。查找和替换可以只在本节进行，并列出全部结果。",
        )
        + "</p>"
    )
    return "".join(parts)


def show_guide(parent: QWidget, actions: Iterable[QAction] = ()) -> QDialog:
    """使用说明: the main steps; with `actions`, a link at the end opens 快捷键 for them."""
    existing = _existing(parent, GUIDE_NAME)
    if existing is not None:
        return existing
    dialog, layout = _dialog(
        parent, GUIDE_NAME, QCoreApplication.translate("HelpDialogs", "使用说明")
    )
    browser = QTextBrowser(dialog)
    browser.setObjectName("guideText")
    browser.setOpenLinks(False)
    keys = list(actions)
    html = guide_html()
    if keys:
        html += (
            "<p>"
            + QCoreApplication.translate(
                "HelpDialogs", '各项操作的快捷键见<a href="#shortcuts">快捷键一览</a>。'
            )
            + "</p>"
        )

        def open_link(url: QUrl) -> None:
            if url.fragment() == "shortcuts":
                show_shortcuts(parent, keys)

        browser.anchorClicked.connect(open_link)
    browser.setHtml(html)
    layout.addWidget(browser)
    _close_button(dialog, layout)
    dialog.resize(560, 520)
    dialog.show()
    return dialog


def add_help_actions(window: QMainWindow, menu: QMenu, before: QAction) -> None:
    """使用说明 and 快捷键 in the 帮助 menu, above 关于; both read the window's actions
    (menus and the editor's keys) when opened, so the list never goes stale."""

    def window_keys() -> list[QAction]:
        return [*window.menuBar().actions(), *window.findChildren(QAction)]

    guide = QAction(window)
    guide.triggered.connect(lambda: show_guide(window, window_keys()))
    keys = QAction(window)
    keys.triggered.connect(lambda: show_shortcuts(window, window_keys()))

    def name_them() -> None:
        guide.setText(QCoreApplication.translate("HelpDialogs", "使用说明"))
        keys.setText(QCoreApplication.translate("HelpDialogs", "快捷键"))

    name_them()
    on_language_change(window, name_them)
    menu.insertActions(before, [guide, keys])
    menu.insertSeparator(before)
