"""Round trip of a table (issue 13): made in a draft, saved and reopened, exported to .docx,
read back with python-docx and with our Word reader (app/core/importer/docx_tables.py):
the same table, merges, header rows, widths and formatting kept."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from app.core import layout
from app.core.draftfile import load_draft, save_draft
from app.core.export.writer import build_docx_bytes
from app.core.importer.docx_reader import docx_bytes_to_lines
from app.core.importer.docx_tables import TableRowLine
from app.core.model import Cell, Draft, Meta, Paragraph, Run, Section, Table


def made_table() -> Table:
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
                Cell(
                    [Paragraph([Run("项目", bold=True), Run("建设", underline=True)])], row_span=2
                ),
                Cell([Paragraph.plain("推进中"), Paragraph.plain("（三季度）")], col_span=2),
                Cell(covered=True),
            ],
            [Cell.plain("3"), Cell(covered=True), Cell.plain("完成"), Cell()],
        ],
        header_rows=1,
        caption="表1 重点工作完成情况表",
        col_widths=[800, 3000, 3000, layout.TEXT_WIDTH_TW - 6800],
    )


def test_saved_exported_and_read_back_is_the_same_table(tmp_path: Path) -> None:
    table = made_table()
    draft = Draft(
        meta=Meta(title="工作总结"),
        sections=[Section("主要工作", [Paragraph.plain("情况如下。"), table], id="s1")],
    )
    path = tmp_path / "草稿.json"
    save_draft(draft, path)
    reopened = load_draft(path)
    assert reopened == draft
    data = build_docx_bytes(reopened)

    # python-docx sees the grid Word shows: merged cells repeat their text
    word = docx.Document(io.BytesIO(data)).tables[0]
    assert [[c.text for c in row.cells] for row in word.rows] == [
        ["序号", "工作任务", "完成情况", "金额"],
        ["1", "党建工作", "已完成", "1,200"],
        ["2", "项目建设", "推进中\n（三季度）", "推进中\n（三季度）"],
        ["3", "项目建设", "完成", ""],
    ]

    # our reader: the table itself, on the line of its first row
    lines = docx_bytes_to_lines(data, "总结.docx")
    carriers = [line for line in lines if isinstance(line, TableRowLine) and line.table]
    assert len(carriers) == 1
    back = carriers[0].table
    assert back is not None
    assert back.rows == table.rows  # text, runs with formatting, spans, covered positions
    assert back.header_rows == 1
    assert back.col_widths == table.col_widths
    # the rows stay lines of the import too, in place (the preview shows them)
    rows = [line.text for line in lines if isinstance(line, TableRowLine)]
    assert rows[0] == "序号\t工作任务\t完成情况\t金额" and len(rows) == 4
    assert "表1 重点工作完成情况表" in [line.text for line in lines]  # the caption, above


def test_a_table_without_header_rows_and_widths(tmp_path: Path) -> None:
    table = Table.plain([["甲", "乙", "丙"], ["1", "2", "3"]], header_rows=0)
    data = build_docx_bytes(Draft(sections=[Section("一", [table], id="s")]))
    back = next(
        line.table for line in docx_bytes_to_lines(data, "x.docx") if isinstance(line, TableRowLine)
    )
    assert back is not None and back.header_rows == 0
    assert [[c.text for c in row] for row in back.rows] == [["甲", "乙", "丙"], ["1", "2", "3"]]
    # equal widths were written; read back they are the grid's, equal up to rounding
    assert max(back.col_widths) - min(back.col_widths) <= 2


def test_imported_back_into_a_draft_the_table_sits_in_its_section(tmp_path: Path) -> None:
    """The whole import (python -m app import, 导入文件): the table in the section it
    followed, the same cells and merges, the text around it as paragraphs."""
    from app.core.importer import import_file

    table = made_table()
    draft = Draft(
        meta=Meta(title="工作总结"),
        sections=[
            Section("主要工作", [Paragraph.plain("情况如下。"), table], id="s1"),
            Section("下一步打算", [Paragraph.plain("继续推进。")], id="s2"),
        ],
    )
    path = tmp_path / "导出.docx"
    path.write_bytes(build_docx_bytes(draft))
    imported = import_file(path).draft
    assert [s.heading for s in imported.sections] == ["主要工作", "下一步打算"]
    body = imported.sections[0].body
    assert [type(block).__name__ for block in body] == ["Paragraph", "Table"]
    back = body[1]
    assert isinstance(back, Table)
    assert back.caption == "表1 重点工作完成情况表"  # the line above the table, not a paragraph
    assert [[cell.text for cell in row] for row in back.rows] == [
        [cell.text for cell in row] for row in table.rows
    ]
    assert [(c.row_span, c.col_span, c.covered) for row in back.rows for c in row] == [
        (c.row_span, c.col_span, c.covered) for row in table.rows for c in row
    ]
