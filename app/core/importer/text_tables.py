"""Tables of aligned text in a .txt (issue 13 item 3): rows whose cells are set apart by
tabs, by two or more spaces (全角 or ASCII), or by box-drawing rules (│ ┃ |, with the
─ ┌ ┬ ├ ┼ └ rule lines between them dropped).

A run of at least two consecutive lines that split into the same number of cells (at
least two) becomes one `TextTableLine` carrying the whole Table, shown in the import
preview with the role 表格; the builder places it as Word tables are placed (caption
line "表1 ……" above it taken as its caption). Turned back into 正文 in the preview, it gives
the source lines as paragraphs again.

Not tables: prose (long cells, sentences), a list of names set side by side, a 目录 whose
last column is page numbers, fields ("联系人：张三　　电话：……"), joint signatures over
their dates. A run over the table limits (app/core/limits.py) stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from app.core import limits
from app.core.i18n import N_
from app.core.importer.docx_tables import TableRowLine
from app.core.importer.frame import TOC_HEAD, is_person_name
from app.core.importer.lines import MARKDOWN_BOLD, LineRole, SourceLine, display_width
from app.core.model import Cell, Table, count_chars
from app.core.zh.dates import normalize_date

MIN_ROWS = 2  # one line with wide gaps is a line of text, not a table
MIN_COLS = 2
MAX_CELL_CHARS = 40  # a cell is a figure or a phrase: a longer piece is running text
NAMES_SHARE = 2 / 3  # cells that are person names: over this share, a list of names
FIELDS_SHARE = 1 / 2  # cells "联系人：张三": over this share, a form's fields
ALIGN_TOLERANCE = 3  # half-width cells a cell may stand off its column's start
PROSE_SHARE = 1 / 2  # cells with a clause ("……亿元，同比增长"): over this share, text


class Separator(StrEnum):
    BOX = "box"  # │ ┃ | ｜ between cells
    TAB = "tab"
    SPACES = "spaces"  # two or more spaces (全角 or ASCII)


_BOX_BAR = "│┃|｜║"
_BOX_SPLIT = re.compile(f"[{_BOX_BAR}]")
_SPACES_SPLIT = re.compile(r"[ \u3000]{2,}")
_SEGMENT = re.compile(r"[^ \u3000]+(?:[ \u3000][^ \u3000]+)*")  # text between 2+ spaces
# What could be a row at all (a quick test: most lines of a text have none of these).
_MAYBE_ROW = re.compile(f"[\t{_BOX_BAR}]|[ \u3000]{{2}}")
# A rule between rows: box-drawing lines and dashes, Markdown's |---|:---:|.
_RULE_CHARS = set("─━═┄┈╌-=—+┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫:： " + _BOX_BAR)
_RULE_STROKES = set("─━═┄┈╌-=—")
_BOX_EDGE = re.compile(f"[┌┏╔╒╓+─━═{_BOX_BAR}]")
_CLAUSE_ENDS = set("，,、；;：:")
_CLAUSE = re.compile(r"[，。；！？]")
_DIGIT = re.compile(r"[0-9０-９]")
_PAGE_NUMBER = re.compile(r"^[.．…·_\-—\s]*(\d{1,3})$")  # a 目录 entry's last cell
_FIELD = re.compile(r"^[^：:]{1,8}[：:].")  # 联系人：张三


@dataclass(slots=True)
class TextTableLine(TableRowLine):
    """A table found in plain text: `table` is the whole table, `row_texts` its source rows
    (the rule lines left out), which become paragraphs when the preview makes it 正文."""

    row_texts: list[str] = field(default_factory=list)
    last_index: int = 0  # the source line of its last row


def is_rule_line(text: str) -> bool:
    """A line drawn between table rows: ┌──┬──┐, ├──┼──┤, ─────, |---|---|."""
    stripped = text.strip()
    return (
        len(stripped) >= 3
        and all(ch in _RULE_CHARS for ch in stripped)
        and sum(1 for ch in stripped if ch in _RULE_STROKES) >= 3
    )


def split_row(raw: str) -> tuple[Separator, list[str]] | None:
    """The cells of a line that could be a table row, with how they are set apart."""
    if not _MAYBE_ROW.search(raw):
        return None
    text = raw.strip(" \u3000\r\n\ufeff\u00a0")
    if _BOX_SPLIT.search(text):
        cells = [cell.strip(" \u3000\t") for cell in _BOX_SPLIT.split(text)]
        if cells and not cells[0]:
            cells.pop(0)  # the rule at the left edge
        if cells and not cells[-1]:
            cells.pop()
        return Separator.BOX, cells
    if "\t" in text:
        # Indents go; tabs at the end are empty cells at the row's end (Excel copies them).
        return Separator.TAB, [cell.strip(" \u3000") for cell in text.lstrip("\t").split("\t")]
    text = text.strip("\t")
    return Separator.SPACES, [cell.strip("\t") for cell in _SPACES_SPLIT.split(text)]


def _is_cell_text(cell: str) -> bool:
    """A figure or a phrase, not running text (long, more than one sentence, or a clause
    broken off at the gap: "……统筹推进各项工作，  经济运行……")."""
    return (
        count_chars(cell) <= MAX_CELL_CHARS
        and "。" not in cell[:-1]
        and cell[-1:] not in _CLAUSE_ENDS  # a sentence that goes on after the gap
    )


@dataclass(slots=True)
class _Run:
    separator: Separator
    cols: int
    first: int  # index in the line list of the first line of the run (a rule line, maybe)
    last: int
    rows: list[list[str]] = field(default_factory=list)
    row_lines: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # columns aligned with spaces: where


def _segments(raw: str) -> list[tuple[int, str]]:
    """The cells of a row aligned with spaces, each with the display column it starts at."""
    found: list[tuple[int, str]] = []
    position, width = 0, 0
    for match in _SEGMENT.finditer(raw):
        width += display_width(raw[position : match.start()], count_spaces=True)
        found.append((width, match.group(0)))
        width += display_width(match.group(0), count_spaces=True)
        position = match.end()
    return found


def _aligned(raw: str, starts: list[int]) -> list[str] | None:
    """A row with empty cells, aligned under the first row's columns: each cell placed in
    the column starting nearest it (None when a cell stands under no column)."""
    row = [""] * len(starts)
    column = 0
    for start, text in _segments(raw):
        while column < len(starts) and starts[column] + ALIGN_TOLERANCE < start:
            column += 1
        if column == len(starts) or abs(starts[column] - start) > ALIGN_TOLERANCE:
            return None
        row[column] = text
        column += 1
    return row


def _runs(raw_lines: list[str]) -> Iterator[_Run]:
    """Runs of consecutive rows with one separator and one column count."""
    current: _Run | None = None
    rule_before: int | None = None  # a rule line just above the next row (a top border)
    for n, raw in enumerate(raw_lines):
        if is_rule_line(raw):
            if current is not None:
                current.last = n  # a rule between rows, or the bottom border
            else:
                rule_before = n  # perhaps the top border
            continue
        found = split_row(raw)
        row_ok = (
            found is not None
            and MIN_COLS <= len(found[1]) <= limits.TABLE_MAX_COLS
            and any(found[1])
            and all(_is_cell_text(cell) for cell in found[1])
        )
        if found is None or not row_ok:
            if current is not None:
                yield current
            current, rule_before = None, None
            continue
        separator, cells = found
        if current is not None and current.starts and len(cells) < current.cols:
            cells = _aligned(raw, current.starts) or cells  # empty cells of an aligned row
        if current is None or current.separator != separator or current.cols != len(cells):
            if current is not None:
                yield current
            first = n
            if rule_before == n - 1 and _BOX_EDGE.search(raw_lines[n - 1]):
                first = n - 1  # the top border (a bare "---" above is the text's own rule)
            current = _Run(separator, len(cells), first, n)
            if separator == Separator.SPACES:
                current.starts = [start for start, _ in _segments(raw)]
        rule_before = None
        current.rows.append(cells)
        current.row_lines.append(n)
        current.last = n
    if current is not None:
        yield current


def _reads_as_table(run: _Run, raw_lines: list[str]) -> bool:
    rows = run.rows
    if len(rows) < MIN_ROWS or len(rows) > limits.TABLE_MAX_ROWS:
        return False
    if len(rows) * run.cols > limits.TABLE_MAX_CELLS:
        return False
    cells = [cell for row in rows for cell in row if cell]
    if sum(1 for cell in cells if is_person_name(cell)) > NAMES_SHARE * len(cells):
        return False  # 张三　　李四 / 王五　　赵六: names set side by side
    if sum(1 for cell in cells if _FIELD.match(cell)) > FIELDS_SHARE * len(cells):
        return False  # 联系人：张三　　电话：……: fields of a form
    if sum(1 for cell in cells if _CLAUSE.search(cell)) > PROSE_SHARE * len(cells):
        return False  # clauses either side of the gaps: text justified or copied from a PDF
    if all(normalize_date(cell) for cell in rows[-1] if cell):
        return False  # joint signatures over their dates
    return not _is_contents(run, raw_lines)


def _is_contents(run: _Run, raw_lines: list[str]) -> bool:
    """A 目录: under a 目录 line, or every row ends in a page number, in page order."""
    above = run.first - 1
    while above >= 0 and not raw_lines[above].strip():
        above -= 1
    if above >= 0 and TOC_HEAD.match(raw_lines[above].replace("\u3000", "").replace(" ", "")):
        return True
    pages: list[int] = []
    for row in run.rows:
        found = _PAGE_NUMBER.match(row[-1])
        if found is None:
            return False
        pages.append(int(found.group(1)))
    return pages == sorted(pages)


def _reads_as_header(row: list[str]) -> bool:
    return not any(_DIGIT.search(cell) for cell in row)


def find_tables(raw_lines: list[str]) -> list[tuple[int, int, Table, list[int]]]:
    """(first line, last line, table, source lines of its rows) for every table found.

    All tables together stay within the draft's limits (later ones stay text); a run
    over one table's limits stays text."""
    found: list[tuple[int, int, Table, list[int]]] = []
    budget = limits.DRAFT_MAX_TABLE_CELLS
    for run in _runs(raw_lines):
        if not _reads_as_table(run, raw_lines):
            continue
        cells = len(run.rows) * run.cols
        if cells > budget or len(found) >= limits.DRAFT_MAX_TABLES:
            break
        budget -= cells
        header = 1 if _reads_as_header(run.rows[0]) else 0
        rows = [[MARKDOWN_BOLD.sub(r"\1", cell) for cell in row] for row in run.rows]
        table = Table([[Cell.plain(cell) for cell in row] for row in rows], header_rows=header)
        found.append((run.first, run.last, table, run.row_lines))
    return found


