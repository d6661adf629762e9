"""Edits of a draft's text, as values: what a place held before and what it holds after.

Every change to a draft's text or document information that is not typing (全部替换,
规范检查's fixes, 文档信息, an undo of any of them) is described by one of these and applied
by `apply_edit`, the only code that assigns a place's text. The GUI's document layer
(app/gui/document) wraps a list of them in one undo command; the command line applies
them directly. Typing goes through the same layer (`SectionTreeModel.write_body`).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from app.core.model import Block, Draft, Meta


@dataclass
class TextChange:
    """A section's heading and body before and after; section_id None is the intro
    (Place.INTRO), which has no heading."""

    section_id: str | None
    old_heading: str
    new_heading: str
    old_body: list[Block] = field(default_factory=list)
    new_body: list[Block] = field(default_factory=list)

    @property
    def heading_changed(self) -> bool:
        return self.old_heading != self.new_heading


@dataclass
class MetaChange:
    """The document information (title, 署名, 成文日期, attachments) before and after."""

    old: Meta
    new: Meta


Edit = TextChange | MetaChange


def text_change(
    draft: Draft,
    section_id: str | None,
    heading: str | None = None,
    body: list[Block] | None = None,
) -> TextChange:
    """A change from the place's current text to `heading`/`body` (None keeps that part)."""
    if section_id is None:
        old_heading, old_body = "", list(draft.intro)
    else:
        section = draft.find(section_id)
        old_heading, old_body = section.heading, list(section.body)
    return TextChange(
        section_id,
        old_heading,
        old_heading if heading is None else heading,
        copy.deepcopy(old_body),
        copy.deepcopy(old_body if body is None else body),
    )


def meta_change(draft: Draft, new: Meta) -> MetaChange:
    return MetaChange(copy.deepcopy(draft.meta), copy.deepcopy(new))


def apply_edit(draft: Draft, edit: Edit, forward: bool = True) -> None:
    """Put the place into its after (forward) or before state. The lists are copied in,
    so applying the same edit again (redo after undo) never shares blocks with the draft."""
    if isinstance(edit, MetaChange):
        source = edit.new if forward else edit.old
        for name in (f.name for f in fields(Meta)):  # every field, also ones added later
            setattr(draft.meta, name, copy.deepcopy(getattr(source, name)))
        return
    body = copy.deepcopy(edit.new_body if forward else edit.old_body)
    if edit.section_id is None:
        draft.intro[:] = body
        return
    section = draft.find(edit.section_id)
    section.heading = edit.new_heading if forward else edit.old_heading
    section.body = body


def set_body(draft: Draft, section_id: str | None, body: Sequence[Block]) -> None:
    """Typing written back: the place's body (the intro for None) becomes `body` (a list
    is taken as it is; a list of paragraphs only is a body too, hence Sequence)."""
    blocks: list[Block] = body if isinstance(body, list) else list(body)
    if section_id is None:
        draft.intro[:] = blocks
    else:
        draft.find(section_id).body = blocks
