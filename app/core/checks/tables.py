"""Table checks (issue 13 item 5): what a reviewer looks for in a 完成情况表.

- an empty cell (a header or body cell with no text; positions a merge covers are not cells,
  and a total row's empty cells are the columns that add up to nothing);
- a gap or repeat in the captions' numbers (表1, 表3);
- a total row (合计, 总计) whose figure in a numeric column is not the sum of the rows above
  it (back to the header, or to the previous total);
- half-width punctuation (, ; : ? ! ( )) in a cell of Chinese text: a thousands separator
  or decimal point between digits is left alone.

A finding's location is the table's place in its body (Place.BODY or Place.INTRO, the
block's index) with offsets into Table.text, as find and replace counts them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from app.core.checks.base import (
    RULES,
    Finding,
    Location,
    document_rule,
    excerpt,
    register,
    where_label,
)
from app.core.i18n import N_
from app.core.model import Block, Cell, Draft, Table
from app.core.place import Place
from app.core.zh.captions import caption_number
from app.core.zh.chars import is_han

EMPTY_CELL = register("table.empty-cell", N_("表格有空单元格"), "warning")
CAPTION_GAP = register("table.caption-number", N_("表格编号不连续"), "warning")
TOTAL_MISMATCH = register("table.total", N_("合计与各项之和不符"), "error")
HALF_WIDTH = register("table.half-width-punct", N_("表格中有半角标点"), "warning")

_TOTAL_WORDS = ("合计", "总计")
_HALF_WIDTH = re.compile(r"[,;:?!()]")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_DIGITS = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")
_NUMBER = re.compile(r"^[+\-]?\d[\d,]*(?:\.\d+)?$")


def _number(text: str) -> Decimal | None:
    """A cell's figure ("1,200", "３５.５", "12%" is no figure to add), or None."""
    plain = text.strip().translate(_DIGITS)
    if not _NUMBER.match(plain):
        return None
    try:
        return Decimal(plain.replace(",", ""))
    except InvalidOperation:
        return None


def _places(draft: Draft) -> Iterator[tuple[str | None, Place, int, Table, str]]:
    """(section id, place, block index, table, where) for every table in reading order."""

    def tables(blocks: list[Block]) -> Iterator[tuple[int, Table]]:
        for index, block in enumerate(blocks):
            if isinstance(block, Table):
                yield index, block

    for index, table in tables(draft.intro):
        yield None, Place.INTRO, index, table, "开头"
    for section, _level, number in draft.walk_with_level():
        where = where_label(number, section.heading)
        for index, table in tables(section.body):
            yield section.id, Place.BODY, index, table, where


def _cell_offsets(table: Table) -> dict[tuple[int, int], int]:
    """Where each (non-covered) cell's text starts in Table.text."""
    offsets = {}
    position = 0
    for r, row in enumerate(table.rows):
        first = True
        for c, cell in enumerate(row):
            if cell.covered:
                continue
            if not first:
                position += 1  # the tab
            offsets[(r, c)] = position
            position += len(cell.text)
            first = False
        position += 1  # the line break
    return offsets


def _finding(
    rule: str,
    message: str,
    place: tuple[str | None, Place, int, str],
    text: str,
    offset: int,
    length: int,
    replacement: str | None = None,
) -> Finding:
    section_id, field, index, where = place
    return Finding(
        rule=rule,
        message=message,
        severity=RULES[rule].severity,
        location=Location(section_id, field, index, offset, length),
        excerpt=excerpt(text, offset, length) if text.strip() else "（空）",
        fix=None,
        matched=text[offset : offset + length],
        where=where,
    )


