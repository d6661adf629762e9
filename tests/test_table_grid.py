"""The 表格 commands on the draft's Table: merged cells grow with the rows and columns
that run through them, shrink with the ones removed, and a merge takes in a merged cell
it touches."""

from __future__ import annotations

from app.core.model import Cell, Table
from app.gui.tables import grid


def merged_table() -> Table:
    """单位 spans rows 1-2 of column 0; 合计 spans columns 1-2 of row 3."""
    rows = [
        [Cell.plain("单位"), Cell.plain("一季度"), Cell.plain("二季度")],
        [
            Cell.plain(
                "城区",
            ),
            Cell.plain("12"),
            Cell.plain("15"),
        ],
        [Cell(covered=True), Cell.plain("8"), Cell.plain("9")],
        [Cell.plain("合计"), Cell.plain("44"), Cell(covered=True)],
    ]
    rows[1][0].row_span = 2
    rows[3][1].col_span = 2
    return Table(rows, header_rows=1, col_widths=[3000, 3000, 2844])


def shape(table: Table) -> list[str]:
    """A row a string: the cell's text, '^' covered from above, '<' from the left."""
    out = []
    for r, row in enumerate(table.rows):
        marks = []
        for c, cell in enumerate(row):
            if cell.covered:
                above = any(
                    not table.rows[rr][c].covered and rr + table.rows[rr][c].row_span > r
                    for rr in range(r)
                )
                marks.append("^" if above else "<")
            else:
                marks.append(cell.text or "·")
        out.append(" ".join(marks))
    return out


def test_a_row_inserted_through_a_merge_makes_it_taller() -> None:
    table = grid.insert_rows(merged_table(), 2, 1)
    assert shape(table) == ["单位 一季度 二季度", "城区 12 15", "^ · ·", "^ 8 9", "合计 44 <"]
    assert table.rows[1][0].row_span == 3 and table.header_rows == 1


def test_rows_inserted_above_the_header_are_header_rows() -> None:
    assert grid.insert_rows(merged_table(), 0, 2).header_rows == 3


def test_removing_the_first_row_of_a_merge_moves_it_down_with_its_text() -> None:
    table = grid.remove_rows(merged_table(), 1, 1)
    assert shape(table) == ["单位 一季度 二季度", "城区 8 9", "合计 44 <"]
    assert table.rows[1][0].row_span == 1


def test_removing_a_column_through_a_merge_narrows_it_and_the_widths_keep_the_width() -> None:
    table = grid.remove_columns(merged_table(), 2, 1)
    assert shape(table) == ["单位 一季度", "城区 12", "^ 8", "合计 44"]
    assert table.rows[3][1].col_span == 1
    assert sum(table.col_widths) == 8844 and len(table.col_widths) == 2


def test_a_merge_takes_in_the_merged_cells_it_touches() -> None:
    before = merged_table()
    assert grid.merge(before, 2, 1, 1, 1).rows == before.rows, "one cell is no merge"
    # From the covered part of 城区 to 44: grows to take all of 城区, then all of 合计.
    table = grid.merge(merged_table(), 2, 0, 2, 2)
    anchor = table.rows[1][0]
    assert (anchor.row_span, anchor.col_span) == (3, 3)
    assert anchor.text == "城区\n12\n15\n8\n9\n合计\n44", "the texts in reading order"
    assert all(cell.covered for row in table.rows[1:] for cell in row[1:])


def test_split_gives_the_covered_positions_back_empty() -> None:
    table = grid.split(merged_table(), 2, 0)  # a covered position of 城区
    assert shape(table) == ["单位 一季度 二季度", "城区 12 15", "· 8 9", "合计 44 <"]
