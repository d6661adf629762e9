"""Find and replace reach table cells (app/core/search.py): a match in a table is an offset
into Table.text, 全部替换 replaces inside each cell and keeps the table's shape."""

from __future__ import annotations

from app.core.edits import apply_edit
from app.core.model import Cell, Draft, Paragraph, Run, Section, Table
from app.core.search import describe, find_matches, plan_replace_all


def draft() -> Draft:
    table = Table(
        [
            [Cell.plain("项目"), Cell.plain("情况")],
            [
                Cell([Paragraph([Run("道路", bold=True), Run("改造")])], row_span=2),
                Cell.plain("已改造"),
            ],
            [Cell(covered=True), Cell.plain("改造完成")],
        ],
        caption="表1 改造情况",
        id="t1",
    )
    return Draft(sections=[Section("工作", [Paragraph.plain("推进改造。"), table], id="s1")])


def test_matches_in_cells_are_found_and_described() -> None:
    d = draft()
    matches = find_matches(d, "改造")
    table_matches = [m for m in matches if m.paragraph == 1]
    assert len(table_matches) == 3
    text = d.sections[0].body[1].text
    assert all(text[m.start : m.start + m.length] == "改造" for m in table_matches)
    places = describe(d, table_matches)
    assert all(p.text == "改造" for p in places)


def test_replace_all_changes_cells_and_keeps_the_table() -> None:
    d = draft()
    changes, count = plan_replace_all(d, "改造", "提升", match_case=False)
    assert count == 4  # one in the paragraph, three in the cells
    for change in changes:
        apply_edit(d, change)
    table = d.sections[0].body[1]
    assert isinstance(table, Table)
    assert [[c.text for c in row] for row in table.rows] == [
        ["项目", "情况"],
        ["道路提升", "已提升"],
        ["", "提升完成"],
    ]
    assert table.rows[1][0].row_span == 2 and table.rows[2][0].covered and table.id == "t1"
    assert table.rows[1][0].paragraphs[0].runs[0] == Run("道路", bold=True)
    assert table.caption == "表1 改造情况"  # the caption is no cell
    assert d.sections[0].body[0] == Paragraph.plain("推进提升。")
