"""Tables printed (issue 13 items 4 and 6, core): the .docx carries each table with an
explicit grid and widths, header rows that repeat, 0.5 pt single rules, merges, aligned
numbers and a caption above; the paginator lays the rows out on the page grid with the
header repeated on every continued page."""

from __future__ import annotations

import io
import zipfile

import docx
from lxml import etree

from app.core import layout
from app.core.export.writer import build_docx_bytes
from app.core.model import Cell, Draft, Meta, Paragraph, Run, Section, Table
from app.core.pagination import paginate
from app.core.printed import Role, printed_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(name: str) -> str:
    return f"{{{W}}}{name}"


def merged_table() -> Table:
    return Table(
        [
            [
                Cell.plain("序号"),
                Cell.plain("工作任务"),
                Cell.plain("完成情况"),
                Cell.plain("金额"),
            ],
            [Cell.plain("1"), Cell.plain("党建工作"), Cell.plain("已完成"), Cell.plain("1,200")],
            [
                Cell.plain("2"),
                Cell([Paragraph([Run("项目", bold=True), Run("建设")])], row_span=2),
                Cell([Paragraph.plain("推进中")], col_span=2),
                Cell(covered=True),
            ],
            [Cell.plain("3"), Cell(covered=True), Cell.plain("完成"), Cell.plain("300")],
        ],
        caption="表1 重点工作完成情况表",
        col_widths=[800, 3000, 3000, 2044],
    )


def draft_with(*tables: Table, rows_before: int = 1) -> Draft:
    body: list = [Paragraph.plain("正文。") for _ in range(rows_before)]
    for table in tables:
        body += [table, Paragraph.plain("表后说明。")]
    return Draft(meta=Meta(title="总结"), sections=[Section("主要工作", body, id="s1")])


