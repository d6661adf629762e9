"""Tables of aligned text in a .txt (issue 13 item 3): tab-separated, aligned with full-width
spaces, ruled with │ and ─, come in as tables where they stand; prose with wide gaps, a 目录
and names side by side stay text; the preview shows them as 表格 and can make them 正文."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from app.cli import EXIT_OK, main
from app.core import limits
from app.core.draftfile import load_draft
from app.core.importer import LineRole, analyse_text, build_draft, change_role, import_file
from app.core.model import Draft, Paragraph, Section, Table
from app.gui.import_dialog import COL_ROLE, COL_TEXT, ImportDialog

SUMMARY = """××县发展和改革局2024年工作总结

今年以来，我局在县委、县政府的坚强领导下，各项工作取得了新的成效。现将有关情况总结如下。
一、主要指标完成情况
全年主要经济指标总体平稳，完成情况见表1。
表1　重点工作完成情况表
项目\t年度目标\t完成值\t完成率
地区生产总值（亿元）\t520\t531.2\t102.2%
固定资产投资（亿元）\t180\t176.5\t98.1%
社会消费品零售总额（亿元）\t210\t215.8\t102.8%
从表中看，除固定资产投资外，各项指标均超额完成。
二、存在的问题
一是项目储备不足，接续乏力。二是要素保障压力较大。
三、下一步工作打算
我们将继续坚持稳中求进工作总基调，抓好项目建设，确保完成全年目标任务。

××县发展和改革局
2024年12月20日
"""


def section(draft: Draft, heading: str) -> Section:
    return next(s for s in draft.walk() if s.heading == heading)


def tables(blocks: list[Paragraph | Table]) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


def cell_texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def test_a_tab_separated_table_comes_in_as_a_table_in_its_section(tmp_path: Path) -> None:
    path = tmp_path / "总结.txt"
    path.write_text(SUMMARY, encoding="utf-8")
    result = import_file(path)
    draft = result.draft
    assert [s.heading for s in draft.sections] == [
        "主要指标完成情况",
        "存在的问题",
        "下一步工作打算",
    ]
    body = section(draft, "主要指标完成情况").body
    assert [type(b).__name__ for b in body] == ["Paragraph", "Table", "Paragraph"]
    table = tables(body)[0]
    assert table.caption == "表1　重点工作完成情况表"
    assert table.header_rows == 1
    assert cell_texts(table) == [
        ["项目", "年度目标", "完成值", "完成率"],
        ["地区生产总值（亿元）", "520", "531.2", "102.2%"],
        ["固定资产投资（亿元）", "180", "176.5", "98.1%"],
        ["社会消费品零售总额（亿元）", "210", "215.8", "102.8%"],
    ]
    assert body[-1].text.startswith("从表中看")  # the text after the table is text again
    assert (draft.meta.author, draft.meta.date) == ("××县发展和改革局", "2024年12月20日")
    assert "第7行起4行识别为表格（4列）；如果不是表格，可在左侧把它设为“正文”。" in result.warnings


def test_a_table_aligned_with_full_width_spaces() -> None:
    text = SUMMARY.replace(
        "项目\t年度目标\t完成值\t完成率\n"
        "地区生产总值（亿元）\t520\t531.2\t102.2%\n"
        "固定资产投资（亿元）\t180\t176.5\t98.1%\n"
        "社会消费品零售总额（亿元）\t210\t215.8\t102.8%\n",
        "指　标　　　　　目标　　　完成\n"
        "新开工项目（个）　　40　　　　43\n"
        "招商引资（亿元）　　85　　　　91\n",
    )
    body = section(analyse_text(text).draft, "主要指标完成情况").body
    (table,) = tables(body)
    assert table.caption == "表1　重点工作完成情况表"
    assert cell_texts(table) == [
        ["指　标", "目标", "完成"],
        ["新开工项目（个）", "40", "43"],
        ["招商引资（亿元）", "85", "91"],
    ]


BOX = """一、重点项目推进情况
各重点项目按计划推进。
┌────────┬──────┬──────┐
│项目名称│计划投资│完成投资│
├────────┼──────┼──────┤
│城东污水处理厂│3.2│2.9│
├────────┼──────┼──────┤
│滨江路改造│1.8│1.8│
└────────┴──────┴──────┘
二、下一步打算
抓好项目收尾，确保按期竣工。
"""


def test_a_table_ruled_with_box_drawing_characters() -> None:
    result = analyse_text(BOX)
    body = result.draft.sections[0].body
    (table,) = tables(body)
    assert cell_texts(table) == [
        ["项目名称", "计划投资", "完成投资"],
        ["城东污水处理厂", "3.2", "2.9"],
        ["滨江路改造", "1.8", "1.8"],
    ]
    assert table.header_rows == 1
    # the rules are the table's borders, not lines of text or noise
    assert not any("─" in line.text for line in result.lines if line.role != LineRole.TABLE)
    assert [s.heading for s in result.draft.sections] == ["重点项目推进情况", "下一步打算"]


def test_a_table_whose_first_row_has_figures_has_no_header_row() -> None:
    text = "一、情况\n说明如下：\n2022年\t120\t8%\n2023年\t131\t9%\n二、打算\n继续努力。\n"
    (table,) = tables(analyse_text(text).draft.sections[0].body)
    assert table.header_rows == 0
    assert table.row_count == 2 and table.col_count == 3


PROSE = """2024年工作总结

