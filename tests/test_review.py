"""Bringing a review back: a reviewed .docx (revisions and comments stored the way Word
stores them) read as suggestions placed in their sections and paragraphs."""

from __future__ import annotations

import copy

import pytest
import review_helpers as rh

from app.core.compare import Part
from app.core.edits import apply_edit
from app.core.importer.docx_reader import NotDocxError
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.review import NotThisDraftError, accept, accept_all, read_review, shifted
from app.core.tracked import tracked_document


def _draft() -> Draft:
    return Draft(
        meta=Meta(title="2026年工作总结", author="××市××局", date="2026年12月1日"),
        intro=[Paragraph.plain("今年以来，我局认真贯彻落实上级部署。")],
        sections=[
            Section(
                "主要工作",
                [
                    Paragraph.plain("全年完成培训12次。"),
                    Paragraph(),
                    Paragraph.plain("覆盖300余人。"),
                ],
                children=[
                    Section(
                        "强化理论武装",
                        [Paragraph.plain("坚持第一议题制度。")],
                        id="a1",
                        run_in=True,
                    ),
                ],
                id="s1",
            ),
            Section("存在问题", [Paragraph.plain("创新不足。")], id="s2"),
        ],
    )


def _accepted(draft: Draft, review) -> Draft:  # type: ignore[no-untyped-def]
    after = copy.deepcopy(draft)
    for edit in accept_all(after, review.suggestions):
        apply_edit(after, edit)
    return after


def test_changes_are_placed_in_their_section_and_paragraph() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "12次", "15次")
    rh.change(paragraphs, "300余人", "320余人", author="李处长")
    rh.change(paragraphs, "创新", "改革创新")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    assert review.unplaced == []
    placed = [
        (s.section_id, s.part, s.paragraph, s.old_text, s.new_text, s.author)
        for s in review.suggestions
    ]
    assert placed == [
        ("s1", Part.BODY, 0, "12次", "15次", "张科长"),
        (
            "s1",
            Part.BODY,
            2,
            "300余人",
            "320余人",
            "李处长",
        ),  # the empty paragraph 1 is not printed
        ("s2", Part.BODY, 0, "创新", "改革创新", "张科长"),
    ]
    assert review.suggestions[0].date == rh.DATE
    after = _accepted(draft, review)
    assert after.find("s1").body[0].text == "全年完成培训15次。"
    assert after.find("s1").body[2].text == "覆盖320余人。"
    assert after.find("s2").body[0].text == "改革创新不足。"


def test_a_heading_change_and_a_run_in_section() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "主要工作", "主要工作成效")
    rh.change(paragraphs, "理论武装", "政治理论武装")
    rh.change(paragraphs, "第一议题", "“第一议题”")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    assert [(s.section_id, s.part, s.paragraph) for s in review.suggestions] == [
        ("s1", Part.HEADING, None),
        ("a1", Part.HEADING, None),
        ("a1", Part.BODY, 0),
    ]
    after = _accepted(draft, review)
    assert after.find("s1").heading == "主要工作成效"
    assert after.find("a1").heading == "强化政治理论武装"
    assert after.find("a1").body[0].text == "坚持“第一议题”制度。"


def test_a_change_in_the_derived_number_or_the_title_is_listed_not_dropped() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "二、存在", "三、存在")
    rh.change(paragraphs, "2026年工作", "2026年度工作")
    rh.change(paragraphs, "××市××局", "××市××委")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    assert review.suggestions == []
    assert sorted((u.old_text, u.new_text) for u in review.unplaced) == sorted(
        [("二、存在", "三、存在"), ("2026年工作", "2026年度工作"), ("××市××局", "××市××委")]
    )
    assert all(u.reason and u.author == "张科长" for u in review.unplaced)


def test_intro_changes_are_placed_in_the_intro() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "认真", "坚决")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    (suggestion,) = review.suggestions
    assert (suggestion.section_id, suggestion.part, suggestion.paragraph) == (None, Part.BODY, 0)
    assert _accepted(draft, review).intro[0].text == "今年以来，我局坚决贯彻落实上级部署。"


def test_a_split_and_a_joined_paragraph() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    line = rh.find_line(paragraphs, "创新不足。")
    paragraphs[line] = [("t", "创新"), ("pins", "张科长")]
    paragraphs.insert(line + 1, [("t", "不足。"), ("bmend", "s_s2")])
    joined = rh.find_line(paragraphs, "全年完成培训12次。")
    paragraphs[joined].append(("pdel", "张科长"))
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    after = _accepted(draft, review)
    assert [p.text for p in after.find("s2").body] == ["创新", "不足。"]
    # the printed break after 12次。 was the empty paragraph's too: both go
    assert [p.text for p in after.find("s1").body] == ["全年完成培训12次。覆盖300余人。"]


