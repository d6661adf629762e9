"""Word files of the shapes offices really send: numbering built into heading styles,
headings set only in 黑体/楷体 with bold lead sentences, lists restarted or continued."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from app.core.importer import import_file
from app.core.model import Draft
from app.core.numbering import NumberStyle

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def headings(draft: Draft) -> list[str]:
    return [f"{'  ' * level}{number}{s.heading}" for s, level, number in draft.walk_with_level()]


def _add_list(document, abstract_id: int, levels: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    """An abstractNum with levels (numFmt, lvlText, linked paragraph style or None)."""
    xml = f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">'
    for ilvl, (fmt, text, style) in enumerate(levels):
        linked = f'<w:pStyle w:val="{style}"/>' if style else ""
        xml += (
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'{linked}<w:lvlText w:val="{text}"/></w:lvl>'
        )
    document.part.numbering_part.element.insert(0, parse_xml(xml + "</w:abstractNum>"))


def _add_num(document, num_id: int, abstract_id: int, restart: bool = False) -> None:  # noqa: ANN001
    override = (
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    )
    document.part.numbering_part.element.append(
        parse_xml(
            f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{override}</w:num>"
        )
    )


def _num_pr(num_id: int, ilvl: int = 0):  # noqa: ANN202
    return parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def test_numbering_built_into_the_heading_styles(tmp_path: Path) -> None:
    """A unit template: Heading 1/2/3 carry the list 一、/（一）/1.; the text has no numbers."""
    document = docx.Document()
    _add_list(
        document,
        50,
        [
            ("chineseCounting", "%1、", "Heading1"),
            ("chineseCounting", "（%2）", "Heading2"),
            ("decimal", "%3.", "Heading3"),
        ],
    )
    _add_num(document, 50, 50)
    for level, name in enumerate(("Heading 1", "Heading 2", "Heading 3")):
        document.styles[name].element.get_or_add_pPr().append(_num_pr(50, level))
    document.add_paragraph("××市应急管理局2023年工作总结", style="Title")
    document.add_paragraph("2023年，市应急管理局坚持人民至上、生命至上，安全生产形势持续稳定向好。")
    document.add_heading("主要工作", 1)
    document.add_heading("安全生产专项整治", 2)
    document.add_heading("压实责任", 3)
    document.add_paragraph("签订责任书1200份。")
    document.add_heading("开展排查", 3)
    document.add_paragraph("排查隐患8600处。")
    document.add_heading("应急救援能力建设", 2)
    document.add_paragraph("新建应急救援队伍12支。")
    document.add_heading("2024年工作打算", 1)
    document.add_heading("深化专项整治", 2)
    document.add_paragraph("持续推进重点行业领域整治。")
    document.add_paragraph("××市应急管理局")
    document.add_paragraph("2024年1月8日")
    path = tmp_path / "模板.docx"
    document.save(str(path))
    result = import_file(path)
    draft = result.draft
    assert draft.meta.title == "××市应急管理局2023年工作总结"
    assert headings(draft) == [
        "一、主要工作",
        "  （一）安全生产专项整治",
        "    1.压实责任",
        "    2.开展排查",
        "  （二）应急救援能力建设",
        "二、2024年工作打算",
        "  （一）深化专项整治",
    ]
    assert draft.numbering[:3] == [
        NumberStyle.CN_DUN,
        NumberStyle.CN_PAREN,
        NumberStyle.NUM_DOT,
    ]
    assert (draft.meta.author, draft.meta.date) == ("××市应急管理局", "2024年1月8日")
    assert result.warnings == []


def _font(run, name: str) -> None:  # noqa: ANN001
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {W}/>")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def test_headings_set_only_in_fonts_with_bold_lead_sentences(tmp_path: Path) -> None:
    """No styles at all: the title in 小标宋 over two lines, 一、 in 黑体, （一） in 楷体,
    items with a bold "一是…。" lead and the text after it in the same paragraph."""
    document = docx.Document()
    for part in ("××区教育局", "2024年上半年工作总结"):
        _font(document.add_paragraph().add_run(part), "方正小标宋简体")
    document.add_paragraph("今年以来，区教育局聚焦办好人民满意的教育，各项工作有序推进。")
    items = [
        ("一是扩充学位供给。", "新建幼儿园3所，新增学位1080个。"),
        ("二是提升保教质量。", "开展保教质量评估。"),
    ]
    for head, subs in (
        ("一、上半年工作情况", ["（一）学前教育普惠发展", "（二）义务教育优质均衡"]),
        ("二、下半年工作计划", ["（一）推进项目建设"]),
    ):
        _font(document.add_paragraph().add_run(head), "黑体")
        for sub in subs:
            _font(document.add_paragraph().add_run(sub), "楷体_GB2312")
            for lead, rest in items:
                paragraph = document.add_paragraph()
                paragraph.add_run(lead).bold = True
                paragraph.add_run(rest)
    document.add_paragraph("××区教育局")
    document.add_paragraph("2024年7月10日")
    path = tmp_path / "字体.docx"
    document.save(str(path))
    draft = import_file(path).draft
    assert draft.meta.title == "××区教育局2024年上半年工作总结"
    assert headings(draft) == [
        "一、上半年工作情况",
        "  （一）学前教育普惠发展",
        "    一是扩充学位供给",
        "    二是提升保教质量",
        "  （二）义务教育优质均衡",
        "    一是扩充学位供给",
        "    二是提升保教质量",
        "二、下半年工作计划",
        "  （一）推进项目建设",
        "    一是扩充学位供给",
        "    二是提升保教质量",
    ]
    item = draft.sections[0].children[0].children[0]
    assert item.run_in and item.body[0].text == "新建幼儿园3所，新增学位1080个。"
    assert not any(run.bold for run in item.body[0].runs)  # the bold lead became the heading


def test_word_lists_continued_and_restarted(tmp_path: Path) -> None:
    """Word counts per list: a second list instance continues it (三、 after 二、) unless it
    restarts (1. again under a new section)."""
    document = docx.Document()
    _add_list(document, 60, [("chineseCounting", "%1、", None)])
    _add_list(document, 61, [("decimal", "%1.", None)])
    _add_num(document, 60, 60)
    _add_num(document, 61, 61)
    _add_num(document, 62, 61, restart=True)
    _add_num(document, 63, 60)  # the same 一、 list, continued after a paragraph

    def numbered(text: str, num_id: int) -> None:
        document.add_paragraph(text)._p.get_or_add_pPr().append(_num_pr(num_id))

    document.add_paragraph("××街道2023年平安建设工作总结")
    document.add_paragraph("2023年，街道深入推进平安建设，辖区社会大局持续和谐稳定。")
    numbered("主要做法", 60)
    numbered("强化矛盾纠纷排查化解。全年排查矛盾纠纷326件，化解率98.5%。", 61)
    numbered("加强社会治安防控。新增视频监控点位120个。", 61)
    numbered("存在问题", 60)
    document.add_paragraph("基层网格员力量不足，专业化水平不高。")
    numbered("下步打算", 63)
    numbered("完善网格化管理。优化网格设置，配强网格员队伍。", 62)
    numbered("深化平安创建。开展平安社区、平安校园创建活动。", 62)
    path = tmp_path / "列表.docx"
    document.save(str(path))
    result = import_file(path)
    # what Word shows is what the preview shows
    texts = [line.text for line in result.lines if line.text]
    assert "三、下步打算" in texts and "1.完善网格化管理。优化网格设置，配强网格员队伍。" in texts
    assert headings(result.draft) == [
        "一、主要做法",
        "  1.强化矛盾纠纷排查化解",
        "  2.加强社会治安防控",
        "二、存在问题",
        "三、下步打算",
        "  1.完善网格化管理",
        "  2.深化平安创建",
    ]


def test_word_table_of_contents_is_not_a_tree(tmp_path: Path) -> None:
    """Word's generated contents: "TOC 1/2" styles, text, a tab and the page number."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("××市2024年政府工作报告", style="Title")
    document.add_paragraph("目  录")
    toc = {
        level: document.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        for level in (1, 2)
    }
    entries = [
        ("一、2023年工作回顾", 1, "1"),
        ("（一）经济运行稳中向好", 2, "1"),
        ("（二）民生福祉不断增进", 2, "2"),
        ("二、2024年工作安排", 1, "3"),
    ]
    for text, level, page in entries:
        paragraph = document.add_paragraph(style=toc[level])
        paragraph.add_run(text)
        paragraph.add_run().add_tab()
        paragraph.add_run(page)
    manual = document.add_paragraph("三、附表")  # typed by hand: a tab and the page number
    manual.add_run().add_tab()
    manual.add_run("9")
    document.add_paragraph("各位代表：")
    document.add_paragraph("现在，我代表市人民政府，向大会报告工作，请予审议。")
    document.add_heading("一、2023年工作回顾", 1)
    document.add_heading("（一）经济运行稳中向好", 2)
    document.add_paragraph("全市地区生产总值增长6.2%。")
    document.add_heading("（二）民生福祉不断增进", 2)
    document.add_paragraph("新增城镇就业4.2万人。")
    document.add_heading("二、2024年工作安排", 1)
    document.add_paragraph("今年主要预期目标是：地区生产总值增长6%左右。")
    path = tmp_path / "目录.docx"
    document.save(str(path))
    result = import_file(path)
    assert headings(result.draft) == [
        "一、2023年工作回顾",
        "  （一）经济运行稳中向好",
        "  （二）民生福祉不断增进",
        "二、2024年工作安排",
    ]
    flagged = [line.text for line in result.lines if line.role.value == "noise"]
    assert flagged == ["目  录", *(f"{text} {page}" for text, _, page in entries), "三、附表 9"]
    assert [p.text for p in result.draft.intro] == [
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
    ]


