"""The printed document with tracked changes: the current draft as printed, with what
changed since an older version marked as Word revisions (inserted and deleted runs, and
inserted or deleted paragraph marks), so that accepting every change gives exactly the
current draft's printed document and rejecting every change exactly the older one's.

Both states are laid out as the export prints them (export.writer.printed_for) and cut
into places: each section (by id) and each run of blocks between sections (the title part
with the intro, the closing part, an appendix's head). The places are put in one sequence
with compare.merged_order (a moved section is deleted where it was and inserted where it
is, so rejecting restores the old order). Within a place the two
printed texts (each block ended by a paragraph mark) are compared character by character
(compare.char_ops); a paragraph break only in the newer text is an inserted paragraph
mark, one only in the older a deleted one. Kept text whose formatting changed (bold,
italic, underline, face, or the kind of paragraph it prints in) is written once, in its
new formatting, with the old one remembered (ChangeKind.FORMAT, Change.was: a
w:rPrChange); a paragraph kept whose properties changed (a heading become a run-in item,
say) carries the old ones (PrintedBlock.restyled: a w:pPrChange), so both accept and
reject stay exact.

A table whose grid (rows, columns, merges, paragraphs per cell) is the same in both
states has its cells' text changes tracked as run revisions inside the cells, compared
cell paragraph by cell paragraph. A table only one state has (in a section added or
removed, say) has all its cell text inserted or deleted, but its rows stay: the printed
model has no row revisions, so reject-all leaves an added table's empty rows. A table
whose grid changed prints as it is now in both states.

A deleted paragraph mark cannot be carried by runs; it is `PrintedBlock.mark`. The writer
writes it as w:pPr/w:rPr/w:del (and w:ins for an inserted one, ECMA-376 17.13.5.15 and
17.13.5.16).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.compare import SectionStatus, merged_order
from app.core.export.writer import ExportError, ExportOptions, build_docx_bytes, printed_for
from app.core.fileio import atomic_write
from app.core.flat import OpKind, char_ops
from app.core.i18n import N_
from app.core.model import Draft, Section
from app.core.printed import PrintedBlock, PrintedRun
from app.core.printed.model import Change, ChangeKind, Restyled
from app.core.tracked_runs import add_kept, add_text, table_changed, tracked_table

GAP = "\x00gap"
"""The name of a place between sections (no section id starts with a control character)."""

MARK = "\x00"
"""A paragraph mark in a place's text: a character no draft holds (the draft reader and
writer drop C0 controls), unlike "\\n", a line break inside the title's run."""


@dataclass(slots=True)
class TrackedBlock:
    """A printed block of the tracked document; its paragraph mark's change is
    block.mark (None: the mark is in both states)."""

    block: PrintedBlock

    @property
    def mark(self) -> Change | None:
        return self.block.mark


