"""One printed document (app.core.printed): the .docx writer writes exactly the blocks the
paginator lays out, tracked changes on runs come out as w:ins/w:del, headings carry a
bookmark named after their section, and roles are a StrEnum that reads as its string."""

from __future__ import annotations

import io
import zipfile

import docx
from export_drafts import generated_draft
from lxml import etree

from app.core.export.ooxml import bookmark_name
from app.core.export.writer import ExportOptions, build_docx_bytes, printed_for
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.pagination import paginate
from app.core.printed import Change, ChangeKind, Role, printed_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def body_paragraphs(data: bytes) -> list[etree._Element]:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return root.findall("w:body/w:p", NS)


def visible_text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))


def small_draft() -> Draft:
    return Draft(
        meta=Meta(title="2024年工作总结", author="××局", date="2024-01-05", attachments=["附表"]),
        intro=[Paragraph.plain("今年以来，我局认真贯彻落实。")],
        sections=[
            Section("主要工作", [Paragraph([Run("完成", bold=True), Run("年度任务。")])], id="s1"),
            Section("抓好党建", [Paragraph.plain("一是……")], run_in=True, id="s2"),
        ],
    )


def test_writer_and_paginator_print_the_same_blocks() -> None:
    draft = generated_draft(3)
    for options in (ExportOptions(), ExportOptions(sealed=True, run_in_lead="bold-fangsong")):
        blocks = printed_for(draft, options)
        written = [visible_text(p) for p in body_paragraphs(build_docx_bytes(draft, options))]
        assert written == [b.text.replace("\n", "") for b in blocks]
        pages = paginate(
            draft, sealed=options.sealed, bold_lead=options.run_in_lead == "bold-fangsong"
        )
        laid_out: dict[int, str] = {}
        for page in pages.pages:
            for line in page.lines:
                laid_out[line.block] = laid_out.get(line.block, "") + line.text
                assert line.role == blocks[line.block].role
        assert [laid_out[i] for i in range(len(blocks))] == [
            b.text.replace("\n", "") for b in blocks
        ]


def test_roles_read_as_their_strings() -> None:
    lines = [line for page in paginate(small_draft()).pages for line in page.lines]
    roles = {line.role for line in lines}
    assert {"title", "intro", "heading", "run_in", "body", "signature", "date"} <= roles
    assert all(isinstance(role, Role) for role in roles)
    assert Role.RUN_IN == "run_in" and f"{Role.BODY}" == "body"


def test_tracked_changes_are_written_as_insertions_and_deletions() -> None:
    draft = small_draft()
    blocks = printed_document(draft)
    body = next(b for b in blocks if b.role is Role.BODY)
    inserted, kept = body.runs
    inserted.change = Change(ChangeKind.INSERT, "张三", "2026-12-02T09:30:00Z")
    kept.change = Change(ChangeKind.DELETE, "李四", "2026-12-02T10:00:00Z")
    data = build_docx_bytes(draft, printed=blocks)
    paragraph = next(p for p in body_paragraphs(data) if p.find("w:ins", NS) is not None)
    ins = paragraph.find("w:ins", NS)
    assert ins.get(f"{{{W}}}author") == "张三" and ins.get(f"{{{W}}}date") == "2026-12-02T09:30:00Z"
    assert visible_text(ins) == "完成" and ins.find("w:r/w:rPr/w:b", NS) is not None
    deleted = paragraph.find("w:del", NS)
    assert deleted.get(f"{{{W}}}author") == "李四"
    assert [t.text for t in deleted.iter(f"{{{W}}}delText")] == ["年度任务。"]
    assert deleted.find(".//w:t", NS) is None  # deleted text is never plain text
    ids = [e.get(f"{{{W}}}id") for e in (ins, deleted)]
    assert len(set(ids)) == 2
    # python-docx reads the package (a valid document); deleted text is not in its text
    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "年度任务。" not in "".join(texts)


def test_headings_carry_a_bookmark_named_after_their_section() -> None:
    data = build_docx_bytes(small_draft())
    marked = {}
    for p in body_paragraphs(data):
        start = p.find("w:bookmarkStart", NS)
        if start is not None:
            end = p.find("w:bookmarkEnd", NS)
            assert end is not None and end.get(f"{{{W}}}id") == start.get(f"{{{W}}}id")
            marked[start.get(f"{{{W}}}name")] = visible_text(p)
    assert marked == {
        bookmark_name("s1"): "一、主要工作",
        bookmark_name("s2"): "二、抓好党建。一是……",
    }
    assert bookmark_name("s1") == "_Zs1"
    assert len(bookmark_name("x" * 60)) == 40 and bookmark_name("a-b c") == "_Za_b_c"
