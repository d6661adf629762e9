"""Paste from a web page and a spreadsheet: images leave no empty paragraph, tables come in
one row a paragraph with tab-separated cells, and the editor's pasteNotice says so once.

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
from test_paste_html_office import paste_html, shown_paragraphs

from app.core.model import Paragraph, Run, Section
from app.gui.rich_paste import CELL_SEPARATOR, html_content
from app.gui.section_editor import SectionEditor

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


def test_web_page_paste_drops_images_and_keeps_table_rows(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("总体情况", [])
    editor.show_section(section, "一、", "")
    notices = paste_html(qtbot, editor, WEB_HTML, "关于2024年度……")
    assert shown_paragraphs(editor) == [
        "关于2024年度重点工作推进情况的通报",
        "来源：市政府办公室\xa0\xa0发布时间：2024-12-30",
        "今年以来，全市上下坚持稳中求进工作总基调，各项重点工作有序推进。",
        "图为项目建设现场",
        "主要指标完成情况如下表：",
        "指标\t年度目标\t完成情况\t备注",
        "地区生产总值增速\t6%\t6.2%",  # the empty 备注 at the end of the row left out
        "城镇新增就业\t1.2万人\t1.35万人\t超额完成 （提前一个月）",
        "注：数据为快报数。",  # spans the row: once, without empty cells after it
        "下一步，将继续压实责任，确保各项任务落地见效。",
    ]
    assert "\ufffc" not in editor.body.toPlainText()
    assert notices == [
        "粘贴时去掉了 4 张图片；表格按行粘贴为段落，每格之间用制表符分隔。"
        "图片请在导出的 Word 文件中插入；表格可在 Word 中用“文本转换成表格”还原。"
    ]
    editor.flush()
    assert section.body[2].runs[1] == Run("各项重点工作有序推进", bold=True)
    assert section.body[6].runs == [Run("地区生产总值增速\t6%\t"), Run("6.2%", bold=True)]


def test_spreadsheet_paste_keeps_columns_in_line_and_says_so(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("主要指标", [])
    editor.show_section(section, "一、", "")
    notices = paste_html(qtbot, editor, EXCEL_HTML, EXCEL_TEXT)
    # 城区 spans two rows: the second row keeps its first column empty, as Excel's text.
    assert shown_paragraphs(editor) == ["单位\t一季度\t二季度", "城区\t12\t15", "\t8\t9"]
    assert shown_paragraphs(editor) == EXCEL_TEXT.rstrip("\r\n").split("\r\n")
    assert notices == [
        "表格已按行粘贴为段落，每格之间用制表符分隔；可在 Word 中用“文本转换成表格”还原成表格。"
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


def test_a_table_in_a_cell_stays_in_its_cell() -> None:
    html = (
        "<table><tr><td>外层</td><td><table><tr><td>甲</td><td>乙</td></tr>"
        "<tr><td>丙</td><td></td></tr></table></td><td>末格</td></tr></table>"
    )
    content = html_content(html)
    assert [p.text for p in content.paragraphs] == [
        CELL_SEPARATOR.join(["外层", "甲 乙 丙", "末格"])
    ]
    assert content.tables == 2 and content.images == 0


def test_an_image_in_a_cell_is_counted_and_the_cell_kept() -> None:
    html = (
        '<table><tr><td><img src="x.png"></td><td>照片说明</td></tr>'
        '<tr><td><img src="y.png"></td><td></td></tr></table>'
    )
    content = html_content(html)
    assert [p.text for p in content.paragraphs] == ["\t照片说明"]  # a row of images: gone
    assert content.images == 2 and content.tables == 1


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
