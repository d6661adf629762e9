"""Reviewed .docx files written the way Word stores a review (ECMA-376 Part 1: 17.13.5
revisions w:ins / w:del / w:delText / w:rPrChange, 17.13.4 comments: word/comments.xml
with w:commentRangeStart / w:commentRangeEnd / w:commentReference), for tests and the
benchmark.

A document is a list of paragraphs; a paragraph is a list of items:
    ("t", text)                      kept text          ("b", text)  kept bold text
    ("ins", text, author)            inserted           ("del", text, author)  deleted
    ("fmt", text, author)            kept text made bold by the reviewer (rPrChange)
    ("bm", name) / ("bmend", name)   bookmark start / end
    ("cs", id) / ("ce", id)          comment range start / end, ("cref", id) its reference
    ("pins", author) / ("pdel", author)  the paragraph mark itself inserted / deleted
`exported(draft)` gives the paragraphs our export prints for a draft, a bookmark "s_<id>"
around each section's own paragraphs; `change(...)` marks a reviewer's change in one.
"""

from __future__ import annotations

import copy
import io
import zipfile

from lxml import etree

from app.core.model import Draft
from app.core.review.printed_text import PrintedSection

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE = "2026-12-01T10:00:00Z"

Item = tuple[str, ...]
Para = list[Item]


