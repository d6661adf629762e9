"""规范检查 fixes planned as edits (app.core.edits), so they apply as one undoable step.

`apply_fixes` (app.core.checks) changes a draft in place. The GUI must not change the open
draft behind its undo stack, so the fixes run on a scratch draft that holds copies of
only the places the findings touch; what changed there becomes a list of edits that the
caller applies (the GUI: one EditCommand; undo puts back exactly what each place held).
"""

from __future__ import annotations

import copy

from app.core.checks import Finding, apply_fixes
from app.core.edits import Edit, MetaChange, TextChange
from app.core.model import Draft, Section
from app.core.place import Place


def plan_fixes(draft: Draft, findings: list[Finding]) -> tuple[list[Edit], int]:
    """The edits that applying the findings' fixes makes, and how many fixes took effect
    (stale findings, whose text has changed since the check, are skipped)."""
    meta = intro = False
    section_ids: list[str] = []
    for finding in findings:
        if finding.fix is None:
            continue
        location = finding.location
        if Place(location.field).is_meta:
            meta = True
        elif location.field == Place.INTRO:
            intro = True
        elif location.section_id is not None and location.section_id not in section_ids:
            try:
                draft.find(location.section_id)
            except KeyError:
                continue
            section_ids.append(location.section_id)
    scratch = Draft(
        meta=copy.deepcopy(draft.meta), intro=copy.deepcopy(draft.intro) if intro else []
    )
    originals = [draft.find(i) for i in section_ids]
    scratch.sections = [Section(s.heading, copy.deepcopy(s.body), id=s.id) for s in originals]
    applied = apply_fixes(scratch, findings)
    edits: list[Edit] = []
    if meta and scratch.meta != draft.meta:
        edits.append(MetaChange(copy.deepcopy(draft.meta), scratch.meta))
    if intro:
        edits.append(TextChange(None, "", "", copy.deepcopy(draft.intro), scratch.intro))
    for original, fixed in zip(originals, scratch.sections, strict=True):
        if (original.heading, original.body) != (fixed.heading, fixed.body):
            edits.append(
                TextChange(
                    original.id,
                    original.heading,
                    fixed.heading,
                    copy.deepcopy(original.body),
                    fixed.body,
                )
            )
    return edits, applied
