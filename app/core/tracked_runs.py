"""Runs and table cells with their tracked changes, for app.core.tracked: text kept in
both states (once, a formatting change remembering the old formatting), a table cell's
paragraphs compared between the states, and a table only one state has.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.flat import OpKind, char_ops
from app.core.printed import PrintedBlock, PrintedRun
from app.core.printed.model import Change, ChangeKind, PrintedCell, PrintedTable


def add_text(runs: list[PrintedRun], text: str, source: PrintedRun, change: Change | None) -> None:
    """Add text in `source`'s formatting with `change` to runs (joined to the last run
    when it has both)."""
    last = runs[-1] if runs else None
    if last is not None and last.change == change and last.format == source.format:
        last.text += text
        return
    runs.append(replace(source, text=text, change=change))


def add_kept(
    runs: list[PrintedRun], text: str, old: PrintedRun, new: PrintedRun, formatted: Change
) -> None:
    """Add text both states have: once, and when its formatting changed (its own, or the
    kind of paragraph it prints in) with the old formatting remembered."""
    if old.format == new.format:
        add_text(runs, text, new, None)
    else:
        add_text(runs, text, new, replace(formatted, was=old.format))


def _tracked_runs(
    old: list[PrintedRun], new: list[PrintedRun], inserted: Change, formatted: Change
) -> list[PrintedRun]:
    """One paragraph's runs with the changes from `old` to `new` (a table cell's)."""
    deleted = replace(inserted, kind=ChangeKind.DELETE)
    old_runs = [r for r in old for _ in r.text]
    new_runs = [r for r in new for _ in r.text]
    out: list[PrintedRun] = []
    a = b = 0
    old_text = "".join(r.text for r in old)
    new_text = "".join(r.text for r in new)
    for kind, text in char_ops(old_text, new_text):
        for char in text:
            if kind is OpKind.EQUAL:
                add_kept(out, char, old_runs[a], new_runs[b], formatted)
                a, b = a + 1, b + 1
            elif kind is OpKind.INSERT:
                add_text(out, char, new_runs[b], inserted)
                b += 1
            else:
                add_text(out, char, old_runs[a], deleted)
                a += 1
    return out


def _grid(table: PrintedTable) -> list[list[tuple[int, int, bool, int]]]:
    return [
        [(c.col_span, c.row_span, c.covered, len(c.paragraphs)) for c in row] for row in table.rows
    ]


def tracked_table(
    old: PrintedTable, new: PrintedTable, inserted: Change, formatted: Change
) -> PrintedTable | None:
    """The table as it is now with its cells' text changes since `old` as run revisions;
    None when the grid changed (rows, columns, merges or paragraphs in a cell)."""
    if _grid(old) != _grid(new):
        return None
    rows: list[list[PrintedCell]] = []
    for old_row, new_row in zip(old.rows, new.rows, strict=True):
        rows.append(
            [
                replace(
                    cell,
                    paragraphs=[
                        _tracked_runs(o, n, inserted, formatted)
                        for o, n in zip(before.paragraphs, cell.paragraphs, strict=True)
                    ],
                )
                for before, cell in zip(old_row, new_row, strict=True)
            ]
        )
    return replace(new, rows=rows)


def table_changed(block: PrintedBlock, change: Change) -> PrintedBlock:
    """A table in one state only: its cells' text inserted (or deleted). Its rows stay in
    both states: the printed model has no row revisions (w:trPr/w:ins|w:del)."""
    if block.table is None:
        return block
    rows = [
        [
            replace(c, paragraphs=[[replace(r, change=change) for r in p] for p in c.paragraphs])
            for c in row
        ]
        for row in block.table.rows
    ]
    return replace(block, table=replace(block.table, rows=rows))