一、总体情况
今年以来，我们坚持稳中求进工作总基调，统筹推进各项工作，  经济运行总体平稳，发展质量稳步提升，取得了较好成效。
全年共完成固定资产投资176.5亿元，同比增长6.2%，  其中工业投资增长较快，对全县投资增长的贡献率达到百分之四十以上。
二、存在问题
一是产业结构有待优化。
"""

# Justified lines copied from a PDF: the gaps fall inside sentences, not between cells.
JUSTIFIED = """2024年工作总结

一、总体情况
全年共完成固定资产投资176.5亿元，同比增长  6.2%，其中工业投资增长较快
对全县投资增长的贡献率达到四成，民间投资  活力有所增强，项目储备持续
充实，重大项目建设提速增效。
二、存在问题
一是产业结构有待优化。
"""

CONTENTS = """2024年工作总结

目　录
一、总体情况\t1
二、主要做法\t3
三、存在问题\t6

一、总体情况
今年以来，各项工作取得明显成效。
二、主要做法
一是加强组织领导，二是强化督促检查。
三、存在问题
创新能力不强，发展后劲不足。
"""

NAMES = """关于成立安全生产工作领导小组的通知

各科室：
经研究，决定成立安全生产工作领导小组，成员如下：
张　伟　　　李　强
王建国　　　刘　洋
陈晓明　　　赵　磊
领导小组办公室设在办公室，负责日常工作。
"""


@pytest.mark.parametrize(
    "text", [PROSE, JUSTIFIED, CONTENTS, NAMES], ids=["prose", "justified", "contents", "names"]
)
def test_prose_with_wide_gaps_a_table_of_contents_and_names_are_not_tables(text: str) -> None:
    result = analyse_text(text)
    assert not any(line.role == LineRole.TABLE for line in result.lines)
    assert not any(tables(s.body) for s in result.draft.walk())
    assert not tables(result.draft.intro)
    assert not any("识别为表格" in warning for warning in result.warnings)


def test_the_contents_stay_noise_and_the_names_stay_lines() -> None:
    contents = analyse_text(CONTENTS)
    noise = [line.text for line in contents.lines if line.role == LineRole.NOISE]
    assert "一、总体情况\t1" in noise and "三、存在问题\t6" in noise
    names = analyse_text(NAMES).draft
    texts = [p.text for p in names.intro]
    at = texts.index("张　伟　　　李　强")
    assert texts[at + 1 : at + 3] == ["王建国　　　刘　洋", "陈晓明　　　赵　磊"]


def test_a_table_made_text_again_gives_its_rows_as_paragraphs() -> None:
    result = analyse_text(SUMMARY)
    line = next(line for line in result.lines if line.role == LineRole.TABLE)
    change_role(line, LineRole.BODY)
    body = section(build_draft(result.lines), "主要指标完成情况").body
    assert not tables(body)
    assert [p.text for p in body][1:3] == [
        "表1　重点工作完成情况表",
        "项目\t年度目标\t完成值\t完成率",
    ]
    assert not any("识别为表格" in warning for warning in result.warnings)
    change_role(line, LineRole.TABLE)  # and back: the table again, its caption taken
    (table,) = tables(section(build_draft(result.lines), "主要指标完成情况").body)
    assert table.caption.startswith("表1")


def test_an_ordinary_line_cannot_be_made_a_table() -> None:
    result = analyse_text(SUMMARY)
    line = next(line for line in result.lines if line.text.startswith("从表中看"))
    change_role(line, LineRole.TABLE)
    assert line.role == LineRole.BODY


def test_the_preview_shows_the_table_and_can_make_it_text(qtbot) -> None:  # noqa: ANN001
    dialog = ImportDialog(analyse_text(SUMMARY), "总结.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    row = next(
        r
        for r in range(model.rowCount())
        if str(model.index(r, COL_TEXT).data()).startswith("项目")
    )
    assert model.index(row, COL_ROLE).data() == "表格"
    assert "地区生产总值" in str(model.index(row, COL_TEXT).data())  # the rows, on one line
    assert "第7行起4行识别为表格（4列）" in dialog.warnings_label.text()
    assert tables(section(dialog.draft(), "主要指标完成情况").body)
    dialog.lines_view.edit(model.index(row, COL_ROLE))
    combo = dialog.lines_view.findChild(QComboBox)
    assert combo is not None and combo.currentText() == "表格"
    combo.setCurrentText("正文")
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: model.index(row, COL_ROLE).data() == "正文")
    body = section(dialog.draft(), "主要指标完成情况").body
    assert not tables(body)
    assert [p.text for p in body][2:6] == [
        "项目\t年度目标\t完成值\t完成率",
        "地区生产总值（亿元）\t520\t531.2\t102.2%",
        "固定资产投资（亿元）\t180\t176.5\t98.1%",
        "社会消费品零售总额（亿元）\t210\t215.8\t102.8%",
    ]
    assert "识别为表格" not in dialog.warnings_label.text()
    assert "主要指标完成情况（7 段）" in "\n".join(
        dialog.outline_tree.topLevelItem(i).text(0)
        for i in range(dialog.outline_tree.topLevelItemCount())
    )


def test_the_cli_lists_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "总结.txt"
    source.write_text(SUMMARY, encoding="utf-8")
    out = tmp_path / "草稿.json"
    assert main(["import", str(source), "-o", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out.splitlines()
    at = printed.index("  一、主要指标完成情况")
    assert printed[at + 1] == "    ［表格 4行×4列：表1　重点工作完成情况表］"
    assert any("第7行起4行识别为表格（4列）" in line for line in printed)
    (table,) = tables(load_draft(out).sections[0].body)
    assert table.rows[1][0].text == "地区生产总值（亿元）"


def test_a_run_over_the_row_limit_stays_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "TABLE_MAX_ROWS", 3)
    result = analyse_text(SUMMARY)  # its table has 4 rows
    assert not any(line.role == LineRole.TABLE for line in result.lines)
    body = section(result.draft, "主要指标完成情况").body
    assert "地区生产总值（亿元）\t520\t531.2\t102.2%" in [p.text for p in body]


def test_a_markdown_table_from_a_chat_tool() -> None:
    text = (
        "一、任务分工\n各项任务分工如下。\n"
        "| 序号 | **任务** | 责任单位 |\n|:---|:---:|---:|\n"
        "| 1 | 编制方案 | 办公室 |\n| 2 | 组织实施 | 各科室 |\n"
        "二、工作要求\n各单位要按时完成。\n"
    )
    result = analyse_text(text)
    (table,) = tables(result.draft.sections[0].body)
    assert cell_texts(table) == [
        ["序号", "任务", "责任单位"],
        ["1", "编制方案", "办公室"],
        ["2", "组织实施", "各科室"],
    ]
    assert not any(line.role == LineRole.NOISE for line in result.lines)  # the rule is the table's


def test_an_aligned_row_with_an_empty_cell_keeps_its_columns() -> None:
    text = (
        "一、项目进展\n各项目进展如下：\n"
        "项目名称　　　　计划　　完成　　备注\n"
        "道路改造　　　　12　　　13　　　超额完成\n"
        "新建学校　　　　3　　　 2\n"
        "老旧小区　　　　　　　　5　　　　新增\n"
        "二、下步打算\n抓好收尾。\n"
    )
    (table,) = tables(analyse_text(text).draft.sections[0].body)
    assert cell_texts(table) == [
        ["项目名称", "计划", "完成", "备注"],
        ["道路改造", "12", "13", "超额完成"],
        ["新建学校", "3", "2", ""],
        ["老旧小区", "", "5", "新增"],
    ]
