"""Place a reviewed document's changes and comments in the draft it was exported from.

Each paragraph belongs to the section whose bookmark (written by the export at the
section's heading, named by its id) started last; without bookmarks (a reviewer's tool
dropped them), a paragraph whose text is a section's printed heading line starts that
section. The section's paragraphs as they read with every change rejected are the text
that was exported; it is matched against the section's printed text now
(printed_text.PrintedSection) — the same text when the draft was not edited since,
otherwise positions are carried over with a character diff, and a change whose own text
no longer matches is not placed. A change that cannot be placed (in the title, the
closing part, a table, the derived number, across a heading and its body, in text edited
since) is listed as `Unplaced` with the reason, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from diff_match_patch import diff_match_patch

from app.core.compare import Part
from app.core.flat import COMPARE_TIMEOUT_S, Style
from app.core.i18n import N_
from app.core.model import Comment, Draft, Paragraph, Section
from app.core.review.docx_marks import (
    Mark,
    MarkedDocument,
    MarkedParagraph,
    Piece,
    ReviewComment,
    Revision,
)
from app.core.review.printed_text import PrintedSection
from app.core.review.threads import Placed, ThreadReply, thread_replies


@dataclass(slots=True)
class Suggestion:
    """A reviewer's change as a suggestion for one place: heading or body text
    [start, end) (the body's blocks joined by "\\n") becomes `new_text`, styled `styles`
    (one per character). `format_only`: the text stays, its styles become `styles`."""

    id: int
    section_id: str | None
    part: Part
    start: int
    end: int
    old_text: str
    new_text: str
    styles: list[Style]
    author: str
    date: str
    paragraph: int | None
    format_only: bool = False


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A change that could not be placed: what it deleted and inserted, who, and why."""

    old_text: str
    new_text: str
    author: str
    date: str
    reason: str
    context: str


@dataclass(slots=True)
class PlacedComment:
    section_id: str
    comment: Comment


@dataclass(slots=True)
class Review:
    name: str
    suggestions: list[Suggestion] = field(default_factory=list)
    comments: list[PlacedComment] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    unplaced_comments: list[ReviewComment] = field(default_factory=list)
    replies: list[ThreadReply] = field(default_factory=list)  # to the draft's own comments
    resolved: list[tuple[str, str]] = field(default_factory=list)  # (section, comment id)


@dataclass(slots=True)
class _Change:
    start: int  # in the section's rejected text
    end: int
    new_text: str
    styles: list[Style]
    revision: Revision
    format_only: bool = False


class _Flat:
    """A range of paragraphs as one rejected text, its changes and comment anchors."""

    def __init__(self, paragraphs: list[MarkedParagraph]) -> None:
        self.changes: list[_Change] = []
        self.comment_at: dict[str, tuple[int | None, int | None]] = {}
        parts: list[str] = []
        pos = 0
        for index, paragraph in enumerate(paragraphs):
            pieces = list(paragraph.pieces)
            if index == len(paragraphs) - 1 and pieces and pieces[-1].text == "\n":
                pieces = pieces[:-1]  # the section's own text ends before its last mark
            full_to_rejected = self._walk(pieces, pos, parts)
            for comment_id, at in paragraph.comment_starts.items():
                start = full_to_rejected(at)
                self.comment_at[comment_id] = (
                    start,
                    self.comment_at.get(comment_id, (None, None))[1],
                )
            for comment_id, at in paragraph.comment_ends.items():
                begin = self.comment_at.get(comment_id, (None, None))[0]
                self.comment_at[comment_id] = (begin, full_to_rejected(at))
            pos = sum(len(p) for p in parts)
        self.text = "".join(parts)

    def _walk(self, pieces: list[Piece], base: int, parts: list[str]) -> Callable[[int], int]:
        """Collect the rejected text and the changes; returns offset-in-paragraph (all
        pieces) → offset in the rejected text."""
        # (full offset, rejected offset, inserted) at each piece's start
        marks: list[tuple[int, int, bool]] = []
        full = 0
        rejected = base
        open_change: _Change | None = None
        for piece in pieces:
            marks.append((full, rejected, piece.mark is Mark.INSERTED))
            n = len(piece.text)
            if piece.mark is Mark.KEPT:
                open_change = None
                if piece.old_style is not None and piece.old_style != piece.style:
                    revision = piece.format_revision or Revision("", "")
                    self.changes.append(
                        _Change(
                            rejected, rejected + n, piece.text, [piece.style] * n, revision, True
                        )
                    )
                parts.append(piece.text)
                rejected += n
            else:
                revision = piece.revision or Revision("", "")
                if open_change is None or open_change.revision.author != revision.author:
                    open_change = _Change(rejected, rejected, "", [], revision)
                    self.changes.append(open_change)
                if piece.mark is Mark.DELETED:
                    parts.append(piece.text)
                    rejected += n
                    open_change.end = rejected
                else:
                    open_change.new_text += piece.text
                    open_change.styles.extend([piece.style] * n)
            full += n
        marks.append((full, rejected, False))

        def to_rejected(at: int) -> int:
            best = base
            for f, r, inserted in marks:
                if f <= at:
                    best = r if inserted else r + at - f
            return best

        return to_rejected


ATTACHMENT_NOTE = ("附件：", "附件:")  # how 附件说明 begins (app.core.export.closing)
BOOKMARK_PREFIX = "_Z"  # what app.core.export.ooxml.bookmark_name puts before a section id

_DMP = diff_match_patch()
_DMP.Diff_Timeout = COMPARE_TIMEOUT_S


class _Mapper:
    """Positions in the exported (rejected) text → positions in the printed text now."""

    def __init__(self, exported: str, now: str) -> None:
        self.same = exported == now
        self.exported, self.now = exported, now
        self.diffs = [] if self.same else _DMP.diff_main(exported, now, False)

    def range(self, start: int, end: int) -> tuple[int, int] | None:
        if self.same:
            return start, end
        a, b = _DMP.diff_xIndex(self.diffs, start), _DMP.diff_xIndex(self.diffs, end)
        if self.now[a:b] != self.exported[start:end]:
            return None  # the text the change was made in was edited since
        return a, b


def section_for(name: str, ids: set[str]) -> str | None:
    """The section id a bookmark name stands for: the export writes "_Z" + the id
    (app.core.export.ooxml.bookmark_name: a hidden bookmark, Word wants a letter or "_"
    first); other tools may keep the id alone or after a prefix and "_"."""
    if name in ids:
        return name
    if name.startswith(BOOKMARK_PREFIX) and name[len(BOOKMARK_PREFIX) :] in ids:
        return name[len(BOOKMARK_PREFIX) :]
    for sep in ("_", "-"):
        if sep in name:
            tail = name.split(sep, 1)[1]
            if tail in ids:
                return tail
    return None


def _groups(
    doc: MarkedDocument, draft: Draft
) -> tuple[list[MarkedParagraph], dict[str, list[MarkedParagraph]], list[MarkedParagraph]]:
    """(paragraphs before the first section, each section's paragraphs, the rest: the
    tables' and those after a section's bookmark ended)."""
    ids = {s.id for s in draft.walk()}
    by_heading: dict[str, str] = {}
    for section, _level, number in draft.walk_with_level():
        line = number + section.heading.strip()
        by_heading.setdefault(line, section.id)
    use_bookmarks = any(section_for(n, ids) for n in doc.bookmark_names)
    before: list[MarkedParagraph] = []
    groups: dict[str, list[MarkedParagraph]] = {}
    rest: list[MarkedParagraph] = []
    current: str | None = None
    ended = False
    for paragraph in doc.paragraphs:
        starts = None
        if use_bookmarks:
            for name in paragraph.bookmarks:
                starts = section_for(name, ids) or starts
        elif not paragraph.in_table:
            text = paragraph.text(accepted=False).strip()
            found = by_heading.get(text) or next(
                (sid for line, sid in by_heading.items() if text.startswith(line) and line), None
            )
            if found is not None and found not in groups:
                starts = found
        if starts is not None and starts not in groups:
            current, ended = starts, False
            groups[current] = []
        if paragraph.in_table:
            rest.append(paragraph)
        elif current is None:
            before.append(paragraph)
        elif ended:
            rest.append(paragraph)
        else:
            groups[current].append(paragraph)
        # a bookmark around the section's own paragraphs ends with them; one around the
        # heading alone (started and ended in one paragraph) says nothing of the end
        if (
            current is not None
            and starts is None
            and any(section_for(n, ids) == current for n in paragraph.ends)
        ):
            ended = True
    if current is not None:
        rest[:0] = _closing_tail(draft, groups[current])
    return before, groups, rest


def _closing_tail(draft: Draft, paragraphs: list[MarkedParagraph]) -> list[MarkedParagraph]:
    """Cut what follows the last section's own text off its paragraphs and return it: the
    closing part (blank lines, 附件说明, 署名, 成文日期) and the appendices after it."""
    meta = draft.meta
    closing = {meta.author.strip(), meta.date.strip()} - {""}
    cut = len(paragraphs)
    for index, paragraph in enumerate(paragraphs[1:], 1):
        text = paragraph.text(accepted=False).strip()
        if text in closing or text.startswith(ATTACHMENT_NOTE):
            cut = index
            break
    while cut > 1 and not paragraphs[cut - 1].text(accepted=False).strip():
        cut -= 1  # the blank lines before the closing part
    tail = paragraphs[cut:]
    del paragraphs[cut:]
    return tail


def _printed(section: Section, number: str) -> PrintedSection:
    return PrintedSection(number, section.heading, section.body, section.run_in)


CONTEXT_CHARS = 20  # of a restyled paragraph's text, shown with its listing


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 10) : end + 10].replace("\n", "↵")