@document_rule(EMPTY_CELL, CAPTION_GAP, TOTAL_MISMATCH, HALF_WIDTH)
def table_checks(draft: Draft) -> Iterator[Finding]:
    expected = 1
    for section_id, field, index, table, where in _places(draft):
        place = (section_id, field, index, where)
        text = table.text
        offsets = _cell_offsets(table)
        name = table.caption.strip() or "表格"
        found = caption_number(table.caption)
        if found is not None:
            if found != expected:
                yield _finding(
                    CAPTION_GAP,
                    N_(
                        "“{caption}”的编号应为表{expected}：表格按出现的顺序从表1起连续编号。"
                        "请改正编号，或补上缺少的表格。",
                        caption=name,
                        expected=expected,
                    ),
                    place,
                    text,
                    0,
                    0,
                )
            expected = found + 1
        yield from _empty_cells(table, place, text, offsets, name)
        yield from _totals(table, place, text, offsets, name)
        yield from _half_width(table, place, text, offsets)


def _empty_cells(
    table: Table,
    place: tuple[str | None, Place, int, str],
    text: str,
    offsets: dict[tuple[int, int], int],
    name: str,
) -> Iterator[Finding]:
    totals = {r for r, row in enumerate(table.rows) if _is_total(row)}
    for (r, c), offset in offsets.items():
        if r not in totals and not table.rows[r][c].text.strip():
            yield _finding(
                EMPTY_CELL,
                N_(
                    "“{caption}”第 {row} 行第 {col} 列是空的。请填上内容；"
                    "没有数据的格写“—”或“无”，不要留空。",
                    caption=name,
                    row=r + 1,
                    col=c + 1,
                ),
                place,
                text,
                offset,
                0,
            )


def _label(row: list[Cell]) -> str:
    return next((c.text.strip() for c in row if c.text.strip()), "")


def _is_total(row: list[Cell]) -> bool:
    """A 合计/总计 row: its first cell with text says so."""
    return _label(row).startswith(_TOTAL_WORDS)


def _totals(
    table: Table,
    place: tuple[str | None, Place, int, str],
    text: str,
    offsets: dict[tuple[int, int], int],
    name: str,
) -> Iterator[Finding]:
    start = table.header_rows
    for r in range(table.header_rows, len(table.rows)):
        row = table.rows[r]
        if not _is_total(row):
            continue
        label = _label(row)
        for c, cell in enumerate(row):
            total = _number(cell.text) if not cell.covered else None
            if total is None:
                continue
            figures = [
                f for i in range(start, r) if (f := _number(table.rows[i][c].text)) is not None
            ]
            if not figures:
                continue
            added = sum(figures, Decimal(0))
            if added != total:
                yield _finding(
                    TOTAL_MISMATCH,
                    N_(
                        "“{caption}”的“{label}”行第 {col} 列是 {total}，上面各行之和是 {sum}。"
                        "请核对各项数字或合计数。",
                        caption=name,
                        label=label,
                        col=c + 1,
                        total=cell.text.strip(),
                        sum=f"{added:,}",
                    ),
                    place,
                    text,
                    offsets[(r, c)],
                    len(cell.text),
                )
        start = r + 1


def _half_width(
    table: Table,
    place: tuple[str | None, Place, int, str],
    text: str,
    offsets: dict[tuple[int, int], int],
) -> Iterator[Finding]:
    for (r, c), offset in offsets.items():
        cell_text = table.rows[r][c].text
        if not any(is_han(ch) for ch in cell_text):
            continue  # a figure or a Latin name keeps its own punctuation
        for match in _HALF_WIDTH.finditer(cell_text):
            i = match.start()
            mark = match.group()
            between_digits = 0 < i < len(cell_text) - 1 and (
                cell_text[i - 1].isdigit() and cell_text[i + 1].isdigit()
            )
            if between_digits:
                continue
            yield _finding(
                HALF_WIDTH,
                N_(
                    "表格中的“{mark}”是半角标点，中文里应使用全角的“{full}”。",
                    mark=mark,
                    full=_FULL_WIDTH[mark],
                ),
                place,
                text,
                offset + i,
                1,
            )
