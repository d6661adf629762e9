"""Paste from a web page and a spreadsheet: images leave no empty paragraph, tables come in
as tables (merged cells merged, <thead> the header), tab-separated text too, and the
editor's pasteNotice says once what it left out.

The web sample is what Chrome puts on the clipboard when a government news page is
selected (inline styles, <strong>/<em>, an image in its own centred paragraph, two more
side by side, one a data: URI, a <figure> with its caption, a table with <thead>, an
empty cell, a <br> in a cell and a cell spanning the row); the spreadsheet sample is
Excel's (a cell spanning two rows).
"""

from __future__ import annotations

import pytest
from gui_helpers import standalone_editor
from PySide6.QtCore import QMimeData
from test_paste_html_office import grid_texts, paste_html, pasted_body, shown_paragraphs

from app.core import limits
from app.core.model import Paragraph, Run, Section, Table
from app.gui.rich_paste import html_content, tsv_table
from app.gui.section_editor import SectionEditor
from app.gui.tables.qt_table import EDITOR_MAX_TABLE_CELLS

WEB_HTML = (
    '<html><body><!--StartFragment--><h1 class="article-title" style="font-size: 24px; '
    'color: rgb(51, 51, 51);">关于2024年度重点工作推进情况的通报</h1>'
    '<div class="source" style="color: rgb(153, 153, 153);"><span>来源：市政府办公室</span>'
    "&nbsp;&nbsp;<span>发布时间：2024-12-30</span></div>"
    '<div class="article-content" style="font-family: &quot;Microsoft YaHei&quot;; '
    'line-height: 2;"><p style="text-indent: 2em;">今年以来，全市上下坚持稳中求进工作总基调，'
    "<strong>各项重点工作有序推进</strong>。</p>"
    '<p style="text-align: center;"><img src="https://www.example.gov.cn/uploads/2024/12/'
    'chart01.png" alt="全年指标完成情况" width="600" data-ratio="0.56"></p>'
    '<p style="text-align:center"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///'
    'yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><img src="https://www.example.gov.cn/uploads/2024/12/'
    'chart02.png"></p>'
    '<figure style="margin: 0;"><img src="https://www.example.gov.cn/uploads/2024/12/'
    'photo.jpg"><figcaption>图为项目建设现场</figcaption></figure>'
    '<p style="text-indent: 2em;">主要指标完成情况如下表：</p>'
    '<table border="1" cellpadding="4" style="border-collapse: collapse; width: 100%;">'
    "<thead><tr><th>指标</th><th>年度目标</th><th>完成情况</th><th>备注</th></tr></thead>"
    "<tbody><tr><td>地区生产总值增速</td><td>6%</td><td><b>6.2%</b></td><td></td></tr>"
    "<tr><td>城镇新增就业</td><td>1.2万人</td><td>1.35万人</td>"
    "<td>超额完成<br>（提前一个月）</td></tr>"
    '<tr><td colspan="4">注：数据为快报数。</td></tr></tbody></table>'
    '<p style="text-indent: 2em;">下一步，将继续<em>压实责任</em>，确保各项任务落地见效。</p>'
    "</div><!--EndFragment--></body></html>"
)

EXCEL_HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">'
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
    '<meta name=ProgId content=Excel.Sheet><meta name=Generator content="Microsoft Excel 15">'
    '<style><!--table {mso-displayed-decimal-separator:"\\.";} .xl65 {font-weight:700;} -->'
    '</style></head><body link="#0563C1" vlink="#954F72"><table border=0 cellpadding=0 '
    "cellspacing=0 width=216 style='border-collapse:collapse;width:162pt'><!--StartFragment-->"
    " <col width=72 span=3 style='width:54pt'> <tr height=19 style='height:14.25pt'>"
    "  <td height=19 class=xl65 width=72 style='height:14.25pt;width:54pt'>单位</td>"
    "  <td class=xl65 width=72 style='width:54pt'>一季度</td>"
    "  <td class=xl65 width=72 style='width:54pt'>二季度</td> </tr>"
    " <tr height=19 style='height:14.25pt'>  <td rowspan=2 height=38 style='height:28.5pt'>"
    "城区</td>  <td align=right>12</td>  <td align=right>15</td> </tr>"
    " <tr height=19 style='height:14.25pt'>  <td align=right>8</td>  <td align=right>9</td>"
    " </tr><!--EndFragment--></table></body></html>"
)
EXCEL_TEXT = "单位\t一季度\t二季度\r\n城区\t12\t15\r\n\t8\t9\r\n"


@pytest.fixture
def editor(qtbot) -> SectionEditor:  # noqa: ANN001 - pytest-qt fixture
    widget = standalone_editor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    return widget