def document(data: bytes) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def test_table_has_grid_widths_borders_and_header() -> None:
    root = document(build_docx_bytes(draft_with(merged_table())))
    table = root.find(".//w:tbl", NS)
    grid = [int(c.get(q("w"))) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert sum(grid) == layout.TEXT_WIDTH_TW and len(grid) == 4
    assert grid[0] < grid[1]  # the relative widths are kept
    assert table.find("w:tblPr/w:tblW", NS).get(q("w")) == str(layout.TEXT_WIDTH_TW)
    assert table.find("w:tblPr/w:tblLayout", NS).get(q("type")) == "fixed"
    borders = table.find("w:tblPr/w:tblBorders", NS)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = borders.find(f"w:{edge}", NS)
        assert line.get(q("val")) == "single" and line.get(q("sz")) == "4"  # 0.5 pt
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    for row in rows:  # every cell says its width, and the widths add up to the grid
        widths = [int(tc.find("w:tcPr/w:tcW", NS).get(q("w"))) for tc in row.findall("w:tc", NS)]
        assert sum(widths) == sum(grid)
    # merges: 推进中 spans two columns, 项目建设 two rows
    third = rows[2].findall("w:tc", NS)
    assert len(third) == 3 and third[2].find("w:tcPr/w:gridSpan", NS).get(q("val")) == "2"
    assert third[1].find("w:tcPr/w:vMerge", NS).get(q("val")) == "restart"
    fourth = rows[3].findall("w:tc", NS)
    assert fourth[1].find("w:tcPr/w:vMerge", NS).get(q("val")) is None  # continue
    # the caption is a paragraph just above the table, centred by its style
    caption = table.getprevious()
    assert "".join(caption.itertext()) == "表1 重点工作完成情况表"
    assert caption.find("w:pPr/w:pStyle", NS).get(q("val")) == "TableCaption"


def test_python_docx_reads_the_same_table() -> None:
    data = build_docx_bytes(draft_with(merged_table()))
    table = docx.Document(io.BytesIO(data)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "工作任务", "完成情况", "金额"]
    assert [c.text for c in table.rows[2].cells] == ["2", "项目建设", "推进中", "推进中"]
    assert [c.text for c in table.rows[3].cells] == ["3", "项目建设", "完成", "300"]
    assert table.rows[2].cells[1]._tc is table.rows[3].cells[1]._tc  # one merged cell


def test_cells_are_aligned_and_header_bold() -> None:
    root = document(build_docx_bytes(draft_with(merged_table())))
    rows = root.findall(".//w:tbl/w:tr", NS)

    def jc(tc: etree._Element) -> str | None:
        el = tc.find("w:p/w:pPr/w:jc", NS)
        return None if el is None else el.get(q("val"))

    header = rows[0].findall("w:tc", NS)
    assert all(jc(tc) == "center" for tc in header)
    assert all(tc.find(".//w:r/w:rPr/w:b", NS) is not None for tc in header)
    body = rows[1].findall("w:tc", NS)
    assert [jc(tc) for tc in body] == ["center", None, None, "right"]  # 序号, text, text, number
    assert body[1].find(".//w:r/w:rPr/w:b", NS) is None
    merged = rows[2].findall("w:tc", NS)[1]
    assert [r.find("w:rPr/w:b", NS) is not None for r in merged.findall(".//w:r", NS)] == [
        True,
        False,
    ]


def test_two_tables_in_a_row_stay_two_tables() -> None:
    section = Section("x", [Table.plain([["a"]]), Table.plain([["b"]])], id="s")
    data = build_docx_bytes(Draft(sections=[section]))
    body = document(data).find("w:body", NS)
    tags = [etree.QName(e).localname for e in body]
    assert tags.count("tbl") == 2
    assert "tbl" not in [tags[i + 1] for i, t in enumerate(tags[:-1]) if t == "tbl"]
    assert tags[-2:] == ["p", "sectPr"]  # never a table right before the section properties


def long_table(rows: int) -> Table:
    data = [["序号", "工作任务", "完成情况", "金额（万元）"]]
    data += [[str(i), f"任务{i}", "已完成", f"{i * 100:,}"] for i in range(1, rows + 1)]
    return Table.plain(data, caption="表1 重点工作完成情况表")


def test_paginator_repeats_the_header_on_each_page() -> None:
    pages = paginate(draft_with(long_table(50))).pages
    table_pages = [p for p in pages if any(line.role == Role.TABLE for line in p.lines)]
    assert len(table_pages) >= 3
    header = "序号工作任务完成情况金额（万元）"
    for page in table_pages:
        rows = [line.text for line in page.lines if line.role == Role.TABLE]
        assert rows[0] == header
        assert rows.count(header) == 1
    body_rows = [
        line.text
        for page in table_pages
        for line in page.lines
        if line.role == Role.TABLE and line.text != header
    ]
    assert len(body_rows) == 50 and body_rows[0].startswith("1任务1")  # each row once, in order
    # the caption never ends a page: it goes with the header and first row
    for page in pages:
        if page.lines and page.lines[-1].role == Role.CAPTION:
            raise AssertionError("caption at the foot of a page")


def test_a_row_fills_as_many_lines_as_its_fullest_cell() -> None:
    long_text = "这是一段需要在单元格中换行显示的比较长的文字内容"
    table = Table.plain([["项目", "说明"], ["甲", long_text]])
    lines = [ln for p in paginate(draft_with(table)).pages for ln in p.lines if ln.role == "table"]
    assert lines[0].text == "项目说明"
    assert "".join(ln.text for ln in lines[1:]) == "甲" + long_text
    assert len(lines) >= 3  # the row takes several lines of the page
    room = layout.TEXT_WIDTH_TW / 2 - 2 * layout.TABLE_CELL_MARGIN_TW
    for line in lines[1:]:
        cell_spans = [s for s in line.spans if s.text != "甲"]
        assert sum(s.width_tw for s in cell_spans) <= room + 1


def test_counts_say_whether_tables_are_included() -> None:
    table = Table.plain([["项目", "金额"], ["合计", "30"]], caption="表2 经费")
    section = Section("经费", [Paragraph.plain("说明如下"), table])
    assert section.char_count(tables=False) == len("经费说明如下")
    assert section.char_count() == len("经费说明如下") + len("表2经费项目金额合计30")


def test_printed_document_places_tables_in_reading_order() -> None:
    blocks = printed_document(draft_with(merged_table()))
    roles = [b.role for b in blocks]
    i = roles.index(Role.CAPTION)
    assert roles[i + 1] == Role.TABLE and roles[i + 2] == Role.BODY
    assert blocks[i].keep_next and blocks[i + 1].paragraph == 1 and blocks[i + 1].section == "s1"


def wide_table() -> Table:
    table = Table.plain(
        [[f"列{i}" for i in range(10)], [str(i) for i in range(10)]], caption="表1 宽表"
    )
    table.col_widths = [1400] * 10  # 14000 twips: wider than the 8844-twip text block
    return table


def test_a_wide_table_is_a_landscape_section_of_its_own() -> None:
    data = build_docx_bytes(draft_with(wide_table()))
    root = document(data)
    body = root.find("w:body", NS)
    sections = body.findall(".//w:sectPr", NS)
    assert len(sections) == 3  # portrait, landscape, portrait (the body's own)
    portrait, turned, last = sections
    size = turned.find("w:pgSz", NS)
    assert size.get(q("orient")) == "landscape"
    assert int(size.get(q("w"))) == layout.PAGE_HEIGHT_TW
    assert int(size.get(q("h"))) == layout.PAGE_WIDTH_TW
    margins = turned.find("w:pgMar", NS)  # the 版心 stays where it is on the sheet
    assert int(margins.get(q("top"))) == layout.MARGIN_LEFT_TW
    assert int(margins.get(q("left"))) == layout.MARGIN_BOTTOM_TW
    # the landscape section's number is in its header; it has an empty footer
    refs = {(r.get(q("type")), etree.QName(r).localname) for r in turned}
    assert ("default", "headerReference") in refs and ("even", "headerReference") in refs
    for section in (portrait, last):  # portrait sections do not inherit that header
        assert section.find("w:headerReference", NS) is not None
        assert section.find("w:pgSz", NS).get(q("orient")) is None
    # the table and its caption lie between the two section ends
    table = body.find("w:tbl", NS)
    grid = [int(c.get(q("w"))) for c in table.findall("w:tblGrid/w:gridCol", NS)]
    assert sum(grid) == layout.LANDSCAPE_TEXT_WIDTH_TW
    package = zipfile.ZipFile(io.BytesIO(data))
    header = next(n for n in package.namelist() if n.startswith("word/header1"))
    assert b'vert="vert"' in package.read(header) and b"PAGE" in package.read(header)
    # python-docx reads it (a valid package) and sees the three sections
    assert [s.orientation for s in docx.Document(io.BytesIO(data)).sections].count(1) == 1


def test_portrait_documents_carry_no_landscape_parts() -> None:
    data = build_docx_bytes(draft_with(merged_table()))
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert not [n for n in names if "header" in n]
    pages = paginate(draft_with(wide_table())).pages
    assert [p.landscape for p in pages] == [False, True, False]


def test_table_lines_carry_the_cells_they_cross_for_the_rules() -> None:
    lines = [ln for p in paginate(draft_with(merged_table())).pages for ln in p.lines if ln.cells]
    assert len(lines) == 4 and all(ln.role == Role.TABLE for ln in lines)
    widths = [round(b.x1_tw - b.x0_tw) for b in lines[0].cells]
    assert sum(widths) == layout.TEXT_WIDTH_TW and len(widths) == 4
    assert all(b.top and b.bottom for b in lines[1].cells)  # one-line rows
    third, fourth = lines[2].cells, lines[3].cells
    assert len(third) == 3  # 序号, the merged 项目建设, 推进中 over two columns
    merged = third[1]
    assert merged.top and not merged.bottom
    assert fourth[1] == type(merged)(merged.x0_tw, merged.x1_tw, False, True)
    assert round(third[2].x1_tw - third[2].x0_tw) == sum(widths[2:])


def test_a_ragged_or_empty_table_being_edited_still_prints() -> None:
    ragged = Table(
        [
            [Cell.plain("a"), Cell.plain("b")],
            [Cell.plain("c")],
            [Cell.plain("d"), Cell([Paragraph.plain("e")], col_span=5, row_span=9)],
        ],
        col_widths=[0, 0],
    )
    draft = Draft(sections=[Section("x", [ragged, Table(), Table([[]])], id="s")])
    word = docx.Document(io.BytesIO(build_docx_bytes(draft))).tables
    assert len(word) == 1  # the empty ones print nothing
    assert [[c.text for c in row.cells] for row in word[0].rows] == [
        ["a", "b"],
        ["c", ""],
        ["d", "e"],
    ]
    lines = [ln.text for p in paginate(draft).pages for ln in p.lines if ln.role == Role.TABLE]
    assert lines == ["ab", "c", "de"]