def test_a_formatting_change_comes_back_as_bold() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    line = rh.find_line(paragraphs, "创新不足。")
    paragraphs[line] = [("fmt", "创新", "王主任"), ("t", "不足。"), ("bmend", "s_s2")]
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    (suggestion,) = review.suggestions
    assert suggestion.format_only and suggestion.author == "王主任"
    after = _accepted(draft, review)
    assert after.find("s2").body[0] == Paragraph([Run("创新", bold=True), Run("不足。")])


def test_comments_stay_with_their_section_and_paragraph() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    line = rh.find_line(paragraphs, "覆盖300余人。")
    paragraphs[line] = [
        ("t", "覆盖"),
        ("cs", "0"),
        ("t", "300余人"),
        ("ce", "0"),
        ("cref", "0"),
        ("t", "。"),
    ]
    heading = rh.find_line(paragraphs, "二、存在问题")
    paragraphs[heading] += [("cs", "1"), ("ce", "1"), ("cref", "1")]
    comments = (("0", "张科长", "请核实人数"), ("1", "李处长", "问题写得不够具体"))
    review = read_review(draft, rh.docx(paragraphs, comments), "改过.docx")
    found = [
        (c.section_id, c.comment.author, c.comment.text, c.comment.paragraph, c.comment.quote)
        for c in review.comments
    ]
    assert found == [
        ("s1", "张科长", "请核实人数", 2, "300余人"),
        ("s2", "李处长", "问题写得不够具体", None, ""),
    ]
    assert review.comments[0].comment.date == rh.DATE


def test_suggestions_one_by_one_keep_their_places() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "全年", "本年度")
    rh.change(paragraphs, "12次", "15次")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    first, second = review.suggestions
    apply_edit(draft, accept(draft, first))
    (rest,) = shifted(review.suggestions, first)
    apply_edit(draft, accept(draft, rest))
    assert draft.find("s1").body[0].text == "本年度完成培训15次。"


def test_a_change_in_text_edited_since_the_export_is_listed() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "12次", "15次")
    rh.change(paragraphs, "创新", "改革创新")
    draft.find("s1").body[0] = Paragraph.plain("全年完成培训13次。")  # edited after the export
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    assert [(s.section_id, s.new_text) for s in review.suggestions] == [("s2", "改革创新")]
    assert [(u.old_text, u.new_text) for u in review.unplaced] == [("12次", "15次")]


def test_without_bookmarks_sections_are_found_by_their_headings() -> None:
    draft = _draft()
    paragraphs = [[i for i in p if i[0] not in ("bm", "bmend")] for p in rh.exported(draft)]
    rh.change(paragraphs, "创新", "改革创新")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    assert [(s.section_id, s.new_text) for s in review.suggestions] == [("s2", "改革创新")]


def test_a_docx_of_another_draft_merges_nothing() -> None:
    other = Draft(sections=[Section("别的内容", [Paragraph.plain("无关。")], id="zz")])
    paragraphs = rh.exported(other)
    rh.change(paragraphs, "无关", "有关")
    draft = _draft()
    before = copy.deepcopy(draft)
    with pytest.raises(NotThisDraftError) as caught:
        read_review(draft, rh.docx(paragraphs), "别人的.docx")
    assert "别人的.docx" in caught.value.message and "导入" in caught.value.message
    assert draft == before


def test_a_file_that_is_not_a_docx_is_refused_in_words() -> None:
    with pytest.raises(NotDocxError):
        read_review(_draft(), b"plain text, not a zip", "x.docx")


def test_a_tracked_exports_own_revisions_are_the_draft_not_suggestions() -> None:
    old = _draft()
    draft = _draft()
    draft.find("s1").body[0] = Paragraph.plain("全年完成培训15次。")
    draft.find("s2").body.append(Paragraph.plain("人手紧张。"))
    del draft.find("s1").children[0]
    paragraphs = rh.from_tracked(tracked_document(old, draft, "起草人"))
    rh.change(paragraphs, "创新", "改革创新", author="张科长")
    rh.change(paragraphs, "覆盖", "覆盖干部", author="张科长")
    review = read_review(draft, rh.docx(paragraphs), "改过.docx", own_author="起草人")
    assert review.unplaced == []
    assert [(s.section_id, s.paragraph, s.old_text, s.new_text) for s in review.suggestions] == [
        ("s1", 2, "覆盖", "覆盖干部"),  # body[1] is the empty paragraph
        ("s2", 0, "创新", "改革创新"),
    ]


