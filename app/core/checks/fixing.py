"""Apply fixes to a draft in place, keeping the formatting of the text around them.

Fixes in one paragraph are applied right to left so earlier offsets stay valid; a fix
whose text is no longer what the check found (the user typed since) is skipped, as is
one overlapping a fix already applied. Blank paragraphs are removed last.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from app.core.checks.base import AUTO_FIX_RULES, Finding
from app.core.model import Draft, Paragraph, Run
from app.core.place import META_FIELDS as _META_FIELDS
from app.core.place import Place

Target = tuple[str | None, Place, int]  # (section id, field, paragraph)


def auto_fixable(findings: Iterable[Finding]) -> list[Finding]:
    """The findings whose fix may be applied without a person confirming it."""
    return [f for f in findings if f.fix is not None and f.rule in AUTO_FIX_RULES]


def apply_fixes(draft: Draft, findings: list[Finding]) -> int:
    """Apply the fixes of `findings` to `draft`; returns how many were applied."""
    by_target: dict[Target, list[Finding]] = defaultdict(list)
    removals: dict[tuple[str | None, Place], set[int]] = defaultdict(set)
    for finding in findings:
        if finding.fix is None:
            continue
        loc = finding.location
        if finding.fix.remove_paragraph:
            removals[(loc.section_id, loc.field)].add(loc.paragraph)
        else:
            by_target[(loc.section_id, loc.field, loc.paragraph)].append(finding)
    applied = 0
    for target, group in by_target.items():
        applied += _fix_target(draft, target, group)
    for (section_id, field), indexes in removals.items():
        applied += _remove_blank_paragraphs(draft, section_id, field, indexes)
    return applied


def _fix_target(draft: Draft, target: Target, findings: list[Finding]) -> int:
    text = _read(draft, target)
    if text is None:
        return 0
    edits: list[tuple[int, int, str]] = []
    limit = len(text) + 1
    for finding in sorted(
        findings, key=lambda f: (f.location.offset, f.location.length), reverse=True
    ):
        start = finding.location.offset
        end = start + finding.location.length
        if end > limit or end > len(text):
            continue  # overlaps a fix already taken, or the text got shorter since the check
        if (finding.matched or start == end) and text[start:end] != finding.matched:
            continue  # the text changed since the check (a Finding built by hand may omit matched)
        if finding.fix is None or (start, end) == (limit, limit):
            continue
        edits.append((start, end, finding.fix.replacement))
        limit = start
    if edits:
        _write(draft, target, edits)
    return len(edits)


def _read(draft: Draft, target: Target) -> str | None:
    section_id, field, index = target
    try:
        if field in _META_FIELDS:
            return str(getattr(draft.meta, _META_FIELDS[field]))
        if field == Place.META_ATTACHMENTS:
            return draft.meta.attachments[index]
        if field == Place.INTRO:
            return draft.intro[index].text
        if section_id is None:
            return None
        section = draft.find(section_id)
        if field == Place.HEADING:
            return section.heading
        if field == Place.BODY:
            return section.body[index].text
    except (KeyError, IndexError):
        return None
    return None


def _write(draft: Draft, target: Target, edits: list[tuple[int, int, str]]) -> None:
    """Apply (start, end, replacement) edits, given right to left."""
    section_id, field, index = target
    if field in (Place.INTRO, Place.BODY):
        paragraphs = draft.intro if field == Place.INTRO else draft.find(str(section_id)).body
        paragraph = paragraphs[index]
        if not isinstance(paragraph, Paragraph):  # a table: checks fix its cells elsewhere
            return
        for start, end, replacement in edits:
            paragraph = replace_in_paragraph(paragraph, start, end, replacement)
        paragraphs[index] = paragraph
        return
    text = _read(draft, target) or ""
    for start, end, replacement in edits:
        text = text[:start] + replacement + text[end:]
    if field in _META_FIELDS:
        setattr(draft.meta, _META_FIELDS[field], text)
    elif field == Place.META_ATTACHMENTS:
        draft.meta.attachments[index] = text
    else:
        draft.find(str(section_id)).heading = text


def replace_in_paragraph(paragraph: Paragraph, start: int, end: int, replacement: str) -> Paragraph:
    """Replace plain-text span [start, end) keeping every run's format outside it.

    The replacement takes the format of the run where the span starts (for an insertion,
    the run before it), so fixing a mark inside bold text keeps it bold.
    """
    runs: list[Run] = []
    pos = 0
    inserted = False
    for run in paragraph.runs:
        run_start, run_end = pos, pos + len(run.text)
        pos = run_end
        keep_before = run.text[: max(0, min(start, run_end) - run_start)]
        keep_after = run.text[max(0, end - run_start) :] if end < run_end else ""
        if keep_before:
            runs.append(Run(keep_before, run.bold, run.italic, run.underline))
        owns_start = run_start <= start < run_end or (start == end == run_end and not inserted)
        if not inserted and (owns_start or (start == run_end == end)):
            if replacement:
                runs.append(Run(replacement, run.bold, run.italic, run.underline))
            inserted = True
        if keep_after:
            runs.append(Run(keep_after, run.bold, run.italic, run.underline))
    if not inserted and replacement:
        runs.append(Run(replacement))
    return Paragraph(runs).normalized()


def _remove_blank_paragraphs(
    draft: Draft, section_id: str | None, field: Place, indexes: set[int]
) -> int:
    try:
        paragraphs = draft.intro if field == Place.INTRO else draft.find(str(section_id)).body
    except KeyError:
        return 0
    removed = 0
    for index in sorted(indexes, reverse=True):
        if index < len(paragraphs) and not paragraphs[index].text.strip():
            del paragraphs[index]
            removed += 1
    return removed
