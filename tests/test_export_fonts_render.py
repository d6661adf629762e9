"""Each level in its own face, measured in the rendered PDF with the stand-in fonts.

With fallback fonts every Chinese face renders as Noto Sans CJK and no test can tell 黑体
from 楷体 (issue 10). .ci/run installs free stand-ins (Fandol from Debian's
texlive-lang-chinese, Noto Serif CJK SC Bold) and tests/data/fonts.conf maps the
official names to them; the .docx keeps the official names. The font of every glyph is
read from the PDF: 一、 lines in the 黑体 stand-in, （一） in the 楷体 one, body, 1. and
（1） in 仿宋, the page number in 宋体, the title in the 小标宋 one. Without the stand-ins
(a developer machine) the tests skip and say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from export_drafts import generated_draft
from pdf_measure import BLOCK_LEFT_MM, PT_PER_MM, Line, font_name, read_pages
from render_helpers import require_stand_ins
from test_export_placement_render import rendered_batch, sample_with_closing, word_semantics

from app.core.export.writer import ExportOptions, build_docx_bytes

pytestmark = pytest.mark.render

HEI, KAI, FANG, SONG = (
    "FandolHei-Regular",
    "FandolKai-Regular",
    "FandolFang-Regular",
    "FandolSong-Regular",
)
TITLE_FACE = "NotoSerifCJKsc-Bold"
ZI_MM = 16 / PT_PER_MM

_DOCUMENTS = {
    "fonts-official": (generated_draft, ExportOptions()),
    "fonts-windows": (generated_draft, ExportOptions(font_profile="windows")),
    "fonts-sample": (sample_with_closing, ExportOptions()),
    "fonts-sample-bold-lead": (sample_with_closing, ExportOptions(run_in_lead="bold-fangsong")),
}


def font_documents(folder: Path) -> dict[str, Path]:
    """The documents these tests measure (rendered in the placement tests' batch)."""
    files = {}
    for name, (make, options) in _DOCUMENTS.items():
        files[name] = folder / f"{name}.docx"
        files[name].write_bytes(word_semantics(build_docx_bytes(make(), options)))
    return files


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, Line, bool]]]:
    """name -> (page, line, is_footer) for every line of the document."""
    require_stand_ins()
    pdfs = rendered_batch(tmp_path_factory)
    out = {}
    for name in _DOCUMENTS:
        _, pages = read_pages(pdfs[name])
        out[name] = [(p.number, ln, False) for p in pages for ln in p.body] + [
            (p.number, ln, True) for p in pages for ln in p.footer
        ]
    return out


def _faces(line: Line, text_only: bool = True) -> set[str]:
    """Faces of the line's Chinese characters and digits (punctuation may come from a
    fallback font when the stand-in lacks the glyph)."""
    return {font_name(c) for c in line.glyphs if not text_only or c["text"].isalnum()}


def _starting(doc: list[tuple[int, Line, bool]], prefix: str) -> list[Line]:
    return [
        ln for _, ln, footer in doc if not footer and ln.text.replace(" ", "").startswith(prefix)
    ]


@pytest.mark.parametrize("name", ["fonts-official", "fonts-windows"])
def test_each_level_in_its_own_face(lines: dict, name: str) -> None:
    doc = lines[name]
    level1 = _starting(doc, "一、第一层标题")
    level2 = _starting(doc, "（一）第二层标题")
    level3 = _starting(doc, "1.第三层标题")
    level4 = _starting(doc, "（1）第四层标题")
    assert level1 and level2 and level3 and level4
    assert {f for ln in level1 for f in _faces(ln)} == {HEI}
    assert {f for ln in level2 for f in _faces(ln)} == {KAI}
    assert {f for ln in level3 + level4 for f in _faces(ln)} == {FANG}


@pytest.mark.parametrize("name", ["fonts-official", "fonts-windows"])
def test_body_in_fangsong_and_page_number_in_song(lines: dict, name: str) -> None:
    doc = lines[name]
    body = [
        ln
        for _, ln, footer in doc
        if not footer and ln.sizes == {16.0} and abs(ln.left_mm - BLOCK_LEFT_MM) < 0.5
    ]  # continuation lines of body paragraphs: flush left, never a heading's first line
    assert len(body) > 100
    faces = {f for ln in body for f in _faces(ln)}
    assert faces == {FANG}, faces
    numbers = [ln for _, ln, footer in doc if footer]
    assert numbers
    assert {f for ln in numbers for f in _faces(ln)} == {SONG}
    # the 一字线 too, when the stand-in has the glyph (FandolSong does)
    assert {font_name(c) for ln in numbers for c in ln.glyphs if c["text"] == "\u2014"} == {SONG}


def test_title_in_the_xiaobiaosong_stand_in(lines: dict) -> None:
    title = [ln for _, ln, footer in lines["fonts-official"] if not footer and ln.sizes == {22.0}]
    assert len(title) == 2
    assert {f for ln in title for f in _faces(ln)} == {TITLE_FACE}
    # the windows profile: bold 宋体
    windows = [ln for _, ln, footer in lines["fonts-windows"] if not footer and ln.sizes == {22.0}]
    assert {f for ln in windows for f in _faces(ln)} == {SONG}


def test_run_in_lead_kaiti_by_default_bold_fangsong_on_request(lines: dict) -> None:
    """The sample's 一是 items sit at the second level: their lead prints in 楷体 (spec
    §5.2), or in bold 仿宋 with run_in_lead="bold-fangsong"; the text after it in 仿宋."""
    for name, lead_face in (("fonts-sample", KAI), ("fonts-sample-bold-lead", FANG)):
        items = _starting(lines[name], "一是完善制度机制")
        assert items, name
        glyphs = items[0].glyphs
        lead = "".join(c["text"] for c in glyphs).index("。") + 1
        assert {font_name(c) for c in glyphs[2 : lead - 1]} == {lead_face}, name
        assert {font_name(c) for c in glyphs[lead:] if c["text"].isalnum()} == {FANG}, name
        first_x = glyphs[0]["x0"] / PT_PER_MM
        assert first_x == pytest.approx(BLOCK_LEFT_MM + 2 * ZI_MM, abs=0.5)
