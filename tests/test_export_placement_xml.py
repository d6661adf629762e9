"""How the placement rules of app.core.layout are written in the .docx (R1, R2, R4).

R1: the heading styles keep with the next paragraph; a run-in paragraph (body text to
the reader) switches it off. R2: the closing part's paragraphs keep together (keepNext on
each but the last, keepLines on each) and the last body paragraph keeps with them, widow
control on for it alone. R4: the run-in lead in its level's face or in bold 仿宋.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest
from export_drafts import generated_draft
from lxml import etree

from app.cli import main
from app.core.export.writer import ExportError, ExportOptions, build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Section

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(name: str) -> str:
    return f"{{{W}}}{name}"


def parts(data: bytes) -> tuple[etree._Element, etree._Element]:
    archive = zipfile.ZipFile(BytesIO(data))
    return (
        etree.fromstring(archive.read("word/document.xml")),
        etree.fromstring(archive.read("word/styles.xml")),
    )


def text(p: etree._Element) -> str:
    return "".join(p.itertext())


def on_off(p: etree._Element, name: str) -> bool | None:
    """The paragraph's own value of an on/off property (None: inherited)."""
    el = p.find(f"w:pPr/w:{name}", NS)
    if el is None:
        return None
    return el.get(q("val"), "1") not in ("0", "false")


@pytest.fixture(scope="module")
def generated() -> tuple[list[etree._Element], etree._Element]:
    document, styles = parts(build_docx_bytes(generated_draft()))
    return document.findall(".//w:body/w:p", NS), styles


def test_r1_heading_styles_keep_with_next(generated: tuple) -> None:
    _, styles = generated
    for level in (1, 2, 3, 4):
        style = styles.find(f"w:style[@w:styleId='Heading{level}']", NS)
        assert style.find("w:pPr/w:keepNext", NS) is not None
    normal = styles.find("w:style[@w:styleId='Normal']", NS)
    assert normal.find("w:pPr/w:keepNext", NS) is None
    assert normal.find("w:pPr/w:widowControl", NS).get(q("val")) == "0"  # 22 lines


def test_r1_run_in_paragraphs_switch_it_off_heading_lines_inherit_it(generated: tuple) -> None:
    paragraphs, _ = generated
    run_in = [p for p in paragraphs if text(p).startswith("3.强化责任落实。")]
    assert run_in and all(on_off(p, "keepNext") is False for p in run_in)
    headings = [
        p for p in paragraphs if text(p).startswith(("一、第一层", "（二）第二层", "1.第三层"))
    ]
    assert headings and all(on_off(p, "keepNext") is None for p in headings)
    closing = [text(p) for p in paragraphs].index("附件：1.2024年度重点工作任务完成情况统计表")
    # body text: plain paragraphs and run-in items (a lead run and body runs)
    body = [
        p
        for p in paragraphs[:closing]
        if text(p) and (p.find("w:pPr/w:pStyle", NS) is None or len(p.findall("w:r", NS)) > 1)
    ]
    assert [on_off(p, "keepNext") for p in body].count(True) == 1  # only the last (R2)
    assert on_off(body[-1], "keepNext") is True and body[-1] is paragraphs[closing - 2]


def test_r2_closing_part_keeps_together_and_with_the_last_body_paragraph(
    generated: tuple,
) -> None:
    paragraphs, _ = generated
    texts = [text(p) for p in paragraphs]
    first = texts.index("附件：1.2024年度重点工作任务完成情况统计表") - 1  # 正文下空一行
    closing = paragraphs[first:]
    assert texts[first] == "" and texts[-1] == "2024年1月5日"
    assert len(closing) == 6  # blank, 2 attachments, blank, 署名, 日期
    assert [on_off(p, "keepNext") for p in closing] == [True] * 5 + [None]
    assert [on_off(p, "keepLines") for p in closing] == [True] * 6
    last_body = paragraphs[first - 1]
    assert on_off(last_body, "keepNext") is True
    assert on_off(last_body, "widowControl") is True
    widows = [p for p in paragraphs if on_off(p, "widowControl")]
    assert widows == [last_body], "widow control on the last body paragraph alone"


