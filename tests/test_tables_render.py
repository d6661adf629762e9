"""Tables rendered with LibreOffice (issue 13): a table over several pages has its rules and
its header row on every page it spans, its text stays inside the 版心's edges, each page
holds what the paginator says it holds, and a wide table prints on landscape pages with the
page number where GB/T 9704-2012 §8 keeps it (the sheet's bottom edge: on the turned page
the left margin, near its foot on odd pages and its head on even ones)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from pdf_measure import PT_PER_MM, read_pages
from render_helpers import render_pdfs, require_grid_renderer, require_stand_ins

from app.core.export.writer import export_docx
from app.core.model import Draft, Meta, Paragraph, Section, Table
from app.core.pagination import LIBREOFFICE_STANDIN, Pagination, paginate

pytestmark = pytest.mark.render

# the 版心 on paper, written out (not read from layout.py): 28 mm left, 26 mm right, 37 mm top
PORTRAIT_LEFT_PT, PORTRAIT_RIGHT_PT = 28 * PT_PER_MM, (210 - 26) * PT_PER_MM
# the turned sheet: the 版心 where it always is, so 35 mm from the left, 37 mm from the right
LANDSCAPE_LEFT_PT, LANDSCAPE_RIGHT_PT = 35 * PT_PER_MM, (297 - 37) * PT_PER_MM
HEADER = ["序号", "工作任务", "责任单位", "完成情况", "金额（万元）"]
WIDE = ["序号", "单位", *(f"指标{n}" for n in "一二三四五六七"), "备注"]


def long_table() -> Table:
    rows = [HEADER]
    for i in range(1, 46):
        task = "推进重点项目建设落实全年目标任务" if i % 6 == 0 else f"任务{i}"
        rows.append([str(i), task, f"第{i % 4 + 1}科", "已完成", f"{i * 37:,}"])
    table = Table.plain(rows, caption="表1 重点工作完成情况表")
    table.col_widths = [700, 3600, 1600, 1400, 1544]
    return table


def wide_table() -> Table:
    rows = [WIDE]
    rows += [
        [str(i), f"第{i}单位", *(f"{i * j * 11:,}" for j in range(1, 8)), "正常"]
        for i in range(1, 26)
    ]
    table = Table.plain(rows, caption="表2 各单位指标完成情况表")
    table.col_widths = [600, 1600, *[1400] * 7, 1200]  # wider than the 8844-twip block
    return table


def tables_draft() -> Draft:
    text = "各项工作稳步推进，取得明显成效。" * 6
    return Draft(
        meta=Meta(title="2024年度工作总结", author="××市××局", date="2024-12-31"),
        sections=[
            Section(
                "主要工作", [Paragraph.plain(text), long_table(), Paragraph.plain(text)], id="a"
            ),
            Section(
                "指标完成情况", [Paragraph.plain(text), wide_table(), Paragraph.plain(text)], id="b"
            ),
        ],
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Draft, Pagination, Any, list[Any]]:
    require_grid_renderer()
    fonts = require_stand_ins()
    folder = tmp_path_factory.mktemp("tables")
    draft = tables_draft()
    export_docx(draft, folder / "tables.docx")
    pdf = render_pdfs([folder / "tables.docx"], folder, fontconfig=fonts)[0]
    document, pages = read_pages(pdf)
    yield draft, paginate(draft, metrics=LIBREOFFICE_STANDIN), document, pages
    document.close()


def _landscape(page: Any) -> bool:
    return bool(page.page.width > page.page.height)


def _block_chars(page: Any) -> list[dict[str, Any]]:
    """The text inside the 版心's width (the landscape page number lies in the margin)."""
    left = LANDSCAPE_LEFT_PT if _landscape(page) else PORTRAIT_LEFT_PT
    return [
        c for line in page.body for c in line.chars if c["x0"] >= left - 2 and c["text"].strip()
    ]


