"""Review comments (Section.comments) marked on the printed document, for an export that
carries them (ExportOptions.comments): each open comment's range becomes a start and an
end mark (empty runs) in the printed paragraph it is anchored in, its replies sharing the
range. A comment whose text moved since it was made is found again by its quote; one
whose quote is gone covers its whole paragraph; one on a table sits on its caption (a
table without a caption cannot hold one and is left out). Resolved comments are left out.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.model import Comment, Draft, Section, Table
from app.core.printed.model import (
    ChangeKind,
    CommentMark,
    MarkKind,
    PrintedBlock,
    PrintedComment,
    PrintedRun,
    Role,
)

_HEADED = (Role.HEADING, Role.RUN_IN)


def _range(text: str, comment: Comment) -> tuple[int, int]:
    start, end = max(0, comment.start), min(len(text), comment.end)
    if comment.quote and text[start:end] != comment.quote:
        found = text.find(comment.quote)
        if found >= 0:
            return found, found + len(comment.quote)
        return 0, len(text)
    return (start, end) if start <= end else (0, len(text))


def _anchor(
    blocks: dict[tuple[str | None, int | None], list[PrintedBlock]],
    section: Section,
    comment: Comment,
) -> tuple[PrintedBlock, int, int] | None:
    """(block, start, end) in the block's text, or None when nothing prints it."""
    sid = section.id
    if comment.paragraph is None:  # the heading: printed after its number or in the lead
        block = next((b for b in blocks.get((sid, None), []) if b.role in _HEADED), None)
        if block is None:
            block = next((b for b in blocks.get((sid, 0), []) if b.role is Role.RUN_IN), None)
        if block is None:
            return None
        heading = section.heading
        shown = heading.strip()
        base = _shown(block.runs).find(shown) if shown else -1
        if base < 0:
            return None
        start, end = _range(heading, comment)
        lead = len(heading) - len(heading.lstrip())
        clamp = lambda i: base + min(max(i - lead, 0), len(shown))  # noqa: E731
        return block, clamp(start), clamp(end)
    if not 0 <= comment.paragraph < len(section.body):
        return None
    anchored = section.body[comment.paragraph]
    candidates = blocks.get((sid, comment.paragraph), [])
    if isinstance(anchored, Table):
        caption = next((b for b in candidates if b.role is Role.CAPTION), None)
        return None if caption is None else (caption, 0, len(_shown(caption.runs)))
    block = next((b for b in candidates if b.table is None and not _gone(b)), None)
    if block is None:
        return None
    # A run-in paragraph prints after its heading's runs (paragraph None).
    heading_runs = [r for r in block.runs if r.paragraph is None]
    base = len(_shown(heading_runs)) if block.role is Role.RUN_IN else 0
    start, end = _range(anchored.text, comment)
    return block, base + start, base + end


def _insert(block: PrintedBlock, offset: int, mark: CommentMark, before_equal: bool) -> None:
    """Put an empty run with `mark` at `offset` in the block's text, splitting a run."""
    position = 0
    for index, run in enumerate(block.runs):
        if run.mark is not None:
            if position == offset and not before_equal:
                continue
            if position == offset:
                block.runs.insert(index, _mark_run(run, mark))
                return
            continue
        if _deleted(run):
            continue  # tracked-deleted text: offsets count the text as it now reads
        length = len(run.text)
        if offset < position + length or (offset == position and before_equal):
            cut = offset - position
            if cut > 0:
                block.runs[index : index + 1] = [
                    replace(run, text=run.text[:cut]),
                    replace(run, text=run.text[cut:]),
                ]
                index += 1
            block.runs.insert(index, _mark_run(run, mark))
            return
        position += length
    template = block.runs[-1] if block.runs else PrintedRun("", block.role, block.section)
    block.runs.append(_mark_run(template, mark))


def _deleted(run: PrintedRun) -> bool:
    return run.change is not None and run.change.kind is ChangeKind.DELETE


def _shown(runs: list[PrintedRun]) -> str:
    """The text as it reads now: runs marked deleted (a tracked export) left out."""
    return "".join(run.text for run in runs if not _deleted(run))


def _gone(block: PrintedBlock) -> bool:
    """A paragraph the tracked export shows as deleted whole (mark and every run)."""
    return (
        block.mark is not None and block.mark.kind is ChangeKind.DELETE and not _shown(block.runs)
    )


def _mark_run(like: PrintedRun, mark: CommentMark) -> PrintedRun:
    return PrintedRun("", like.role, like.section, like.paragraph, mark=mark)


def mark_comments(blocks: list[PrintedBlock], draft: Draft) -> list[PrintedComment]:
    """Mark the draft's open comments on `blocks` (in place); the comments to write."""
    by_place: dict[tuple[str | None, int | None], list[PrintedBlock]] = {}
    for block in blocks:
        by_place.setdefault((block.section, block.paragraph), []).append(block)
    sections = list(draft.walk()) + [s for a in draft.appendices for s in a.walk()]
    out: list[PrintedComment] = []
    for section in sections:
        for comment in section.comments:
            if comment.resolved:
                continue
            anchor = _anchor(by_place, section, comment)
            if anchor is None:
                continue
            block, start, end = anchor
            thread = [comment, *(r for r in comment.replies if not r.resolved)]
            ids = []
            for item in thread:
                ids.append(len(out))
                out.append(PrintedComment(len(out), item.author, item.date, item.text))
            for number in ids:  # ends first, so a start at the same offset stays before
                _insert(block, end, CommentMark(MarkKind.END, number), before_equal=False)
            for number in reversed(ids):
                _insert(block, start, CommentMark(MarkKind.START, number), before_equal=True)
    return out
