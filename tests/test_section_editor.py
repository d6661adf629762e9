"""The section editor: conversion to and from runs, Chinese input, formats, paste, run-in lead."""

from __future__ import annotations

import pytest
from gui_helpers import standalone_editor, type_chinese
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication

from app.core.model import Paragraph, Run, Section
from app.core.zh.lead import run_in_lead
from app.gui.body_edit import LEAD_PROPERTY, document_paragraphs
from app.gui.section_editor import SectionEditor


@pytest.fixture
def editor(qtbot):
    widget = standalone_editor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    return widget


def formatted_body() -> list[Paragraph]:
    return [
        Paragraph(
            [
                Run("开头"),
                Run("加粗", bold=True),
                Run("倾斜", italic=True),
                Run("下划线", underline=True),
            ]
        ),
        Paragraph.plain("第二段。"),
        Paragraph([Run("全部", bold=True, italic=True, underline=True)]),
    ]


def select(editor: SectionEditor, start: int, end: int) -> None:
    cursor = editor.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)


def test_runs_survive_the_round_trip_through_the_document(editor):
    section = Section("标题", formatted_body())
    editor.show_section(section, "一、", "")
    assert document_paragraphs(editor.body.document()) == formatted_body()
    assert editor.flush() is False, "nothing was typed, so nothing is written back"


def test_chinese_input_reaches_the_model_after_flush(editor):
    section = Section("标题", [Paragraph.plain("原有文字。")])
    editor.show_section(section, "一、", "")
    editor.body.setFocus()
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(editor.body, "新增一句话。")
    assert section.body[0].text == "原有文字。", "typing is written back debounced, not per key"
    assert editor.flush() is True
    assert section.body == [Paragraph.plain("原有文字。新增一句话。")]


def test_typing_is_written_back_after_a_pause(editor, qtbot):
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    editor.body.setFocus()
    type_chinese(editor.body, "停顿后写回")
    qtbot.waitUntil(lambda: section.body == [Paragraph.plain("停顿后写回")], timeout=3000)