def test_every_page_holds_what_the_paginator_says(rendered: Any) -> None:
    _draft, pagination, _doc, pages = rendered
    assert len(pages) == pagination.page_count
    assert [_landscape(p) for p in pages] == [p.landscape for p in pagination.pages]
    assert any(p.landscape for p in pagination.pages)
    for page, predicted in zip(pages, pagination.pages, strict=True):
        got = Counter(c["text"] for c in _block_chars(page))
        want = Counter(ch for line in predicted.lines for ch in line.text if ch.strip())
        assert got == want, f"page {page.number}: {got - want} / {want - got}"


def test_header_row_and_rules_on_every_page_a_table_spans(rendered: Any) -> None:
    _draft, pagination, _doc, pages = rendered
    spanned = [
        (page, predicted)
        for page, predicted in zip(pages, pagination.pages, strict=True)
        if any(line.role == "table" for line in predicted.lines)
    ]
    assert len(spanned) >= 4  # both tables run over more than one page
    for page, predicted in spanned:
        header = "".join(WIDE if predicted.landscape else HEADER)
        # the header row above the first body row: every character of it
        left = LANDSCAPE_LEFT_PT if predicted.landscape else PORTRAIT_LEFT_PT
        inside = ["".join(c["text"] for c in ln.chars if c["x0"] >= left - 2) for ln in page.body]
        lines = [t.replace(" ", "") for t in inside if t.strip()]
        start = next(i for i, t in enumerate(lines) if t.startswith("序"))
        first_row = next(i for i in range(start, len(lines)) if lines[i][:1].isdigit())
        above = Counter("".join(lines[start:first_row]))
        assert not Counter("".join(header)) - above, f"page {page.number}: header missing"
        # rules: horizontal edges as wide as the table, one above and below each row at least
        edges = page.page.edges
        horizontal = [e for e in edges if abs(e["top"] - e["bottom"]) < 1.5 and e["width"] > 20]
        vertical = [e for e in edges if abs(e["x0"] - e["x1"]) < 1.5 and e["height"] > 5]
        rows_here = sum(1 for line in predicted.lines if line.role == "table")
        assert len({round(e["top"]) for e in horizontal}) >= rows_here // 2 + 1
        assert vertical, f"no vertical rules on page {page.number}"
        right = LANDSCAPE_RIGHT_PT if predicted.landscape else PORTRAIT_RIGHT_PT
        for edge in horizontal + vertical:  # the table stays inside the 版心
            assert left - 1.5 <= edge["x0"] and edge["x1"] <= right + 1.5, edge
        for char in _block_chars(page):  # and so does its text
            assert left - 0.5 <= char["x0"] and char["x1"] <= right + 0.5, char["text"]


def test_landscape_page_number_where_the_standard_keeps_it(rendered: Any) -> None:
    _draft, pagination, _doc, pages = rendered
    turned = [p for p in pages if _landscape(p)]
    assert len(turned) >= 2
    for page in turned:
        digits = [
            c
            for c in page.page.chars
            if c["x1"] < LANDSCAPE_LEFT_PT and c["text"] in str(page.number)
        ]
        assert digits, f"page {page.number}: no page number in the left margin"
        middle = sum((c["top"] + c["bottom"]) / 2 for c in digits) / len(digits)
        height = page.page.height
        # the sheet's bottom edge is this page's left margin: the number sits in it,
        # 一字 inside the 版心's right end (odd: the page's foot) or left end (even: its head)
        if page.number % 2:
            assert (210 - 26) * PT_PER_MM - 80 < middle < (210 - 26) * PT_PER_MM, middle
        else:
            assert 28 * PT_PER_MM < middle < 28 * PT_PER_MM + 80, middle
        assert middle < height
        # and no footer along the turned page's bottom edge
        assert not [
            c
            for c in page.page.chars
            if c["top"] > height - 35 * PT_PER_MM + 10 and c["text"].strip()
        ]
