"""Any body of paragraphs and tables (merges, captions, header rows, widths, empty cells,
bold runs), with or without a run-in lead, shown in the editor is read back as it was: a
property over generated bodies."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from app.core.model import Block, Cell, Paragraph, Run, Table
from app.gui.body_edit import insert_lead
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