def test_ctrl_b_i_u_format_the_selection(editor, qtbot):
    section = Section("标题", [Paragraph.plain("一二三四五六")])
    editor.show_section(section, "一、", "")
    editor.body.setFocus()
    select(editor, 0, 2)
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    select(editor, 2, 4)
    qtbot.keyClick(editor.body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    select(editor, 4, 6)
    qtbot.keyClick(editor.body, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    editor.flush()
    assert section.body == [
        Paragraph([Run("一二", bold=True), Run("三四", italic=True), Run("五六", underline=True)])
    ]
    # Ctrl+B again removes the bold.
    select(editor, 0, 2)
    qtbot.keyClick(editor.body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    editor.flush()
    assert section.body[0].runs[0] == Run("一二")


def test_paste_keeps_bold_and_drops_fonts_colours_and_sizes(editor):
    section = Section("标题", [Paragraph.plain("前后")])
    editor.show_section(section, "一、", "")
    select(editor, 1, 1)
    mime = QMimeData()
    mime.setHtml(
        '<p><span style="font-family:SimHei; font-size:28pt; color:#ff0000; background:yellow">红字</span>'
        "<b>粗体</b><i>斜体</i><u>下划线</u></p><p>第二段</p>"
    )
    mime.setText("红字粗体斜体下划线\n第二段")
    editor.body.insertFromMimeData(mime)
    editor.flush()
    assert section.body == [
        Paragraph(
            [
                Run("前红字"),
                Run("粗体", bold=True),
                Run("斜体", italic=True),
                Run("下划线", underline=True),
            ]
        ),
        Paragraph.plain("第二段后"),
    ]
    block = editor.body.document().begin()
    it = block.begin()
    while not it.atEnd():
        fmt = it.fragment().charFormat()
        assert not fmt.hasProperty(fmt.Property.ForegroundBrush), "pasted colour kept"
        assert not fmt.hasProperty(fmt.Property.FontPointSize), "pasted size kept"
        assert not fmt.hasProperty(fmt.Property.FontFamilies), "pasted font kept"
        assert not fmt.hasProperty(fmt.Property.BackgroundBrush), "pasted highlight kept"
        it += 1


def test_plain_text_paste_splits_paragraphs(editor):
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    mime = QMimeData()
    mime.setText("第一行\r\n第二行")
    editor.body.insertFromMimeData(mime)
    editor.flush()
    assert section.body == [Paragraph.plain("第一行"), Paragraph.plain("第二行")]


def test_copy_offers_clean_html_and_text(editor):
    section = Section("标题", [Paragraph([Run("普通"), Run("加粗", bold=True)])])
    editor.show_section(section, "一、", "")
    select(editor, 0, 4)
    mime = editor.body.createMimeDataFromSelection()
    assert mime.text() == "普通加粗"
    assert "<b>加粗</b>" in mime.html()
    assert "font-family" not in mime.html()


def test_run_in_section_shows_a_bold_lead_that_is_not_body_text(editor, qtbot):
    section = Section("完善制度机制", [Paragraph.plain("以贯彻落实为牵引。")], run_in=True)
    editor.show_section(section, "一是", "")
    lead = run_in_lead("一是", "完善制度机制")
    assert lead == "一是完善制度机制。"
    assert editor.body.toPlainText() == lead + "以贯彻落实为牵引。"
    first = editor.body.document().begin().begin().fragment()
    assert first.text() == lead
    assert first.charFormat().boolProperty(LEAD_PROPERTY)
    assert first.charFormat().fontWeight() >= QFont.Weight.Bold.value
    # Backspace at the start of the body and select-all + delete leave the lead alone.
    editor.body.setFocus()
    assert editor.body.textCursor().position() == len(lead)
    qtbot.keyClick(editor.body, Qt.Key.Key_Backspace)
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_Delete)
    assert editor.body.toPlainText() == lead
    type_chinese(editor.body, "新的正文")
    editor.flush()
    assert section.body == [Paragraph.plain("新的正文")], (
        "typed text after the lead is plain body text"
    )
    assert section.heading == "完善制度机制"


def test_lead_follows_the_heading_line(editor):
    section = Section("旧标题", [Paragraph.plain("正文。")], run_in=True)
    editor.show_section(section, "二是", "")
    editor.heading.setText("新标题！")
    editor.heading.setModified(True)
    editor.flush()
    assert section.heading == "新标题！"
    assert editor.body.toPlainText() == "二是新标题！正文。", "no 。 after a heading ending in ！"
    assert section.body == [Paragraph.plain("正文。")]


def test_undo_in_the_body_undoes_typing(editor):
    section = Section("标题", [Paragraph.plain("原文")])
    editor.show_section(section, "一、", "")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(editor.body, "新增")
    editor.body.undo()
    assert editor.body.toPlainText() == "原文"
    assert not editor.body.document().isUndoAvailable(), "loading a section is not undoable"


def test_counts_are_reported_on_write_back(editor):
    section = Section("标题", [Paragraph.plain("一二三")])
    seen = []
    editor.countChanged.connect(lambda old, new: seen.append((old, new)))
    editor.show_section(section, "一、", "")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    type_chinese(editor.body, "四五")
    assert editor.live_count() == 7
    editor.flush()
    assert seen == [(5, 7)]


def test_clipboard_round_trip_keeps_bold(editor):
    section = Section("标题", [Paragraph([Run("粗", bold=True), Run("细")])])
    editor.show_section(section, "一、", "")
    editor.body.selectAll()
    editor.body.copy()
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.body.paste()
    editor.flush()
    assert section.body == [
        Paragraph([Run("粗", bold=True), Run("细"), Run("粗", bold=True), Run("细")])
    ]
    QApplication.clipboard().clear()


def test_a_dragged_file_is_left_to_the_window(editor):
    from PySide6.QtCore import QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/草稿.json")])
    mime.setText("file:///tmp/草稿.json")
    assert not editor.body.canInsertFromMimeData(mime)
    assert not editor.heading.acceptDrops()
    section = Section("标题", [Paragraph.plain("正文")])
    editor.show_section(section, "一、", "")
    editor.body.insertFromMimeData(mime)
    assert editor.body.toPlainText() == "正文"


@pytest.mark.parametrize(
    ("heading", "shown"),
    [("", "一是"), ("完善制度 ", "一是完善制度。"), ("完善制度！", "一是完善制度！")],
)
def test_the_editor_shows_the_lead_the_export_prints(editor, heading, shown):
    """One lead composition (app.core.zh.lead) for editor and export: what the editor
    shows is what Word gets. An empty heading shows 一是 alone (Word used to get 一是。),
    and a trailing space never stands before the 。."""
    import io

    import docx

    from app.core.export.writer import build_docx_bytes
    from app.core.model import Draft, Paragraph, Section
    from app.core.numbering import NumberStyle

    section = Section(heading, [Paragraph.plain("正文。")], run_in=True, id="r")
    draft = Draft(numbering=[NumberStyle.CN_SHI], sections=[section])
    editor.show_section(section, "一是", "二级")
    assert editor.body.toPlainText() == shown + "正文。"
    printed = [p.text for p in docx.Document(io.BytesIO(build_docx_bytes(draft))).paragraphs]
    assert shown + "正文。" in printed


def test_a_shorter_section_after_a_long_lead_sets_no_cursor_out_of_range(editor, qtlog):
    """The lead length is the new document's before the document is shown (issue 16)."""
    run_in = Section("坚持严谨细致，扎实做好组织人事工作", [Paragraph.plain("正文。")], run_in=True)
    editor.show_section(run_in, "六是", "")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.show_section(Section("下半年工作安排", []), "二、", "")
    assert editor.body.lead_length == 0 and editor.body.textCursor().position() == 0
    editor.show_section(run_in, "六是", "")
    assert editor.body.textCursor().position() == len(editor.body.toPlainText())
    assert [r.message for r in qtlog.records if "out of range" in r.message] == []
