"""The start page of an empty window, with real widgets and clicks: templates, 粘贴导入,
导入文件, 打开 and the recent drafts; the toolbar's 新建 and 导入."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT
from gui_helpers import copy_sample, forget_changes, new_window, on_next_dialog
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.gui.main_window import MainWindow, open_windows
from app.gui.settings import Settings
from app.gui.window_menus import template_label, templates

pytestmark = pytest.mark.usefixtures("guarded_windows")

PASTED = """关于2023年工作情况的总结
一、主要工作
今年以来，我们认真落实各项部署。
二、下一步打算
继续抓好各项工作。
"""


def visible_texts(window: MainWindow) -> list[str]:
    page = window.start_page
    buttons = [b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(window)]
    labels = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(window)]
    return buttons + labels


def shows_start_page(window: MainWindow) -> bool:
    left = window.findChild(QWidget, "leftPane")
    return (
        window.start_page.isVisible()
        and not window.editor.isVisible()
        and not window.meta_bar.isVisible()
        and not left.isVisible()
    )


def template_button(window: MainWindow, stem: str) -> QPushButton:
    button = window.start_page.findChild(QPushButton, f"template:{stem}")
    assert button is not None and button.isVisible()
    return button


def toolbar_button(window: MainWindow, action_name: str) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolBar")
    button = toolbar.widgetForAction(window.action(action_name))
    assert isinstance(button, QToolButton) and button.isVisible()
    return button


def click_import(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_an_empty_window_shows_the_ways_to_begin_instead_of_an_editor(qtbot):
    win = new_window()
    assert shows_start_page(win)
    texts = visible_texts(win)
    assert "开始写一份工作总结" in texts
    assert "请在左侧选择一个小节" not in texts, "no caption about a section that is not there"
    for template in templates():
        assert template_button(win, template.stem).text() == template_label(template.stem)
    assert [t.stem for t in templates()][-1] == "空白"
    for text in ("粘贴导入", "导入文件", "打开草稿", "从模板新建", "最近的草稿"):
        assert text in texts
    assert "还没有打开过草稿。" in texts


def test_the_toolbar_has_new_and_import(qtbot):
    win = new_window()
    assert toolbar_button(win, "actionNew").text() == "新建"
    assert toolbar_button(win, "actionImport").text() == "导入"
    new_button = toolbar_button(win, "actionNew")
    assert new_button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
    menu = new_button.menu()
    assert [a.text() for a in menu.actions()] == [template_label(t.stem) for t in templates()], (
        "the arrow lists the templates"
    )


def test_new_on_the_toolbar_makes_a_blank_draft_in_the_empty_window(qtbot):
    win = new_window()
    qtbot.mouseClick(toolbar_button(win, "actionNew"), Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert open_windows() == [win], "the empty window is reused"
    assert [s.heading for s in win.draft.sections] == ["新小节"]
    assert not win.start_page.isVisible()
    assert win.editor.isVisible() and win.editor.heading.text() == "新小节"
    assert win.path is None


def test_a_template_button_opens_the_template_in_this_window(qtbot):
    win = new_window()
    qtbot.mouseClick(template_button(win, "述职报告"), Qt.MouseButton.LeftButton)
    assert open_windows() == [win]
    assert len(win.draft.sections) >= 2
    assert not shows_start_page(win) and win.editor.isVisible() and win.meta_bar.isVisible()
    assert win.editor.section is win.draft.sections[0]
    assert win.path is None and "未命名草稿" in win.windowTitle()


def test_recent_drafts_list_the_files_that_exist_and_a_click_opens_one(qtbot, tmp_path):
    kept = copy_sample(SAMPLE_DRAFT, tmp_path, "上半年.json")
    gone = tmp_path / "删掉了.json"
    win = new_window(Settings(recent_files=[str(gone), str(kept)]))
    buttons = [
        b
        for b in win.start_page.findChildren(QCommandLinkButton)
        if b in win.start_page.recent_buttons
    ]
    assert [b.text() for b in buttons] == ["上半年.json"]
    assert buttons[0].description() == str(tmp_path)
    assert "还没有打开过草稿。" not in visible_texts(win)
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert open_windows() == [win]
    assert win.path == kept.resolve()
    assert not shows_start_page(win) and win.editor.isVisible()


def test_open_button_asks_for_a_draft_and_opens_it_here(qtbot, tmp_path, monkeypatch):
    draft = copy_sample(SAMPLE_DRAFT, tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(draft), ""))
    )
    win = new_window()
    qtbot.mouseClick(win.start_page.open_button, Qt.MouseButton.LeftButton)
    assert open_windows() == [win] and win.path == draft.resolve()
    assert win.meta_bar.title.text() == "2020年上半年工作总结"


def test_paste_import_button_imports_the_clipboard_into_this_window(qtbot):
    from app.gui.import_dialog import ImportDialog

    win = new_window()
    QApplication.clipboard().setText(PASTED)
    seen = on_next_dialog(ImportDialog, click_import)
    qtbot.mouseClick(win.start_page.paste_button, Qt.MouseButton.LeftButton)
    assert seen, "the import preview was shown"
    assert open_windows() == [win]
    assert [s.heading for s in win.draft.sections] == ["主要工作", "下一步打算"]
    assert win.is_dirty() and not shows_start_page(win)
    forget_changes(win)


def test_import_file_button_goes_through_the_preview(qtbot, tmp_path, monkeypatch):
    from app.gui.import_dialog import ImportDialog

    source = tmp_path / "总结.txt"
    source.write_text(PASTED, encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    win = new_window()
    seen = on_next_dialog(ImportDialog, click_import)
    qtbot.mouseClick(win.start_page.import_button, Qt.MouseButton.LeftButton)
    assert seen and open_windows() == [win]
    assert win.draft.sections[0].heading == "主要工作"
    forget_changes(win)


def test_a_section_added_to_the_empty_draft_hides_the_page_and_undo_brings_it_back(qtbot):
    win = new_window()
    win.outline.add_sibling()  # 小节 → 新建同级小节, also open on an empty window
    assert not shows_start_page(win) and win.editor.isVisible()
    assert len(win.draft.sections) == 1
    qtbot.wait(20)  # the new heading opens for typing; leave it as it is
    win.outline.setFocus()
    qtbot.keyClick(win.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.draft.sections == [] and shows_start_page(win), "empty again: the page is back"
    assert "还没有打开过草稿。" in visible_texts(win)


def test_a_template_from_a_window_with_content_opens_a_new_window(qtbot, tmp_path):
    win = new_window()
    win.open_path(copy_sample(SAMPLE_DRAFT, tmp_path))
    other = win.new_from_template(templates()[0])
    assert other is not None and other is not win
    assert not shows_start_page(other) and other.draft.sections
    assert Path(win.path or "").name == "草稿.json"


def test_closing_the_start_page_keeps_the_outline_width_of_the_settings(qtbot):
    from app.gui.settings import load_settings

    win = new_window(Settings(splitter_sizes=[300, 700]))
    assert shows_start_page(win)
    win.close()
    assert load_settings().splitter_sizes == [300, 700], "not the hidden outline's 0"


def test_a_file_dropped_on_the_start_page_opens_in_this_window(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    draft = copy_sample(SAMPLE_DRAFT, tmp_path)
    win = new_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(draft))])
    drop = QDropEvent(
        QPointF(win.start_page.geometry().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(drop)
    qtbot.waitUntil(lambda: win.path == draft.resolve())
    assert open_windows() == [win] and not shows_start_page(win)


def test_a_window_given_an_empty_draft_after_a_section_shows_the_start_page_again(
    qtbot, sample_copy
):
    """Clearing the heading line when nothing is shown is not typing: the emptied window
    counts as untouched, so the start page comes back."""
    from app.core.model import Draft

    window = new_window()
    window.show()
    assert window.open_path(sample_copy) is window
    assert not shows_start_page(window)
    window.set_draft(Draft(), None)
    assert not window.is_dirty() and window.is_pristine()
    assert shows_start_page(window)
