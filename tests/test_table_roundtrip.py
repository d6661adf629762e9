"""Any body of paragraphs and tables (merges, captions, header rows, widths, empty cells,
bold runs), with or without a run-in lead, shown in the editor is read back as it was: a
property over generated bodies."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable

from app.core.draftfile import load_draft, save_draft
from app.core.model import Block, Cell, Draft, Paragraph, Run, Section, Table
from app.gui.body_edit import insert_lead
from app.gui.tables import edits
from app.gui.tables.blocks import document_blocks, insert_blocks, shown_blocks

TEXT = st.text(alphabet="甲乙丙丁一二三123", min_size=0, max_size=6)
RUN = st.builds(Run, st.text(alphabet="甲乙丙123", min_size=1, max_size=4), st.booleans())


@st.composite
def tables(draw: st.DrawFn) -> Table:
    rows = draw(st.integers(1, 5))
    columns = draw(st.integers(1, 4))
    grid = [
        [Cell([Paragraph(draw(st.lists(RUN, max_size=2)))]) for _ in range(columns)]
        for _ in range(rows)
    ]
    for _ in range(draw(st.integers(0, 2))):  # merges that do not overlap
        r, c = draw(st.integers(0, rows - 1)), draw(st.integers(0, columns - 1))
        height = draw(st.integers(1, rows - r))
        width = draw(st.integers(1, columns - c))
        area = [(rr, cc) for rr in range(r, r + height) for cc in range(c, c + width)]
        if any(
            grid[rr][cc].covered or grid[rr][cc].col_span > 1 or grid[rr][cc].row_span > 1
            for rr, cc in area
        ):
            continue
        for rr, cc in area[1:]:
            grid[rr][cc] = Cell(covered=True)
        grid[r][c].col_span, grid[r][c].row_span = width, height
    widths = draw(
        st.one_of(st.just([]), st.lists(st.integers(300, 4000), min_size=columns, max_size=columns))
    )
    caption = draw(st.one_of(st.just(""), st.text(alphabet="表1情况", min_size=1, max_size=5)))
    return Table(grid, header_rows=draw(st.integers(0, rows)), caption=caption, col_widths=widths)


BLOCKS = st.lists(st.one_of(st.builds(Paragraph, st.lists(RUN, max_size=3)), tables()), max_size=5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BLOCKS, st.booleans())
def test_a_body_comes_back_as_shown(qapp, blocks: list[Block], run_in: bool) -> None:  # noqa: ANN001
    document = QTextDocument()
    cursor = QTextCursor(document)
    if run_in:  # a run-in section's lead opens the first block
        insert_lead(cursor, "一是强化保障。")
    insert_blocks(cursor, blocks)
    assert document_blocks(document) == shown_blocks(blocks)
    again = QTextDocument()
    insert_blocks(QTextCursor(again), document_blocks(document))
    assert document_blocks(again) == document_blocks(document), "stable once shown"


COMMANDS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "row_above",
                "row_below",
                "delete_rows",
                "column_left",
                "column_right",
                "delete_columns",
                "merge",
                "split",
                "header_on",
                "header_off",
            ]
        ),
        st.integers(0, 5),
        st.integers(0, 5),
        st.integers(0, 5),
        st.integers(0, 5),
    ),
    max_size=8,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(), COMMANDS)
def test_any_run_of_table_commands_leaves_a_table_the_draft_file_keeps(
    qapp,
    table: Table,
    commands: list[tuple[str, int, int, int, int]],  # noqa: ANN001
) -> None:
    document = QTextDocument()
    insert_blocks(QTextCursor(document), [Paragraph.plain("前文。"), table])
    for name, row, column, row2, column2 in commands:
        qtable = next((f for f in document.rootFrame().childFrames()), None)
        if qtable is None:
            break  # the table was deleted with its last row or column
        assert isinstance(qtable, QTextTable)
        row, column = row % qtable.rows(), column % qtable.columns()
        cursor = qtable.cellAt(row, column).firstCursorPosition()
        if name == "merge":
            end = qtable.cellAt(row2 % qtable.rows(), column2 % qtable.columns())
            cursor.setPosition(end.firstPosition(), QTextCursor.MoveMode.KeepAnchor)
        COMMAND[name](cursor)
    body = document_blocks(document)
    path = Path(tempfile.mkdtemp()) / "草稿.json"
    save_draft(Draft(sections=[Section("表格", body, id="s1")]), path)
    assert load_draft(path).find("s1").body == body, "saved and loaded as the editor made it"
    for block in body:
        if isinstance(block, Table):
            assert len({len(row) for row in block.rows}) == 1, "a full grid"
            covered = {
                (r + dr, c + dc)
                for r, row in enumerate(block.rows)
                for c, cell in enumerate(row)
                if not cell.covered
                for dr in range(cell.row_span)
                for dc in range(cell.col_span)
                if dr or dc
            }
            assert covered == {
                (r, c)
                for r, row in enumerate(block.rows)
                for c, cell in enumerate(row)
                if cell.covered
            }, "covered exactly where the merged cells reach"


COMMAND = {
    "row_above": lambda c: edits.insert_rows(c, False),
    "row_below": lambda c: edits.insert_rows(c, True),
    "delete_rows": edits.remove_rows,
    "column_left": lambda c: edits.insert_columns(c, False),
    "column_right": lambda c: edits.insert_columns(c, True),
    "delete_columns": edits.remove_columns,
    "merge": edits.merge_cells,
    "split": edits.split_cell,
    "header_on": lambda c: edits.set_header_row(c, True),
    "header_off": lambda c: edits.set_header_row(c, False),
}
