"""Table checks (app/core/checks/tables.py): empty cells, caption numbering gaps, totals
that do not add up, half-width punctuation in cells; each on a table built to trigger it,
none on a correct table."""

from __future__ import annotations

from checks_helpers import findings

from app.core.checks import RULES, check_draft
from app.core.model import Cell, Draft, Meta, Paragraph, Section, Table
from app.core.place import Place

RULE_IDS = ("table.empty-cell", "table.caption-number", "table.total", "table.half-width-punct")


def good_table(caption: str = "表1 经费支出情况表") -> Table:
    return Table.plain(
        [
            ["项目", "金额（万元）", "说明"],
            ["办公经费", "1,200.5", "含会议费（季度）"],
            ["项目经费", "300", "已拨付"],
            ["合计", "1,500.5", "—"],
        ],
        caption=caption,
    )


def draft_of(*tables: Table) -> Draft:
    body: list = []
    for table in tables:
        body += [Paragraph.plain("情况如下表。"), table]
    return Draft(meta=Meta(title="工作总结"), sections=[Section("经费", body, id="s1")])


def test_rules_are_registered() -> None:
    assert all(rule in RULES for rule in RULE_IDS)


def test_a_correct_table_has_no_finding() -> None:
    draft = draft_of(good_table(), good_table("表2 人员情况表"))
    assert [f for f in check_draft(draft) if f.rule in RULE_IDS] == []


def test_empty_cell_is_reported_with_its_place() -> None:
    table = good_table()
    table.rows[2][2] = Cell()
    table.rows[1][1] = Cell([Paragraph.plain("1,200.5"), Paragraph.plain("")])  # has text
    found = findings(draft_of(table), "table.empty-cell")
    assert len(found) == 1
    assert "第 3 行第 3 列是空的" in found[0].message
    location = found[0].location
    assert (location.section_id, location.field, location.paragraph) == ("s1", Place.BODY, 1)
    assert table.text[location.offset - 1] == "\t"  # the offset is the cell's start in text


def test_cells_covered_by_a_merge_are_not_empty_cells() -> None:
    table = Table(
        [
            [Cell.plain("项目"), Cell.plain("情况")],
            [Cell([Paragraph.plain("已完成")], col_span=2), Cell(covered=True)],
        ]
    )
    assert findings(draft_of(table), "table.empty-cell") == []


def test_caption_number_gap() -> None:
    found = findings(draft_of(good_table("表1 甲"), good_table("表3 乙")), "table.caption-number")
    assert len(found) == 1 and "“表3 乙”的编号应为表2" in found[0].message
    assert (
        findings(draft_of(good_table("表1 甲"), good_table("表2 乙")), "table.caption-number") == []
    )
    repeated = findings(
        draft_of(good_table("表1 甲"), good_table("表1 乙")), "table.caption-number"
    )
    assert len(repeated) == 1 and "应为表2" in repeated[0].message


def test_total_that_does_not_add_up() -> None:
    table = good_table()
    table.rows[3][1] = Cell.plain("1,600")
    found = findings(draft_of(table), "table.total")
    assert len(found) == 1
    assert "“合计”行第 2 列是 1,600，上面各行之和是 1,500.5" in found[0].message
    assert found[0].matched == "1,600" and found[0].severity == "error"


def test_totals_count_back_to_the_previous_total() -> None:
    table = Table.plain(
        [
            ["地区", "人数"],
            ["甲", "10"],
            ["乙", "20"],
            ["合计", "30"],
            ["丙", "5"],
            ["总计", "5"],
        ]
    )
    assert findings(draft_of(table), "table.total") == []


def test_half_width_punctuation_in_a_chinese_cell() -> None:
    table = good_table()
    table.rows[1][2] = Cell.plain("含会议费(季度),另计")
    found = findings(draft_of(table), "table.half-width-punct")
    assert [f.matched for f in found] == ["(", ")", ","]
    assert "全角的“（”" in found[0].message
    # a thousands separator and a figure cell are left alone
    assert all(f.matched != "," or "1,200" not in f.excerpt for f in found)


def test_section_count_says_what_its_tables_hold() -> None:
    section = draft_of(good_table()).sections[0]
    with_tables, without = section.char_count(), section.char_count(tables=False)
    assert with_tables - without == section.table_char_count() > 0
    assert section.table_char_count() == good_table().char_count()


def test_a_total_rows_empty_cells_are_no_finding() -> None:
    table = good_table()
    table.rows[3][2] = Cell()  # 合计 has nothing to say under 说明
    assert findings(draft_of(table), "table.empty-cell") == []
    table.rows[2][2] = Cell()
    assert len(findings(draft_of(table), "table.empty-cell")) == 1
