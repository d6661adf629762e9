"""Tables in `python -m app pdf` (issue 11 item 1 leftovers): a table over two pages has its
header row and its 0.5 pt rules on both, a wide table prints on turned (landscape) sheets
with the page number down the sheet's bottom edge, and all of it where LibreOffice prints
the exported .docx (stand-in fonts, one soffice call).

The PDF is read back with pdfplumber: rules as `page.lines`, text by baseline (the glyph
origin: the two PDF writers describe the faces' ascent and descent differently, so a
glyph's box is no measure). Qt draws a synthesised bold twice, a hair apart; such a
doubled glyph is read once.
"""

from __future__ import annotations

import os
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from render_helpers import render_pdfs, require_grid_renderer, require_stand_ins
from test_pdf_command import no_display_env, plain, run_app
from test_tables_render import HEADER, WIDE, tables_draft

from app.core import layout
from app.core.draftfile import save_draft
from app.core.export.writer import export_docx
from app.core.model import Draft, Meta, Paragraph, Section, Table
from app.core.pagination import LIBREOFFICE_STANDIN, Page, paginate

REPO = Path(__file__).parents[1]
PT = layout.TWIPS_PER_PT


def baseline_rows(page: Any) -> dict[float, str]:
    """The page's upright text by baseline (pt from the top, to 0.1 pt), doubled glyphs once."""
    rows: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for char in sorted(page.chars, key=lambda c: (page.height - c["matrix"][5], c["x0"])):
        if not char["upright"] or not char["text"].strip():
            continue
        row = rows[round(page.height - char["matrix"][5], 1)]
        if row and row[-1]["text"] == char["text"] and abs(row[-1]["x0"] - char["x0"]) < 1:
            continue
        row.append(char)
    return {y: plain("".join(c["text"] for c in row)) for y, row in rows.items()}


def rules(page: Any) -> tuple[list[float], list[float]]:
    """(the heights of the horizontal rules, the x of the vertical ones), in pt, sorted."""
    across = sorted(line["top"] for line in page.lines if abs(line["top"] - line["bottom"]) < 0.01)
    down = sorted(line["x0"] for line in page.lines if abs(line["x0"] - line["x1"]) < 0.01)
    return across, down


def table_pages(pages: tuple[Page, ...]) -> list[int]:
    return [i for i, page in enumerate(pages) if any(line.cells for line in page.lines)]


def make_pdf(folder: Path, *extra: str, env: dict[str, str] | None = None) -> Path:
    draft_file, target = folder / "表格.json", folder / "表格.pdf"
    save_draft(tables_draft(), draft_file)
    result = run_app("pdf", str(draft_file), "-o", str(target), *extra, env=env)
    assert result.returncode == 0, result.stderr
    return target


def test_a_two_page_table_has_its_header_and_rules_on_both_pages(tmp_path: Path) -> None:
    target = make_pdf(tmp_path, env=no_display_env())
    pages = paginate(tables_draft()).pages
    portrait = [i for i in table_pages(pages) if not pages[i].landscape]
    assert len(portrait) >= 2  # the long table runs over two pages or more
    header = plain("".join(HEADER[1:4]))  # the header row's one-line cells, as read
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == len(pages)
        for index in portrait:
            page, predicted = pdf.pages[index], pages[index]
            texts = baseline_rows(page).values()
            assert any(header in text for text in texts), index + 1
            across, down = rules(page)
            table = [line for line in predicted.lines if line.cells]
            row_ends = sum(1 for line in table if any(c.bottom for c in line.cells))
            assert len(across) == row_ends + 1  # the top rule and one under each row
            edges = {layout.MARGIN_LEFT_TW + x for c in table[0].cells for x in (c.x0_tw, c.x1_tw)}
            assert [round(x, 1) for x in down] == sorted(round(x / PT, 1) for x in edges)
            widths = {line["linewidth"] for line in page.lines}
            assert widths == {layout.TABLE_BORDER_TW / PT}  # 0.5 pt


def test_a_wide_table_prints_on_turned_sheets_with_the_number_on_the_bottom_edge(
    tmp_path: Path,
) -> None:
    target = make_pdf(tmp_path, env=no_display_env())
    pages = paginate(tables_draft()).pages
    landscape = [i for i, page in enumerate(pages) if page.landscape]
    assert len(landscape) >= 2
    with pdfplumber.open(target) as pdf:
        for index, (page, predicted) in enumerate(zip(pdf.pages, pages, strict=True)):
            assert (page.width > page.height) == predicted.landscape, index + 1
        for index in landscape:
            page = pdf.pages[index]
            texts = baseline_rows(page).values()
            assert any(plain("".join(WIDE[1:5])) in text for text in texts), index + 1
            number = [c for c in page.chars if not c["upright"] and c["text"].strip()]
            # "— 5 —" reads down the sheet's left margin (the portrait sheet's foot)
            assert plain("".join(c["text"] for c in sorted(number, key=lambda c: c["top"]))) == (
                plain(layout.PAGE_NUMBER_FORMAT.format(n=index + 1))
            )
            assert max(c["x1"] for c in number) < layout.LANDSCAPE_MARGIN_LEFT_TW / PT
            near_foot = min(c["top"] for c in number) > page.height / 2
            assert near_foot == ((index + 1) % 2 == 1), index + 1  # odd: the foot; even: the head