def test_web_page_paste_drops_images_and_keeps_the_table(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("总体情况", [])
    editor.show_section(section, "一、", "")
    notices = paste_html(qtbot, editor, WEB_HTML, "关于2024年度……")
    body = pasted_body(editor)
    assert [b.text for b in body if isinstance(b, Paragraph)] == [
        "关于2024年度重点工作推进情况的通报",
        "来源：市政府办公室\xa0\xa0发布时间：2024-12-30",
        "今年以来，全市上下坚持稳中求进工作总基调，各项重点工作有序推进。",
        "图为项目建设现场",
        "主要指标完成情况如下表：",
        "下一步，将继续压实责任，确保各项任务落地见效。",
    ]
    table = body[5]
    assert grid_texts(table) == [
        ["指标", "年度目标", "完成情况", "备注"],
        ["地区生产总值增速", "6%", "6.2%", ""],
        ["城镇新增就业", "1.2万人", "1.35万人", "超额完成 （提前一个月）"],
        ["注：数据为快报数。", "", "", ""],
    ]
    assert isinstance(table, Table) and table.header_rows == 1, "the <thead> row"
    assert table.rows[3][0].col_span == 4 and all(c.covered for c in table.rows[3][1:])
    assert table.rows[1][2].paragraphs == [Paragraph([Run("6.2%", bold=True)])]
    assert table.col_widths == [], "no widths of its own: the export shares them out"
    assert "\ufffc" not in editor.body.toPlainText()
    assert notices == ["粘贴时去掉了 4 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。"]
    assert body[2].runs[1] == Run("各项重点工作有序推进", bold=True)


def test_spreadsheet_paste_is_a_table_with_its_merge(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("主要指标", [])
    editor.show_section(section, "一、", "")
    notices = paste_html(qtbot, editor, EXCEL_HTML, EXCEL_TEXT)
    (table,) = pasted_body(editor)
    assert grid_texts(table) == [["单位", "一季度", "二季度"], ["城区", "12", "15"], ["", "8", "9"]]
    assert isinstance(table, Table)
    assert table.rows[1][0].row_span == 2 and table.rows[2][0].covered, "城区 spans two rows"
    assert table.header_rows == 1 and notices == []


def test_tab_separated_text_is_a_table(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("主要指标", [Paragraph.plain("如下表：")])
    editor.show_section(section, "一、", "")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    mime = QMimeData()
    mime.setText('指标\t目标\t完成\r\n营业收入\t"1.2\n亿元"\t1.3亿元\r\n利润\t800万元\t\r\n')
    editor.body.insertFromMimeData(mime)
    body = pasted_body(editor)
    assert body[0] == Paragraph.plain("如下表：")
    assert grid_texts(body[1]) == [
        ["指标", "目标", "完成"],
        ["营业收入", "1.2\n亿元", "1.3亿元"],  # Excel quotes a cell with a line break
        ["利润", "800万元", ""],
    ]
    assert len(body) == 2


def test_text_with_a_stray_tab_stays_text(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    mime = QMimeData()
    mime.setText("第一行\t甲\n第二行没有制表符")
    editor.body.insertFromMimeData(mime)
    assert pasted_body(editor) == [
        Paragraph.plain("第一行\t甲"),
        Paragraph.plain("第二行没有制表符"),
    ]


def test_an_image_inside_a_sentence_leaves_the_sentence_whole(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [Paragraph.plain("前。")])
    editor.show_section(section, "一、", "")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    html = (
        '<p>如图<img src="https://example.cn/a.png" width="16">所示，成效明显。</p><p>下一段。</p>'
    )
    notices = paste_html(qtbot, editor, html)
    assert shown_paragraphs(editor) == ["前。如图所示，成效明显。", "下一段。"]
    assert len(notices) == 1 and "去掉了 1 张图片" in notices[0]


def test_plain_html_and_plain_text_paste_say_nothing(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    assert paste_html(qtbot, editor, "<p>甲<b>乙</b></p>\n\n<p>丙</p>") == []
    notices: list[str] = []
    editor.body.pasteNotice.connect(notices.append)
    mime = QMimeData()
    mime.setText("第一行\n第二行\t有个制表符")
    editor.body.insertFromMimeData(mime)
    assert notices == []
    assert shown_paragraphs(editor) == ["甲乙", "丙第一行", "第二行\t有个制表符"]


def test_a_table_in_a_cell_becomes_its_text() -> None:
    html = (
        "<table><tr><td>外层</td><td><table><tr><td>甲</td><td>乙</td></tr>"
        "<tr><td>丙</td><td></td></tr></table></td><td>末格</td></tr>"
        "<tr><td>1</td><td>2</td><td>3</td></tr></table>"
    )
    content = html_content(html)
    (table,) = content.blocks
    assert grid_texts(table) == [["外层", "甲 乙 丙", "末格"], ["1", "2", "3"]]
    assert content.tables == 1 and content.flattened == 1 and content.images == 0


def test_an_image_in_a_cell_is_counted_and_the_cell_kept() -> None:
    html = (
        '<table><tr><td><img src="x.png"></td><td>照片说明</td></tr>'
        '<tr><td><img src="y.png"></td><td></td></tr></table>'
    )
    content = html_content(html)
    (table,) = content.blocks
    assert grid_texts(table) == [["", "照片说明"], ["", ""]]
    assert content.images == 2 and content.tables == 1


def test_a_one_cell_layout_table_of_a_web_page_is_its_paragraphs() -> None:
    content = html_content("<table><tr><td><p>第一段。</p><p><b>第二段</b>。</p></td></tr></table>")
    assert content.blocks == [
        Paragraph.plain("第一段。"),
        Paragraph([Run("第二段", bold=True), Run("。")]),
    ]
    assert content.tables == 0


@pytest.mark.parametrize(
    ("rows", "columns"),
    [(2, limits.TABLE_MAX_COLS + 1), (EDITOR_MAX_TABLE_CELLS // 10 + 1, 10)],
    ids=["more columns than a draft's table", "more cells than a paste"],
)
def test_a_table_too_big_to_paste_is_left_out_and_said(qtbot, editor, rows, columns) -> None:  # noqa: ANN001
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    row = "<tr>" + "<td>格</td>" * columns + "</tr>"
    notices = paste_html(qtbot, editor, f"<p>表前一段。</p><table>{row * rows}</table>")
    assert pasted_body(editor) == [Paragraph.plain("表前一段。")]
    assert notices == [
        "1 个表格太大，没有粘贴：粘贴的表格最多 5000 个单元格、63 列。"
        "请把它分成几部分，分别粘贴为几个表格。"
    ]
    line = "\t".join(["格"] * columns)
    assert tsv_table("\n".join([line] * rows)) is None, "as text: lines, not a table"


def test_pasting_a_table_into_a_table_fills_its_cells(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [Table.plain([["指标", "一季度", "二季度"], ["甲", "", ""]])])
    editor.show_section(section, "一、", "")
    document = editor.body.document()
    table = document.rootFrame().childFrames()[0]
    editor.body.setTextCursor(table.cellAt(1, 1).firstCursorPosition())
    mime = QMimeData()
    mime.setText("12\t15\r\n8\t9\t99\r\n")  # a third column past the table's edge
    editor.body.insertFromMimeData(mime)
    (pasted,) = pasted_body(editor)
    assert grid_texts(pasted) == [["指标", "一季度", "二季度"], ["甲", "12", "15"], ["", "8", "9"]]
    editor.body.undo()
    assert pasted_body(editor) == section.body
    assert grid_texts(pasted_body(editor)[0]) == [["指标", "一季度", "二季度"], ["甲", "", ""]]


def test_drop_of_html_goes_the_same_way(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    with qtbot.waitSignal(editor.body.pasteNotice, timeout=1000) as notice:
        mime = QMimeData()
        mime.setHtml('<p>正文</p><p><img src="a.png"></p>')
        editor.body.insertFromMimeData(mime)  # what a drop from a browser calls
    assert notice.args == [
        "粘贴时去掉了 1 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。"
    ]
    assert shown_paragraphs(editor) == ["正文"]


def test_a_table_pasted_inside_a_paragraph_splits_it(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [Paragraph.plain("前半句后半句")])
    editor.show_section(section, "一、", "")
    cursor = editor.body.textCursor()
    cursor.setPosition(3)
    editor.body.setTextCursor(cursor)
    mime = QMimeData()
    mime.setText("甲\t乙\n1\t2\n")
    editor.body.insertFromMimeData(mime)
    body = pasted_body(editor)
    assert body[0] == Paragraph.plain("前半句")
    assert grid_texts(body[1]) == [["甲", "乙"], ["1", "2"]]
    assert body[2] == Paragraph.plain("后半句") and len(body) == 3
    editor.body.undo()
    assert pasted_body(editor) == [Paragraph.plain("前半句后半句")], "one undo step"


@pytest.mark.parametrize("cell", ["<td>外</td><td>", "<td>"])
def test_tables_nested_a_thousand_deep_paste_as_text(cell: str) -> None:
    """Hostile HTML: tables inside tables (of two cells, or layout boxes of one) a thousand
    levels deep come as one table or paragraph of their text, no recursion error."""
    depth = 1000
    html = f"<table><tr>{cell}" * depth + "最深处" + "</td></tr></table>" * depth
    content = html_content(html)
    texts = [b.text for b in content.blocks]
    assert any("最深处" in text for text in texts), texts
    assert content.tables <= 1


def test_a_paste_into_a_caption_is_one_line_of_text(qtbot, editor) -> None:  # noqa: ANN001
    table = Table.plain([["甲", "乙"], ["1", "2"]], caption="表1 ")
    section = Section("标题", [table])
    editor.show_section(section, "一、", "")
    cursor = editor.body.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    editor.body.setTextCursor(cursor)
    mime = QMimeData()
    mime.setText("重点工作\n完成情况表")
    editor.body.insertFromMimeData(mime)
    (pasted,) = pasted_body(editor)
    assert isinstance(pasted, Table) and pasted.caption == "表1 重点工作 完成情况表"
    assert grid_texts(pasted) == [["甲", "乙"], ["1", "2"]]
