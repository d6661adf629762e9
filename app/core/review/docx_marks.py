"""A reviewed .docx read as marked text: each body paragraph's pieces (kept, inserted,
deleted, restyled: ECMA-376 17.13.5 w:ins, w:del/w:delText, w:rPrChange, and the paragraph
mark's own w:ins/w:del in w:pPr/w:rPr), its bookmarks and its comment ranges, and the
comments of comments.xml (17.13.4: w:comment, anchored by w:commentRangeStart/End and
w:commentReference).

The package is opened with the Word reader's hardened Package (app.core.importer.
docx_package: the zip measured before inflating, a counted inflate, an XML parser without
entities, DTDs or network); the same limits apply (paragraphs, runs, part sizes).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from app.core import limits
from app.core.flat import Style
from app.core.importer.decode import ImportLimitError
from app.core.importer.docx_package import Flags, Package, Refused, w

_P, _R, _T, _DEL_TEXT, _TAB, _BR, _CR = (
    w("p"),
    w("r"),
    w("t"),
    w("delText"),
    w("tab"),
    w("br"),
    w("cr"),
)
_INS, _DEL, _MOVE_FROM, _MOVE_TO = w("ins"), w("del"), w("moveFrom"), w("moveTo")
_PPR, _RPR, _RPR_CHANGE = w("pPr"), w("rPr"), w("rPrChange")
_PPR_CHANGE = w("pPrChange")
_BOOKMARK_START, _BOOKMARK_END = w("bookmarkStart"), w("bookmarkEnd")
_RANGE_START, _RANGE_END, _REFERENCE = (
    w("commentRangeStart"),
    w("commentRangeEnd"),
    w("commentReference"),
)
_TBL, _SDT, _SDT_CONTENT, _BODY = w("tbl"), w("sdt"), w("sdtContent"), w("body")
# Containers whose runs are read as if they stood in the paragraph itself.
_TRANSPARENT = frozenset(
    {w("hyperlink"), w("smartTag"), w("fldSimple"), _SDT, _SDT_CONTENT, w("customXml")}
)
# Word's own hidden bookmarks (the last edit, table-of-contents and reference targets).
_WORDS_OWN = ("_GoBack", "_Toc", "_Ref", "_Hlk")
_AUTHOR, _DATE, _ID, _NAME = w("author"), w("date"), w("id"), w("name")


class Mark(StrEnum):
    KEPT = "kept"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class Revision:
    """Who made a change and when (w:author, w:date as written, ISO 8601 or "")."""

    author: str
    date: str


@dataclass(slots=True)
class Piece:
    """Text with one mark and one style. `old_style`: a w:rPrChange's formatting before the
    reviewer changed it (with `format_revision`); a paragraph mark is the piece "\\n"."""

    text: str
    mark: Mark
    style: Style
    revision: Revision | None = None
    old_style: Style | None = None
    format_revision: Revision | None = None


@dataclass(slots=True)
class MarkedParagraph:
    """One body paragraph (or a table's, with `in_table`). `bookmarks`: names started in
    it; `ends`: names ended in it. `comment_starts`/`comment_ends`: comment id → offset in
    the paragraph's pieces' text (all pieces, deleted ones included)."""

    pieces: list[Piece] = field(default_factory=list)
    bookmarks: list[str] = field(default_factory=list)
    ends: list[str] = field(default_factory=list)
    comment_starts: dict[str, int] = field(default_factory=dict)
    comment_ends: dict[str, int] = field(default_factory=dict)
    in_table: bool = False
    restyled: Revision | None = None  # a w:pPrChange: the paragraph's properties changed

    @property
    def length(self) -> int:
        return sum(len(p.text) for p in self.pieces)

    def text(self, *, accepted: bool) -> str:
        """The paragraph as it reads with every change accepted (or rejected)."""
        dropped = Mark.DELETED if accepted else Mark.INSERTED
        return "".join(p.text for p in self.pieces if p.mark is not dropped and p.text != "\n")

    @property
    def has_changes(self) -> bool:
        return any(p.mark is not Mark.KEPT or p.old_style is not None for p in self.pieces)


@dataclass(frozen=True, slots=True)
class ReviewComment:
    """A comment of comments.xml: its id (w:id), author, date and text (paragraphs joined
    by "\\n"). Word 2013 and later keep threads in commentsExtended.xml (w15:commentEx,
    keyed by the w14:paraId of the comment's last paragraph): `parent` is the id of the
    comment this one answers, `done` that the thread was marked resolved."""

    id: str
    author: str
    date: str
    text: str
    parent: str | None = None
    done: bool = False


@dataclass(slots=True)
class MarkedDocument:
    paragraphs: list[MarkedParagraph]
    comments: dict[str, ReviewComment]
    bookmark_names: list[str]


def _style_of(flags: Flags) -> Style:
    style = Style.PLAIN
    if flags.bold:
        style |= Style.BOLD
    if flags.italic:
        style |= Style.ITALIC
    if flags.underline:
        style |= Style.UNDERLINE
    return style


def _revision(element: Any) -> Revision:
    return Revision(element.get(_AUTHOR) or "", element.get(_DATE) or "")


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.runs = 0
        self.paragraphs: list[MarkedParagraph] = []
        self.bookmarks: list[str] = []
        self._bookmark_ids: dict[str, str] = {}

    def body(self, body: Any) -> None:
        for child in body:
            self.block(child, in_table=False)

    def block(self, element: Any, in_table: bool) -> None:
        tag = element.tag
        if tag == _P:
            self.paragraph(element, in_table)
        elif tag == _TBL:
            for p in element.iter(_P):
                self.paragraph(p, in_table=True)
        elif tag in (_SDT, _SDT_CONTENT):
            for child in element:
                self.block(child, in_table)
        elif tag == _BOOKMARK_START and self.paragraphs:
            self._bookmark(element, self.paragraphs[-1])
        elif tag == _BOOKMARK_END and self.paragraphs:
            self._bookmark_end(element, self.paragraphs[-1])

    def paragraph(self, p: Any, in_table: bool) -> None:
        if len(self.paragraphs) >= limits.DOCX_MAX_PARAGRAPHS:
            raise ImportLimitError(self.name, "的段落数", f" {limits.DOCX_MAX_PARAGRAPHS:,} 段")
        out = MarkedParagraph(in_table=in_table)
        self.paragraphs.append(out)
        for child in p:
            self.inline(child, out, Mark.KEPT, None)
        mark, revision = Mark.KEPT, None
        ppr = p.find(_PPR)
        restyled = ppr.find(_PPR_CHANGE) if ppr is not None else None
        if restyled is not None:
            out.restyled = _revision(restyled)
        rpr = ppr.find(_RPR) if ppr is not None else None
        if rpr is not None:
            for tag, kind in ((_INS, Mark.INSERTED), (_DEL, Mark.DELETED)):
                found = rpr.find(tag)
                if found is not None:
                    mark, revision = kind, _revision(found)
        out.pieces.append(Piece("\n", mark, Style.PLAIN, revision))

    def inline(self, element: Any, out: MarkedParagraph, mark: Mark, rev: Revision | None) -> None:
        tag = element.tag
        if tag == _R:
            self.run(element, out, mark, rev)
        elif tag in (_INS, _MOVE_TO):
            for child in element:
                self.inline(child, out, Mark.INSERTED, _revision(element))
        elif tag in (_DEL, _MOVE_FROM):
            for child in element:
                self.inline(child, out, Mark.DELETED, _revision(element))
        elif tag in _TRANSPARENT:
            for child in element:
                self.inline(child, out, mark, rev)
        elif tag == _BOOKMARK_START:
            self._bookmark(element, out)
        elif tag == _BOOKMARK_END:
            self._bookmark_end(element, out)
        elif tag == _RANGE_START:
            out.comment_starts.setdefault(element.get(_ID) or "", out.length)
        elif tag == _RANGE_END:
            out.comment_ends.setdefault(element.get(_ID) or "", out.length)

    def run(self, r: Any, out: MarkedParagraph, mark: Mark, rev: Revision | None) -> None:
        self.runs += 1
        if self.runs > limits.DOCX_MAX_RUNS:
            raise ImportLimitError(self.name, "的文字块数", f" {limits.DOCX_MAX_RUNS:,} 个")
        rpr = r.find(_RPR)
        style = _style_of(Flags(rpr))
        old_style: Style | None = None
        format_revision: Revision | None = None
        change = rpr.find(_RPR_CHANGE) if rpr is not None else None
        if change is not None:
            old_style = _style_of(Flags(change.find(_RPR)))
            format_revision = _revision(change)
        text: list[str] = []
        for child in r:
            tag = child.tag
            if tag in (_T, _DEL_TEXT):
                text.append(child.text or "")
            elif tag == _TAB:
                text.append("\t")
            elif tag in (_BR, _CR):
                text.append("\u2028")  # a line break inside the paragraph (w:br)
            elif tag == _REFERENCE:
                comment_id = child.get(_ID) or ""
                out.comment_ends.setdefault(comment_id, out.length + len("".join(text)))
        joined = "".join(text)
        if joined:
            out.pieces.append(Piece(joined, mark, style, rev, old_style, format_revision))

    def _bookmark(self, element: Any, out: MarkedParagraph) -> None:
        name = element.get(_NAME) or ""
        if name and not name.startswith(_WORDS_OWN):
            out.bookmarks.append(name)
            self.bookmarks.append(name)
            self._bookmark_ids[element.get(_ID) or ""] = name

    def _bookmark_end(self, element: Any, out: MarkedParagraph) -> None:
        name = self._bookmark_ids.get(element.get(_ID) or "")
        if name:
            out.ends.append(name)


W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
COMMENTS_EXTENDED = "commentsExtended"  # the last word of its relationship type
_PARA_ID = f"{{{W14_NS}}}paraId"


def _threads(package: Package, part: str | None) -> dict[str, tuple[str | None, bool]]:
    """paraId → (the parent's paraId, done) from commentsExtended.xml."""
    if part is None:
        return {}
    out: dict[str, tuple[str | None, bool]] = {}
    for ex in package.read_xml(part).iter(f"{{{W15_NS}}}commentEx"):
        para = ex.get(f"{{{W15_NS}}}paraId")
        if para:
            parent = ex.get(f"{{{W15_NS}}}paraIdParent")
            out[para] = (parent, ex.get(f"{{{W15_NS}}}done") in ("1", "true", "on"))
    return out


def _comments(package: Package, part: str | None, extended: str | None) -> dict[str, ReviewComment]:
    if part is None:
        return {}
    root = package.read_xml(part)
    threads = _threads(package, extended)
    out: dict[str, ReviewComment] = {}
    by_para: dict[str, str] = {}  # paraId of a comment's last paragraph → its id
    found: list[tuple[str, str | None]] = []
    for comment in root.iter(w("comment")):
        paras = list(comment.iter(_P))
        text = "\n".join("".join(t.text or "" for t in p.iter(_T)) for p in paras).strip()
        comment_id = comment.get(_ID) or ""
        para = paras[-1].get(_PARA_ID) if paras else None
        if para:
            by_para[para] = comment_id
        found.append((comment_id, para))
        out[comment_id] = ReviewComment(
            comment_id, comment.get(_AUTHOR) or "", comment.get(_DATE) or "", text
        )
    for comment_id, para in found:
        parent_para, done = threads.get(para or "", (None, False))
        parent = by_para.get(parent_para or "")
        if parent is not None or done:
            out[comment_id] = replace(out[comment_id], parent=parent, done=done)
    return out


def read_marked(data: bytes, name: str) -> MarkedDocument:
    """The reviewed document's marked paragraphs and its comments; raises Refused (a file
    that is not a Word document) or ImportLimitError."""
    package = Package(data, name)
    main = package.relationships("").get("officeDocument")
    if main is None:
        main = "word/document.xml" if package.has("word/document.xml") else None
    if main is None:
        raise Refused("这是压缩包，不是 Word 文档")
    root = package.read_xml(main)
    if root.tag != w("document"):
        raise Refused("主文档不是 Word 文档的格式")
    body = root.find(_BODY)
    if body is None:
        raise Refused("主文档中没有正文")
    reader = _Reader(name)
    reader.body(body)
    related = package.relationships(main)
    extended = next((v for k, v in related.items() if k.endswith(COMMENTS_EXTENDED)), None)
    comments = _comments(package, related.get("comments"), extended)
    return MarkedDocument(reader.paragraphs, comments, reader.bookmarks)


def with_own_changes_accepted(doc: MarkedDocument, author: str) -> MarkedDocument:
    """The document with the revisions by `author` accepted: a tracked export's own
    changes (app.core.tracked) are the draft as it is, not a reviewer's suggestions.
    A paragraph whose mark `author` deleted joins the next one."""
    paragraphs: list[MarkedParagraph] = []
    carry: MarkedParagraph | None = None
    for paragraph in doc.paragraphs:
        current, mark_deleted = _own_accepted(paragraph, author)
        if carry is not None:
            current = _joined(carry, current)
        carry = current if mark_deleted else None
        if not mark_deleted:
            paragraphs.append(current)
    if carry is not None:
        carry.pieces.append(Piece("\n", Mark.KEPT, Style.PLAIN))
        paragraphs.append(carry)
    return MarkedDocument(paragraphs, doc.comments, doc.bookmark_names)


def _own_accepted(paragraph: MarkedParagraph, author: str) -> tuple[MarkedParagraph, bool]:
    """One paragraph with `author`'s revisions accepted, and whether its mark went."""
    pieces: list[Piece] = []
    starts: list[tuple[int, int, bool]] = []  # (offset before, offset after, kept)
    before = after = 0
    mark_deleted = False
    for piece in paragraph.pieces:
        own = piece.revision is not None and piece.revision.author == author
        dropped = own and piece.mark is Mark.DELETED
        starts.append((before, after, not dropped))
        before += len(piece.text)
        if dropped:
            mark_deleted = mark_deleted or piece.text == "\n"
            continue
        if own:
            piece = replace(piece, mark=Mark.KEPT, revision=None)
        if piece.format_revision is not None and piece.format_revision.author == author:
            piece = replace(piece, old_style=None, format_revision=None)  # our own restyling
        pieces.append(piece)
        after += len(piece.text)

    def shifted(at: int) -> int:
        best = 0
        for old, new, kept in starts:
            if old <= at:
                best = new + (at - old if kept else 0)
        return best

    out = MarkedParagraph(
        pieces,
        list(paragraph.bookmarks),
        list(paragraph.ends),
        {k: shifted(v) for k, v in paragraph.comment_starts.items()},
        {k: shifted(v) for k, v in paragraph.comment_ends.items()},
        paragraph.in_table,
        None if restyled_by(paragraph, author) else paragraph.restyled,
    )
    return out, mark_deleted


def _joined(first: MarkedParagraph, second: MarkedParagraph) -> MarkedParagraph:
    length = first.length
    return MarkedParagraph(
        first.pieces + second.pieces,
        first.bookmarks + second.bookmarks,
        first.ends + second.ends,
        {**first.comment_starts, **{k: v + length for k, v in second.comment_starts.items()}},
        {**first.comment_ends, **{k: v + length for k, v in second.comment_ends.items()}},
        second.in_table,
        second.restyled or first.restyled,
    )


def restyled_by(paragraph: MarkedParagraph, author: str) -> bool:
    return paragraph.restyled is not None and paragraph.restyled.author == author
