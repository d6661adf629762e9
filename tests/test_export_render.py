"""LibreOffice renders the exported files; the PDF is measured like a printed page.

22 lines per full page, 28 characters per full line, the text block at 28/26 mm, page
numbers "— N —" right on odd and left on even pages, 1 字 in, their dashes 7 mm under the
text block, title 22 pt and body 16 pt.

One LibreOffice difference is compensated, and only in a copy: LibreOffice's DOCX import
reads w:overflowPunct inverted (writerfilter DomainMapper: IsHangingPunctuation =
(overflowPunct == 0)), so our "no hanging punctuation" (val=0, what Word and WPS honour)
makes LibreOffice hang "，" and "。" in the right margin. The "as Word reads it" copy writes
that one attribute the way LibreOffice reads it; the unmodified file is rendered too and
checked for everything else, its only allowed difference being such a hanging mark.
"""

from __future__ import annotations

import io
import zipfile
from itertools import dropwhile
from pathlib import Path

import pytest
from export_drafts import generated_draft
from pdf_measure import (
    BLOCK_BOTTOM_MM,
    BLOCK_LEFT_MM,
    BLOCK_RIGHT_MM,
    BLOCK_TOP_MM,
    PT_PER_MM,
    Line,
    PageLayout,
    body_pitch_mm,
    dash_ink_centre_mm,
    is_chinese,
    line_slots,
    read_pages,
)
from render_helpers import render_pdfs, require_grid_renderer

from app.core.draftfile import load_draft
from app.core.export.writer import ExportOptions, build_docx_bytes
from app.core.model import Draft

pytestmark = pytest.mark.render

ZI_MM = 16 / PT_PER_MM  # one 三号 字: 5.64 mm
PITCH_MM = 28.95 / PT_PER_MM  # 225 mm / 22 lines, in whole twips
EDGE_TOLERANCE_MM = 0.5
# Characters that may not start a line (避头) or end one (避尾): a line that ends early
# because of them holds fewer than 28 characters (GB/T 15834 practice, Word's kinsoku).
NO_LINE_START = set("，。、；：？！）》〉」』”’…—·%％")
NO_LINE_END = set("（《〈「『“‘")
HANGABLE = set("，。、；：？！）》」』”’")


