"""The tracked document: the current draft printed with its changes since an older
version as revisions; accepting all gives exactly the current printed document, rejecting
all exactly the older one."""

from __future__ import annotations

import copy

from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.printed import PrintedBlock, printed_document
from app.core.printed.model import ChangeKind
from app.core.tracked import accepted, rejected, tracked_document


def _draft() -> Draft:
    return Draft(
        meta=Meta(title="2026年工作总结", author="××市××局", date="2026年12月1日"),
        intro=[Paragraph.plain("今年以来，我局认真贯彻落实上级部署。")],
        sections=[
            Section(
                "主要工作",
                [Paragraph.plain("全年完成培训12次。"), Paragraph.plain("覆盖300余人。")],
                children=[
                    Section(
                        "强化理论武装",
                        [Paragraph.plain("坚持第一议题制度。")],
                        id="a1",
                        run_in=True,
                    ),
                    Section(
                        "狠抓作风建设", [Paragraph.plain("开展专项整治。")], id="a2", run_in=True
                    ),
                ],
                id="s1",
            ),
            Section("存在问题", [Paragraph.plain("创新不足。")], id="s2"),
        ],
    )


def _shape(blocks: list[PrintedBlock], bookmarks: bool = True) -> list[tuple]:
    """What a reader sees of a printed document: each paragraph's role, level, bookmark
    and characters with their formatting."""
    out = []
    for b in blocks:
        chars = [(c, r.bold, r.italic, r.underline, r.face) for r in b.runs for c in r.text]
        out.append((b.role, b.level, b.section, b.bookmark if bookmarks else None, chars))
    return out


def _check(old: Draft, new: Draft) -> list:
    blocks = tracked_document(old, new, "起草人", "2026-12-02T08:00:00Z")
    assert _shape(accepted(blocks)) == _shape(printed_document(new))
    assert _shape(rejected(blocks), bookmarks=False) == _shape(
        printed_document(old), bookmarks=False
    )
    return blocks


def _changes(blocks) -> list[tuple[ChangeKind, str]]:  # type: ignore[no-untyped-def]
    return [(r.change.kind, r.text) for t in blocks for r in t.block.runs if r.change is not None]


def test_no_change_means_no_revision() -> None:
    blocks = _check(_draft(), _draft())
    assert _changes(blocks) == [] and all(t.mark is None for t in blocks)


def test_text_changes_are_insertions_and_deletions_by_the_author() -> None:
    old, new = _draft(), _draft()
    new.find("s1").body[0] = Paragraph.plain("全年完成培训15次。")
    new.meta.title = "2026年度工作总结"
    blocks = _check(old, new)
    assert _changes(blocks) == [
        (ChangeKind.INSERT, "度"),
        (ChangeKind.DELETE, "2"),
        (ChangeKind.INSERT, "5"),
    ] or _changes(blocks) == [
        (ChangeKind.INSERT, "度"),
        (ChangeKind.INSERT, "5"),
        (ChangeKind.DELETE, "2"),
    ]
    run = next(r for t in blocks for r in t.block.runs if r.change is not None)
    assert (run.change.author, run.change.date) == ("起草人", "2026-12-02T08:00:00Z")


def test_paragraphs_added_removed_split_and_joined() -> None:
    old, new = _draft(), _draft()
    new.find("s1").body = [Paragraph.plain("全年完成培训12次。覆盖300余人。")]  # joined
    new.find("s2").body = [
        Paragraph.plain("创新"),
        Paragraph.plain("不足。"),
        Paragraph.plain("新增一段。"),
    ]
    blocks = _check(old, new)
    assert any(t.mark is not None and t.mark.kind is ChangeKind.DELETE for t in blocks)
    assert any(t.mark is not None and t.mark.kind is ChangeKind.INSERT for t in blocks)


def test_sections_added_removed_moved_renamed_and_renumbered() -> None:
    old, new = _draft(), _draft()
    moved = new.find("s1").children.pop(1)
    moved.heading = "持续加强作风建设"
    new.find("s2").children.append(moved)
    new.sections.insert(1, Section("重点突破", [Paragraph.plain("新节。")], id="n1"))
    del new.find("s1").children[0]
    blocks = _check(old, new)
    names = [t.block.bookmark for t in blocks if t.block.bookmark]
    # each once: a moved one where it is now, a removed one where it was
    assert sorted(names) == ["a1", "a2", "n1", "s1", "s2"]