def now_iso() -> str:
    """A revision's date: the moment of the export, UTC, as Word writes w:date."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _places(blocks: list[PrintedBlock]) -> tuple[list[str], dict[str, list[PrintedBlock]]]:
    """The printed document cut into places, in reading order: each section's blocks (by
    its id), and each run of blocks between sections (the title part with the intro, the
    closing part, an appendix's head) as a gap named by its ordinal, GAP + "0", "1", …:
    sections move, the gaps stay in their order."""
    order: list[str] = []
    places: dict[str, list[PrintedBlock]] = {}
    for block in blocks:
        key = block.section if block.section is not None else None
        if key is None:
            last = order[-1] if order else None
            if last is not None and last.startswith(GAP):
                key = last
            else:
                key = f"{GAP}{sum(1 for k in order if k.startswith(GAP))}"
        if key not in places:
            places[key] = []
            order.append(key)
        places[key].append(block)
    return order, places


def _chars(blocks: list[PrintedBlock]) -> tuple[str, list[PrintedRun | None]]:
    """The place's text, each block ended by its paragraph mark MARK, and each
    character's run (None for a mark)."""
    text: list[str] = []
    runs: list[PrintedRun | None] = []
    for block in blocks:
        for run in block.runs:
            text.append(run.text)
            runs.extend([run] * len(run.text))
        text.append(MARK)
        runs.append(None)
    return "".join(text), runs


def _marks_last(ops: list[tuple[OpKind, str]]) -> list[tuple[OpKind, str]]:
    """Slide a change that starts with a paragraph mark and is followed by kept text
    starting with one ("A" [-¶B-] "¶…") to end with it instead ("A¶" [-B¶-] "…"):
    the same texts, but a whole paragraph goes with its own mark, so its properties are
    its own in both states."""
    out: list[tuple[OpKind, str]] = []
    pending = list(ops)
    k = 0
    while k < len(pending):
        kind, text = pending[k]
        following = pending[k + 1] if k + 1 < len(pending) else None
        if (
            kind is not OpKind.EQUAL
            and text.startswith(MARK)
            and following is not None
            and following[0] is OpKind.EQUAL
            and following[1].startswith(MARK)
        ):
            out.append((OpKind.EQUAL, MARK))
            out.append((kind, text[1:] + MARK))
            rest = following[1][1:]
            pending[k + 1] = (OpKind.EQUAL, rest)
            k += 1
            continue
        if text:
            out.append((kind, text))
        k += 1
    merged: list[tuple[OpKind, str]] = []
    for kind, text in out:
        if merged and merged[-1][0] is kind and kind is OpKind.EQUAL:
            merged[-1] = (kind, merged[-1][1] + text)
        elif text:
            merged.append((kind, text))
    return merged


def _paragraph_part(block: PrintedBlock) -> PrintedBlock:
    """What w:pPr says of a block: its properties without its text, places and changes."""
    return replace(
        block, runs=[], section=None, paragraph=None, bookmark=None, mark=None, restyled=None
    )


def _with_restyling(before: PrintedBlock, block: PrintedBlock, change: Change) -> PrintedBlock:
    """`block`, and when it is the paragraph `before` was with other properties, those
    remembered (a w:pPrChange)."""
    if before.table is not None or block.table is not None:
        return block
    if _paragraph_part(before) == _paragraph_part(block):
        return block
    was = replace(before, runs=[], bookmark=None, mark=None, restyled=None)
    return replace(block, restyled=Restyled(change, was))


class _Builder:
    """Tracked blocks of one place, built from the segments of its comparison."""

    def __init__(
        self, old: list[PrintedBlock], new: list[PrintedBlock], author: str, date: str
    ) -> None:
        self.old, self.new = old, new
        self.inserted = Change(ChangeKind.INSERT, author, date)
        self.deleted = Change(ChangeKind.DELETE, author, date)
        self.formatted = Change(ChangeKind.FORMAT, author, date)
        self.out: list[TrackedBlock] = []
        self.runs: list[PrintedRun] = []
        self.i = self.j = 0  # the old and the new block the text is in

    def add(self, text: str, source: PrintedRun, change: Change | None) -> None:
        add_text(self.runs, text, source, change)

    def close(self, mark: Change | None, from_old: bool) -> None:
        """End the paragraph being built; its properties are those of the block whose
        paragraph mark this is (a deleted mark is the older block's)."""
        if from_old:
            source = self.old[min(self.i, len(self.old) - 1)]
        else:
            source = self.new[min(self.j, len(self.new) - 1)]
        bookmark = None if mark is not None and mark.kind is ChangeKind.DELETE else source.bookmark
        block = replace(source, runs=self.runs, bookmark=bookmark, mark=mark)
        before = self.old[self.i] if self.i < len(self.old) else None
        if mark is None and block.table is not None and before is not None and before.table:
            table = tracked_table(before.table, block.table, self.inserted, self.formatted)
            block = replace(block, table=table or block.table)
        elif mark is None and before is not None:
            block = _with_restyling(before, block, self.formatted)
        elif mark is not None:  # a table only this state has (its mark on one side only)
            block = table_changed(block, mark)
        self.out.append(TrackedBlock(block))
        self.runs = []

    def build(self) -> list[TrackedBlock]:
        old_text, old_runs = _chars(self.old)
        new_text, new_runs = _chars(self.new)
        a = b = 0  # positions in old_text and new_text
        for kind, text in _marks_last(char_ops(old_text, new_text)):
            k = 0
            while k < len(text):
                # a stretch in one run on each side (or one paragraph mark), in one go
                n = 1
                if kind is OpKind.EQUAL:
                    old, new = old_runs[a], new_runs[b]
                    while (
                        k + n < len(text)
                        and old is not None
                        and old_runs[a + n] is old
                        and new_runs[b + n] is new
                    ):
                        n += 1
                    self._equal(text[k : k + n], old, new)
                    a, b = a + n, b + n
                elif kind is OpKind.INSERT:
                    run = new_runs[b]
                    while k + n < len(text) and run is not None and new_runs[b + n] is run:
                        n += 1
                    self._one(text[k : k + n], run, self.inserted, from_old=False)
                    b += n
                else:
                    run = old_runs[a]
                    while k + n < len(text) and run is not None and old_runs[a + n] is run:
                        n += 1
                    self._one(text[k : k + n], run, self.deleted, from_old=True)
                    a += n
                k += n
        return self.out

    def _equal(self, text: str, old: PrintedRun | None, new: PrintedRun | None) -> None:
        if text == MARK and old is None and new is None:
            self.close(None, from_old=False)
            self.i += 1
            self.j += 1
            return
        if old is None or new is None:  # a break on one side only cannot be equal text
            raise AssertionError("a paragraph break matched a character")
        add_kept(self.runs, text, old, new, self.formatted)

    def _one(self, text: str, run: PrintedRun | None, change: Change, from_old: bool) -> None:
        if run is None:  # a paragraph mark on one side only
            self.close(change, from_old=from_old)
            if from_old:
                self.i += 1
            else:
                self.j += 1
            return
        self.add(text, run, change)


def _whole(blocks: list[PrintedBlock], change: Change, keep_bookmarks: bool) -> list[TrackedBlock]:
    """A place in one state only: every run and mark inserted (or deleted), a table's
    cell text too."""
    out = []
    for block in blocks:
        runs = [replace(r, change=change) for r in block.runs]
        bookmark = block.bookmark if keep_bookmarks else None
        block = replace(block, runs=runs, bookmark=bookmark, mark=change)
        out.append(TrackedBlock(table_changed(block, change)))
    return out


def tracked_document(
    old: Draft,
    new: Draft,
    author: str,
    date: str | None = None,
    options: ExportOptions | None = None,
) -> list[TrackedBlock]:
    """The printed document of `new` with its changes since `old` tracked (see the module
    docstring), by `author` at `date` (ISO 8601; now by default), laid out with the
    export's `options`."""
    date = date or now_iso()
    old_order, old_places = _places(printed_for(old, options))
    new_order, new_places = _places(printed_for(new, options))
    old_parents, new_parents = _parents(old), _parents(new)
    rehomed = frozenset(
        sid
        for sid in old_order
        if sid in new_places and old_parents.get(sid) != new_parents.get(sid)
    )
    inserted = Change(ChangeKind.INSERT, author, date)
    deleted = Change(ChangeKind.DELETE, author, date)
    out: list[TrackedBlock] = []
    for sid, status in merged_order(old_order, new_order, rehomed):
        if status is SectionStatus.SAME:
            out += _place(old_places[sid], new_places[sid], author, date)
        elif status is SectionStatus.REMOVED:
            # a moved section keeps its bookmark where it is now, not where it was
            out += _whole(old_places[sid], deleted, keep_bookmarks=sid not in new_places)
        else:
            out += _whole(new_places[sid], inserted, keep_bookmarks=True)
    return out


def _place(
    old: list[PrintedBlock], new: list[PrintedBlock], author: str, date: str
) -> list[TrackedBlock]:
    if not old and not new:
        return []
    if not old:
        return _whole(new, Change(ChangeKind.INSERT, author, date), keep_bookmarks=True)
    if not new:
        return _whole(old, Change(ChangeKind.DELETE, author, date), keep_bookmarks=False)
    return _Builder(old, new, author, date).build()


def _parents(draft: Draft) -> dict[str, str | None]:
    """Each section's parent id (None at the top; an appendix's id for an appendix's own
    top-level sections)."""
    out: dict[str, str | None] = {}

    def visit(sections: list[Section], parent: str | None) -> None:
        for section in sections:
            out[section.id] = parent
            visit(section.children, section.id)

    visit(draft.sections, None)
    for appendix in draft.appendices:
        visit(appendix.sections, appendix.id)
    return out


def accepted(blocks: list[TrackedBlock]) -> list[PrintedBlock]:
    """The printed document with every change accepted (what Word shows after 全部接受)."""
    return _resolved(blocks, ChangeKind.INSERT)


def rejected(blocks: list[TrackedBlock]) -> list[PrintedBlock]:
    """The printed document with every change rejected."""
    return _resolved(blocks, ChangeKind.DELETE)


def _resolved(blocks: list[TrackedBlock], kept: ChangeKind) -> list[PrintedBlock]:
    out: list[PrintedBlock] = []
    pending: list[PrintedRun] = []  # runs of paragraphs whose mark goes: joined to the next
    for tracked in blocks:
        runs = pending + _resolved_runs(tracked.block.runs, kept)
        table = tracked.block.table  # a table has no paragraph mark: its rows stay
        if tracked.mark is not None and tracked.mark.kind is not kept and table is None:
            pending = runs
            continue
        pending = []
        if table is not None:
            rows = [
                [
                    replace(c, paragraphs=[_resolved_runs(p, kept) for p in c.paragraphs])
                    for c in row
                ]
                for row in table.rows
            ]
            table = replace(table, rows=rows)
        block = replace(tracked.block, runs=runs, mark=None, table=table, restyled=None)
        restyled = tracked.block.restyled
        if restyled is not None and kept is ChangeKind.DELETE:  # the paragraph as it was
            block = replace(restyled.before, runs=runs, bookmark=block.bookmark)
        out.append(block)
    return out


def _resolved_runs(runs: list[PrintedRun], kept: ChangeKind) -> list[PrintedRun]:
    return [_resolved_run(r, kept) for r in runs if _stays(r, kept)]


def _stays(run: PrintedRun, kept: ChangeKind) -> bool:
    return run.change is None or run.change.kind in (kept, ChangeKind.FORMAT)


def _resolved_run(run: PrintedRun, kept: ChangeKind) -> PrintedRun:
    """The run as it reads once its change is taken (kept: INSERT) or undone (DELETE): a
    format change undone gives back the formatting it remembers."""
    change = run.change
    if change is not None and change.was is not None and kept is ChangeKind.DELETE:
        return replace(run.formatted(change.was), change=None)
    return replace(run, change=None)


DEFAULT_AUTHOR = "起草人"
"""The revisions' author when none is set (the review/author setting, export --author)."""


def tracked_docx_bytes(
    old: Draft,
    new: Draft,
    author: str = DEFAULT_AUTHOR,
    options: ExportOptions | None = None,
    date: str | None = None,
) -> bytes:
    """The .docx of `new` in the export's layout, its changes since `old` as revisions."""
    blocks = tracked_document(old, new, author or DEFAULT_AUTHOR, date, options)
    return build_docx_bytes(new, options, printed=[t.block for t in blocks])


def export_tracked(
    old: Draft,
    new: Draft,
    path: Path,
    author: str = DEFAULT_AUTHOR,
    options: ExportOptions | None = None,
) -> None:
    """Write the tracked .docx atomically (a failure leaves no file), as export_docx does."""
    path = Path(path)
    data = tracked_docx_bytes(old, new, author, options)
    if path.is_dir():
        raise ExportError(
            N_("“{path}”是一个文件夹。请在文件名处写上要保存的 Word 文件名（.docx）。", path=path)
        )
    if not path.parent.is_dir():
        raise ExportError(
            N_("文件夹“{folder}”不存在。请先建立它，或换一个保存位置。", folder=path.parent)
        )
    atomic_write(path, data, backup=False)
