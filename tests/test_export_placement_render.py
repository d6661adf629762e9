"""Placement rules (app.core.layout R1–R3) as LibreOffice renders them, measured per page.

R1: no heading line is the last line of a page. R2: no page holds only the closing part
(附件说明, 署名, 成文日期), the closing part never splits, and the page that holds it
starts with at least the last 2 lines of the last body paragraph. R3: the rendered title
lines are title_lines' balanced lines, no word split, no line of 1–2 characters.

Drafts are generated here: two built line by line so that, without the keep rules, a
heading falls on the last line of a page and the closing part alone on the last page
(the two cases issue 10 measured), the sample with 署名, 日期 and two attachments (its
page 6 held only the closing part), and long reports with four levels. Each built case
is also rendered as a *control* copy with every keep property stripped: the control must
show the defect, so the test proves it tests something.

One figure is LibreOffice's own (written down in app.core.layout, R2): LibreOffice meets
w:keepNext on a paragraph that would fit on the page by moving the whole paragraph, where
Word moves only the lines it must (at least 2 with widow control, ECMA-376 17.3.1.15
"at least partly rendered on the same page"). So under LibreOffice the page before the
closing part may end as early as the last paragraph is long; the test checks that the
paragraph moved whole and started the page, which is the LibreOffice reading of the rule.

All documents render in one soffice call, shared with tests/test_export_fonts_render.py,
with the stand-in fonts when they are installed (placement does not need them).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pdf_measure import PageLayout, line_slots, read_pages
from render_helpers import FONTS_CONF as _FONTS_CONF
from render_helpers import (
    render_batch_once,
    require_grid_renderer,
    stand_ins_missing,
)

from app.core.export.closing import attachment_lines, normalize_date
from app.core.export.title_lines import title_lines
from app.core.export.writer import ExportOptions, build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.printed import build as printed_build

pytestmark = pytest.mark.render

LINES_PER_PAGE = 22
PITCH_MM = 28.95 * 25.4 / 72

# Chinese text without punctuation: a paragraph of 26 + 28 (n - 1) characters fills
# exactly n lines (2 字 indent on the first), so the built drafts land where planned.
_HAN = (
    "全面落实党风廉政建设主体责任扎实推进各项重点工作任务深入开展调查研究健全完善工作制度"
    "机制切实加强干部队伍建设持续优化营商环境着力提升服务保障水平统筹推进疫情防控和经济社"
    "会发展认真落实意识形态工作责任制推动各项政策措施落地见效进一步压实工作责任确保各项任"
    "务按期完成"
)
_PHRASES = (
    "坚持以习近平新时代中国特色社会主义思想为指导",
    "全面落实党风廉政建设主体责任",
    "扎实推进各项重点工作任务",
    "深入开展调查研究",
    "健全完善工作制度机制",
    "切实加强干部队伍建设",
    "持续优化营商环境",
    "着力提升服务保障水平",
    "全年累计开展专题培训12期",
    "组织督导检查36次",
    "推动各项政策措施落地见效",
    "确保各项任务按期完成",
)
TITLES = [
    "关于印发《××市2024年度安全生产工作考核办法》的通知",
    "××局关于赴××市学习考察工作情况的报告",
    "××市××局关于赴××市学习考察数字政府建设工作情况的报告",
]
# Words each title must keep whole on the page.
TITLE_WORDS = ["安全生产", "考核办法", "通知", "学习", "考察", "工作", "情况", "报告", "数字政府"]


def exact_lines(lines: int, offset: int = 0) -> Paragraph:
    count = 26 + 28 * (lines - 1)
    text = "".join(_HAN[(offset + i) % len(_HAN)] for i in range(count - 1))
    return Paragraph.plain(text + "。")


def closing_meta(title: str = "××市××局2024年工作总结") -> Meta:
    return Meta(
        title=title,
        author="××市××局",
        date="2024年12月31日",
        attachments=["2024年度重点工作任务完成情况统计表", "2025年度工作计划"],
    )


def built_draft() -> Draft:
    """Without keep rules: 一、 on line 22 of page 1, （二） and 1. on lines 21–22 of page
    2, the last paragraph (12 lines) ending on line 22 of page 3, the closing part alone on
    page 4 (title and its blank line are lines 1–2 of page 1)."""
    level4 = Section(heading="第四层标题一", body=[exact_lines(12, 7)])
    level3 = [
        Section(heading="第三层标题一", body=[exact_lines(8, 5)]),
        Section(heading="第三层标题二", children=[level4]),
    ]
    level2 = [
        Section(heading="第二层标题一", body=[exact_lines(14, 3)]),
        Section(heading="第二层标题二", children=level3),
    ]
    return Draft(
        meta=closing_meta(),
        intro=[exact_lines(19)],
        sections=[Section(heading="第一层标题一", body=[exact_lines(5, 1)], children=level2)],
    )


class _Seq:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % (2**31)
        return self.state % bound


def _text(seq: _Seq, sentences: int) -> Paragraph:
    out = []
    for _ in range(sentences):
        parts = [_PHRASES[seq.next(len(_PHRASES))] for _ in range(2 + seq.next(3))]
        out.append("，".join(parts) + "。")
    return Paragraph.plain("".join(out))


def long_report(seed: int) -> Draft:
    """A long report: four levels, long sections, headings of one and two lines, short
    and long paragraphs, run-in items, closing part with two attachments."""
    seq = _Seq(seed)
    sections = []
    for i in range(3):
        level2 = []
        for j in range(2 + seq.next(2)):
            level3 = []
            for _k in range(2):
                level4 = [
                    Section(heading=f"第四层事项{m + 1}", body=[_text(seq, 1 + seq.next(4))])
                    for m in range(1 + seq.next(2))
                ]
                heading = "扎实推进重点工作" + ("，着力提升服务保障水平和工作质效" * seq.next(2))
                level3.append(
                    Section(
                        heading=heading,
                        body=[_text(seq, 1 + seq.next(5)) for _ in range(1 + seq.next(3))],
                        children=level4,
                    )
                )
            level3.append(Section(heading="强化责任落实", body=[_text(seq, 2)], run_in=True))
            level2.append(
                Section(
                    heading=f"统筹推进第{j + 1}项重点任务",
                    body=[_text(seq, 1 + seq.next(6))],
                    children=level3,
                )
            )
        sections.append(
            Section(heading=f"第{i + 1}部分主要工作", body=[_text(seq, 2)], children=level2)
        )
    return Draft(
        meta=closing_meta("××市××局关于2024年度党风廉政建设和反腐败工作情况的报告"),
        intro=[_text(seq, 4)],
        sections=sections,
    )


def sample_with_closing() -> Draft:
    from conftest import SAMPLE_DRAFT

    from app.core.draftfile import load_draft

    draft = load_draft(SAMPLE_DRAFT)
    draft.meta.author = "××市××局"
    draft.meta.date = "2020年7月1日"
    draft.meta.attachments = ["上半年重点工作完成情况表", "下半年工作任务分解表"]
    return draft


# keepNext and keepLines in any form, widow control switched on (the body style's
# widowControl val=0 stays: the 22-line grid needs it)
_KEEPS = re.compile(rb'<w:keep(?:Next|Lines)(?: w:val="[01]")?/>|<w:widowControl/>')


def strip_keeps(data: bytes) -> bytes:
    """The control copy: the same file without any keep property (the old placement)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename in ("word/document.xml", "word/styles.xml"):
                content = _KEEPS.sub(b"", content)
            dst.writestr(item, content)
    return out.getvalue()


