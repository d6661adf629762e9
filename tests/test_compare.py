"""Comparing two states of a draft: sections matched by id, character-level changes in
Chinese text, formatting changes, and taking one change or a section back."""

from __future__ import annotations

import copy

from app.core.compare import (
    HunkKind,
    Part,
    SectionStatus,
    compare,
    newer_side,
    older_side,
    take_back_hunk,
    take_back_text,
)
from app.core.edits import apply_edit
from app.core.flat import OpKind, Style
from app.core.model import Draft, Paragraph, Run, Section


def _draft() -> Draft:
    return Draft(
        intro=[Paragraph.plain("今年以来，我局认真贯彻落实上级部署。")],
        sections=[
            Section(
                "主要工作",
                [Paragraph.plain("全年完成培训12次，覆盖干部职工300余人。")],
                children=[
                    Section("强化理论武装", [Paragraph.plain("坚持第一议题制度。")], id="a1"),
                    Section("狠抓作风建设", [Paragraph.plain("开展专项整治。")], id="a2"),
                ],
                id="s1",
            ),
            Section(
                "存在问题", [Paragraph.plain("创新不足。"), Paragraph.plain("人手紧张。")], id="s2"
            ),
        ],
    )


def _marked(segments: list) -> str:
    """Text with [-deleted-] and {+inserted+} marks, as a reader would see the change."""
    out = []
    for s in segments:
        if s.kind is OpKind.DELETE:
            out.append(f"[-{s.text}-]")
        elif s.kind is OpKind.INSERT:
            out.append(f"{{+{s.text}+}}")
        else:
            out.append(s.text)
    return "".join(out)


def test_identical_drafts_have_no_changes() -> None:
    result = compare(_draft(), _draft())
    assert result.changed() == [] and result.hunk_count == 0 and result.meta == []


def test_a_changed_number_in_chinese_text_is_marked_at_the_characters() -> None:
    old, new = _draft(), _draft()
    new.sections[0].body[0] = Paragraph.plain("全年完成培训15次，覆盖干部职工320余人。")
    item = compare(old, new).get("s1")
    assert item.status is SectionStatus.CHANGED and not item.renamed and not item.moved
    assert _marked(item.body) == "全年完成培训1[-2-]{+5+}次，覆盖干部职工3[-0-]{+2+}0余人。"
    assert [(h.kind, h.old_text, h.new_text) for h in item.hunks] == [
        (HunkKind.REPLACE, "2", "5"),
        (HunkKind.REPLACE, "0", "2"),
    ]


def test_a_renamed_and_moved_section_is_one_section_not_a_deletion() -> None:
    old, new = _draft(), _draft()
    moved = new.sections[0].children.pop(1)
    moved.heading = "持续加强作风建设"
    new.sections[1].children.append(moved)
    result = compare(old, new)
    item = result.get("a2")
    assert item.status is SectionStatus.CHANGED and item.renamed and item.moved
    assert (item.old_number, item.new_number) == ("（二）", "（一）")
    assert _marked(item.heading) == "{+持续加强+}[-狠抓-]作风建设" or _marked(item.heading) == (
        "[-狠抓-]{+持续加强+}作风建设"
    )
    assert [s.section_id for s in result.changed()] == ["a2"]
    # the printed order of a tracked document: gone from its old place, in at the new one
    assert ("a2", SectionStatus.REMOVED) in result.order and result.order[-1] == (
        "a2",
        SectionStatus.ADDED,
    )


def test_added_and_removed_sections() -> None:
    old, new = _draft(), _draft()
    new.sections[1].children.append(Section("下一步打算", [Paragraph.plain("抓落实。")], id="n1"))
    del new.sections[0].children[0]
    result = compare(old, new)
    assert result.get("n1").status is SectionStatus.ADDED
    assert _marked(result.get("n1").body) == "{+抓落实。+}"
    assert result.get("a1").status is SectionStatus.REMOVED
    assert _marked(result.get("a1").heading) == "[-强化理论武装-]"
    ids = [s.section_id for s in result.sections]
    assert ids.index("a1") < ids.index("a2")  # a removed section stays where it stood


def test_a_split_paragraph_is_an_inserted_break() -> None:
    old, new = _draft(), _draft()
    new.sections[1].body = [
        Paragraph.plain("创新不足。"),
        Paragraph.plain("人手"),
        Paragraph.plain("紧张。"),
    ]
    item = compare(old, new).get("s2")
    assert _marked(item.body) == "创新不足。\n人手{+\n+}紧张。"