def _word_semantics_copy(data: bytes) -> bytes:
    """The same file with w:overflowPunct written the way LibreOffice reads it."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "word/styles.xml":
                flipped = content.replace(
                    b'<w:overflowPunct w:val="0"/>', b'<w:overflowPunct w:val="1"/>'
                )
                assert flipped != content, "the exporter no longer writes overflowPunct=0"
                content = flipped
            dst.writestr(item, content)
    return out.getvalue()


class Rendered:
    def __init__(self, pdf: Path, draft: Draft, options: ExportOptions | None) -> None:
        from test_export_placement_render import Case, map_lines, printed_paragraphs

        self.pdf_file, self.pages = read_pages(pdf)
        self.pitch_mm = body_pitch_mm(self.pages)
        # the role of every body line (title, heading, body, closing), for the keep rules
        case = Case(draft, options or ExportOptions())
        self.roles = [m.roles for m in map_lines(pdf, printed_paragraphs(case))]

    def full_pages(self) -> list[PageLayout]:
        """Pages a reviewer expects to be full: all but the last, and not a page that ends
        early for a placement rule of app.core.layout: the page before one that starts
        with a heading (R1: a heading keeps with its next paragraph, so it is never a
        page's last line) and the page before the one with the 署名 (R2: the closing part
        is chained to the last body paragraph with keepNext, no page without body text)."""
        pages = self.pages[:-1]
        kept = []
        for page, next_roles in zip(self.pages, self.roles[1:], strict=False):
            headings = len(next_roles) - len(list(dropwhile(lambda r: r == "heading", next_roles)))
            if headings:
                # R1: the page ends as many lines early as the heading lines that moved
                assert line_slots(page.body, self.pitch_mm) >= 22 - headings, f"page {page.number}"
                kept.append(page)
        signature_page = self.signature_page()
        if signature_page is not None and signature_page.number >= 2:
            before = self.pages[signature_page.number - 2]
            # What may move: the last body paragraph and the headings kept with it, plus
            # the closing part that must stay together with it, and only because they did
            # not fit after the page's other lines. LibreOffice moves that paragraph whole
            # (Word only its last 2 lines: layout R2), so the sample's 12-line last
            # paragraph leaves its page with 7 lines under LibreOffice.
            moved = line_slots(signature_page.body, self.pitch_mm)
            assert line_slots(before.body, self.pitch_mm) + moved > 22, "too many lines moved"
            kept.append(before)
        return [p for p in pages if p not in kept]

    def kept_short(self) -> list[PageLayout]:
        """Pages that end early for a keep rule (see full_pages)."""
        full = self.full_pages()
        return [p for p in self.pages[:-1] if p not in full]

    def signature_page(self) -> PageLayout | None:
        for page in self.pages:
            if any(ln.text == "××市××局" for ln in page.body):
                return page
        return None


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    require_grid_renderer()

    folder = tmp_path_factory.mktemp("render")
    files = {}
    variant = ExportOptions(font_profile="windows", latin_font="times", sealed=True)
    sources: dict[str, tuple[Draft, ExportOptions | None]] = {
        "generated": (generated_draft(), None),
        "sample": (sample_with_closing(), None),
        "variant": (generated_draft(1), variant),
    }
    for name, (draft, options) in sources.items():
        data = build_docx_bytes(draft, options)
        files[name] = folder / f"{name}.docx"
        files[name].write_bytes(data)
        files[name + "-word"] = folder / f"{name}-word.docx"
        files[name + "-word"].write_bytes(_word_semantics_copy(data))
    pdfs = render_pdfs(list(files.values()), folder / "pdf")
    return {
        name: Rendered(pdf, *sources[name.removesuffix("-word")])
        for name, pdf in zip(files, pdfs, strict=True)
    }


WORD_VIEWS = ["generated-word", "sample-word", "variant-word"]


def sample_with_closing() -> Draft:
    """The sample as handed in: its last paragraph is 12 lines long, then 附件 and 署名."""
    from conftest import SAMPLE_DRAFT

    draft = load_draft(SAMPLE_DRAFT)
    draft.meta.author = "××市××局"
    draft.meta.date = "2020年7月1日"
    draft.meta.attachments = ["上半年重点工作完成情况表", "下半年工作任务分解表"]
    return draft


@pytest.mark.parametrize("view", WORD_VIEWS)
def test_22_lines_on_every_full_page(rendered: dict[str, Rendered], view: str) -> None:
    doc = rendered[view]
    assert doc.pitch_mm == pytest.approx(PITCH_MM, abs=0.05)
    assert len(doc.pages) >= 2
    for page in doc.full_pages():
        assert line_slots(page.body, doc.pitch_mm) == 22, f"page {page.number}"
        # the 22 lines fill the 225 mm block from its top to its bottom
        assert page.body[0].baseline_mm - 16 / PT_PER_MM > BLOCK_TOP_MM - 0.3
        assert page.body[-1].baseline_mm < BLOCK_BOTTOM_MM
        assert BLOCK_BOTTOM_MM - page.body[-1].baseline_mm < doc.pitch_mm / 2


def test_middle_pages_hold_22_printed_lines(rendered: dict[str, Rendered]) -> None:
    doc = rendered["generated-word"]
    # pages that end early for a keep rule (R1, R2 in app.core.layout) are not "middle"
    middle = [p for p in doc.pages[1:-1] if p not in doc.kept_short()]
    assert len(middle) >= 10  # "many pages"
    assert [len(p.body) for p in middle] == [22] * len(middle)


def _lines_with_next(doc: Rendered) -> list[tuple[PageLayout, Line, Line | None]]:
    flat = [(page, line) for page in doc.pages for line in page.body]
    return [
        (page, line, flat[i + 1][1] if i + 1 < len(flat) else None)
        for i, (page, line) in enumerate(flat)
    ]


def _ends_early_for_line_breaking(line: Line, following: Line | None) -> bool:
    if line.glyphs[-1]["text"] in NO_LINE_END:
        return True
    if following is None:
        return False
    head = [c["text"] for c in following.glyphs[:2]]
    if set(head) & NO_LINE_START or not is_chinese(head[0]):
        return True
    # "开展“创…": Unicode line breaking (UAX #14 LB19) does not break before an ambiguous
    # quotation mark, so the character before an opening “ moves down with it.
    return len(head) > 1 and head[1] in NO_LINE_END


@pytest.mark.parametrize("view", WORD_VIEWS)
def test_28_characters_on_every_full_chinese_line(rendered: dict[str, Rendered], view: str) -> None:
    doc = rendered[view]
    full_lines = 0
    for page, line, following in _lines_with_next(doc):
        if not line.all_chinese or max(line.sizes) > 16:
            continue
        count = len(line.glyphs)
        assert count <= 28, f"page {page.number}: {count} characters: {line.text}"
        starts_at_edge = abs(line.left_mm - BLOCK_LEFT_MM) < EDGE_TOLERANCE_MM
        reaches_right = abs(line.right_mm - BLOCK_RIGHT_MM) < EDGE_TOLERANCE_MM
        if starts_at_edge and reaches_right:
            full_lines += 1
            if count < 28:
                assert _ends_early_for_line_breaking(line, following), (
                    f"page {page.number}: only {count} characters: {line.text}"
                )
        if abs(line.left_mm - (BLOCK_LEFT_MM + 2 * ZI_MM)) < EDGE_TOLERANCE_MM:
            assert count <= 26, f"page {page.number}: indented line with {count}: {line.text}"
    assert full_lines >= 10


@pytest.mark.parametrize("view", WORD_VIEWS)
def test_text_block_edges_28_and_26_mm(rendered: dict[str, Rendered], view: str) -> None:
    doc = rendered[view]
    body_lines = [ln for p in doc.pages for ln in p.body if max(ln.sizes) <= 16]
    lefts = [ln.left_mm for ln in body_lines]
    rights = [ln.right_mm for ln in body_lines]
    assert min(lefts) == pytest.approx(BLOCK_LEFT_MM, abs=EDGE_TOLERANCE_MM)
    assert max(rights) == pytest.approx(BLOCK_RIGHT_MM, abs=EDGE_TOLERANCE_MM)
    # most lines are justified to both edges
    flush = [r for r in rights if abs(r - BLOCK_RIGHT_MM) < EDGE_TOLERANCE_MM]
    assert len(flush) > len(rights) / 2
    # first lines are indented 2 字
    indented = [x for x in lefts if abs(x - (BLOCK_LEFT_MM + 2 * ZI_MM)) < EDGE_TOLERANCE_MM]
    assert indented


def test_file_as_is_differs_only_by_hanging_punctuation(rendered: dict[str, Rendered]) -> None:
    """The unmodified file in LibreOffice: nothing but a hanging mark passes the edge."""
    doc = rendered["generated"]
    for page in doc.pages:
        for line in page.body:
            outside = [
                c for c in line.glyphs if c["x1"] / PT_PER_MM > BLOCK_RIGHT_MM + EDGE_TOLERANCE_MM
            ]
            if outside:
                assert len(outside) == 1 and outside[0]["text"] in HANGABLE, line.text
            inside = [c for c in line.glyphs if c not in outside]
            if line.all_chinese:
                assert len(inside) <= 28
    assert line_slots(doc.pages[1].body, doc.pitch_mm) == 22


@pytest.mark.parametrize("view", WORD_VIEWS)
def test_page_numbers_dash_n_dash_outside_corner_one_zi_in(
    rendered: dict[str, Rendered], view: str
) -> None:
    doc = rendered[view]
    for page in doc.pages:
        assert len(page.footer) == 1, f"page {page.number}"
        number = page.footer[0]
        assert number.text.replace(" ", "") == f"\u2014{page.number}\u2014"
        assert number.text.startswith("\u2014 ")
        assert number.sizes == {14.0}
        if page.number % 2:
            inset = BLOCK_RIGHT_MM - number.right_mm
        else:
            inset = number.left_mm - BLOCK_LEFT_MM
        assert inset == pytest.approx(ZI_MM, abs=EDGE_TOLERANCE_MM), f"page {page.number}"


def test_page_number_dash_7_mm_below_the_text_block(rendered: dict[str, Rendered]) -> None:
    doc = rendered["generated-word"]
    for page in doc.pages[:2]:
        dash = page.footer[0].glyphs[0]
        below = dash_ink_centre_mm(page, dash) - BLOCK_BOTTOM_MM
        assert below == pytest.approx(7.0, abs=1.0), f"page {page.number}: {below:.2f} mm"


@pytest.mark.parametrize("view", WORD_VIEWS)
def test_title_22_pt_body_16_pt(rendered: dict[str, Rendered], view: str) -> None:
    first = rendered[view].pages[0]
    title_lines = [ln for ln in first.body if ln.sizes == {22.0}]
    assert title_lines, "no 22 pt title line"
    assert first.body[0] is title_lines[0]
    centre = (title_lines[0].left_mm + title_lines[0].right_mm) / 2
    assert centre == pytest.approx((BLOCK_LEFT_MM + BLOCK_RIGHT_MM) / 2, abs=1.5)
    body_sizes = {
        s for p in rendered[view].pages for ln in p.body[len(title_lines) :] for s in ln.sizes
    }
    assert body_sizes == {16.0}


def test_attachment_note_and_signature_positions(rendered: dict[str, Rendered]) -> None:
    lines = [ln for p in rendered["generated-word"].pages for ln in p.body]
    texts = [ln.text.replace(" ", "") for ln in lines]
    first = lines[texts.index("附件：1.2024年度重点工作任务完成情况统计表")]
    second = lines[texts.index("2.2025年度工作计划")]
    assert first.left_mm == pytest.approx(BLOCK_LEFT_MM + 2 * ZI_MM, abs=EDGE_TOLERANCE_MM)
    number_x = [c for c in first.glyphs if c["text"] == "1"][0]["x0"] / PT_PER_MM
    assert second.left_mm == pytest.approx(number_x, abs=0.3)  # "2." under "1."
    signature = lines[texts.index("××市××局")]
    date = lines[texts.index("2024年1月5日")]
    # unsealed: date 右空二字; 署名 moved left to 右空四字 (equal widths, 7.3.5.2). Only the
    # right edges are compared: LibreOffice ignores w:autoSpaceDN and widens the date by
    # ~0.2 字 per Chinese-digit boundary, and its fallback fonts' digits are not 0.5 字.
    assert BLOCK_RIGHT_MM - date.right_mm == pytest.approx(2 * ZI_MM, abs=EDGE_TOLERANCE_MM)
    assert BLOCK_RIGHT_MM - signature.right_mm == pytest.approx(4 * ZI_MM, abs=EDGE_TOLERANCE_MM)


def test_sealed_layout_positions(rendered: dict[str, Rendered]) -> None:
    """7.3.5.1: date 右空四字, 署名 centred over it (equal widths here: same right indent),
    two blank lines between the 附件说明 and the 署名 so the seal fits."""
    lines = [ln for p in rendered["variant-word"].pages for ln in p.body]
    texts = [ln.text.replace(" ", "") for ln in lines]
    index = texts.index("××市××局")
    signature, date = lines[index], lines[index + 1]
    assert texts[index + 1] == "2024年1月5日"
    assert BLOCK_RIGHT_MM - date.right_mm == pytest.approx(4 * ZI_MM, abs=EDGE_TOLERANCE_MM)
    assert BLOCK_RIGHT_MM - signature.right_mm == pytest.approx(4 * ZI_MM, abs=EDGE_TOLERANCE_MM)
    previous = lines[index - 1]
    if previous.baseline_mm < signature.baseline_mm:  # same page
        gap = (signature.baseline_mm - previous.baseline_mm) / rendered["variant-word"].pitch_mm
        assert round(gap) == 3


@pytest.mark.parametrize("view", ["generated-word", "variant-word"])
def test_signature_page_also_holds_body_text(rendered: dict[str, Rendered], view: str) -> None:
    page = rendered[view].signature_page()
    assert page is not None
    body_lines = [
        ln for ln in page.body if not ln.text.startswith(("附件", "2.2025", "××", "2024年1"))
    ]
    assert body_lines, f"page {page.number} holds only the closing part"
