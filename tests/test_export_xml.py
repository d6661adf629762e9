"""The exported .docx, read as XML, follows each rule of the GB/T 9704-2012 layout.

Expected numbers are written out from the standard (spec §2-§7), not taken from
app.core.layout: these tests check the standard, not the exporter against itself.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from export_drafts import generated_draft
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from app.core import fileio
from app.core.draftfile import load_draft
from app.core.errors import ZongjieError
from app.core.export.closing import (
    attachment_lines,
    closing_indents,
    normalize_date,
    width_in_zi,
)
from app.core.export.writer import ExportOptions, build_docx_bytes, export_docx
from app.core.model import Draft, Meta, Paragraph, Section

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(name: str) -> str:
    return f"{{{W}}}{name}"


class Docx:
    """The parts of an exported file, parsed."""

    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(__import__("io").BytesIO(data))
        self.names = self.zip.namelist()

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    @property
    def document(self) -> etree._Element:
        return self.xml("word/document.xml")

    @property
    def styles(self) -> etree._Element:
        return self.xml("word/styles.xml")

    def style(self, style_id: str) -> etree._Element:
        found = self.styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        assert found is not None, style_id
        return found

    def paragraphs(self) -> list[etree._Element]:
        return self.document.findall(".//w:body/w:p", NS)

    def footers(self) -> dict[str, etree._Element]:
        rels = etree.fromstring(self.zip.read("word/_rels/document.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        sect = self.document.find(".//w:body/w:sectPr", NS)
        return {
            ref.get(q("type")): self.xml("word/" + targets[ref.get(f"{{{NS_R}}}id")])
            for ref in sect.findall("w:footerReference", NS)
        }


NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def text_of(p: etree._Element) -> str:
    out = []
    for el in p.iter(q("t"), q("br")):
        out.append("\n" if el.tag == q("br") else (el.text or ""))
    return "".join(out)


def attr(el: etree._Element | None, name: str) -> str | None:
    assert el is not None
    return el.get(q(name))


@pytest.fixture(scope="module")
def gen() -> Docx:
    return Docx(build_docx_bytes(generated_draft()))


@pytest.fixture(scope="module")
def sample() -> Docx:
    from conftest import SAMPLE_DRAFT

    return Docx(build_docx_bytes(load_draft(SAMPLE_DRAFT)))


# -- page ------------------------------------------------------------------------------


def test_a4_page_and_margins_37_35_28_26_mm(gen: Docx) -> None:
    sect = gen.document.find(".//w:body/w:sectPr", NS)
    size = sect.find("w:pgSz", NS)
    assert (attr(size, "w"), attr(size, "h")) == ("11906", "16838")
    margin = sect.find("w:pgMar", NS)
    assert attr(margin, "top") == "2098"
    assert attr(margin, "bottom") in ("1984", "1985")
    assert attr(margin, "left") in ("1587", "1588")
    assert attr(margin, "right") == "1474"
    # Footer distance: 25-28 mm (spec §5.5); the render test checks the 7 mm itself.
    assert 1417 <= int(attr(margin, "footer")) <= 1588


def test_document_grid_gives_22_lines_of_28_characters(gen: Docx) -> None:
    grid = gen.document.find(".//w:body/w:sectPr/w:docGrid", NS)
    assert attr(grid, "type") == "linesAndChars"
    assert attr(grid, "linePitch") == "579"
    # (156 mm / 28 - 16 pt) x 4096: -849 with left margin 1588, -842 with 1587.
    assert -849 <= int(attr(grid, "charSpace")) <= -842
    assert gen.document.find(".//w:sectPr/w:titlePg", NS) is None  # page 1 is numbered


def test_template_defaults_are_gone(gen: Docx) -> None:
    styles = gen.styles
    defaults = styles.find("w:docDefaults", NS)
    spacing = defaults.find(".//w:pPrDefault//w:spacing", NS)
    assert spacing is None or attr(spacing, "after") in (None, "0")
    assert attr(defaults.find(".//w:rPrDefault//w:lang", NS), "eastAsia") == "zh-CN"
    assert attr(defaults.find(".//w:rPrDefault//w:sz", NS), "val") == "32"
    settings = gen.xml("word/settings.xml")
    assert attr(settings.find("w:themeFontLang", NS), "eastAsia") == "zh-CN"
    core = gen.zip.read("docProps/core.xml").decode()
    assert "python-docx" not in core
    assert not any("thumbnail" in n or "theme" in n for n in gen.names)


def test_no_theme_fonts_and_every_font_slot_pinned(gen: Docx) -> None:
    for name in [n for n in gen.names if n.endswith(".xml") and n.startswith("word/")]:
        root = gen.xml(name)
        for fonts in root.iter(q("rFonts")):
            theme = [a for a in fonts.attrib if "theme" in a.lower()]
            assert not theme, (name, theme)
            for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
                assert fonts.get(q(slot)), (name, slot)


# -- body ------------------------------------------------------------------------------


def test_normal_style_is_3hao_fangsong_exact_579_first_line_2zi_justified(gen: Docx) -> None:
    normal = gen.style("Normal")
    assert attr(normal, "default") == "1"
    assert attr(normal.find(".//w:rFonts", NS), "eastAsia") == "仿宋_GB2312"
    assert attr(normal.find(".//w:sz", NS), "val") == "32"
    spacing = normal.find(".//w:spacing", NS)
    assert (attr(spacing, "line"), attr(spacing, "lineRule")) == ("579", "exact")
    assert (attr(spacing, "before"), attr(spacing, "after")) == ("0", "0")
    ind = normal.find(".//w:ind", NS)
    assert attr(ind, "firstLineChars") == "200"
    assert 600 <= int(attr(ind, "firstLine")) <= 640
    assert attr(normal.find(".//w:jc", NS), "val") == "both"
    assert attr(normal.find(".//w:widowControl", NS), "val") == "0"
    # Word/WPS: no punctuation hanging past the right edge of the 版心.
    assert attr(normal.find(".//w:overflowPunct", NS), "val") == "0"


def test_title_2hao_xiaobiaosong_centred_not_bold_with_line_break(gen: Docx) -> None:
    title = gen.style("Title")
    assert attr(title.find(".//w:rFonts", NS), "eastAsia") == "方正小标宋简体"
    assert attr(title.find(".//w:sz", NS), "val") == "44"
    assert attr(title.find(".//w:b", NS), "val") == "0"
    assert attr(title.find(".//w:jc", NS), "val") == "center"
    assert attr(title.find(".//w:ind", NS), "firstLine") == "0"
    first = gen.paragraphs()[0]
    assert attr(first.find(".//w:pStyle", NS), "val") == "Title"
    assert text_of(first) == "关于2024年度党建工作\n和业务工作情况的总结"


def test_subtitle_then_one_blank_line_then_intro(gen: Docx) -> None:
    paragraphs = gen.paragraphs()
    assert attr(paragraphs[1].find(".//w:pStyle", NS), "val") == "Subtitle"
    assert text_of(paragraphs[1]) == "——在全局年度工作会议上的报告"
    assert text_of(paragraphs[2]) == ""
    assert text_of(paragraphs[3]).startswith(generated_draft().intro[0].text[:10])
    subtitle = gen.style("Subtitle")
    assert attr(subtitle.find(".//w:rFonts", NS), "eastAsia") == "楷体_GB2312"
    assert attr(subtitle.find(".//w:jc", NS), "val") == "center"


@pytest.mark.parametrize(
    ("level", "font", "number"),
    [
        (0, "黑体", "一、"),
        (1, "楷体_GB2312", "（一）"),
        (2, "仿宋_GB2312", "1."),
        (3, "仿宋_GB2312", "（1）"),
    ],
)
def test_heading_levels_fonts_numbers_and_outline_levels(
    gen: Docx, level: int, font: str, number: str
) -> None:
    style_id = f"Heading{level + 1}"
    style = gen.style(style_id)
    assert attr(style.find("w:name", NS), "val") == f"heading {level + 1}"
    assert attr(style.find(".//w:outlineLvl", NS), "val") == str(level)
    assert attr(style.find(".//w:rFonts", NS), "eastAsia") == font
    assert attr(style.find(".//w:sz", NS), "val") == "32"
    assert attr(style.find(".//w:b", NS), "val") == "0"
    headings = [
        p for p in gen.paragraphs() if p.find(f".//w:pStyle[@w:val='{style_id}']", NS) is not None
    ]
    assert headings
    assert text_of(headings[0]).startswith(number)


def test_level3_bold_option() -> None:
    doc = Docx(build_docx_bytes(generated_draft(1), ExportOptions(level3_bold=True)))
    assert doc.style("Heading3").find(".//w:b", NS).get(q("val")) is None  # <w:b/> = on
    # the body text of a run-in level-3 item is not bold
    run_in = [p for p in doc.paragraphs() if text_of(p).startswith("3.强化责任落实。")][0]
    body_run = run_in.findall("w:r", NS)[1]
    assert attr(body_run.find(".//w:b", NS), "val") == "0"


def test_run_in_item_is_one_paragraph_heading_run_then_body_run(gen: Docx) -> None:
    draft = generated_draft()
    item = draft.sections[0].children[0].children[2]
    assert item.run_in
    paragraph = [p for p in gen.paragraphs() if text_of(p).startswith("3.强化责任落实。")][0]
    assert text_of(paragraph) == "3.强化责任落实。" + item.body[0].text
    runs = paragraph.findall("w:r", NS)
    assert runs[0].find(".//w:rFonts", NS) is None  # heading run: the level style's font
    assert attr(runs[1].find(".//w:rFonts", NS), "eastAsia") == "仿宋_GB2312"
    # a heading that already ends in ！ gets no extra 。
    assert any(
        text_of(p).startswith("4.狠抓督促检查！持续") or text_of(p).startswith("4.狠抓督促检查！")
        for p in gen.paragraphs()
    )
    assert not any("！。" in text_of(p) for p in gen.paragraphs())


def test_sample_run_in_items_use_the_cn_shi_numbers(sample: Docx) -> None:
    texts = [text_of(p) for p in sample.paragraphs()]
    assert texts[0] == "2020年上半年工作总结"
    assert "一、上半年主要工作" in texts
    assert any(t.startswith("一是完善制度机制，深化系统党的政治建设。以贯彻落实") for t in texts)


def test_bold_italic_underline_runs_are_kept(gen: Docx) -> None:
    paragraph = [p for p in gen.paragraphs() if text_of(p).startswith("这一段含有")][0]
    runs = {text_of(r): r for r in paragraph.findall("w:r", NS)}
    assert runs["加粗文字"].find("w:rPr/w:b", NS) is not None
    assert runs["倾斜文字"].find("w:rPr/w:i", NS) is not None
    assert attr(runs["下划线文字"].find("w:rPr/w:u", NS), "val") == "single"
    assert runs["这一段含有"].find("w:rPr", NS) is None
    assert "以及特殊字符 A&B <c> “引号”。" in text_of(paragraph)


def test_attachment_note_after_one_blank_line_with_hanging_indents(gen: Docx) -> None:
    paragraphs = gen.paragraphs()
    texts = [text_of(p) for p in paragraphs]
    first = texts.index("附件：1.2024年度重点工作任务完成情况统计表")
    assert texts[first - 1] == ""
    assert texts[first + 1] == "2.2025年度工作计划"
    ind = paragraphs[first].find(".//w:ind", NS)
    assert (attr(ind, "leftChars"), attr(ind, "hangingChars")) == ("600", "400")
    ind2 = paragraphs[first + 1].find(".//w:ind", NS)
    assert (attr(ind2, "leftChars"), attr(ind2, "hangingChars")) == ("600", "100")


def test_signature_and_date_unsealed_layout(gen: Docx) -> None:
    paragraphs = gen.paragraphs()
    texts = [text_of(p) for p in paragraphs]
    signature = texts.index("××市××局")
    assert texts[signature + 1] == "2024年1月5日"  # no leading zeros
    assert texts[signature - 1] == ""
    # 署名 6 字, date 6 字 (half-width digits count half): date 右空二字 and the
    # 署名 moves left so the date starts 2 字 right of it: 4 字.
    sig_ind = paragraphs[signature].find(".//w:ind", NS)
    date_ind = paragraphs[signature + 1].find(".//w:ind", NS)
    assert attr(sig_ind, "rightChars") == "400"
    assert attr(date_ind, "rightChars") == "200"
    assert attr(paragraphs[signature].find(".//w:jc", NS), "val") == "right"
    assert paragraphs[signature].find(".//w:keepNext", NS) is not None
    # digits count half a 字 only without Word's Chinese-digit gaps
    assert attr(paragraphs[signature + 1].find(".//w:autoSpaceDN", NS), "val") == "0"
    assert attr(paragraphs[signature + 1].find(".//w:autoSpaceDE", NS), "val") == "0"


def test_signature_sealed_layout() -> None:
    doc = Docx(build_docx_bytes(generated_draft(1), ExportOptions(sealed=True)))
    paragraphs = doc.paragraphs()
    texts = [text_of(p) for p in paragraphs]
    signature = texts.index("××市××局")
    assert texts[signature - 2 : signature] == ["", ""]
    assert attr(paragraphs[signature + 1].find(".//w:ind", NS), "rightChars") == "400"
    # centred over the date: both 6 字 wide -> same right indent
    assert attr(paragraphs[signature].find(".//w:ind", NS), "rightChars") == "400"


# -- page numbers ------------------------------------------------------------------------


def test_odd_and_even_footers_with_page_field(gen: Docx) -> None:
    settings = gen.xml("word/settings.xml")
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    footers = gen.footers()
    assert set(footers) == {"default", "even"}
    for kind, side, cached in (("default", "right", "2"), ("even", "left", "2")):
        p = footers[kind].find("w:p", NS)
        assert attr(p.find(".//w:jc", NS), "val") == side
        inset = int(attr(p.find(".//w:ind", NS), side))
        assert 280 <= inset <= 320  # 1 字 (四号 280 … 三号 320 twips)
        chars = [attr(f, "fldCharType") for f in p.iter(q("fldChar"))]
        assert chars == ["begin", "separate", "end"]
        assert "PAGE" in "".join(t.text for t in p.iter(q("instrText")))
        text = text_of(p)
        assert text.startswith("\u2014 ") and text.endswith(" \u2014")
        assert text.strip("\u2014 ").isdigit()  # the cached value
        for fonts in p.iter(q("rFonts")):
            assert {fonts.get(q(s)) for s in ("ascii", "hAnsi", "eastAsia", "cs")} == {"宋体"}
        del cached
    footer_style = gen.style("Footer")
    assert attr(footer_style.find(".//w:sz", NS), "val") == "28"
    assert attr(footer_style.find(".//w:ind", NS), "firstLine") == "0"
    assert attr(footer_style.find(".//w:snapToGrid", NS), "val") == "0"


# -- profiles ------------------------------------------------------------------------------


def test_windows_font_profile_and_times_latin() -> None:
    doc = Docx(
        build_docx_bytes(
            generated_draft(1), ExportOptions(font_profile="windows", latin_font="times")
        )
    )
    normal = doc.style("Normal").find(".//w:rFonts", NS)
    assert (attr(normal, "eastAsia"), attr(normal, "ascii"), attr(normal, "hAnsi")) == (
        "仿宋",
        "Times New Roman",
        "Times New Roman",
    )
    assert attr(normal, "hint") == "eastAsia"  # “” stay in the Chinese font
    levels = [
        attr(doc.style(f"Heading{i}").find(".//w:rFonts", NS), "eastAsia") for i in (1, 2, 3, 4)
    ]
    assert levels == ["黑体", "楷体", "仿宋", "仿宋"]
    title = doc.style("Title")
    assert attr(title.find(".//w:rFonts", NS), "eastAsia") == "宋体"
    fonts = doc.xml("word/fontTable.xml")
    names = {f.get(q("name")) for f in fonts.findall("w:font", NS)}
    assert {"仿宋", "楷体", "黑体", "宋体", "Times New Roman"} <= names


def test_unknown_option_is_a_chinese_error() -> None:
    with pytest.raises(ZongjieError, match="字体方案"):
        build_docx_bytes(generated_draft(1), ExportOptions(font_profile="mac"))


# -- text rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024年01月05日", "2024年1月5日"),
        ("2024-1-5", "2024年1月5日"),
        ("2024.12.31", "2024年12月31日"),
        ("２０２４年７月１日", "2024年7月1日"),
        ("二〇二四年七月十一日", "2024年7月11日"),
        ("二〇二〇年十二月三十一日", "2020年12月31日"),
        ("2024年春", "2024年春"),
    ],
)
def test_dates_in_arabic_numerals_without_leading_zeros(given: str, expected: str) -> None:
    assert normalize_date(given) == expected


def test_closing_indent_rules() -> None:
    assert width_in_zi("2024年12月31日") == 7
    # 7.3.5.2 example: 署名 6 字, date 7 字 -> date 右空二字, 署名 右空五字
    unsealed = closing_indents("××市××局", "2024年12月31日", sealed=False)
    assert (unsealed.signature, unsealed.date) == (5, 2)
    # a long 署名: 右空二字, the date starts 2 字 right of the 署名's start
    long = closing_indents("中共××市委员会办公室", "2024年1月5日", sealed=False)  # 11 字, 6 字
    assert (long.signature, long.date) == (2, 2 + 11 - 2 - 6)
    sealed = closing_indents("××市××局", "2024年12月31日", sealed=True)
    assert (sealed.signature, sealed.date) == (4.5, 4)


def test_attachment_lines() -> None:
    assert attachment_lines(["统计表。"]) == [("附件：统计表", True)]
    assert attachment_lines(["甲", "", "乙；"]) == [("附件：1.甲", True), ("2.乙", False)]
    assert attachment_lines([]) == []


# -- writing the file -----------------------------------------------------------------------


def test_export_writes_a_docx_and_replaces_an_old_one(tmp_path: Path) -> None:
    out = tmp_path / "总结.docx"
    out.write_bytes(b"old")
    export_docx(generated_draft(1), out)
    assert zipfile.is_zipfile(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["总结.docx"]


def test_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio, "_before_replace", fail)
    out = tmp_path / "总结.docx"
    with pytest.raises(ZongjieError) as info:
        export_docx(generated_draft(1), out)
    assert "磁盘空间不足" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ZongjieError, match="不存在"):
        export_docx(generated_draft(1), tmp_path / "没有这个文件夹" / "a.docx")


def test_control_characters_do_not_break_the_file() -> None:
    draft = Draft(
        meta=Meta(title="标题"),
        sections=[Section(heading="一节\x07", body=[Paragraph.plain("正文\x00\x1f含控制符")])],
    )
    doc = Docx(build_docx_bytes(draft))
    assert "正文含控制符" in [text_of(p) for p in doc.paragraphs()]


def test_command_line_export(tmp_path: Path, sample_draft_path: Path) -> None:
    from app.cli import main

    SAMPLE_DRAFT = sample_draft_path  # a copy: the export keeps a version beside it
    out = tmp_path / "out.docx"
    assert (
        main(["export", str(SAMPLE_DRAFT), "-o", str(out), "--fonts", "windows", "--sealed"]) == 0
    )
    assert zipfile.is_zipfile(out)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.docx")]) == 2
    assert not (tmp_path / "x.docx").exists()


def test_empty_draft_still_makes_a_valid_document() -> None:
    doc = Docx(build_docx_bytes(Draft()))
    assert len(doc.paragraphs()) == 1


def test_levels_below_the_fourth_keep_their_outline_level_and_single_attachment() -> None:
    deep = Section(heading="第五层")
    chain = Section(heading="第四层", children=[deep])
    for name in ("第三层", "第二层", "第一层"):
        chain = Section(heading=name, children=[chain])
    draft = Draft(meta=Meta(title="标题", attachments=["统计表"]), sections=[chain])
    doc = Docx(build_docx_bytes(draft))
    paragraph = [p for p in doc.paragraphs() if text_of(p) == "第五层"][0]
    assert attr(paragraph.find(".//w:pStyle", NS), "val") == "Heading4"
    assert attr(paragraph.find(".//w:outlineLvl", NS), "val") == "4"
    note = [p for p in doc.paragraphs() if text_of(p) == "附件：统计表"][0]
    ind = note.find(".//w:ind", NS)
    assert (attr(ind, "leftChars"), attr(ind, "hangingChars")) == ("500", "300")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(max_size=30), st.booleans(), st.booleans(), st.booleans()),
        min_size=1,
        max_size=4,
    ),
    st.text(max_size=20),
)
def test_any_text_round_trips_through_python_docx(runs: list, heading: str) -> None:
    """Whatever the user typed (control characters, CR, tabs, symbols) gives a file that
    opens, with the same text minus the characters XML cannot hold."""
    import io as _io

    import docx

    from app.core.export.ooxml import escape
    from app.core.model import Run

    paragraph = Paragraph([Run(t, b, i, u) for t, b, i, u in runs])
    draft = Draft(meta=Meta(title="标题"), sections=[Section(heading=heading, body=[paragraph])])
    document = docx.Document(_io.BytesIO(build_docx_bytes(draft)))

    def clean(text: str) -> str:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return (
            escape(text)
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", '"')
            .replace("&amp;", "&")
        )

    texts = [p.text for p in document.paragraphs]
    expected_heading = "一、" + clean(heading).strip()
    assert expected_heading in texts
    body = clean(paragraph.text)
    if body.strip():
        assert body in texts
