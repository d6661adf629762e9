"""The menus of the main window whose items come from data: 新建 (templates), 最近打开,
自动保存间隔, the toolbar's 新建 button, and the extra keys. Each filler is handed the menu
and what to call; none knows the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from app import __version__
from app.core import paths

TEMPLATE_ORDER = (
    "年度工作总结",
    "上半年工作总结和下半年工作安排",
    "季度工作总结",
    "述职报告",
    "空白",
)
AUTOSAVE_CHOICES = (15, 30, 60, 300)  # seconds


def template_label(stem: str) -> str:
    """A template's name as the 新建 menu shows it (literal calls, so lupdate finds them)."""
    labels = {
        "年度工作总结": QCoreApplication.translate("Templates", "年度工作总结"),
        "上半年工作总结和下半年工作安排": QCoreApplication.translate(
            "Templates", "上半年工作总结和下半年工作安排"
        ),
        "季度工作总结": QCoreApplication.translate("Templates", "季度工作总结"),
        "述职报告": QCoreApplication.translate("Templates", "述职报告"),
        "空白": QCoreApplication.translate("Templates", "空白"),
    }
    return labels.get(stem, stem)


def templates() -> list[Path]:
    """The template drafts in menu order: the known ones first, then any others by name."""
    folder = paths.resources_dir() / "templates"
    found = {p.stem: p for p in folder.glob("*.json")}
    return [found.pop(n) for n in TEMPLATE_ORDER if n in found] + sorted(found.values())


def blank_template() -> Path | None:
    """The 空白 template: what the toolbar's 新建 and Ctrl+N make."""
    return next((t for t in templates() if t.stem == "空白"), None)


def fill_template_menu(menu: QMenu, new_from: Callable[[Path], object]) -> None:
    ordered = templates()
    for template in ordered:
        action = menu.addAction(template_label(template.stem))
        action.triggered.connect(lambda checked=False, t=template: new_from(t))
    if ordered and ordered[-1].stem == "空白":
        menu.actions()[-1].setShortcut(QKeySequence(QKeySequence.StandardKey.New))


def add_new_button(
    toolbar: QToolBar, action: QAction, menu: QMenu, new_from: Callable[[Path], object]
) -> None:
    """新建 on the toolbar: a click makes a blank draft, its arrow lists the templates."""
    # The menu on the toolbar button, not on the action: an action's own menu replaces the
    # 文件 menu's 新建 entry by a copy that no language change reaches.
    action.triggered.connect(lambda checked=False: _new_blank(new_from))
    button = toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)


def _new_blank(new_from: Callable[[Path], object]) -> None:
    blank = blank_template()
    if blank is not None:
        new_from(blank)


def fill_recent_menu(menu: QMenu, recent: list[str], open_path: Callable[[Path], object]) -> None:
    """Rebuild 最近打开 from the files that still exist (the list is pruned in place)."""
    menu.clear()
    recent[:] = [p for p in recent if Path(p).exists()]
    for number, name in enumerate(recent, start=1):
        path = Path(name)
        # "&1 name — folder": a digit to pick it by keyboard, the name first to read.
        shown = f"{path.name} — {path.parent}".replace("&", "&&")  # a literal &
        action = menu.addAction(f"&{number % 10} {shown}")
        action.setStatusTip(name)
        action.triggered.connect(lambda checked=False, p=name: open_path(Path(p)))
    if not recent:
        menu.addAction(QCoreApplication.translate("MainWindow", "（无）")).setEnabled(False)


def fill_autosave_menu(menu: QMenu, current: int, choose: Callable[[int], object]) -> None:
    labels = {
        15: QCoreApplication.translate("MainWindow", "15 秒"),
        30: QCoreApplication.translate("MainWindow", "30 秒"),
        60: QCoreApplication.translate("MainWindow", "1 分钟"),
        300: QCoreApplication.translate("MainWindow", "5 分钟"),
    }
    group = QActionGroup(menu)
    for seconds in AUTOSAVE_CHOICES:
        action = menu.addAction(labels[seconds])
        action.setCheckable(True)
        action.setChecked(seconds == current)
        group.addAction(action)
        action.triggered.connect(lambda checked=False, s=seconds: choose(s))


def set_desktop_shortcuts(action: Callable[[str], QAction]) -> None:
    """The keys office users expect where Qt's standard keys leave a gap."""
    # Ctrl+H is the Replace key on Windows and Linux desktops; Qt has none on Linux.
    if action("actionReplace").shortcut().isEmpty():
        action("actionReplace").setShortcut(QKeySequence("Ctrl+H"))
    action("actionExport").setShortcut(QKeySequence("Ctrl+E"))
    # Ctrl+Y redoes in Word and WPS; Qt's Redo on Linux is Ctrl+Shift+Z only. Both work.
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    action("actionRedo").setShortcuts([*redo_keys, *([] if ctrl_y in redo_keys else [ctrl_y])])
    # Qt's StandardKey.Quit is empty on some desktops (and on Windows): Ctrl+Q everywhere.
    action("actionQuit").setShortcut(QKeySequence("Ctrl+Q"))
    # StandardKey.Close lists Ctrl+F4 first; the menu shows the first key: Ctrl+W.
    close_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    ctrl_w = QKeySequence("Ctrl+W")
    action("actionClose").setShortcuts([ctrl_w, *(k for k in close_keys if k != ctrl_w)])


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "关于工作总结编辑器"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>工作总结编辑器 %1</h3><p>按提纲写工作总结，自动编排序号，"
            "按 GB/T 9704-2012《党政机关公文格式》导出 Word 文档。</p>",
        ).replace("%1", __version__),
    )