def word_semantics(data: bytes) -> bytes:
    """w:overflowPunct as LibreOffice reads it (tests/test_export_render.py explains)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "word/styles.xml":
                content = content.replace(
                    b'<w:overflowPunct w:val="0"/>', b'<w:overflowPunct w:val="1"/>'
                )
            dst.writestr(item, content)
    return out.getvalue()


# -- the documents, and what each paragraph is ----------------------------------------------


@dataclass
class Case:
    draft: Draft
    options: ExportOptions
    control: bool = False  # keep properties stripped
    plain_title: bool = False  # title left to the renderer's own wrapping


def _cases() -> dict[str, Case]:
    sealed = ExportOptions(sealed=True)
    cases = {
        "built": Case(built_draft(), ExportOptions()),
        "built-control": Case(built_draft(), ExportOptions(), control=True),
        "built-sealed": Case(built_draft(), sealed),
        "sample": Case(sample_with_closing(), ExportOptions()),
        "sample-control": Case(sample_with_closing(), ExportOptions(), control=True),
        "report-1": Case(long_report(11), ExportOptions()),
        "report-2": Case(long_report(23), sealed),
        "report-3": Case(long_report(37), ExportOptions(run_in_lead="bold-fangsong")),
    }
    for index, title in enumerate(TITLES):
        short = Draft(meta=Meta(title=title), intro=[exact_lines(3)])
        cases[f"title-{index}"] = Case(short, ExportOptions())
        cases[f"title-{index}-control"] = Case(short, ExportOptions(), plain_title=True)
    return cases


def _docx(case: Case) -> bytes:
    if case.plain_title:
        saved = printed_build.title_lines
        printed_build.title_lines = lambda title: [title.strip()]  # type: ignore[assignment]
        try:
            data = build_docx_bytes(case.draft, case.options)
        finally:
            printed_build.title_lines = saved  # type: ignore[assignment]
    else:
        data = build_docx_bytes(case.draft, case.options)
    data = word_semantics(data)
    return strip_keeps(data) if case.control else data


def extra_documents(folder: Path) -> dict[str, Path]:
    """Documents of tests/test_export_fonts_render.py, rendered in the same batch."""
    from test_export_fonts_render import font_documents

    return font_documents(folder)


def _make(folder: Path) -> dict[str, Path]:
    files = {}
    for name, case in _cases().items():
        files[name] = folder / f"{name}.docx"
        files[name].write_bytes(_docx(case))
    files.update(extra_documents(folder))
    return files


def rendered_batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """name -> PDF of every document of the placement and font tests (one soffice call)."""
    require_grid_renderer()
    fontconfig = None if stand_ins_missing() else _FONTS_CONF
    folder = tmp_path_factory.mktemp("placement")
    return render_batch_once("placement+fonts", _make, folder, fontconfig)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class Printed:
    text: str  # without spaces
    role: str  # title, heading, body, closing


def printed_paragraphs(case: Case) -> list[Printed]:
    """The document's non-empty paragraphs with their role, read from the .docx itself."""
    from xml.etree import ElementTree

    data = build_docx_bytes(case.draft, case.options)
    root = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    meta = case.draft.meta
    closing = {_letters(t) for t, _ in attachment_lines(meta.attachments)}
    closing |= {_letters(meta.author), _letters(normalize_date(meta.date))}
    out = []
    for p in root.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in p.iter(f"{_W}t")).replace(" ", "")
        if not _letters(text):
            continue
        style = p.find(f"{_W}pPr/{_W}pStyle")
        style_id = style.get(f"{_W}val") if style is not None else ""
        # a run-in item: the lead run, then the body text's runs, in one paragraph
        run_in = len(p.findall(f"{_W}r")) > 1
        if style_id == "Title":
            role = "title"
        elif _letters(text) in closing:
            role = "closing"
        elif style_id.startswith("Heading") and not run_in:
            role = "heading"
        else:
            role = "body"
        out.append(Printed(_letters(text), role))
    return out