class _Placer:
    def __init__(self, draft: Draft, review: Review) -> None:
        self.draft, self.review = draft, review
        self.next_id = 1
        self.placed_by_source: dict[str, Placed] = {}  # comments.xml id → where it went

    def place(
        self,
        section_id: str | None,
        printed: PrintedSection,
        paragraphs: list[MarkedParagraph],
        comments: dict[str, ReviewComment],
    ) -> set[str]:
        """Suggestions and comments of one section; returns the comment ids placed."""
        flat = _Flat(paragraphs)
        mapper = _Mapper(flat.text, printed.text)
        for change in flat.changes:
            old_text = flat.text[change.start : change.end]
            mapped = mapper.range(change.start, change.end)
            where = printed.locate(*mapped) if mapped is not None else None
            if mapped is None or where is None:
                reason = (
                    N_("这段文字在导出后已被修改")
                    if mapped is None
                    else N_("修订跨越了标题和正文，或涉及自动生成的编号")
                )
                self._unplaced(
                    old_text, change, reason, _context(flat.text, change.start, change.end)
                )
                continue
            self.review.suggestions.append(
                Suggestion(
                    self.next_id,
                    section_id,
                    where.part,
                    where.start,
                    where.end,
                    old_text,
                    change.new_text,
                    change.styles,
                    change.revision.author,
                    change.revision.date,
                    where.paragraph,
                    change.format_only,
                )
            )
            self.next_id += 1
        placed: set[str] = set()
        if section_id is None:
            return placed
        for comment_id, (start, end) in flat.comment_at.items():
            source = comments.get(comment_id)
            if source is None or source.parent is not None:
                continue  # a reply goes with the comment it answers
            own = self._existing(section_id, source)
            if own is not None:  # exported from the draft (export comments=True): not new
                self.placed_by_source[comment_id] = Placed(section_id, own, existing=True)
                placed.add(comment_id)
                continue
            begin = start if start is not None else end
            finish = end if end is not None else start
            if begin is None or finish is None:
                continue
            mapped = mapper.range(begin, max(begin, finish))
            where = printed.locate(*mapped) if mapped is not None else None
            if where is None:
                continue
            comment = self._comment(source, printed, where.part, where.start, where.end)
            self.review.comments.append(PlacedComment(section_id, comment))
            self.placed_by_source[comment_id] = Placed(section_id, comment)
            placed.add(comment_id)
        return placed

    def _existing(self, section_id: str, source: ReviewComment) -> Comment | None:
        """The draft's own comment this one is (the export writes a comment and each of
        its replies over the same range): same author and text, in the same section."""
        for comment in self.draft.find(section_id).comments:
            for one in (comment, *comment.replies):
                if (one.author, one.text.strip()) == (source.author, source.text):
                    return comment
        return None

    def _comment(
        self, source: ReviewComment, printed: PrintedSection, part: Part, start: int, end: int
    ) -> Comment:
        if part is Part.HEADING:
            return Comment(
                author=source.author,
                date=source.date,
                text=source.text,
                paragraph=None,
                start=start,
                end=end,
                quote=printed.heading[start:end],
            )
        index = 0
        for i, block_start in enumerate(printed.block_starts):
            if block_start <= start:
                index = i
        block = printed.body[index]
        base = printed.block_starts[index]
        length = len(block.text) if isinstance(block, Paragraph) else 1
        a, b = start - base, min(end - base, length)
        quote = block.text[a:b] if isinstance(block, Paragraph) else ""
        return Comment(
            author=source.author,
            date=source.date,
            text=source.text,
            paragraph=index,
            start=a,
            end=b,
            quote=quote,
        )

    def unplace_all(self, paragraphs: list[MarkedParagraph], reason: str) -> None:
        flat = _Flat(paragraphs)
        for change in flat.changes:
            old_text = flat.text[change.start : change.end]
            self._unplaced(old_text, change, reason, _context(flat.text, change.start, change.end))

    def _unplaced(self, old_text: str, change: _Change, reason: str, context: str) -> None:
        self.review.unplaced.append(
            Unplaced(
                old_text,
                change.new_text,
                change.revision.author,
                change.revision.date,
                reason,
                context,
            )
        )