@pytest.mark.render
def test_the_tables_print_where_libreoffice_prints_them(tmp_path: Path) -> None:
    require_grid_renderer()
    fonts = require_stand_ins()
    draft = tables_draft()
    docx = tmp_path / "表格.docx"
    export_docx(draft, docx)
    theirs_pdf = render_pdfs([docx], tmp_path / "lo", fontconfig=fonts)[0]
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["FONTCONFIG_FILE"] = str(fonts)
    ours_pdf = make_pdf(tmp_path, "--renderer", "libreoffice-standin", env=env)
    tables = table_pages(paginate(draft, metrics=LIBREOFFICE_STANDIN).pages)
    with pdfplumber.open(ours_pdf) as mine, pdfplumber.open(theirs_pdf) as theirs:
        assert len(mine.pages) == len(theirs.pages)
        for a, b in zip(mine.pages, theirs.pages, strict=True):
            assert (round(a.width), round(a.height)) == (round(b.width), round(b.height))
            rows_a, rows_b = baseline_rows(a), baseline_rows(b)
            assert sorted(rows_a.values()) == sorted(rows_b.values()), a.page_number
            number = plain(layout.PAGE_NUMBER_FORMAT.format(n=a.page_number))
            for text in set(rows_a.values()) - {number}:  # at LibreOffice's baseline, 0.5 pt
                at_a = [y for y, t in rows_a.items() if t == text]
                at_b = [y for y, t in rows_b.items() if t == text]
                assert all(abs(p - q) < 0.5 for p, q in zip(at_a, at_b, strict=True)), text
            across_a, down_a = rules(a)
            across_b, down_b = rules(b)
            assert len(across_a) == len(across_b) and len(down_a) == len(down_b), a.page_number
            assert all(abs(p - q) < 0.5 for p, q in zip(across_a, across_b, strict=True))
            assert all(abs(p - q) < 0.5 for p, q in zip(down_a, down_b, strict=True))
            if a.page_number - 1 in tables and a.width > a.height:
                turned_a = [c for c in a.chars if not c["upright"] and c["text"].strip()]
                turned_b = [c for c in b.chars if not c["upright"] and c["text"].strip()]
                assert abs(turned_a[0]["x0"] - turned_b[0]["x0"]) < 1
                top_a = statistics.median(c["top"] for c in turned_a)
                top_b = statistics.median(c["top"] for c in turned_b)
                assert abs(top_a - top_b) < 3  # the number's spaces: the faces' widths


def merged_draft() -> Draft:
    """A table with a cell over two rows (its text longer than one row holds) and one over
    two columns."""
    table = Table.plain(
        [
            ["项目", "内容", "备注"],
            ["甲", "第一行内容", "合并说明文字较长需要两行以上才能放下"],
            ["乙", "第二行内容", ""],
            ["丙", "", "单独"],
        ],
        caption="表1 合并单元格表",
    )
    table.col_widths = [1500, 3844, 3500]
    table.rows[1][2].row_span, table.rows[2][2].covered = 2, True
    table.rows[3][0].col_span, table.rows[3][1].covered = 2, True
    body = [Paragraph.plain("正文一段。"), table, Paragraph.plain("正文二段。")]
    return Draft(meta=Meta(title="合并单元格"), sections=[Section("主要工作", body, id="a")])


@pytest.mark.render
def test_merged_cells_print_where_libreoffice_prints_them(tmp_path: Path) -> None:
    require_grid_renderer()
    fonts = require_stand_ins()
    draft = merged_draft()
    export_docx(draft, tmp_path / "合并.docx")
    theirs_pdf = render_pdfs([tmp_path / "合并.docx"], tmp_path / "lo", fontconfig=fonts)[0]
    save_draft(draft, tmp_path / "合并.json")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["FONTCONFIG_FILE"] = str(fonts)
    result = run_app(
        "pdf", str(tmp_path / "合并.json"), "-o", str(tmp_path / "合并.pdf"),
        "--renderer", "libreoffice-standin", env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(tmp_path / "合并.pdf") as mine, pdfplumber.open(theirs_pdf) as theirs:
        a, b = mine.pages[0], theirs.pages[0]
        across_a, down_a = rules(a)
        across_b, down_b = rules(b)
        assert len(across_a) == len(across_b) and len(down_a) == len(down_b)
        assert all(abs(p - q) < 0.5 for p, q in zip(across_a, across_b, strict=True))
        assert all(abs(p - q) < 0.5 for p, q in zip(down_a, down_b, strict=True))

        def cell_glyphs(page: Any) -> list[tuple[str, float]]:
            """Each glyph inside the table, with its baseline (the merged cell's text
            shares lines with the others, centred over its rows)."""
            top, bottom = rules(page)[0][0], rules(page)[0][-1]
            glyphs = []
            for y, text in baseline_rows(page).items():
                if top < y < bottom:
                    glyphs += [(char, y) for char in text]
            return sorted(glyphs)

        glyphs_a, glyphs_b = cell_glyphs(a), cell_glyphs(b)
        assert [c for c, _y in glyphs_a] == [c for c, _y in glyphs_b]
        assert all(abs(p - q) < 0.5 for (_c, p), (_d, q) in zip(glyphs_a, glyphs_b, strict=True))