def test_r2_sealed_closing_keeps_its_two_blank_lines() -> None:
    document, _ = parts(build_docx_bytes(generated_draft(1), ExportOptions(sealed=True)))
    paragraphs = document.findall(".//w:body/w:p", NS)
    texts = [text(p) for p in paragraphs]
    signature = texts.index("××市××局")
    assert texts[signature - 2 : signature] == ["", ""]
    assert all(on_off(p, "keepNext") for p in paragraphs[signature - 5 : signature + 1])


def test_r2_without_closing_part_nothing_is_chained() -> None:
    draft = Draft(meta=Meta(title="标题"), intro=[Paragraph.plain("正文。")])
    document, _ = parts(build_docx_bytes(draft))
    for p in document.findall(".//w:body/w:p", NS):
        assert on_off(p, "keepNext") is None and on_off(p, "widowControl") is None


def test_r2_a_draft_of_only_the_closing_part_still_exports() -> None:
    draft = Draft(meta=Meta(author="××局", date="2024-01-05"))
    document, _ = parts(build_docx_bytes(draft))
    paragraphs = document.findall(".//w:body/w:p", NS)
    assert [text(p) for p in paragraphs] == ["", "××局", "2024年1月5日"]
    assert [on_off(p, "keepNext") for p in paragraphs] == [True, True, None]


def test_r3_the_title_paragraph_carries_the_balanced_lines() -> None:
    draft = Draft(meta=Meta(title="关于印发《××市2024年度安全生产工作考核办法》的通知"))
    document, _ = parts(build_docx_bytes(draft))
    title = document.find(".//w:body/w:p", NS)
    pieces = ["\n" if el.tag == q("br") else el.text for el in title.iter(q("t"), q("br"))]
    assert "".join(pieces) == "关于印发《××市2024年度安全生产\n工作考核办法》的通知"


def _lead_run(options: ExportOptions) -> etree._Element:
    draft = Draft(
        meta=Meta(title="标题"),
        sections=[
            Section(
                heading="第一层",
                children=[
                    Section(heading="完善制度", body=[Paragraph.plain("正文。")], run_in=True)
                ],
            )
        ],
    )
    document, _ = parts(build_docx_bytes(draft, options))
    item = [p for p in document.findall(".//w:body/w:p", NS) if text(p).startswith("（一）")][0]
    return item


def test_r4_run_in_lead_in_the_level_face_by_default() -> None:
    item = _lead_run(ExportOptions())
    lead, body = item.findall("w:r", NS)
    assert lead.find("w:rPr", NS) is None  # the Heading2 style: 楷体_GB2312
    assert body.find(".//w:rFonts", NS).get(q("eastAsia")) == "仿宋_GB2312"


@pytest.mark.parametrize(("profile", "face"), [("official", "仿宋_GB2312"), ("windows", "仿宋")])
def test_r4_bold_fangsong_lead(profile: str, face: str) -> None:
    item = _lead_run(ExportOptions(font_profile=profile, run_in_lead="bold-fangsong"))
    lead, body = item.findall("w:r", NS)
    assert lead.find(".//w:rFonts", NS).get(q("eastAsia")) == face
    assert lead.find(".//w:b", NS) is not None and lead.find(".//w:b", NS).get(q("val")) is None
    assert body.find(".//w:b", NS) is None  # the body text stays regular
    assert text(item) == "（一）完善制度。正文。"


def test_r4_unknown_choice_is_refused_in_chinese() -> None:
    with pytest.raises(ExportError, match="一是"):
        build_docx_bytes(Draft(), ExportOptions(run_in_lead="bold"))


def test_r4_command_line_flag(tmp_path, capsys, sample_draft_path) -> None:  # type: ignore[no-untyped-def]
    SAMPLE_DRAFT = sample_draft_path  # a copy: the export keeps a version beside it
    out = tmp_path / "out.docx"
    assert (
        main(["export", str(SAMPLE_DRAFT), "-o", str(out), "--run-in-lead", "bold-fangsong"]) == 0
    )
    document, _ = parts(out.read_bytes())
    item = [p for p in document.iter(q("p")) if text(p).startswith("一是完善制度机制")][0]
    assert item.find("w:r/w:rPr/w:b", NS) is not None
    with pytest.raises(SystemExit) as refused:
        main(["export", str(SAMPLE_DRAFT), "-o", str(out), "--run-in-lead", "x"])
    assert refused.value.code == 2