def table_line(index: int, last_index: int, table: Table, row_texts: list[str]) -> TextTableLine:
    return TextTableLine(
        index=index,
        text="\n".join(row_texts),
        role=LineRole.TABLE,
        table=table,
        row_texts=row_texts,
        last_index=last_index,
    )


def join_tables(
    lines: list[SourceLine], raw_lines: list[str]
) -> tuple[list[SourceLine], list[int]]:
    """The lines with each table's lines replaced by one TextTableLine; and, for every line
    kept, its position in `lines` (the caller keeps its per-line facts in step)."""
    tables = find_tables(raw_lines)
    if not tables:
        return lines, list(range(len(lines)))
    result: list[SourceLine] = []
    positions: list[int] = []
    n = 0
    for first, last, table, row_lines in tables:
        result.extend(lines[n:first])
        positions.extend(range(n, first))
        texts = [lines[k].text for k in row_lines]
        result.append(table_line(lines[row_lines[0]].index, lines[last].index, table, texts))
        positions.append(first)
        n = last + 1
    result.extend(lines[n:])
    positions.extend(range(n, len(lines)))
    return result, positions


def table_warnings(lines: list[SourceLine]) -> list[str]:
    """What the preview says about the tables found in the text, as the lines are now."""
    return [
        N_(
            "第{line}行起{rows}行识别为表格（{cols}列）；如果不是表格，可在左侧把它设为“正文”。",
            line=line.index + 1,
            rows=line.table.row_count,
            cols=line.table.col_count,
        )
        for line in lines
        if isinstance(line, TextTableLine)
        and line.table is not None
        and line.role == LineRole.TABLE
        and line.keep
    ]
