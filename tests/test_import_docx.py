"""Importing .docx: Word heading styles, files without styles, and the export round trip."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT

from app.core.draftfile import load_draft
from app.core.importer import LineRole, import_file
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.numbering import NumberStyle

docx = pytest.importorskip("docx")


def _set_east_asia_font(run, name: str) -> None:  # noqa: ANN001 - python-docx run
    from docx.oxml.ns import qn

    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def outline(draft: Draft) -> list[tuple[int, str, str]]:
    return [(level, number, s.heading) for s, level, number in draft.walk_with_level()]


def test_word_heading_styles_give_the_levels(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2023年度安全生产工作总结", style="Title")
    document.add_paragraph(
        "今年以来，我局认真贯彻落实安全生产各项决策部署，全年未发生较大以上生产安全事故。"
    )
    document.add_paragraph("一、主要工作", style="Heading 1")
    document.add_paragraph("（一）压实安全责任", style="Heading 2")
    body = document.add_paragraph("层层签订安全生产责任书")
    body.add_run("236份").bold = True
    body.add_run("，实现责任全覆盖。")
    document.add_paragraph("（二）开展隐患排查", style="Heading 2")
    document.add_paragraph("全年排查整改隐患1200余处。")
    document.add_paragraph("二、下一步打算", style="Heading 1")
    document.add_paragraph("持续深化安全生产专项整治。")
    path = tmp_path / "总结.docx"
    document.save(str(path))

    result = import_file(path)
    draft = result.draft
    assert result.encoding is None
    assert draft.meta.title == "2023年度安全生产工作总结"
    assert outline(draft) == [
        (0, "一、", "主要工作"),
        (1, "（一）", "压实安全责任"),
        (1, "（二）", "开展隐患排查"),
        (0, "二、", "下一步打算"),
    ]
    paragraph = draft.sections[0].children[0].body[0]
    assert paragraph.text == "层层签订安全生产责任书236份，实现责任全覆盖。"
    assert [r.text for r in paragraph.runs if r.bold] == ["236份"]
    assert draft.numbering[:2] == [NumberStyle.CN_DUN, NumberStyle.CN_PAREN]


def test_docx_without_styles_uses_markers_bold_and_heading_fonts(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("××镇2023年工作总结")
    document.add_paragraph("2023年，在县委、县政府的正确领导下，××镇经济社会保持良好发展态势。")
    heading = document.add_paragraph()
    _set_east_asia_font(heading.add_run("一、经济发展稳中有进"), "黑体")
    heading2 = document.add_paragraph()
    _set_east_asia_font(heading2.add_run("（一）农业生产"), "楷体_GB2312")
    document.add_paragraph("粮食总产量达到3.2万吨，增长2.1%。")
    run_in = document.add_paragraph()
    run_in.add_run("1.特色产业。").bold = True
    run_in.add_run("新发展茶叶种植面积2000亩。")
    unmarked = document.add_paragraph()
    unmarked.add_run("典型经验").bold = True
    document.add_paragraph("坚持党建引领，推动村集体经济发展壮大。")
    path = tmp_path / "镇总结.docx"
    document.save(str(path))

    result = import_file(path)
    draft = result.draft
    assert draft.meta.title == "××镇2023年工作总结"
    headings = outline(draft)
    assert headings[:3] == [
        (0, "一、", "经济发展稳中有进"),
        (1, "（一）", "农业生产"),
        (2, "1.", "特色产业"),
    ]
    item = draft.sections[0].children[0].children[0]
    assert item.run_in and item.body[0].text == "新发展茶叶种植面积2000亩。"
    assert item.body[0].is_plain  # the bold lead went into the heading, the body is plain
    assert headings[3][2] == "典型经验"
    by_text = {line.text: line for line in result.lines}
    assert by_text["一、经济发展稳中有进"].emphasized


def test_manual_line_breaks_split_lines(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("关于全面推进")
    paragraph.add_run().add_break()
    paragraph.add_run("美丽乡村建设的实施方案")
    document.add_paragraph("为加快推进美丽乡村建设，改善农村人居环境，结合本地实际，制定本方案。")
    path = tmp_path / "方案.docx"
    document.save(str(path))
    result = import_file(path)
    assert result.draft.meta.title == "关于全面推进美丽乡村建设的实施方案"
    assert [line.role for line in result.lines][:2] == [LineRole.TITLE, LineRole.TITLE]


def test_docx_sniffed_by_content_not_name(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、加强领导")
    document.add_paragraph("成立工作领导小组，统筹推进各项工作落实。")
    path = tmp_path / "另存的.txt"
    document.save(str(path))
    assert [s.heading for s in import_file(path).draft.sections] == ["加强领导"]


# -- round trip through the exporter -------------------------------------------------------


def _comparable(draft: Draft) -> tuple:
    def section(s: Section) -> tuple:
        return (
            s.heading,
            s.run_in,
            [p.normalized() for p in s.body],
            [section(c) for c in s.children],
        )

    return (
        draft.meta,
        draft.numbering[: _depth(draft)],
        [p.normalized() for p in draft.intro],
        [section(s) for s in draft.sections],
    )


def _depth(draft: Draft) -> int:
    return max((level + 1 for _, level, _ in draft.walk_with_level()), default=0)


def _four_level_draft() -> Draft:
    def s(
        heading: str, body: list[str], children: list[Section] | None = None, run_in: bool = False
    ) -> Section:
        return Section(heading, [Paragraph.plain(t) for t in body], children or [], run_in)

    bold_body = Paragraph([Run("全年完成投资"), Run("12.5亿元", bold=True), Run("，同比增长8%。")])
    return Draft(
        meta=Meta(
            title="××市发展和改革委员会2024年工作总结",
            author="××市发展和改革委员会",
            date="2024年12月30日",
            attachments=["2024年重点项目完成情况表", "2025年重点项目计划表"],
        ),
        numbering=[
            NumberStyle.CN_DUN,
            NumberStyle.CN_PAREN,
            NumberStyle.NUM_DOT,
            NumberStyle.NUM_PAREN,
        ],
        intro=[Paragraph.plain("2024年，市发展改革委围绕中心、服务大局，各项工作取得明显成效。")],
        sections=[
            s(
                "主要工作",
                [],
                [
                    s(
                        "推进重点项目建设",
                        ["全年实施市级重点项目120个。"],
                        [
                            s(
                                "加快项目审批",
                                [],
                                [s("优化审批流程", ["审批时限压缩至15个工作日。"])],
                            ),
                            s("强化要素保障", ["协调解决用地、资金等问题46个。"]),
                        ],
                    ),
                    s("深化改革创新", ["完成年度改革任务32项。"], run_in=True),
                ],
            ),
            Section("存在的问题", [bold_body]),
        ],
    )


# (level 1, level 2) numbering of the sample: unnumbered levels must come back unnumbered
NUMBERINGS = {
    "unnumbered_top": (NumberStyle.NONE, NumberStyle.CN_DUN),
    "no_numbers": (NumberStyle.NONE, NumberStyle.NONE),
    "di_items": (NumberStyle.CN_DUN, NumberStyle.CN_DI),
    "paren_levels": (NumberStyle.CN_PAREN, NumberStyle.NUM_PAREN),
}


@pytest.mark.parametrize("make", ["sample", "four_levels", *NUMBERINGS])
def test_exported_docx_imports_to_the_same_tree(tmp_path: Path, make: str) -> None:
    export = pytest.importorskip("app.core.export.writer")
    if make == "sample":
        draft = load_draft(SAMPLE_DRAFT)
        draft.meta.author, draft.meta.date = "××市××局", "2020年7月1日"
    elif make == "four_levels":
        draft = _four_level_draft()
    else:
        draft = copy.deepcopy(load_draft(SAMPLE_DRAFT))
        draft.numbering = [*NUMBERINGS[make], NumberStyle.NUM_DOT, NumberStyle.NUM_PAREN]
    path = tmp_path / "导出.docx"
    export.export_docx(draft, path)
    imported = import_file(path).draft
    assert _comparable(imported) == _comparable(draft)


def _add_chinese_list(document) -> str:  # noqa: ANN001 - python-docx Document
    """A Word multi-level list numbered 一、 / （一） (what Word's 编号库 gives); returns numId."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    root = document.part.numbering_part.element
    root.insert(
        0,
        parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="77">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
        ),
    )
    root.append(parse_xml(f'<w:num {w} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    return "77"


def _numbered(document, text: str, num_id: str, level: int):  # noqa: ANN001, ANN202
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def test_word_automatic_numbering_counts_as_markers(tmp_path: Path) -> None:
    document = docx.Document()
    num_id = _add_chinese_list(document)
    document.add_paragraph("××中心2024年工作总结")
    document.add_paragraph("2024年，中心围绕年度目标任务，扎实推进各项工作，取得了较好成效。")
    _numbered(document, "主要工作", num_id, 0)
    _numbered(document, "强化服务保障", num_id, 1)
    document.add_paragraph("全年接待办事群众3.2万人次，满意率99.6%。")
    _numbered(document, "推进数字化改革", num_id, 1)
    document.add_paragraph("上线“一网通办”事项126项。")
    _numbered(document, "存在问题", num_id, 0)
    document.add_paragraph("服务能力与群众期盼还有差距。")
    path = tmp_path / "自动编号.docx"
    document.save(str(path))
    draft = import_file(path).draft
    assert outline(draft) == [
        (0, "一、", "主要工作"),
        (1, "（一）", "强化服务保障"),
        (1, "（二）", "推进数字化改革"),
        (0, "二、", "存在问题"),
    ]
    assert draft.numbering[:2] == [NumberStyle.CN_DUN, NumberStyle.CN_PAREN]


@pytest.mark.parametrize(
    "name",
    [
        "SPEECH",
        "DUTY_REPORT",
        "WORK_PLAN",
        "UNNUMBERED_TOP",
        "CHAPTERS",
        "MULTILINE_TITLE",
        "ANNUAL",
    ],
)
def test_imported_text_exported_and_imported_again_is_unchanged(tmp_path: Path, name: str) -> None:
    """Text → draft → .docx → draft: subtitles, signatures, 附件, 第一部分, unnumbered levels."""
    import test_import_structure as documents

    from app.core.importer import analyse_text

    export = pytest.importorskip("app.core.export.writer")
    draft = analyse_text(getattr(documents, name)).draft
    path = tmp_path / f"{name}.docx"
    export.export_docx(draft, path)
    assert _comparable(import_file(path).draft) == _comparable(draft)


def test_word_title_style_only_at_the_top(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2024年工作总结", style="Title")
    document.add_paragraph("今年以来，我们紧紧围绕年度目标任务，真抓实干，取得了较好成绩。")
    document.add_paragraph("一、主要成绩")
    document.add_paragraph("全年完成各项任务指标。")
    document.add_paragraph("附件1")
    document.add_paragraph("2024年主要指标完成情况表", style="Title")
    path = tmp_path / "总结.docx"
    document.save(str(path))
    draft = import_file(path).draft
    assert draft.meta.title == "2024年工作总结"
    # the later Title-styled line is the title of the attached document (附件1), not the draft's
    assert [a.title for a in draft.appendices] == ["2024年主要指标完成情况表"]
    assert draft.meta.attachments == ["2024年主要指标完成情况表"]


def test_title_set_in_heading_1_above_heading_2_sections(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2024年度安全生产工作总结", style="Heading 1")
    document.add_paragraph("今年以来，我局坚持安全第一、预防为主，全年安全生产形势平稳。")
    document.add_paragraph("一、主要做法", style="Heading 2")
    document.add_paragraph("层层压实责任，开展隐患排查整治。")
    document.add_paragraph("二、存在问题", style="Heading 2")
    document.add_paragraph("部分企业主体责任落实不到位。")
    path = tmp_path / "总结.docx"
    document.save(str(path))
    draft = import_file(path).draft
    assert draft.meta.title == "2024年度安全生产工作总结"
    assert outline(draft) == [(0, "一、", "主要做法"), (0, "二、", "存在问题")]


def test_a_word_notice_with_its_attached_plan_after_a_page_break(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("××县人民政府办公室关于印发××县2024年森林防火工作方案的通知")
    document.add_paragraph("各乡镇人民政府，县政府各部门：")
    document.add_paragraph(
        "《××县2024年森林防火工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。"
    )
    document.add_paragraph("附件：××县2024年森林防火工作方案")
    document.add_paragraph("××县人民政府办公室")
    document.add_paragraph("2024年2月20日")
    label = document.add_paragraph()
    label.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    label.add_run("附件")
    document.add_paragraph("××县2024年森林防火工作方案")
    document.add_paragraph("为切实做好2024年森林防火工作，制定本方案。")
    document.add_paragraph("一、工作目标")
    document.add_paragraph("确保不发生重大森林火灾。")
    document.add_paragraph("二、主要措施")
    document.add_paragraph("（一）加强火源管控。在重点区域设置检查站。")
    path = tmp_path / "通知.docx"
    document.save(str(path))
    draft = import_file(path).draft
    assert draft.meta.date == "2024年2月20日"
    assert draft.sections == []
    [plan] = draft.appendices
    assert plan.title == "××县2024年森林防火工作方案"
    assert [(s.heading, [c.heading for c in s.children]) for s in plan.sections] == [
        ("工作目标", []),
        ("主要措施", ["加强火源管控"]),
    ]


CORPUS = Path(__file__).parent / "data" / "import_corpus"


@pytest.mark.parametrize(
    "name", ["appendix_report", "appendix_notice", "mixed_levels_shi", "markers_yao"]
)
def test_an_imported_corpus_text_exported_to_word_imports_back_the_same(
    tmp_path: Path, name: str
) -> None:
    """Body, appendices and the printed numbers survive the round through Word."""
    export = pytest.importorskip("app.core.export.writer")
    draft = import_file(CORPUS / f"{name}.txt").draft
    path = tmp_path / f"{name}.docx"
    export.export_docx(draft, path)
    back = import_file(path).draft

    def printed(sections: list[Section]) -> list[tuple[int, str]]:
        rows: list[tuple[int, str]] = []

        def visit(siblings: list[Section], level: int) -> None:
            for section in siblings:
                rows.append((level, section.heading))
                visit(section.children, level + 1)

        visit(sections, 0)
        return rows

    assert [(lv, n, s.heading) for s, lv, n in back.walk_with_level()] == [
        (lv, n, s.heading) for s, lv, n in draft.walk_with_level()
    ]
    assert [(a.title, printed(a.sections)) for a in back.appendices] == [
        (a.title, printed(a.sections)) for a in draft.appendices
    ]
    assert back.meta.attachments == draft.meta.attachments
