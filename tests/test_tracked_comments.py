"""A tracked export with the draft's comments (导出修订稿 carries them; export
--track-changes-since … --comments): each comment covers the text it was made on, though
deleted text (which the draft no longer has) sits in the paragraph before it."""

from __future__ import annotations

import copy
import io

import docx
from docx.oxml.ns import qn

from app.core.export.writer import ExportOptions
from app.core.model import Comment, Draft, Meta, Paragraph, Section
from app.core.tracked import tracked_docx_bytes


def _commented_text(data: bytes) -> list[str]:
    """The text each comment range covers in the Word file, as Word shows it (kept and
    inserted text; deleted text inside the range would show struck through)."""
    out = []
    for p in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p")):
        inside, text = False, []
        for element in p.iter():
            if element.tag == qn("w:commentRangeStart"):
                inside = True
            elif element.tag == qn("w:commentRangeEnd"):
                inside = False
                out.append("".join(text))
                text = []
            elif element.tag == qn("w:t") and inside:
                text.append(element.text or "")
    return out


def test_a_comment_after_deleted_text_covers_what_it_was_made_on() -> None:
    old = Draft(
        meta=Meta(title="总结"),
        sections=[
            Section("主要工作", [Paragraph.plain("全年完成培训12次，覆盖300余人。")], id="s1")
        ],
    )
    new = copy.deepcopy(old)
    new.find("s1").body[0] = Paragraph.plain("完成培训12次，覆盖300余人。")  # 全年 deleted
    new.find("s1").comments = [Comment("c1", "张三", "", "请核实", 0, 9, 14, "覆盖300")]
    data = tracked_docx_bytes(old, new, "起草人", ExportOptions(comments=True))
    assert _commented_text(data) == ["覆盖300"]


def test_a_comment_with_no_deleted_text_before_it_covers_what_it_was_made_on() -> None:
    old = Draft(
        meta=Meta(title="总结"),
        sections=[Section("主要工作", [Paragraph.plain("完成培训12次，覆盖300余人。")], id="s1")],
    )
    new = copy.deepcopy(old)
    new.find("s1").body[0] = Paragraph.plain("完成培训12次，覆盖300余人，满意率98%。")
    new.find("s1").comments = [Comment("c1", "张三", "", "请核实", 0, 7, 12, "覆盖300")]
    data = tracked_docx_bytes(old, new, "起草人", ExportOptions(comments=True))
    assert _commented_text(data) == ["覆盖300"]