def _letters(text: str) -> str:
    """Characters and digits only: the matching ignores spaces and punctuation, which a
    renderer may hang in the margin or draw from another font."""
    return "".join(ch for ch in text if ch.isalnum())


@dataclass
class PageLines:
    page: PageLayout
    roles: list[str]  # per body line
    paragraphs: list[int]  # per body line: index into printed_paragraphs


def map_lines(pdf: Path, paragraphs: list[Printed]) -> list[PageLines]:
    """Each rendered line matched to the paragraph it prints, in reading order."""
    _, pages = read_pages(pdf)
    index, consumed = 0, ""
    out = []
    for page in pages:
        roles, owners = [], []
        for line in page.body:
            text = _letters(line.text)
            if not text:
                continue
            while index < len(paragraphs) and consumed == paragraphs[index].text:
                index, consumed = index + 1, ""
            assert index < len(paragraphs), f"page {page.number}: extra line {text}"
            expected = paragraphs[index].text
            assert expected.startswith(consumed + text), (
                f"page {page.number}: line {text!r} is not the next part of {expected!r}"
            )
            consumed += text
            roles.append(paragraphs[index].role)
            owners.append(index)
        out.append(PageLines(page, roles, owners))
    return out


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[PageLines]]:
    pdfs = rendered_batch(tmp_path_factory)
    cases = _cases()
    return {name: map_lines(pdfs[name], printed_paragraphs(case)) for name, case in cases.items()}


PLACED = ["built", "built-sealed", "sample", "report-1", "report-2", "report-3"]


def headings_at_foot(doc: list[PageLines]) -> list[int]:
    return [p.page.number for p in doc[:-1] if p.roles and p.roles[-1] == "heading"]


def closing_only_pages(doc: list[PageLines]) -> list[int]:
    return [p.page.number for p in doc if p.roles and set(p.roles) == {"closing"}]


