"""Undo steps of the versions and the review: restoring a whole version, and the comments
a review brought (added, answered, resolved). Pushed through the session like every other
step, so undo, autosave and the re-check hear of them."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from app.core.edits import Edit, TextChange, meta_change
from app.core.model import Comment, Draft, Section
from app.gui.document.commands import Outline


class RestoreVersionCommand(QUndoCommand):
    """The whole draft becomes the version's (sections, intro, 文档信息, numbering); undo
    brings the draft as it was back. Section ids are kept, so the tree stays in step."""

    def __init__(self, model: Outline, version: Draft, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._before = copy.deepcopy(model.draft())
        self._after = copy.deepcopy(version)

    def redo(self) -> None:
        self._become(self._after)

    def undo(self) -> None:
        self._become(self._before)

    def _become(self, target: Draft) -> None:
        model = self._model
        draft = model.draft()
        for section in list(draft.sections):
            model.remove_section(section.id)
        for row, section in enumerate(copy.deepcopy(target.sections)):
            model.insert_section(None, row, section)
        edits: list[Edit] = [
            meta_change(draft, target.meta),
            TextChange(None, "", "", copy.deepcopy(draft.intro), copy.deepcopy(target.intro)),
        ]
        model.apply_edits(edits)
        model.set_numbering(list(target.numbering))
        draft.appendices = copy.deepcopy(target.appendices)


class CommentsCommand(QUndoCommand):
    """A section's comments become `after` (comments brought back by a review, one
    answered or resolved); undo puts `before` back."""

    def __init__(self, model: Outline, section_id: str, after: list[Comment], text: str) -> None:
        super().__init__(text)
        self._model, self._id = model, section_id
        self._before = copy.deepcopy(model.section(section_id).comments)
        self._after = copy.deepcopy(after)

    def redo(self) -> None:
        self._set(self._after)

    def undo(self) -> None:
        self._set(self._before)

    def _set(self, comments: list[Comment]) -> None:
        if self._model.has_section(self._id):
            section: Section = self._model.section(self._id)
            section.comments = copy.deepcopy(comments)