def test_a_table_in_a_section_does_not_move_the_changes_after_it() -> None:
    from app.core.model import Table

    draft = _draft()
    draft.find("s2").body.insert(
        0, Table.plain([["项目", "完成"], ["培训", "12次"]], caption="表1 情况")
    )
    paragraphs = rh.exported(draft)
    caption = rh.find_line(paragraphs, "表1 情况")
    rh.change(paragraphs, "创新", "改革创新")
    paragraphs[caption] = [("t", "表1 "), ("del", "情况", "张科长"), ("ins", "完成情况", "张科长")]
    review = read_review(draft, rh.docx(paragraphs), "改过.docx")
    assert [(s.section_id, s.paragraph, s.new_text) for s in review.suggestions] == [
        ("s2", 1, "改革创新")
    ]
    assert [(u.old_text, u.new_text) for u in review.unplaced] == [("情况", "完成情况")]


def test_our_real_export_reviewed_places_changes_by_its_bookmarks() -> None:
    from app.core.export.writer import build_docx_bytes
    from app.core.model import Appendix

    draft = _draft()
    draft.meta.attachments = ["情况表"]
    draft.appendices = [
        Appendix(
            title="情况表",
            intro=[Paragraph.plain("附件正文。")],
            sections=[Section("附件一节", [Paragraph.plain("附件内容。")], id="x1")],
        )
    ]
    data = rh.with_changes(
        build_docx_bytes(draft),
        [
            ("12次", "15次"),
            ("创新", "改革创新"),
            ("附件内容", "附件内容（修订）"),
            ("××局", "××委"),
        ],
    )
    data = rh.with_changes(data, [("第一议题", "“第一议题”")])
    review = read_review(draft, data, "改过.docx")
    placed = [
        (s.section_id, s.part, s.paragraph, s.old_text, s.new_text) for s in review.suggestions
    ]
    assert placed == [
        ("s1", Part.BODY, 0, "12次", "15次"),
        ("a1", Part.BODY, 0, "第一议题", "“第一议题”"),
        ("s2", Part.BODY, 0, "创新", "改革创新"),
    ]
    assert sorted((u.old_text, u.new_text) for u in review.unplaced) == sorted(
        [("附件内容", "附件内容（修订）"), ("××局", "××委")]
    )


