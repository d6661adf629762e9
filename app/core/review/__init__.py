"""Bring a review back: a .docx exported from this draft, changed in Word, WPS or
LibreOffice with tracked changes on and commented, read as suggestions for the draft.

    review = read_review(draft, data, "总结（科长改）.docx")
    review.suggestions   # each: section, heading or body, range, new text, author, date
    review.comments      # each: the section it belongs to and a model Comment
    review.unplaced      # changes that could not be placed, with the reason: never dropped

`accept(draft, suggestion)` is the TextChange that takes one suggestion in (the session
applies it as one undo step); `accept_all` the changes for all of them, section by section;
after accepting one, `shifted` moves the others of the same place by what it changed.
A .docx that is not an export of this draft raises NotThisDraftError (nothing is merged;
the window offers to import it as a new draft). Reading goes through the Word reader's
hardened package (app.core.importer.docx_package) and its limits.
"""

from __future__ import annotations

import copy
from pathlib import Path

from app.core.compare import Part
from app.core.edits import TextChange, text_change
from app.core.errors import ZongjieError
from app.core.fileio import read_bytes
from app.core.flat import TableTokens, body_from, body_styles, body_text
from app.core.i18n import N_
from app.core.importer.decode import ImportLimitError
from app.core.importer.docx_package import Refused
from app.core.importer.docx_reader import NotDocxError, is_zip
from app.core.limits import IMPORT_MAX_BYTES
from app.core.model import Block, Comment, Draft
from app.core.review.docx_marks import read_marked, with_own_changes_accepted
from app.core.review.placing import PlacedComment, Review, Suggestion, Unplaced, place_review

__all__ = [
    "NotThisDraftError",
    "PlacedComment",
    "Review",
    "Suggestion",
    "Unplaced",
    "accept",
    "accept_all",
    "comments_after",
    "read_review",
    "read_review_file",
    "shifted",
    "still_applies",
]


class NotThisDraftError(ZongjieError):
    """The .docx was not exported from this draft (none of its sections is in it)."""

    def __init__(self, name: str, draft_title: str) -> None:
        self.name = name
        super().__init__(
            N_(
                "“{name}”不是从当前草稿“{title}”导出的 Word 文件（其中找不到本草稿的任何一节），"
                "所以没有合并任何修改。请打开导出这份文件的草稿再带回修订，"
                "或者把它作为新草稿导入。",
                name=name,
                title=draft_title or "未命名草稿",
            )
        )


def read_review(draft: Draft, data: bytes, name: str, own_author: str | None = None) -> Review:
    """The suggestions, comments and unplaced changes of a reviewed .docx (raises
    NotDocxError, ImportLimitError or NotThisDraftError; the draft is never changed).
    `own_author`: the author of a tracked export's own revisions (the review/author
    setting), which are the draft itself and are taken as accepted."""
    if not is_zip(data):
        raise NotDocxError(name, "文件不是 Word 2007 以后的 .docx 格式")
    try:
        doc = read_marked(data, name)
    except Refused as exc:
        raise NotDocxError(name, exc.detail) from None
    except ImportLimitError:
        raise
    except (MemoryError, RecursionError):
        raise NotDocxError(name, "文件太复杂，无法读取") from None
    if own_author:
        doc = with_own_changes_accepted(doc, own_author)
    review, found = place_review(draft, doc, name)
    if found == 0 and any(True for _ in draft.walk()):
        raise NotThisDraftError(name, draft.meta.title.replace("\n", ""))
    return review


def read_review_file(draft: Draft, path: Path, own_author: str | None = None) -> Review:
    path = Path(path)
    return read_review(draft, read_bytes(path, limit=IMPORT_MAX_BYTES), path.name, own_author)


def _place(draft: Draft, section_id: str | None) -> tuple[str, list[Block]]:
    if section_id is None:
        return "", draft.intro
    section = draft.find(section_id)
    return section.heading, section.body


def _applied(draft: Draft, section_id: str | None, suggestions: list[Suggestion]) -> TextChange:
    """One place's text with `suggestions` (all of that place) taken in, last first."""
    heading, body = _place(draft, section_id)
    tokens = TableTokens()
    text, styles = body_text(body, tokens), body_styles(body)
    for s in sorted(suggestions, key=lambda s: (s.start, s.end), reverse=True):
        if s.part is Part.HEADING:
            heading = heading[: s.start] + s.new_text + heading[s.end :]
        elif s.format_only:
            styles[s.start : s.end] = s.styles
        else:
            text = text[: s.start] + s.new_text + text[s.end :]
            styles[s.start : s.end] = s.styles
    if not any(s.part is Part.BODY for s in suggestions):
        return text_change(draft, section_id, heading=heading)
    new_body = body_from(text, styles, tokens)
    if section_id is None:
        return text_change(draft, None, body=new_body)
    return text_change(draft, section_id, heading, copy.deepcopy(new_body))


def accept(draft: Draft, suggestion: Suggestion) -> TextChange:
    """The change that takes one suggestion into the draft."""
    return _applied(draft, suggestion.section_id, [suggestion])


def accept_all(draft: Draft, suggestions: list[Suggestion]) -> list[TextChange]:
    """The changes that take every suggestion in, one per place (section or intro)."""
    by_place: dict[str | None, list[Suggestion]] = {}
    for s in suggestions:
        by_place.setdefault(s.section_id, []).append(s)
    return [_applied(draft, place, items) for place, items in by_place.items()]


def shifted(others: list[Suggestion], done: Suggestion) -> list[Suggestion]:
    """The remaining suggestions after `done` was accepted: those after it in the same
    place move by what it changed. (After a rejection, just drop it: nothing moves.)"""
    delta = 0 if done.format_only else len(done.new_text) - (done.end - done.start)
    out = []
    for s in others:
        if s is done:
            continue
        if s.section_id == done.section_id and s.part is done.part and s.start >= done.end:
            s = copy.copy(s)
            s.start += delta
            s.end += delta
        out.append(s)
    return out


def still_applies(draft: Draft, suggestion: Suggestion) -> bool:
    """Whether the place still holds the text the suggestion changes (the draft may have
    been edited since the review was read): only then can it be accepted as it is."""
    try:
        heading, body = _place(draft, suggestion.section_id)
    except KeyError:
        return False
    text = heading if suggestion.part is Part.HEADING else body_text(body)
    return text[suggestion.start : suggestion.end] == suggestion.old_text


def comments_after(draft: Draft, review: Review) -> dict[str, list[Comment]]:
    """Each section's comments once the review is taken in: its own (with the reviewer's
    replies to them and the threads marked resolved) and then the new ones, by section.
    Only sections the review touches are listed; the draft is not changed."""
    out: dict[str, list[Comment]] = {}

    def of(section_id: str) -> list[Comment]:
        if section_id not in out:
            out[section_id] = copy.deepcopy(draft.find(section_id).comments)
        return out[section_id]

    for reply in review.replies:
        for comment in of(reply.section_id):
            if comment.id == reply.comment_id:
                comment.replies.append(copy.deepcopy(reply.reply))
    for section_id, comment_id in review.resolved:
        for comment in of(section_id):
            if comment.id == comment_id:
                comment.resolved = True
    for placed in review.comments:
        of(placed.section_id).append(copy.deepcopy(placed.comment))
    return out
