"""Paste from Word and WPS (their clipboard HTML, mso styles and all): an image leaves no
empty paragraph, a table arrives as a table (its cells, bold and paragraphs kept, the
first row its header), and the editor says once what it left out.

The samples are what the two programs put on the clipboard as HTML (Qt hands the HTML
document without Windows' CF_HTML header): Word 2016 with a picture (VML and its <img>
fallback inside conditional comments) and a 3×2 grid table; WPS Office 2019 with a
picture from its ksohtml temporary folder and a table with a two-paragraph cell.
"""

from __future__ import annotations

import pytest
from gui_helpers import standalone_editor
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from app.core.model import Block, Paragraph, Run, Section, Table
from app.gui.section_editor import SectionEditor

WORD_HTML = """\
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List
href="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;
	mso-font-charset:134;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<!--StartFragment-->

<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:
exactly'><b><span style='font-size:16.0pt;font-family:仿宋_GB2312'>一是强化组织保障。</span></b><span
style='font-size:16.0pt;font-family:仿宋_GB2312'>成立工作专班，全年召开专题会议<span
lang=EN-US>12</span>次。<span lang=EN-US><o:p></o:p></span></span></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><!--[if gte vml 1]><v:shape
 id="图片_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75" style='width:415pt;
 height:233.25pt;visibility:visible;mso-wrap-style:square'>
 <v:imagedata src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"
  o:title=""/>
</v:shape><![endif]--><![if !vml]><img width=553 height=311
src="file:///C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg"
v:shapes="图片_x0020_1"><![endif]></span><span lang=EN-US><o:p></o:p></span></p>

<p class=MsoNormal align=center style='text-align:center'><span
style='font-family:仿宋_GB2312'>图<span lang=EN-US>1 </span>全年工作完成情况<span lang=EN-US><o:p></o:p></span></span></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=138 valign=top style='width:103.7pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span style='font-family:仿宋_GB2312'>项目<span
  lang=EN-US><o:p></o:p></span></span></b></p>
  </td>
  <td width=138 valign=top style='width:103.7pt;border:solid windowtext 1.0pt;
  border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span style='font-family:仿宋_GB2312'>目标<span
  lang=EN-US><o:p></o:p></span></span></b></p>
  </td>
  <td width=138 valign=top style='width:103.7pt;border:solid windowtext 1.0pt;
  border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b><span style='font-family:仿宋_GB2312'>完成<span
  lang=EN-US><o:p></o:p></span></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=138 valign=top style='width:103.7pt;border:solid windowtext 1.0pt;
  border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span style='font-family:仿宋_GB2312'>新增就业<span
  lang=EN-US><o:p></o:p></span></span></p>
  </td>
  <td width=138 valign=top style='width:103.7pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span lang=EN-US>1.2</span><span style='font-family:仿宋_GB2312'>万人<span
  lang=EN-US><o:p></o:p></span></span></p>
  </td>
  <td width=138 valign=top style='width:103.7pt;border-top:none;border-left:
  none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;
  padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><span lang=EN-US>1.35</span><span style='font-family:仿宋_GB2312'>万人<span
  lang=EN-US><o:p></o:p></span></span></p>
  </td>
 </tr>
</table>

<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;
font-family:仿宋_GB2312'>二是压实工作责任。<span lang=EN-US><o:p></o:p></span></span></p>

<!--EndFragment-->
</body>

</html>
"""