def test_formatting_changes_and_the_closing_part() -> None:
    old, new = _draft(), _draft()
    new.find("s2").body[0] = Paragraph([Run("创新", bold=True), Run("不足。")])
    new.meta.date = "2026年12月2日"
    new.meta.attachments = ["重点工作完成情况表"]
    new.intro = []
    _check(old, new)


def test_a_whole_new_draft_against_an_empty_one() -> None:
    _check(Draft(), _draft())
    _check(_draft(), Draft())
    changed = copy.deepcopy(_draft())
    changed.sections.reverse()
    _check(_draft(), changed)


def test_tables_and_appendices_keep_their_places() -> None:
    from app.core.export.writer import printed_for
    from app.core.model import Appendix, Table

    old = _draft()
    old.meta.attachments = ["情况表"]
    old.find("s1").body.insert(
        1, Table.plain([["项目", "完成"], ["培训", "12次"]], caption="表1 完成情况")
    )
    old.appendices = [
        Appendix(
            title="情况表",
            intro=[Paragraph.plain("附件正文。")],
            sections=[Section("附件一节", [Paragraph.plain("附件内容。")], id="x1")],
        )
    ]
    new = copy.deepcopy(old)
    new.find("s1").body[0] = Paragraph.plain("全年完成培训15次。")
    new.appendices[0].intro[0] = Paragraph.plain("附件正文改。")
    new.sections.append(Section("下一步打算", [Paragraph.plain("抓落实。")], id="n9"))
    blocks = tracked_document(old, new, "起草人")

    def shape(printed: list[PrintedBlock]) -> list[tuple]:
        return [(b.role, b.section, b.text, b.table is not None) for b in printed]

    assert shape(accepted(blocks)) == shape(printed_for(new))
    assert shape(rejected(blocks)) == shape(printed_for(old))


def _mark_changes(data: bytes) -> list[tuple[str, str, str]]:
    """Each paragraph whose mark is tracked, as a Word reader finds it in document.xml:
    (w:ins or w:del in w:pPr/w:rPr, author, the paragraph's text)."""
    import io

    import docx
    from docx.oxml.ns import qn

    out = []
    for p in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p")):
        rpr = p.find(f"{qn('w:pPr')}/{qn('w:rPr')}")
        if rpr is None:
            continue
        for tag in ("ins", "del"):
            change = rpr.find(qn(f"w:{tag}"))
            if change is not None:
                text = "".join(t.text or "" for t in p.iter(qn("w:t"), qn("w:delText")))
                out.append((tag, change.get(qn("w:author")), text))
    return out


def test_added_and_removed_paragraphs_carry_their_own_mark_revision() -> None:
    from app.core.tracked import tracked_docx_bytes

    old, new = _draft(), _draft()
    new.find("s2").body.append(Paragraph.plain("新增一段。"))
    del new.find("s1").body[1]
    assert _mark_changes(tracked_docx_bytes(old, new, "王五")) == [
        ("del", "王五", "覆盖300余人。"),
        ("ins", "王五", "新增一段。"),
    ]
    assert _mark_changes(tracked_docx_bytes(old, old, "王五")) == []


def test_a_restyling_is_one_run_with_its_old_formatting_in_rprchange() -> None:
    import io

    import docx
    from docx.oxml.ns import qn

    from app.core.model import Run
    from app.core.review import read_review
    from app.core.tracked import tracked_docx_bytes

    old, new = _draft(), _draft()
    new.find("s2").body[0] = Paragraph([Run("创新", bold=True), Run("不足。")])
    data = tracked_docx_bytes(old, new, "王五")
    document = docx.Document(io.BytesIO(data))
    (paragraph,) = [p for p in document.paragraphs if "创新" in p.text]
    assert paragraph.text == "创新不足。"  # once: nothing deleted, nothing inserted
    body = document.element.body
    assert body.find(f".//{qn('w:ins')}") is None and body.find(f".//{qn('w:del')}") is None
    bold = [r for r in paragraph.runs if r.bold]
    assert [r.text for r in bold] == ["创新"]
    change = bold[0]._r.find(f"{qn('w:rPr')}/{qn('w:rPrChange')}")
    assert change.get(qn("w:author")) == "王五"
    assert change.find(f"{qn('w:rPr')}/{qn('w:b')}") is None  # it was not bold
    # rejected, the run is plain again; accepted, bold
    blocks = tracked_document(old, new, "王五")
    (before,) = [b for b in rejected(blocks) if "创新" in b.text]
    (after,) = [b for b in accepted(blocks) if "创新" in b.text]
    assert [(c, r.bold) for r in before.runs for c in r.text] == [(c, False) for c in "创新不足。"]
    assert "".join(r.text for r in after.runs if r.bold) == "创新"
    # our own restyling, read back from our export, is the draft, not a suggestion
    review = read_review(new, data, "修订稿.docx", own_author="王五")
    assert review.suggestions == [] and review.unplaced == []
    assert read_review(new, data, "修订稿.docx").suggestions != []