def _intro_paragraphs(
    draft: Draft, before: list[MarkedParagraph]
) -> tuple[list[MarkedParagraph], list[MarkedParagraph]]:
    """(the paragraphs that print the intro, the others before the first section: title,
    subtitle, blank lines). The intro prints last before the first section."""
    printed = sum(1 for b in draft.intro if isinstance(b, Paragraph) and b.text.strip())
    if not printed:
        return [], before
    filled = [i for i, p in enumerate(before) if p.text(accepted=False).strip() or p.has_changes]
    if len(filled) < printed:
        return [], before
    first = filled[-printed]
    return before[first:], before[:first]


def place_review(draft: Draft, doc: MarkedDocument, name: str) -> tuple[Review, int]:
    """The review of `doc` on `draft`, and how many of the draft's sections were found."""
    review = Review(name)
    placer = _Placer(draft, review)
    before, groups, rest = _groups(doc, draft)
    placed_comments: set[str] = set()
    intro, head = _intro_paragraphs(draft, before)
    if intro:
        printed = PrintedSection("", "", draft.intro, run_in=False)
        # the intro has no heading line: its printed text starts with an empty one
        empty = MarkedParagraph([Piece("\n", Mark.KEPT, Style.PLAIN)])
        placed_comments |= placer.place(None, printed, [empty, *intro], doc.comments)
    placer.unplace_all(head, N_("修订在文档标题处：请在“文档信息”中修改标题"))
    numbers = {s.id: n for s, _level, n in draft.walk_with_level()}
    for section in draft.walk():
        paragraphs = groups.get(section.id)
        if paragraphs:
            printed = _printed(section, numbers[section.id])
            placed_comments |= placer.place(section.id, printed, paragraphs, doc.comments)
    placer.unplace_all(
        [p for p in rest if p.in_table], N_("修订在表格中：请在编辑器中对照修改表格")
    )
    placer.unplace_all(
        [p for p in rest if not p.in_table],
        N_("修订在正文之后（附件说明、署名、成文日期或附件）：请在“文档信息”或附件中修改"),
    )
    thread_replies(
        review.replies, review.resolved, placer.placed_by_source, doc.comments, placed_comments
    )
    review.unplaced_comments = [c for cid, c in doc.comments.items() if cid not in placed_comments]
    _restyled_paragraphs(review, doc)
    return review, len(groups)


def _restyled_paragraphs(review: Review, doc: MarkedDocument) -> None:
    """A reviewer's change of a paragraph's properties (w:pPrChange: made a heading,
    aligned, indented) has no place in the draft, whose layout is the standard's: listed
    with the paragraph's text, never dropped."""
    for paragraph in doc.paragraphs:
        if paragraph.restyled is None:
            continue
        text = paragraph.text(accepted=True)
        review.unplaced.append(
            Unplaced(
                text,
                text,
                paragraph.restyled.author,
                paragraph.restyled.date,
                N_(
                    "修改了段落格式（如改成标题、改对齐或缩进）：版式按国家标准排，未带回；"
                    "如需改层级，请在编辑器中调整"
                ),
                _context(text, 0, min(len(text), CONTEXT_CHARS)),
            )
        )