def test_the_built_cases_show_both_defects_without_the_rules(
    pages: dict[str, list[PageLines]],
) -> None:
    """The controls (no keep properties) fail the way issue 10 measured."""
    control = pages["built-control"]
    assert headings_at_foot(control) == [1, 2]
    assert closing_only_pages(control) == [4]
    assert [line_slots(p.page.body, PITCH_MM) for p in control[:3]] == [22, 22, 22]
    assert closing_only_pages(pages["sample-control"]) == [6]


@pytest.mark.parametrize("name", PLACED)
def test_no_heading_is_the_last_line_of_a_page(
    pages: dict[str, list[PageLines]], name: str
) -> None:
    doc = pages[name]
    assert len(doc) >= 3
    assert headings_at_foot(doc) == []


@pytest.mark.parametrize("name", PLACED)
def test_the_closing_part_stays_together_and_with_body_lines(
    pages: dict[str, list[PageLines]], name: str
) -> None:
    doc = pages[name]
    assert closing_only_pages(doc) == []
    holding = [p for p in doc if "closing" in p.roles]
    assert len(holding) == 1, "the closing part split across pages"
    page = holding[0]
    body_lines = [r for r in page.roles if r != "closing"]
    assert len(body_lines) >= 2
    # LibreOffice's reading of keepNext (module docstring): the last body paragraph, and
    # the headings kept with it, moved whole when they had to move, so the page starts
    # with that chain and the page before holds none of it.
    before = doc[page.page.number - 2] if page.page.number >= 2 else None
    if before is not None and line_slots(before.page.body, PITCH_MM) < LINES_PER_PAGE:
        chain = [(i, r) for i, r in zip(page.paragraphs, page.roles, strict=True) if r != "closing"]
        last_body = chain[-1][0]
        assert all(r == "heading" for i, r in chain if i != last_body), "ended early for nothing"
        assert chain[0][0] not in before.paragraphs


@pytest.mark.parametrize("name", PLACED)
def test_pages_end_early_only_for_a_keep_rule(pages: dict[str, list[PageLines]], name: str) -> None:
    """Every page but the last holds 22 lines, unless the next page starts with a heading
    kept with its next paragraph (R1: the page ends as many lines early as the headings
    that moved) or with the last body paragraph kept with the closing part (R2)."""
    doc = pages[name]
    for page, following in zip(doc, doc[1:], strict=False):
        slots = line_slots(page.page.body, PITCH_MM)
        if slots == LINES_PER_PAGE:
            continue
        if "closing" in following.roles:
            continue  # R2: the last body paragraph (and its headings) moved to the closing
        moved_headings = 0
        for role in following.roles:
            if role != "heading":
                break
            moved_headings += 1
        if moved_headings:
            assert slots >= LINES_PER_PAGE - moved_headings, f"page {page.page.number}"
            continue
        raise AssertionError(f"page {page.page.number}: {slots} lines for no keep rule")


def test_built_case_figures(pages: dict[str, list[PageLines]]) -> None:
    """Where the rules put the built case: page 1 ends after 21 lines (一、 moved), page 2
    after 20 or 21 (（二） and 1. moved together), and the 12-line last paragraph starts
    the closing page (LibreOffice moves it whole; Word would move 2 lines)."""
    doc = pages["built"]
    slots = [line_slots(p.page.body, PITCH_MM) for p in doc]
    assert slots[0] == 21
    assert doc[1].roles[0] == "heading"
    closing_page = next(p for p in doc if "closing" in p.roles)
    assert closing_page.roles.count("body") == 12


@pytest.mark.parametrize("index", range(len(TITLES)))
def test_rendered_title_lines_are_the_balanced_lines(
    pages: dict[str, list[PageLines]], index: int
) -> None:
    doc = pages[f"title-{index}"]
    first = doc[0].page
    rendered = [ln.text.replace(" ", "") for ln in first.body if ln.sizes == {22.0}]
    assert rendered == title_lines(TITLES[index])
    for line in rendered:
        assert len(line) >= 3
    for word in TITLE_WORDS:
        if word in TITLES[index]:
            assert any(word in line for line in rendered), f"{word} split: {rendered}"


def test_left_to_itself_the_renderer_splits_title_words(
    pages: dict[str, list[PageLines]],
) -> None:
    """The controls: the same titles wrapped by width split a word (考核 in 考/核办法)."""
    split = []
    for index, title in enumerate(TITLES):
        first = pages[f"title-{index}-control"][0].page
        rendered = [ln.text.replace(" ", "") for ln in first.body if ln.sizes == {22.0}]
        if len(rendered) > 1:
            split += [w for w in TITLE_WORDS if w in title and not any(w in r for r in rendered)]
    assert split