WPS_HTML = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
    '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
    '<meta name=ProgId content=Word.Document><meta name=Generator content="WPS Office">'
    '<meta name=Originator content="WPS Office">'
    '<style>\n<!--\n@font-face{font-family:"Times New Roman";}@font-face{font-family:"仿宋_GB2312";}p.MsoNormal{mso-style-name:正文;mso-style-parent:"";margin:0pt;margin-bottom:.0001pt;mso-pagination:none;text-align:justify;text-justify:inter-ideograph;font-family:Calibri;mso-fareast-font-family:宋体;font-size:10.5000pt;}span.msoIns{mso-style-type:export-only;text-underline:single;}\n-->\n</style>'
    '</head><body style="tab-interval:21pt;text-justify-trim:punctuation;">'
    "<!--StartFragment-->"
    '<p class=MsoNormal style="text-indent:32.0000pt;mso-char-indent-count:2.0000;line-height:28.0000pt;mso-line-height-rule:exactly;">'
    "<span style=\"mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:16.0000pt;mso-font-kerning:1.0000pt;\">"
    '<font face="仿宋_GB2312">（一）</font></span><b>'
    "<span style=\"mso-spacerun:'yes';font-family:仿宋_GB2312;font-weight:bold;font-size:16.0000pt;\">"
    '<font face="仿宋_GB2312">深化改革创新。</font></span></b>'
    "<span style=\"mso-spacerun:'yes';font-family:仿宋_GB2312;font-size:16.0000pt;\">"
    '<font face="仿宋_GB2312">全年完成改革任务</font>28<font face="仿宋_GB2312">项。</font></span>'
    '<span style="font-family:仿宋_GB2312;font-size:16.0000pt;"><o:p></o:p></span></p>'
    '<p class=MsoNormal align=center style="text-align:center;">'
    "<span style=\"mso-spacerun:'yes';font-family:宋体;font-size:10.5000pt;\">"
    '<img width="553" height="311" src="file:///C:/Users/Administrator/AppData/Local/Temp/ksohtml12345/wps1.jpg" >'
    '</span><span style="font-family:宋体;font-size:10.5000pt;"><o:p></o:p></span></p>'
    '<table class=MsoTableGrid border=1 cellspacing=0 style="border-collapse:collapse;width:426.1000pt;mso-table-layout-alt:fixed;border:none;mso-border-left-alt:0.5000pt solid windowtext;mso-padding-alt:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;">'
    "<tr>"
    '<td width=142 valign=top style="width:142.0333pt;padding:0.0000pt 5.4000pt 0.0000pt 5.4000pt ;border-left:0.5000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;border-right:0.5000pt solid windowtext;">'
    '<p class=MsoNormal align=center style="text-align:center;vertical-align:middle;"><b>'
    '<span style="font-family:黑体;font-weight:bold;font-size:12.0000pt;">'
    '<font face="黑体">序号</font></span></b><b>'
    '<span style="font-family:黑体;font-weight:bold;font-size:12.0000pt;"><o:p></o:p></span>'
    '</b></p></td><td width=142 valign=top style="width:142.0333pt;">'
    '<p class=MsoNormal align=center style="text-align:center;"><b>'
    '<span style="font-family:黑体;font-weight:bold;font-size:12.0000pt;">'
    '<font face="黑体">改革事项</font></span></b><b>'
    '<span style="font-family:黑体;font-weight:bold;font-size:12.0000pt;"><o:p></o:p></span>'
    '</b></p></td><td width=142 valign=top style="width:142.0333pt;">'
    '<p class=MsoNormal align=center style="text-align:center;"><b>'
    '<span style="font-family:黑体;font-weight:bold;font-size:12.0000pt;">'
    '<font face="黑体">牵头单位</font></span></b><b>'
    '<span style="font-family:黑体;font-weight:bold;font-size:12.0000pt;"><o:p></o:p></span>'
    '</b></p></td></tr><tr><td width=142 valign=top style="width:142.0333pt;">'
    '<p class=MsoNormal align=center style="text-align:center;">'
    '<span style="font-family:仿宋_GB2312;font-size:12.0000pt;">1</span>'
    '<span style="font-family:仿宋_GB2312;font-size:12.0000pt;"><o:p></o:p></span></p></td>'
    '<td width=142 valign=top style="width:142.0333pt;"><p class=MsoNormal>'
    '<span style="font-family:仿宋_GB2312;font-size:12.0000pt;">'
    '<font face="仿宋_GB2312">“一网通办”</font></span></p><p class=MsoNormal>'
    '<span style="font-family:仿宋_GB2312;font-size:12.0000pt;">'
    '<font face="仿宋_GB2312">事项扩面</font></span></p></td>'
    '<td width=142 valign=top style="width:142.0333pt;"><p class=MsoNormal>'
    '<span style="font-family:仿宋_GB2312;font-size:12.0000pt;">'
    '<font face="仿宋_GB2312">市政务服务局</font></span>'
    '<span style="font-family:仿宋_GB2312;font-size:12.0000pt;"><o:p></o:p></span></p></td>'
    '</tr></table><p class=MsoNormal style="text-indent:32.0000pt;">'
    '<span style="font-family:仿宋_GB2312;font-size:16.0000pt;">'
    '<font face="仿宋_GB2312">下一步，继续推进。</font></span></p><!--EndFragment--></body></html>\n'
)


@pytest.fixture
def editor(qtbot) -> SectionEditor:  # noqa: ANN001 - pytest-qt fixture
    widget = standalone_editor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    return widget


def paste_html(qtbot, editor: SectionEditor, html: str, text: str = "") -> list[str]:  # noqa: ANN001
    """Put HTML on the clipboard and press Ctrl+V in the body; the notices emitted."""
    notices: list[str] = []
    editor.body.pasteNotice.connect(notices.append)
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    editor.body.pasteNotice.disconnect(notices.append)
    QApplication.clipboard().clear()
    return notices


