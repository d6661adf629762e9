"""The 字数 of a section with a table says the table is in it (issue 13 item 6): the
outline's label and tooltip, from the counts kept per section."""

from __future__ import annotations

from app.core.model import Paragraph, Section, Table
from app.gui.document.char_counts import CharCounts
from app.gui.document.count_labels import count_label, count_tooltip


def sections() -> dict[str, Section]:
    table = Table.plain([["指标", "完成"], ["营业收入", "1.3亿元"]], caption="表1 完成情况")
    leaf = Section("重点工作", [Paragraph.plain("完成情况如下表："), table], id="leaf")
    plain = Section("其他工作", [Paragraph.plain("稳步推进。")], id="plain")
    parent = Section("主要工作", [], [leaf, plain], id="parent")
    return {s.id: s for s in (parent, leaf, plain)}


def test_counts_take_in_the_tables_and_know_their_part() -> None:
    index = sections()
    counts = CharCounts(index)
    # 表1完成情况 6 + 指标 完成 营业收入 1.3亿元 13 = 19 characters in the table
    assert counts.own_tables("leaf") == 19
    assert counts.own("leaf") == 4 + 8 + 19
    assert counts.own_tables("plain") == 0
    assert counts.shown_tables("parent") == 19, "the parent's count is its subtree's"
    index["leaf"].body.pop()  # the table goes
    counts.text_changed("leaf")
    for on_the_path in ("leaf", "parent"):  # what the tree model forgets after an edit
        counts.total_changed(on_the_path)
    assert counts.own_tables("leaf") == 0 and counts.shown_tables("parent") == 0


def test_the_label_says_tables_are_included_only_when_there_are_some() -> None:
    assert count_label(32, 32, False, None, tables=20) == "32字（含表格）"
    assert count_label(32, 32, False, 300, tables=20) == "32/300字（含表格）"
    assert count_label(0, 49, True, None, tables=20) == "共49字（含表格）"
    assert count_label(12, 12, False, None) == "12字", "no table, nothing said"
    tip = count_tooltip(32, 32, False, 30, tables=20)
    assert tip.splitlines()[0] == "本节 32 字（其中表格 20 字）"
    assert "已超出 2 字" in tip
