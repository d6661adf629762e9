"""The bar above the editor: 标题, 署名 and 成文日期 of the open draft, typed and committed
with real keys and focus changes, one undo step per field, kept in step with undo, redo
and 文档信息."""

from __future__ import annotations

import json

import pytest
from gui_helpers import new_window, on_next_dialog, type_chinese
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.core.model import Meta
from app.gui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("guarded_windows")


@pytest.fixture
def window(sample_copy) -> MainWindow:
    win = new_window()
    assert win.open_path(sample_copy) is win
    return win


def replace_text(qtbot, field: QWidget, text: str) -> None:  # noqa: ANN001 - qtbot
    """Click into the field, select everything and type `text` (as an input method)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_chinese(field, text)


def leave(qtbot, field: QWidget) -> None:  # noqa: ANN001 - qtbot
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()


def shown_message(window: MainWindow) -> str:
    label = window.meta_bar.findChild(QLabel, "metaMessage")
    return label.text() if label.isVisible() else ""


def test_the_bar_shows_the_drafts_title_author_and_date(window):
    bar = window.meta_bar
    assert bar.isVisible()
    assert bar.geometry().bottom() < window.editor.geometry().top(), "above the editor"
    assert bar.title.text() == "2020年上半年工作总结"
    assert bar.author.text() == "" and bar.author.placeholderText() == "例如：××市××局"
    assert bar.date.text() == "" and "2020年7月1日" in bar.date.placeholderText()
    labels = {label.text() for label in bar.findChildren(QLabel) if label.isVisible()}
    assert {"标题", "主送", "发文字号", "署名", "成文日期"} <= labels
    assert bar.recipient.text() == "" and bar.doc_number.text() == ""


def test_recipient_and_doc_number_typed_in_the_bar_are_undo_steps_and_saved(window, qtbot):
    bar = window.meta_bar
    steps = window.undo_stack.count()
    replace_text(qtbot, bar.recipient, "各县（市、区）人民政府，市政府各部门：")
    assert window.draft.meta.recipient == "", "not committed while typing"
    leave(qtbot, bar.recipient)
    assert window.draft.meta.recipient == "各县（市、区）人民政府，市政府各部门："
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "修改主送机关"
    replace_text(qtbot, bar.doc_number, "国办函〔2004〕71号")
    leave(qtbot, bar.doc_number)
    assert window.draft.meta.doc_number == "国办函〔2004〕71号"
    assert window.undo_stack.undoText() == "修改发文字号"
    assert window.draft.meta.title == "2020年上半年工作总结", "the other fields kept"
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.doc_number.text() == "" and window.draft.meta.doc_number == ""
    assert bar.recipient.text() == "各县（市、区）人民政府，市政府各部门："
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.recipient.text() == "" and window.draft.meta.recipient == ""
    qtbot.keyClick(window.outline, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert bar.recipient.text() == "各县（市、区）人民政府，市政府各部门："
    assert window.save()
    saved = json.loads(window.path.read_text("utf-8"))
    assert saved["meta"]["recipient"] == "各县（市、区）人民政府，市政府各部门："
    assert "doc_number" not in saved["meta"], "an empty optional field is not written"


def test_a_title_typed_in_the_bar_is_one_undo_step_and_undo_shows_the_old_one(window, qtbot):
    bar = window.meta_bar
    steps = window.undo_stack.count()
    replace_text(qtbot, bar.title, "××局2020年上半年工作总结")
    assert window.draft.meta.title == "2020年上半年工作总结", "not committed while typing"
    assert window.is_dirty(), "typed but not committed counts as unsaved"
    leave(qtbot, bar.title)
    assert window.draft.meta.title == "××局2020年上半年工作总结"
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "修改标题"
    assert window.windowTitle().startswith("××局2020年上半年工作总结 - ")
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.title.text() == "2020年上半年工作总结", "the bar follows undo"
    assert window.windowTitle().startswith("2020年上半年工作总结 - ")
    qtbot.keyClick(window.outline, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert bar.title.text() == "××局2020年上半年工作总结", "…and redo (Ctrl+Y)"


def test_the_title_may_have_two_lines(window, qtbot):
    bar = window.meta_bar
    replace_text(qtbot, bar.title, "××局")
    qtbot.keyClick(bar.title, Qt.Key.Key_Return)
    type_chinese(bar.title, "2020年上半年工作总结")
    assert bar.title.hasFocus(), "Enter breaks the line; it does not leave the title"
    leave(qtbot, bar.title)
    assert window.draft.meta.title == "××局\n2020年上半年工作总结"
    lines = bar.title.height() // bar.title.fontMetrics().lineSpacing()
    assert lines >= 2, "two lines are in view"


def test_author_and_date_are_committed_on_leaving_and_the_date_as_gbt_prints_it(window, qtbot):
    bar = window.meta_bar
    replace_text(qtbot, bar.author, "××市××局")
    leave(qtbot, bar.author)
    assert window.draft.meta.author == "××市××局"
    assert window.undo_stack.undoText() == "修改署名"
    replace_text(qtbot, bar.date, "2020-7-1")
    qtbot.keyClick(bar.date, Qt.Key.Key_Return)  # Enter also commits a one-line field
    assert window.draft.meta.date == "2020年7月1日"
    assert bar.date.text() == "2020年7月1日", "the field shows the stored spelling"
    assert window.undo_stack.undoText() == "修改成文日期"
    replace_text(qtbot, bar.date, "二〇二〇年七月十五日")
    leave(qtbot, bar.date)
    assert window.draft.meta.date == "2020年7月15日"
    assert shown_message(window) == ""


def test_an_invalid_date_is_not_committed_and_the_bar_says_why(window, qtbot):
    bar = window.meta_bar
    steps = window.undo_stack.count()
    replace_text(qtbot, bar.date, "2020年13月40日")
    leave(qtbot, bar.date)
    assert window.draft.meta.date == ""
    assert window.undo_stack.count() == steps, "nothing committed"
    assert (
        shown_message(window)
        == "“2020年13月40日”不是一个日期。成文日期请写成“2020年7月1日”的样子。"
    )
    assert bar.date.text() == "2020年13月40日", "the text stays for correcting"
    replace_text(qtbot, bar.date, "2021年2月29日")  # no such day
    leave(qtbot, bar.date)
    assert "不是一个日期" in shown_message(window) and window.draft.meta.date == ""
    replace_text(qtbot, bar.date, "2020年7月")
    leave(qtbot, bar.date)
    assert shown_message(window) == "成文日期要写到哪一天，例如“2020年7月1日”。"
    assert window.draft.meta.date == ""
    replace_text(qtbot, bar.date, "2020年7月1日")
    leave(qtbot, bar.date)
    assert window.draft.meta.date == "2020年7月1日" and shown_message(window) == ""
    assert window.undo_stack.count() == steps + 1


def test_a_date_typed_wrongly_does_not_block_the_other_fields(window, qtbot):
    bar = window.meta_bar
    replace_text(qtbot, bar.date, "明天")
    leave(qtbot, bar.date)
    replace_text(qtbot, bar.author, "××县××局")
    leave(qtbot, bar.author)
    assert window.draft.meta.author == "××县××局" and window.draft.meta.date == ""
    assert "不是一个日期" in shown_message(window)
    bar.date.setFocus()
    qtbot.keyClick(bar.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar.date, Qt.Key.Key_Delete)
    leave(qtbot, bar.date)
    assert shown_message(window) == ""


def test_document_info_from_the_bar_updates_the_bar(window, qtbot):
    from app.gui.doc_info import DocInfoDialog

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DocInfoDialog)
        dialog.author.setText("青山县市场监督管理局")
        dialog.subtitle.setText("——在全局工作会议上的讲话")
        dialog.accept()

    seen = on_next_dialog(DocInfoDialog, fill)
    qtbot.mouseClick(window.meta_bar.more, Qt.MouseButton.LeftButton)
    assert seen, "更多… opens 文档信息"
    assert window.meta_bar.author.text() == "青山县市场监督管理局"
    assert window.draft.meta.subtitle == "——在全局工作会议上的讲话"
    window.session.undo()
    assert window.meta_bar.author.text() == ""


def test_document_info_edits_recipient_and_doc_number_and_the_bar_follows(window, qtbot):
    from app.core.checks.base import Location
    from app.core.place import Place
    from app.gui.doc_info import DocInfoDialog

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DocInfoDialog)
        assert dialog.recipient.text() == "" and dialog.doc_number.text() == ""
        dialog.recipient.setText("市委、市政府：")
        dialog.doc_number.setText("×政办发〔2024〕12号")
        dialog.accept()

    seen = on_next_dialog(DocInfoDialog, fill)
    qtbot.mouseClick(window.meta_bar.more, Qt.MouseButton.LeftButton)
    assert seen
    assert (window.draft.meta.recipient, window.draft.meta.doc_number) == (
        "市委、市政府：",
        "×政办发〔2024〕12号",
    )
    bar = window.meta_bar
    assert (bar.recipient.text(), bar.doc_number.text()) == (
        "市委、市政府：",
        "×政办发〔2024〕12号",
    )
    window.session.undo()
    assert bar.recipient.text() == "" and window.draft.meta.doc_number == ""
    # a finding in the 主送机关 puts the cursor there with the match selected
    dialog = DocInfoDialog(Meta(recipient="市委,市政府："))
    qtbot.addWidget(dialog)
    dialog.focus_on(Location(None, Place.META_RECIPIENT, 0, 2, 1))
    assert dialog.recipient.selectedText() == ","


def test_saving_while_typing_in_a_field_saves_what_was_typed(window, qtbot, sample_copy):
    bar = window.meta_bar
    replace_text(qtbot, bar.author, "××市××局")
    assert bar.author.hasFocus()
    qtbot.keyClick(bar.author, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = json.loads(sample_copy.read_text("utf-8"))
    assert saved["meta"]["author"] == "××市××局"
    assert not window.is_dirty()
    assert bar.author.hasFocus() and bar.author.text() == "××市××局"


def test_another_draft_replaces_what_the_fields_show(window, qtbot, tmp_path):
    from app.core.draftfile import save_draft
    from app.core.model import Draft, Section

    other = tmp_path / "其他.json"
    save_draft(
        Draft(
            meta=Meta(title="另一份", author="××办", date="2021年1月4日"), sections=[Section("一")]
        ),
        other,
    )
    replace_text(qtbot, window.meta_bar.date, "不是日期")
    leave(qtbot, window.meta_bar.date)
    window.session.forget_unsaved()
    window.set_draft(
        Draft(
            meta=Meta(title="另一份", author="××办", date="2021年1月4日"), sections=[Section("一")]
        ),
        other,
    )
    bar = window.meta_bar
    assert (bar.title.text(), bar.author.text(), bar.date.text()) == (
        "另一份",
        "××办",
        "2021年1月4日",
    )
    assert shown_message(window) == ""
    assert not window.is_dirty()


def test_the_bars_fields_are_line_edits_except_the_title(window):
    bar = window.meta_bar
    assert isinstance(bar.author, QLineEdit) and isinstance(bar.date, QLineEdit)
    assert bar.title.tabChangesFocus()


def test_document_info_opened_while_typing_in_the_bar_keeps_what_was_typed(window, qtbot):
    from app.gui.doc_info import DocInfoDialog

    titles: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, DocInfoDialog)
        titles.append(dialog.title.toPlainText())
        dialog.accept()

    replace_text(qtbot, window.meta_bar.title, "新的标题")
    assert window.meta_bar.title.hasFocus()
    on_next_dialog(DocInfoDialog, look)
    window.action("actionDocInfo").trigger()  # the toolbar's 文档信息: the title keeps focus
    assert titles == ["新的标题"], "the dialog shows what was typed"
    assert window.draft.meta.title == "新的标题"
    assert window.meta_bar.title.text() == "新的标题"