def shown_paragraphs(editor: SectionEditor) -> list[str]:
    """What the user sees in the body: one string a paragraph (block)."""
    document = editor.body.document()
    return [document.findBlockByNumber(i).text() for i in range(document.blockCount())]


def pasted_body(editor: SectionEditor) -> list[Block]:
    """What the paste put into the draft, once the editor wrote it back."""
    editor.flush()
    assert editor.section is not None
    return editor.section.body


def grid_texts(table: Block) -> list[list[str]]:
    assert isinstance(table, Table), f"a table, not {table!r}"
    return [[cell.text for cell in row] for row in table.rows]


def test_word_paste_drops_the_picture_paragraph_and_keeps_the_table(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("强化组织保障", [])
    editor.show_section(section, "一、", "")
    notices = paste_html(qtbot, editor, WORD_HTML, "一是强化组织保障。……")
    assert "\ufffc" not in editor.body.toPlainText(), "no object character left"
    assert notices == ["粘贴时去掉了 1 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。"]
    body = pasted_body(editor)
    assert [type(b).__name__ for b in body] == ["Paragraph", "Paragraph", "Table", "Paragraph"]
    assert body[0].runs == [
        Run("一是强化组织保障。", bold=True),
        Run("成立工作专班，全年召开专题会议12次。"),
    ]
    assert body[1] == Paragraph.plain("图1 全年工作完成情况")
    table = body[2]
    assert grid_texts(table) == [["项目", "目标", "完成"], ["新增就业", "1.2万人", "1.35万人"]]
    assert isinstance(table, Table) and table.header_rows == 1, "the first row: the header"
    assert table.rows[0][0].paragraphs == [Paragraph([Run("项目", bold=True)])]
    assert table.col_widths == [2948, 2948, 2948], "Word's equal widths across the text block"
    assert body[3] == Paragraph.plain("二是压实工作责任。"), "no trailing space from Word"
    assert editor.body.textCursor().currentTable() is None, "the cursor after the paste"


def test_wps_paste_keeps_a_cells_paragraphs_and_drops_its_picture(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("深化改革创新", [Paragraph.plain("已有的一段。")])
    editor.show_section(section, "（一）", "")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    notices = paste_html(qtbot, editor, WPS_HTML)
    body = pasted_body(editor)
    assert body[0] == Paragraph(
        [Run("已有的一段。（一）"), Run("深化改革创新。", bold=True), Run("全年完成改革任务28项。")]
    ), "joins the cursor's line"
    assert grid_texts(body[1]) == [
        ["序号", "改革事项", "牵头单位"],
        ["1", "“一网通办”\n事项扩面", "市政务服务局"],
    ]
    assert body[2] == Paragraph.plain("下一步，继续推进。")
    assert len(body) == 3
    assert notices == ["粘贴时去掉了 1 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。"]
    # One paste is one undo step, the notice notwithstanding.
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_paragraphs(editor) == ["已有的一段。"]
    assert pasted_body(editor) == [Paragraph.plain("已有的一段。")]


def test_word_paste_of_text_only_says_nothing(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [])
    editor.show_section(section, "一、", "")
    start = WORD_HTML.index("<!--StartFragment-->")
    picture = WORD_HTML.index("<p class=MsoNormal align=center")
    end = WORD_HTML.index("<!--EndFragment-->")
    text_only = WORD_HTML[:picture] + WORD_HTML[end:]
    assert start < picture
    notices = paste_html(qtbot, editor, text_only)
    assert notices == []
    assert shown_paragraphs(editor) == ["一是强化组织保障。成立工作专班，全年召开专题会议12次。"]


def test_word_picture_alone_pastes_nothing_and_says_why(qtbot, editor) -> None:  # noqa: ANN001
    section = Section("标题", [Paragraph.plain("正文。")])
    editor.show_section(section, "一、", "")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    picture = WORD_HTML.index("<p class=MsoNormal align=center")
    caption = WORD_HTML.index("<p class=MsoNormal align=center", picture + 1)
    end = WORD_HTML.index("<!--EndFragment-->")
    only_picture = WORD_HTML[: WORD_HTML.index("<p class=MsoNormal style='text-indent")]
    only_picture += WORD_HTML[picture:caption] + WORD_HTML[end:]
    notices = paste_html(qtbot, editor, only_picture)
    assert shown_paragraphs(editor) == ["正文。"], "no empty paragraph, nothing added"
    assert notices == ["粘贴时去掉了 1 张图片：正文只保存文字，图片请在导出的 Word 文件中插入。"]