def test_hostile_files_are_refused_in_words_within_seconds() -> None:
    import io
    import zipfile

    from app.core.importer.decode import ImportLimitError
    from app.core.limits import DOCX_MAX_PART_BYTES

    def package(document: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", document)
        return out.getvalue()

    bomb = package(b"<w:document xmlns:w='x'>" + b" " * (DOCX_MAX_PART_BYTES + 1))
    assert len(bomb) < 100_000
    with pytest.raises(ImportLimitError):
        read_review(_draft(), bomb, "炸弹.docx")
    deep = f"<w:document xmlns:w='{rh.W_NS}'><w:body><w:p>"
    deep += "<w:smartTag>" * 5000 + "</w:smartTag>" * 5000 + "</w:p></w:body></w:document>"
    with pytest.raises(NotDocxError) as caught:
        read_review(_draft(), package(deep.encode()), "嵌套.docx")
    assert "嵌套.docx" in caught.value.message


def test_own_revisions_accepted_keep_comment_anchors_in_place() -> None:
    from app.core.review.docx_marks import read_marked, with_own_changes_accepted

    paragraphs = [
        [
            ("t", "全年"),
            ("del", "认真", "起草人"),
            ("ins", "坚决", "起草人"),
            ("cs", "0"),
            ("t", "完成"),
            ("ce", "0"),
        ],
        [("t", "旧段落"), ("pdel", "起草人")],
        [("t", "下一段。")],
    ]
    doc = with_own_changes_accepted(read_marked(rh.docx(paragraphs), "x.docx"), "起草人")
    first, joined = doc.paragraphs
    assert first.text(accepted=False) == "全年坚决完成"
    assert first.comment_starts == {"0": 4} and first.comment_ends == {"0": 6}
    assert joined.text(accepted=False) == "旧段落下一段。"


def test_words_comment_threads_come_back_as_replies_and_done_as_resolved() -> None:
    draft = _draft()
    paragraphs = rh.exported(draft)
    line = rh.find_line(paragraphs, "创新不足。")
    paragraphs[line] = [
        ("cs", "0"),
        ("cs", "1"),
        ("t", "创新不足。"),
        ("ce", "0"),
        ("ce", "1"),
        ("cref", "0"),
        ("cref", "1"),
    ]
    heading = rh.find_line(paragraphs, "一、主要工作")
    paragraphs[heading] += [("cs", "2"), ("ce", "2"), ("cref", "2")]
    comments = (
        ("0", "李处长", "再具体些"),
        ("1", "起草人", "已补充两例"),
        ("2", "张科长", "标题可以"),
    )
    threads = (("0", None, True), ("1", "0", True), ("2", None, False))
    review = read_review(draft, rh.docx(paragraphs, comments, threads), "改过.docx")
    found = [
        (
            c.section_id,
            c.comment.text,
            c.comment.resolved,
            [(r.author, r.text) for r in c.comment.replies],
        )
        for c in review.comments
    ]
    assert found == [
        ("s1", "标题可以", False, []),
        ("s2", "再具体些", True, [("起草人", "已补充两例")]),
    ]
    assert review.unplaced_comments == []


def test_a_reviewer_deleting_text_our_tracked_export_inserted() -> None:
    """Word nests the reviewer's w:del inside the drafter's w:ins (ECMA-376 17.13.5)."""
    import io
    import zipfile

    from lxml import etree

    draft = _draft()
    data = rh.docx(rh.exported(draft))
    parts = {
        n: zipfile.ZipFile(io.BytesIO(data)).read(n)
        for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
    }
    document = etree.fromstring(parts["word/document.xml"])
    t = next(t for t in document.iter(rh.q("t")) if t.text == "全年完成培训12次。")
    run = t.getparent()
    t.text = "全年完成培训"
    ours = etree.Element(
        rh.q("ins"), {rh.q("id"): "901", rh.q("author"): "起草人", rh.q("date"): rh.DATE}
    )
    theirs = etree.SubElement(
        ours, rh.q("del"), {rh.q("id"): "902", rh.q("author"): "张科长", rh.q("date"): rh.DATE}
    )
    deleted = etree.SubElement(etree.SubElement(theirs, rh.q("r")), rh.q("delText"))
    deleted.text = "12次"
    added = etree.Element(
        rh.q("ins"), {rh.q("id"): "903", rh.q("author"): "张科长", rh.q("date"): rh.DATE}
    )
    etree.SubElement(etree.SubElement(added, rh.q("r")), rh.q("t")).text = "15次"
    tail = etree.Element(rh.q("r"))
    etree.SubElement(tail, rh.q("t")).text = "。"
    run.addnext(ours)
    ours.addnext(added)
    added.addnext(tail)
    parts["word/document.xml"] = etree.tostring(document)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    review = read_review(draft, out.getvalue(), "改过.docx", own_author="起草人")
    assert [(s.section_id, s.old_text, s.new_text, s.author) for s in review.suggestions] == [
        ("s1", "12次", "15次", "张科长")
    ]


def test_the_drafts_own_comments_are_not_brought_back_twice_and_replies_join_them() -> None:
    from app.core.export.writer import ExportOptions, build_docx_bytes
    from app.core.model import Comment
    from app.core.review import comments_after

    draft = _draft()
    own = Comment(
        author="李处长", date=rh.DATE, text="再具体些", paragraph=0, start=0, end=2, quote="创新"
    )
    draft.find("s2").comments = [own]
    exported = build_docx_bytes(draft, ExportOptions(comments=True))
    again = read_review(draft, exported, "导出.docx")
    assert again.comments == [] and again.replies == [] and again.unplaced_comments == []
    # in Word the reviewer answers it and marks the thread done
    paragraphs = rh.exported(draft)
    line = rh.find_line(paragraphs, "创新不足。")
    paragraphs[line] = [
        ("cs", "0"),
        ("cs", "1"),
        ("t", "创新不足。"),
        ("ce", "0"),
        ("ce", "1"),
        ("cref", "0"),
        ("cref", "1"),
    ]
    comments = (("0", "李处长", "再具体些"), ("1", "张科长", "同意，补两个例子"))
    review = read_review(
        draft, rh.docx(paragraphs, comments, (("0", None, True), ("1", "0", True))), "x.docx"
    )
    assert review.comments == []
    assert [(r.section_id, r.comment_id, r.reply.text) for r in review.replies] == [
        ("s2", own.id, "同意，补两个例子")
    ]
    assert review.resolved == [("s2", own.id)]
    (after,) = comments_after(draft, review)["s2"]
    assert after.resolved and [(r.author, r.text) for r in after.replies] == [
        ("张科长", "同意，补两个例子")
    ]
    assert draft.find("s2").comments[0].replies == []  # the draft itself is not changed
