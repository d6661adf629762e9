"""Tree operations keep ids and renumber everything by position."""

from __future__ import annotations

import pytest

from app.core.model import Draft, Paragraph, Run, Section
from app.core.numbering import NumberStyle


def outline(draft: Draft) -> list[str]:
    return ["  " * level + number + s.heading for s, level, number in draft.walk_with_level()]


def make_draft() -> Draft:
    return Draft(
        sections=[
            Section("甲", id="a", children=[Section("甲一", id="a1"), Section("甲二", id="a2")]),
            Section(
                "乙",
                id="b",
                children=[Section("乙一", id="b1", children=[Section("乙一1", id="b11")])],
            ),
            Section("丙", id="c"),
        ]
    )


def test_numbers_follow_levels() -> None:
    assert outline(make_draft()) == [
        "一、甲",
        "  （一）甲一",
        "  （二）甲二",
        "二、乙",
        "  （一）乙一",
        "    1.乙一1",
        "三、丙",
    ]


def test_move_renumbers_and_keeps_ids() -> None:
    draft = make_draft()
    draft.move("c", None, 0)
    assert outline(draft)[:2] == ["一、丙", "二、甲"]
    assert draft.find("c").heading == "丙"


def test_move_across_levels() -> None:
    draft = make_draft()
    draft.move("b11", "a", 1)  # a level-3 item becomes the second child of 甲
    assert outline(draft)[:4] == ["一、甲", "  （一）甲一", "  （二）乙一1", "  （三）甲二"]
    assert draft.level_of("b11") == 1
    assert draft.find("b1").children == []


def test_move_within_same_parent_counts_positions_before_the_move() -> None:
    draft = make_draft()
    draft.move("a", None, 2)  # drop between 乙 and 丙
    assert [s.id for s in draft.sections] == ["b", "a", "c"]


def test_cannot_move_into_itself_or_descendant() -> None:
    draft = make_draft()
    assert not draft.can_move("b", "b11")
    with pytest.raises(ValueError):
        draft.move("b", "b1", 0)
    assert outline(draft) == outline(make_draft())


def test_indent_outdent() -> None:
    draft = make_draft()
    assert draft.indent("b")  # 乙 becomes the last child of 甲
    assert draft.number_of("b") == "（三）"
    assert draft.number_of("c") == "二、"
    assert draft.outdent("b")
    assert [s.id for s in draft.sections] == ["a", "b", "c"]
    assert not draft.indent("a")  # the first sibling has nothing above it
    assert not draft.outdent("c")  # top level cannot go higher


def test_move_up_down_at_the_edges() -> None:
    draft = make_draft()
    assert not draft.move_up("a")
    assert not draft.move_down("c")
    assert draft.move_down("a")
    assert [s.id for s in draft.sections] == ["b", "a", "c"]
    assert draft.move_up("a")
    assert [s.id for s in draft.sections] == ["a", "b", "c"]


def test_insert_delete_round_trip() -> None:
    draft = make_draft()
    parent_id, index, removed = draft.delete("b")
    assert outline(draft)[3] == "二、丙"
    draft.insert(parent_id, index, removed)
    assert outline(draft) == outline(make_draft())


def test_rename_returns_old_heading() -> None:
    draft = make_draft()
    assert draft.rename("a1", "新标题") == "甲一"
    assert draft.number_of("a1") == "（一）"


def test_numbers_past_ten_and_shi_series() -> None:
    draft = Draft(
        numbering=[NumberStyle.CN_DUN, NumberStyle.CN_SHI],
        sections=[Section("总", children=[Section(f"第{i}项") for i in range(12)])],
    )
    numbers = [number for _, level, number in draft.walk_with_level() if level == 1]
    assert numbers[9:] == ["十是", "十一是", "十二是"]
    top = Draft(sections=[Section(str(i)) for i in range(21)])
    assert [n for _, _, n in top.walk_with_level()][-2:] == ["二十、", "二十一、"]


def test_levels_deeper_than_styles_are_unnumbered() -> None:
    deep = Section("5", id="l5")
    draft = Draft(
        sections=[
            Section(
                "1",
                children=[
                    Section("2", children=[Section("3", children=[Section("4", children=[deep])])])
                ],
            )
        ]
    )
    assert draft.number_of("l5") == ""


def test_char_count_ignores_white_space() -> None:
    section = Section("标 题", body=[Paragraph([Run("正文，", bold=True), Run("内容\n")])])
    assert section.char_count() == 2 + 5


def test_paragraph_normalized_merges_equal_runs() -> None:
    p = Paragraph([Run("甲"), Run(""), Run("乙"), Run("丙", bold=True), Run("丁", bold=True)])
    assert p.normalized() == Paragraph([Run("甲乙"), Run("丙丁", bold=True)])


def test_count_chars_leaves_out_exactly_the_white_space() -> None:
    from app.core.model import count_chars

    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    assert count_chars(every) == sum(1 for ch in every if not ch.isspace())
    assert count_chars("一是 完善\u3000制度\n\t机制\xa0。") == 9
    assert count_chars("") == 0