def test_a_format_change_is_its_own_kind() -> None:
    old, new = _draft(), _draft()
    new.sections[1].body[0] = Paragraph([Run("创新", bold=True), Run("不足。")])
    item = compare(old, new).get("s2")
    assert [(h.kind, h.old_text) for h in item.hunks] == [(HunkKind.FORMAT, "创新")]
    bold = [s for s in item.body if s.style is Style.BOLD]
    assert [(s.text, s.old_style) for s in bold] == [("创新", Style.PLAIN)]
    assert older_side(item.body)[1][:2] == [Style.PLAIN, Style.PLAIN]
    assert newer_side(item.body)[1][:2] == [Style.BOLD, Style.BOLD]


def test_meta_and_intro_are_compared() -> None:
    old, new = _draft(), _draft()
    new.meta.title = "2026年工作总结"
    new.intro = [Paragraph.plain("今年以来，我局坚决贯彻落实上级部署。")]
    result = compare(old, new)
    assert [(m.name, m.new) for m in result.meta] == [("title", "2026年工作总结")]
    assert _marked(result.get(None).body) == "今年以来，我局[-认真-]{+坚决+}贯彻落实上级部署。"


def test_taking_back_one_change_restores_only_that_change() -> None:
    old, new = _draft(), _draft()
    new.sections[0].body[0] = Paragraph.plain("全年完成培训15次，覆盖干部职工320余人。")
    item = compare(old, new).get("s1")
    change = take_back_hunk(new, item, item.hunks[1])
    apply_edit(new, change)
    assert new.find("s1").body[0].text == "全年完成培训15次，覆盖干部职工300余人。"
    # and the change undoes
    apply_edit(new, change, forward=False)
    assert new.find("s1").body[0].text == "全年完成培训15次，覆盖干部职工320余人。"


def test_taking_back_a_deleted_bold_word_brings_its_bold_back() -> None:
    old, new = _draft(), _draft()
    old.sections[1].body[0] = Paragraph([Run("创新", bold=True), Run("不足。")])
    new.sections[1].body[0] = Paragraph.plain("不足。")
    item = compare(old, new).get("s2")
    (hunk,) = item.hunks
    assert (hunk.part, hunk.kind) == (Part.BODY, HunkKind.DELETE)
    apply_edit(new, take_back_hunk(new, item, hunk))
    assert new.find("s2").body[0] == Paragraph([Run("创新", bold=True), Run("不足。")])


def test_taking_back_a_heading_change_and_a_whole_section() -> None:
    old, new = _draft(), _draft()
    new.find("a1").heading = "持续强化理论武装"
    new.find("a1").body = [Paragraph.plain("坚持第一议题制度，"), Paragraph.plain("学深悟透。")]
    result = compare(old, new)
    item = result.get("a1")
    heading = [h for h in item.hunks if h.part is Part.HEADING]
    after = copy.deepcopy(new)
    apply_edit(after, take_back_hunk(after, item, heading[0]))
    assert after.find("a1").heading == "强化理论武装"
    assert after.find("a1").body == new.find("a1").body
    apply_edit(new, take_back_text(new, old, item))
    assert new.find("a1") == old.find("a1")


def test_a_table_is_compared_whole_and_comes_back_whole() -> None:
    from app.core.model import Table

    table = Table.plain([["项目", "完成"], ["培训", "12次"]], caption="表1 完成情况")
    old, new = _draft(), _draft()
    old.find("s2").body.insert(1, copy.deepcopy(table))
    new.find("s2").body.insert(1, copy.deepcopy(table))
    new.find("s2").body[0] = Paragraph.plain("创新仍显不足。")
    item = compare(old, new).get("s2")
    assert [h.kind for h in item.hunks] == [HunkKind.INSERT]  # the table is kept as it was
    assert (
        item.tokens.shown(newer_side(item.body)[0])
        == "创新仍显不足。\n［表格：表1 完成情况］\n人手紧张。"
    )
    changed = copy.deepcopy(table)
    changed.rows[1][1] = changed.rows[1][1].plain("15次")
    new.find("s2").body[1] = changed
    item = compare(old, new).get("s2")
    table_hunk = [h for h in item.hunks if item.tokens.table(h.old_text) is not None]
    assert len(table_hunk) == 1 and item.tokens.table(table_hunk[0].new_text) == changed
    apply_edit(new, take_back_hunk(new, item, table_hunk[0]))
    assert new.find("s2").body[1] == table


def test_a_changed_appendix_is_said() -> None:
    from app.core.model import Appendix

    old, new = _draft(), _draft()
    old.appendices = [Appendix(title="情况表", intro=[Paragraph.plain("旧。")])]
    new.appendices = [
        Appendix(title="情况表", intro=[Paragraph.plain("新。")], id=old.appendices[0].id)
    ]
    assert [(m.name, m.new) for m in compare(old, new).meta] == [("appendices", "情况表")]