def test_government_report_with_unnumbered_bold_lead_paragraphs(tmp_path: Path) -> None:
    """Paragraphs that open with a bold sentence but carry no number are text (with their
    bold lead kept), not headings: only numbered ones become run-in sections."""
    document = docx.Document()
    _font(document.add_paragraph().add_run("政府工作报告"), "方正小标宋简体")
    document.add_paragraph("——2024年1月15日在××市第十七届人民代表大会第三次会议上")
    document.add_paragraph("××市人民政府市长  王建国")
    document.add_paragraph("各位代表：")
    document.add_paragraph("现在，我代表市人民政府，向大会报告工作，请予审议。")
    _font(document.add_paragraph().add_run("一、2023年工作回顾"), "黑体")
    document.add_paragraph("过去的一年，我们主要做了以下工作：")
    leads = [
        ("坚持稳中求进，经济运行回升向好。", "全年地区生产总值增长6.2%。"),
        ("坚持创新驱动，产业结构持续优化。", "高新技术企业达到1260家。"),
        ("坚持以人民为中心，民生福祉不断增进。", "民生支出占比达到78%。"),
    ]
    for lead, rest in leads:
        paragraph = document.add_paragraph()
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)
    _font(document.add_paragraph().add_run("二、2024年工作安排"), "黑体")
    for sub, text in (
        ("（一）着力扩大有效需求", "实施重大项目380个，年度计划投资1200亿元。"),
        ("（二）加快建设现代化产业体系", "培育壮大战略性新兴产业。"),
    ):
        _font(document.add_paragraph().add_run(sub), "楷体_GB2312")
        document.add_paragraph(text)
    path = tmp_path / "政府工作报告.docx"
    document.save(str(path))
    draft = import_file(path).draft
    assert draft.meta.title == "政府工作报告"
    assert draft.meta.subtitle.split("\n")[1] == "××市人民政府市长  王建国"
    assert headings(draft) == [
        "一、2023年工作回顾",
        "二、2024年工作安排",
        "  （一）着力扩大有效需求",
        "  （二）加快建设现代化产业体系",
    ]
    review = draft.sections[0].body
    assert [p.text for p in review[1:]] == [lead + rest for lead, rest in leads]
    assert [(run.text, run.bold) for run in review[1].runs] == [
        (leads[0][0], True),
        (leads[0][1], False),
    ]
