"""A reviewer's change of a paragraph's properties (Word's w:pPrChange: centred, made a
heading) has no place in a draft whose layout is the standard's: review import lists it
with its paragraph and reviewer, never drops it; our own (a tracked export's) is not."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from app.core.export.writer import build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.review import read_review

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _draft() -> Draft:
    return Draft(
        meta=Meta(title="2026年工作总结"),
        sections=[
            Section(
                "主要工作",
                [Paragraph.plain("全年完成培训12次。"), Paragraph.plain("覆盖300余人。")],
                id="s1",
            )
        ],
    )


def _centred_by_reviewer(data: bytes, text: str, author: str) -> bytes:
    """Our export with the paragraph reading `text` centred by `author`, tracked."""
    source = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(source.read("word/document.xml"))
    (paragraph,) = [
        p for p in root.iter(w("p")) if "".join(t.text or "" for t in p.iter(w("t"))) == text
    ]
    ppr = paragraph.find(w("pPr"))
    if ppr is None:
        ppr = etree.SubElement(paragraph, w("pPr"))
        paragraph.insert(0, ppr)
    etree.SubElement(ppr, w("jc")).set(w("val"), "center")
    change = etree.SubElement(ppr, w("pPrChange"))
    change.set(w("id"), "901")
    change.set(w("author"), author)
    change.set(w("date"), "2026-12-02T10:00:00Z")
    etree.SubElement(change, w("pPr"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            target.writestr(item, body)
    return out.getvalue()


def test_a_reviewers_paragraph_format_change_is_listed_not_dropped() -> None:
    draft = _draft()
    data = _centred_by_reviewer(build_docx_bytes(draft), "覆盖300余人。", "张科长")
    review = read_review(draft, data, "科长改.docx")
    assert review.suggestions == []
    (listed,) = review.unplaced
    assert (listed.author, listed.new_text, listed.date) == (
        "张科长",
        "覆盖300余人。",
        "2026-12-02T10:00:00Z",
    )
    assert "段落格式" in listed.reason
    # the same change by the draft's own author (a tracked export's) is the draft
    own = read_review(draft, data, "科长改.docx", own_author="张科长")
    assert own.unplaced == [] and own.suggestions == []
