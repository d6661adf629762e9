"""Review comments in the export (ExportOptions(comments=True)): the draft's open 批注 go
into the .docx as Word comments on the text they were made on; python-docx and our own
review reader read them back at the same place; resolved ones stay out, and an export
without the option carries none."""

from __future__ import annotations

import io
import zipfile

import docx

from app.core.export.writer import ExportOptions, build_docx_bytes
from app.core.model import Comment, Draft, Meta, Paragraph, Run, Section, Table
from app.core.review import read_review

ON = ExportOptions(comments=True)


def commented() -> Draft:
    reply = Comment("c2", "李四", "2026-12-02T10:00:00", "已补充。")
    on_text = Comment(
        "c1", "张三", "2026-12-02T09:30:00+08:00", "请补充数据。", 0, 2, 4, "完成", replies=[reply]
    )
    on_heading = Comment("c3", "王五", "2026-12-02", "标题可再精炼", None, 0, 2, "主要")
    done = Comment("c4", "赵六", "", "已处理", 0, 0, 2, "全面", resolved=True)
    moved = Comment("c5", "张三", "", "这句再斟酌", 1, 0, 3, "稳步推进")  # stale offsets
    section = Section(
        "主要工作",
        [
            Paragraph([Run("全面", bold=True), Run("完成年度任务。")]),
            Paragraph.plain("各项工作稳步推进。"),
        ],
        id="s1",
        comments=[on_text, on_heading, done, moved],
    )
    return Draft(meta=Meta(title="总结"), sections=[section])


def test_python_docx_reads_the_open_comments() -> None:
    document = docx.Document(io.BytesIO(build_docx_bytes(commented(), ON)))
    assert [(c.author, c.text) for c in document.comments] == [
        ("张三", "请补充数据。"),
        ("李四", "已补充。"),
        ("王五", "标题可再精炼"),
        ("张三", "这句再斟酌"),
    ]
    assert [p.text for p in document.paragraphs][-2:] == [
        "全面完成年度任务。",
        "各项工作稳步推进。",
    ]


def test_the_review_reader_places_them_where_they_were_made() -> None:
    """Read against the draft before its comments (as a reviewer's new ones would be):
    each lands on the text it was made on."""
    draft = commented()
    exported = build_docx_bytes(draft, ON)
    draft.sections[0].comments = []
    review = read_review(draft, exported, "总结.docx")
    placed = {(c.comment.author, c.comment.text): c for c in review.comments}
    assert len(placed) == 4 and not review.unplaced_comments and not review.suggestions
    first = placed[("张三", "请补充数据。")].comment
    assert (first.paragraph, first.start, first.end, first.quote) == (0, 2, 4, "完成")
    heading = placed[("王五", "标题可再精炼")].comment
    assert (heading.paragraph, heading.quote) == (None, "主要")
    moved = placed[("张三", "这句再斟酌")].comment  # found again by its quote
    assert (moved.paragraph, moved.start, moved.end) == (1, 4, 8)
    assert all(c.section_id == "s1" for c in review.comments)


def test_the_drafts_own_comments_do_not_come_back_twice() -> None:
    draft = commented()
    review = read_review(draft, build_docx_bytes(draft, ON), "总结.docx")
    assert not review.comments and not review.unplaced_comments and not review.suggestions


def test_without_the_option_no_comment_is_written() -> None:
    draft = commented()
    plain = build_docx_bytes(draft)
    names = zipfile.ZipFile(io.BytesIO(plain)).namelist()
    assert "word/comments.xml" not in names
    body = zipfile.ZipFile(io.BytesIO(plain)).read("word/document.xml")
    assert b"commentRange" not in body
    draft.sections[0].comments = []
    with_none = build_docx_bytes(draft, ON)
    assert "word/comments.xml" not in zipfile.ZipFile(io.BytesIO(with_none)).namelist()


def test_a_comment_on_a_table_sits_on_its_caption() -> None:
    table = Table.plain([["项目", "金额"], ["甲", "1"]], caption="表1 经费")
    section = Section(
        "经费", [table], id="s", comments=[Comment("c", "张三", "", "核对金额", 0, 0, 0, "")]
    )
    document = docx.Document(io.BytesIO(build_docx_bytes(Draft(sections=[section]), ON)))
    assert [c.text for c in document.comments] == ["核对金额"]
    xml = zipfile.ZipFile(io.BytesIO(build_docx_bytes(Draft(sections=[section]), ON)))
    body = xml.read("word/document.xml").decode()
    assert body.index("commentRangeStart") < body.index("表1") < body.index("commentRangeEnd")