def _tabled(cells: list[list[str]]) -> Draft:
    from app.core.model import Table

    draft = _draft()
    draft.find("s1").body.insert(1, Table.plain(cells, caption="表1 完成情况"))
    return draft


def _cells(printed: list[PrintedBlock]) -> list[list[list[str]]]:
    return [[cell.texts for row in b.table.rows for cell in row] for b in printed if b.table]


def test_table_cell_changes_are_run_revisions_inside_the_cells() -> None:
    from app.core.export.writer import printed_for

    old = _tabled([["项目", "完成"], ["培训", "12次"], ["调研", "3次"]])
    new = _tabled([["项目", "完成"], ["培训", "15次"], ["专题调研", "3次"]])
    blocks = tracked_document(old, new, "王五")
    assert _cells(accepted(blocks)) == _cells(printed_for(new))
    assert _cells(rejected(blocks)) == _cells(printed_for(old))
    (table,) = [t.block.table for t in blocks if t.block.table is not None]
    changed = [
        (r.change.kind, r.text)
        for row in table.rows
        for cell in row
        for runs in cell.paragraphs
        for r in runs
        if r.change is not None
    ]
    assert sorted(changed) == sorted(
        [(ChangeKind.DELETE, "2"), (ChangeKind.INSERT, "5"), (ChangeKind.INSERT, "专题")]
    )
    # read back from our export, our own changes in the cells are the draft
    from app.core.review import read_review
    from app.core.tracked import tracked_docx_bytes

    review = read_review(
        new, tracked_docx_bytes(old, new, "王五"), "修订稿.docx", own_author="王五"
    )
    assert review.suggestions == [] and review.unplaced == []


def test_a_table_whose_grid_changed_prints_as_it_is_now_in_both_states() -> None:
    from app.core.export.writer import printed_for

    old = _tabled([["项目", "完成"], ["培训", "12次"]])
    new = _tabled([["项目", "完成"], ["培训", "15次"], ["调研", "3次"]])
    blocks = tracked_document(old, new, "王五")
    assert _cells(accepted(blocks)) == _cells(rejected(blocks)) == _cells(printed_for(new))


def test_a_section_made_run_in_or_not_is_restyled_text_kept_once() -> None:
    import io

    import docx
    from docx.oxml.ns import qn

    from app.core.review import read_review
    from app.core.tracked import tracked_docx_bytes

    for flipped in ("old", "new"):
        old, new = _draft(), _draft()
        (old if flipped == "old" else new).find("a2").run_in = False
        blocks = _check(old, new)
        # the text is not deleted and inserted again, only restyled: a run-in lead ends
        # with "。", the only text that comes or goes
        assert sorted(text for kind, text in _changes(blocks) if kind is not ChangeKind.FORMAT) == [
            "。"
        ]
        assert any(kind is ChangeKind.FORMAT for kind, _ in _changes(blocks))
        data = tracked_docx_bytes(old, new, "王五")
        body = docx.Document(io.BytesIO(data)).element.body
        changes = body.findall(f".//{qn('w:pPrChange')}")
        assert changes and all(c.get(qn("w:author")) == "王五" for c in changes)
        review = read_review(new, data, "修订稿.docx", own_author="王五")
        assert review.suggestions == [] and review.unplaced == []


def test_a_table_in_an_added_section_has_its_cell_text_inserted() -> None:
    from app.core.export.writer import printed_for
    from app.core.model import Table

    old, new = _draft(), _draft()
    table = Table.plain([["项目", "完成"], ["培训", "12次"]], caption="表1 完成情况")
    new.sections.append(Section("附表", [table], id="n2"))
    blocks = tracked_document(old, new, "王五")
    assert _cells(accepted(blocks)) == _cells(printed_for(new))
    # rejected, the text is gone; the rows stay (no row revisions in the printed model)
    assert _cells(rejected(blocks)) == [[[""], [""], [""], [""]]]
    for before, after, kind in ((old, new, ChangeKind.INSERT), (new, old, ChangeKind.DELETE)):
        blocks = tracked_document(before, after, "王五")
        (tracked,) = [t.block.table for t in blocks if t.block.table is not None]
        runs = [r for row in tracked.rows for c in row for p in c.paragraphs for r in p]
        assert runs and all(r.change is not None and r.change.kind is kind for r in runs)