def q(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def exported(draft: Draft) -> list[Para]:
    """The paragraphs of our export, each section's bookmarked as s_<id>."""
    paragraphs: list[Para] = []
    if draft.meta.title:
        paragraphs.append([("t", draft.meta.title)])
        paragraphs.append([])
    for block in draft.intro:
        if block.text.strip():
            paragraphs.append([("t", block.text)])
    numbers = {s.id: n for s, _level, n in draft.walk_with_level()}
    for section in draft.walk():
        printed = PrintedSection(numbers[section.id], section.heading, section.body, section.run_in)
        lines = printed.text.split("\n")
        name = "s_" + section.id
        for index, line in enumerate(lines):
            para: Para = [("t", line)] if line else []
            if index == 0:
                para.insert(0, ("bm", name))
            if index == len(lines) - 1:
                para.append(("bmend", name))
            paragraphs.append(para)
    if draft.meta.author:
        paragraphs.append([])
        paragraphs.append([("t", draft.meta.author)])
    if draft.meta.date:
        paragraphs.append([("t", draft.meta.date)])
    return paragraphs


def find_line(paragraphs: list[Para], text: str) -> int:
    for index, para in enumerate(paragraphs):
        if any(item[0] == "t" and text in item[1] for item in para):
            return index
    raise KeyError(text)


def change(paragraphs: list[Para], old: str, new: str, author: str = "张科长") -> None:
    """Mark the reviewer's change of the first kept `old` into `new`: deleted and
    inserted runs in place of the kept text."""
    index = find_line(paragraphs, old)
    para = paragraphs[index]
    for k, item in enumerate(para):
        if item[0] == "t" and old in item[1]:
            before, after = item[1].split(old, 1)
            items: Para = []
            if before:
                items.append(("t", before))
            if old:
                items.append(("del", old, author))
            if new:
                items.append(("ins", new, author))
            if after:
                items.append(("t", after))
            para[k : k + 1] = items
            return
    raise KeyError(old)


def insert_at(paragraphs: list[Para], anchor: str, new: str, author: str = "张科长") -> None:
    """Insert `new` right after the first `anchor`."""
    index = find_line(paragraphs, anchor)
    para = paragraphs[index]
    for k, item in enumerate(para):
        if item[0] == "t" and anchor in item[1]:
            before, after = item[1].split(anchor, 1)
            items: Para = [("t", before + anchor), ("ins", new, author)]
            if after:
                items.append(("t", after))
            para[k : k + 1] = items
            return


def _run(
    parent: etree._Element, text: str, deleted: bool = False, bold: bool = False
) -> etree._Element:
    r = etree.SubElement(parent, q("r"))
    if bold:
        rpr = etree.SubElement(r, q("rPr"))
        etree.SubElement(rpr, q("b"))
    t = etree.SubElement(r, q("delText" if deleted else "t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def document_xml(paragraphs: list[Para]) -> bytes:
    root = etree.Element(q("document"), nsmap={"w": W_NS})
    body = etree.SubElement(root, q("body"))
    ids = iter(range(1, 1_000_000))
    bookmark_ids: dict[str, str] = {}
    for para in paragraphs:
        p = etree.SubElement(body, q("p"))
        for item in para:
            kind = item[0]
            if kind == "t":
                _run(p, item[1])
            elif kind == "b":
                _run(p, item[1], bold=True)
            elif kind in ("ins", "del"):
                mark = etree.SubElement(p, q(kind))
                mark.set(q("id"), str(next(ids)))
                mark.set(q("author"), item[2])
                mark.set(q("date"), DATE)
                _run(mark, item[1], deleted=kind == "del")
            elif kind == "fmt":
                r = etree.SubElement(p, q("r"))
                rpr = etree.SubElement(r, q("rPr"))
                etree.SubElement(rpr, q("b"))
                changed = etree.SubElement(rpr, q("rPrChange"))
                changed.set(q("id"), str(next(ids)))
                changed.set(q("author"), item[2])
                changed.set(q("date"), DATE)
                etree.SubElement(changed, q("rPr"))
                t = etree.SubElement(r, q("t"))
                t.text = item[1]
            elif kind == "bm":
                bookmark_ids[item[1]] = str(next(ids))
                start = etree.SubElement(p, q("bookmarkStart"))
                start.set(q("id"), bookmark_ids[item[1]])
                start.set(q("name"), item[1])
            elif kind == "bmend":
                end = etree.SubElement(p, q("bookmarkEnd"))
                end.set(q("id"), bookmark_ids[item[1]])
            elif kind == "cs":
                etree.SubElement(p, q("commentRangeStart")).set(q("id"), item[1])
            elif kind == "ce":
                etree.SubElement(p, q("commentRangeEnd")).set(q("id"), item[1])
            elif kind == "cref":
                r = etree.SubElement(p, q("r"))
                etree.SubElement(r, q("commentReference")).set(q("id"), item[1])
            elif kind in ("pins", "pdel"):
                ppr = p.find(q("pPr"))
                if ppr is None:
                    ppr = etree.Element(q("pPr"))
                    p.insert(0, ppr)
                rpr = etree.SubElement(ppr, q("rPr"))
                mark = etree.SubElement(rpr, q(kind[1:]))
                mark.set(q("id"), str(next(ids)))
                mark.set(q("author"), item[1])
                mark.set(q("date"), DATE)
    etree.SubElement(body, q("sectPr"))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"


def para_id(comment_id: str) -> str:
    """The w14:paraId of a comment's (only) paragraph, as Word numbers them: 8 hex digits."""
    return f"{int(comment_id) + 0x10:08X}"


def comments_xml(comments: list[tuple[str, str, str]]) -> bytes:
    """comments: (id, author, text); each paragraph carries a w14:paraId (Word 2010+)."""
    root = etree.Element(q("comments"), nsmap={"w": W_NS, "w14": W14_NS})
    for comment_id, author, text in comments:
        c = etree.SubElement(root, q("comment"))
        c.set(q("id"), comment_id)
        c.set(q("author"), author)
        c.set(q("date"), DATE)
        c.set(q("initials"), author[:1])
        p = etree.SubElement(c, q("p"))
        p.set(f"{{{W14_NS}}}paraId", para_id(comment_id))
        _run(p, text)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def comments_extended_xml(threads: list[tuple[str, str | None, bool]]) -> bytes:
    """threads: (comment id, the id it answers or None, done), as word/commentsExtended.xml
    stores them (w15:commentEx w15:paraId / w15:paraIdParent / w15:done)."""
    root = etree.Element(f"{{{W15_NS}}}commentsEx", nsmap={"w15": W15_NS})
    for comment_id, parent, done in threads:
        ex = etree.SubElement(root, f"{{{W15_NS}}}commentEx")
        ex.set(f"{{{W15_NS}}}paraId", para_id(comment_id))
        if parent is not None:
            ex.set(f"{{{W15_NS}}}paraIdParent", para_id(parent))
        ex.set(f"{{{W15_NS}}}done", "1" if done else "0")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.comments+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/comments" Target="comments.xml"/></Relationships>'
)


_EXTENDED_REL = (
    '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/'
    'commentsExtended" Target="commentsExtended.xml"/>'
)


def docx(
    paragraphs: list[Para],
    comments: tuple[tuple[str, str, str], ...] = (),
    threads: tuple[tuple[str, str | None, bool], ...] = (),
) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("word/document.xml", document_xml(paragraphs))
        if comments:
            rels = _DOC_RELS.replace("</Relationships>", _EXTENDED_REL + "</Relationships>")
            z.writestr("word/_rels/document.xml.rels", rels if threads else _DOC_RELS)
            z.writestr("word/comments.xml", comments_xml(list(comments)))
        if threads:
            z.writestr("word/commentsExtended.xml", comments_extended_xml(list(threads)))
    return out.getvalue()


def from_tracked(blocks: list) -> list[Para]:  # list[app.core.tracked.TrackedBlock]
    """The paragraphs of a tracked export (app.core.tracked) in the items above: its own
    revisions as ins/del by their author, bookmarks around each section's heading."""
    paragraphs: list[Para] = []
    for tracked in blocks:
        block = tracked.block
        para: Para = []
        if block.bookmark:
            para.append(("bm", "_Z" + block.bookmark))
        for run in block.runs:
            if run.change is None:
                para.append(("b" if run.bold else "t", run.text))
            else:
                kind = "ins" if run.change.kind.value == "insert" else "del"
                para.append((kind, run.text, run.change.author))
        if block.bookmark:
            para.append(("bmend", "_Z" + block.bookmark))
        if tracked.mark is not None:
            kind = "pins" if tracked.mark.kind.value == "insert" else "pdel"
            para.append((kind, tracked.mark.author))
        paragraphs.append(para)
    return paragraphs


_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def with_comments(data: bytes, comments: list[tuple[str, str, str]]) -> bytes:
    """A .docx (e.g. one LibreOffice saved) with comments added as Word stores them:
    comments: (text of a run to comment on, author, comment text). The run's text is
    wrapped in w:commentRangeStart / w:commentRangeEnd, a w:commentReference run follows,
    word/comments.xml holds the comments, with its relationship and content type."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: source.read(name) for name in source.namelist()}
    document = etree.fromstring(parts["word/document.xml"])
    for index, (anchor, _author, _text) in enumerate(comments):
        run = next(
            t.getparent()
            for t in document.iter(q("t"))
            if anchor in (t.text or "") and t.getparent().tag == q("r")
        )
        start = etree.Element(q("commentRangeStart"))
        start.set(q("id"), str(index))
        run.addprevious(start)
        end = etree.Element(q("commentRangeEnd"))
        end.set(q("id"), str(index))
        reference = etree.Element(q("r"))
        etree.SubElement(reference, q("commentReference")).set(q("id"), str(index))
        run.addnext(end)
        end.addnext(reference)
    parts["word/document.xml"] = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
    parts["word/comments.xml"] = comments_xml(
        [(str(i), author, text) for i, (_a, author, text) in enumerate(comments)]
    )
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    rel = etree.SubElement(rels, f"{{{_PKG_REL}}}Relationship")
    rel.set("Id", "rIdZjComments")
    rel.set("Type", _COMMENTS_TYPE)
    rel.set("Target", "comments.xml")
    parts["word/_rels/document.xml.rels"] = etree.tostring(
        rels, xml_declaration=True, encoding="UTF-8"
    )
    types = etree.fromstring(parts["[Content_Types].xml"])
    override = etree.SubElement(types, f"{{{_CT_NS}}}Override")
    override.set("PartName", "/word/comments.xml")
    override.set("ContentType", _COMMENTS_CT)
    parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)
    return out.getvalue()


def _piece(rpr: etree._Element | None, text: str, deleted: bool = False) -> etree._Element:
    """A run of `text` with a copy of `rpr` (w:delText when deleted)."""
    r = etree.Element(q("r"))
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    tag = etree.SubElement(r, q("delText" if deleted else "t"))
    tag.text = text
    tag.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def with_changes(data: bytes, changes: list[tuple[str, str]], author: str = "张科长") -> bytes:
    """A .docx (our real export) with a reviewer's tracked changes written as Word writes
    them: the run holding the first `old` split into the text before, w:del (w:delText)
    of `old`, w:ins of `new`, and the text after, each keeping the run's properties."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: source.read(name) for name in source.namelist()}
    document = etree.fromstring(parts["word/document.xml"])
    ids = iter(range(9000, 1_000_000))
    for old, new in changes:
        t = next(t for t in document.iter(q("t")) if old in (t.text or ""))
        run = t.getparent()
        before, after = (t.text or "").split(old, 1)
        rpr = run.find(q("rPr"))
        made: list[etree._Element] = []
        if before:
            made.append(_piece(rpr, before))
        for kind, text in (("del", old), ("ins", new)):
            if text:
                mark = etree.Element(q(kind))
                mark.set(q("id"), str(next(ids)))
                mark.set(q("author"), author)
                mark.set(q("date"), DATE)
                mark.append(_piece(rpr, text, deleted=kind == "del"))
                made.append(mark)
        if after:
            made.append(_piece(rpr, after))
        for element in made:
            run.addprevious(element)
        run.getparent().remove(run)
    parts["word/document.xml"] = etree.tostring(document, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            z.writestr(name, content)
    return out.getvalue()
