"""Places in the body (search matches, check locations: a block's index and an offset in
its text) found in the editor's document and back, with tables among the paragraphs."""

from __future__ import annotations

import re

import pytest
from gui_helpers import standalone_editor

from app.core.model import Cell, Draft, Paragraph, Section, Table
from app.core.search import BODY, find_matches
from app.gui.tables.places import body_place, document_position


@pytest.fixture
def editor(qtbot):  # noqa: ANN001, ANN201
    widget = standalone_editor()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def body() -> list:
    grid = [
        [Cell.plain("指标"), Cell.plain("完成")],
        [Cell.plain("营业收入\n利润"), Cell.plain("1.3亿元")],
        [
            Cell.plain(
                "合计",
            ),
            Cell(covered=True),
        ],
    ]
    grid[2][0].col_span = 2
    return [
        Paragraph.plain("第一段写营业收入。"),
        Table(grid, caption="表1 营业收入"),
        Paragraph.plain("末段也有利润和营业收入。"),
    ]


@pytest.mark.parametrize("run_in", [False, True])
def test_every_match_is_found_where_the_editor_shows_it(editor, run_in) -> None:  # noqa: ANN001
    section = Section("经营情况", body(), run_in=run_in)
    editor.show_section(section, "一是", "")
    document = editor.body.document()
    lead = editor.body.lead_length
    texts = [b.text for b in section.body]
    for word in ("营业收入", "利润", "合计", "1.3亿元"):
        for index, text in enumerate(texts):
            for match in re.finditer(re.escape(word), text):
                start = document_position(document, index, match.start(), lead)
                assert start is not None
                shown = document.toPlainText()[start : start + len(word)]
                assert shown == word, (word, index, match.start())
                assert body_place(document, start, lead) == (index, match.start())


def test_the_search_matches_of_a_table_land_in_its_cells(editor) -> None:  # noqa: ANN001
    section = Section("经营情况", body(), id="s1")
    editor.show_section(section, "一、", "")
    document = editor.body.document()
    matches = [m for m in find_matches(Draft(sections=[section]), "利润") if m.field == BODY]
    assert [(m.paragraph, m.start) for m in matches] == [(1, 11), (2, 4)], "cell, paragraph"
    for match in matches:
        start = document_position(document, match.paragraph, match.start)
        assert start is not None
        assert document.toPlainText()[start : start + match.length] == "利润"


def test_a_place_past_the_body_is_none(editor) -> None:  # noqa: ANN001
    editor.show_section(Section("标题", body()), "一、", "")
    assert document_position(editor.body.document(), 3, 0) is None
