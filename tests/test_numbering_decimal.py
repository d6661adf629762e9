"""The decimal numbering style (1 / 1.1 / 1.1.1, numbered by path): derived after moves,
printed in the heading line with a full-width space, in the outline's labels and menu,
saved and read back, reached from an imported decimal outline with a 目录, and a decimal
draft checked without false findings."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QUndoStack

from app.core.checks.checker import check_draft
from app.core.draftfile import dumps, loads
from app.core.importer import analyse_text
from app.core.model import Draft, Paragraph, Section
from app.core.numbering import STYLE_LABELS, NumberStyle, number_at
from app.core.printed import Role, printed_document
from app.gui.document.tree_model import SectionTreeModel
from app.gui.outline_view import OutlineView

D = NumberStyle.DECIMAL
SCHEMA = json.loads(
    (Path(__file__).parents[1] / "resources" / "schema" / "draft-v2.schema.json").read_text("utf-8")
)


def decimal_draft() -> Draft:
    return Draft(
        numbering=[D, D, D],
        sections=[
            Section("总则", id="a", children=[Section("编制目的", id="a1"), Section("编制依据", id="a2")]),
            Section("建设目标", id="b", children=[
                Section("总体目标", id="b1"),
                Section("阶段目标", id="b2", children=[Section("近期", id="b21"), Section("远期", id="b22")]),
            ]),
            Section("保障措施", id="c", body=[Paragraph.plain("各部门要加强组织领导。")]),
        ],
    )  # fmt: skip


def numbers(draft: Draft) -> dict[str, str]:
    return {s.id: n for s, _, n in draft.walk_with_level()}


def test_numbers_follow_the_path() -> None:
    draft = decimal_draft()
    assert numbers(draft) == {
        "a": "1　", "a1": "1.1　", "a2": "1.2　",
        "b": "2　", "b1": "2.1　", "b2": "2.2　", "b21": "2.2.1　", "b22": "2.2.2　",
        "c": "3　",
    }  # fmt: skip
    assert all(draft.number_of(sid) == n for sid, n in numbers(draft).items())


def test_moves_renumber_the_whole_path() -> None:
    draft = decimal_draft()
    draft.move("b22", "a2", 0)  # 2.2.2 into 1.2
    draft.move("c", None, 0)  # 保障措施 first: every other path shifts
    got = numbers(draft)
    assert (got["c"], got["a"], got["a2"], got["b22"]) == ("1　", "2　", "2.2　", "2.2.1　")
    assert (got["b21"], got["b2"]) == ("3.2.1　", "3.2　")
    assert draft.indent("b1") is False  # first child: nothing to go under
    draft.outdent("b21")
    assert numbers(draft)["b21"] == "3.3　"


def test_a_decimal_level_under_another_style_counts_afresh() -> None:
    styles = [NumberStyle.CN_DUN, D, D]
    assert number_at(styles, (2,)) == "二、"
    assert number_at(styles, (2, 3)) == "3　"
    assert number_at(styles, (2, 3, 1)) == "3.1　"
    assert number_at([D], (1, 4)) == "", "past the list: unnumbered"


def test_printed_headings_carry_the_number_and_a_full_width_space() -> None:
    draft = decimal_draft()
    draft.find("b1").run_in = True
    draft.find("b1").body = [Paragraph.plain("到2026年基本建成。")]
    headings = [b.text for b in printed_document(draft) if b.role in (Role.HEADING, Role.RUN_IN)]
    assert headings[:4] == ["1　总则", "1.1　编制目的", "1.2　编制依据", "2　建设目标"]
    assert headings[4].startswith("2.1　总体目标") and headings[4].endswith("到2026年基本建成。")
    assert "2.2.1　近期" in headings


def test_saved_and_read_back(tmp_path: Path) -> None:
    raw = dumps(decimal_draft())
    data = json.loads(raw)
    assert data["numbering"] == ["decimal"] * 3
    jsonschema.validate(data, SCHEMA)
    assert numbers(loads(raw, tmp_path / "d.json")) == numbers(decimal_draft())


TOC_PLAN = """××县安全生产专项整治实施方案

目　录
1　总体要求
　　1.1　指导思想
　　1.2　工作目标
2　主要任务
　　2.1　排查隐患
　　2.2　整改落实
3　保障措施

1　总体要求
1.1　指导思想
坚持人民至上、生命至上，统筹发展和安全。
1.2　工作目标
到年底，重大事故隐患动态清零。
2　主要任务
2.1　排查隐患
2.1.1　各乡镇要在6月底前完成辖区内企业的全面排查，建立台账。
2.1.2　各行业主管部门要组织开展专项检查，形成问题清单。
2.2　整改落实
对排查发现的问题，要明确整改责任和时限。
3　保障措施
各部门要加强组织领导，确保各项任务落到实处。
"""


def test_an_imported_decimal_outline_with_contents_takes_the_style() -> None:
    result = analyse_text(TOC_PLAN)
    draft = result.draft
    assert draft.numbering[:2] == [D, D]
    printed = [f"{'  ' * level}{n}{s.heading}" for s, level, n in draft.walk_with_level()]
    assert printed == [
        "1　总体要求",
        "  1.1　指导思想",
        "  1.2　工作目标",
        "2　主要任务",
        "  2.1　排查隐患",
        "  2.2　整改落实",
        "3　保障措施",
    ], "the 目录 left out, the numbers the style's, not the heading text's"
    assert not any("编号" in w for w in result.warnings), result.warnings


def test_a_skipped_decimal_number_is_said() -> None:
    text = TOC_PLAN.replace("2.2　整改落实\n对排查", "2.3　整改落实\n对排查")
    warnings = analyse_text(text).warnings
    assert any("“2.3”" in w and "“2.2”" in w for w in warnings), warnings


def test_checks_find_nothing_to_report_in_a_decimal_draft() -> None:
    draft = analyse_text(TOC_PLAN).draft
    findings = [
        f for f in check_draft(draft) if f.rule.startswith(("numbering.", "heading.", "section."))
    ]
    assert findings == []
    draft.sections[0].heading = "1　总体要求"  # a number typed by hand: printed twice
    [typed] = [f for f in check_draft(draft) if f.rule.startswith("numbering.")]
    assert typed.rule == "numbering.typed" and typed.matched == "1　"
    assert "“1”" in typed.message


def labels(model: SectionTreeModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index.data())
        out += labels(model, index)
    return out


@pytest.fixture
def view(qtbot):  # noqa: ANN001, ANN201 - qtbot
    draft = decimal_draft()
    draft.numbering = [NumberStyle.CN_DUN, D, D]
    model = SectionTreeModel(draft)
    view = OutlineView(model=model)
    view.stack = QUndoStack(view)
    view.set_undo_stack(view.stack)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_outline_menu_offers_the_style_and_the_labels_follow(view) -> None:  # noqa: ANN001
    model = view.tree_model()
    assert labels(model)[:4] == ["一、总则", "1　编制目的", "2　编制依据", "二、建设目标"]
    view.select_section("a")
    view.build_context_menu()
    decimal = next(a for a in view.numbering_menu.actions() if a.text() == STYLE_LABELS[D])
    decimal.trigger()
    assert model.draft().numbering[0] is D
    shown = labels(model)
    assert shown[:5] == [
        "1　总则",
        "1.1　编制目的",
        "1.2　编制依据",
        "2　建设目标",
        "2.1　总体目标",
    ]
    assert "2.2.1　近期" in shown
    view.select_section("c")
    view.action_move_up.trigger()  # 保障措施 above 建设目标: 2.x becomes 3.x
    shown = labels(model)
    assert shown[3:6] == ["2　保障措施", "3　建设目标", "3.1　总体目标"]
    assert "3.2.1　近期" in shown, "the moved sibling's descendants relabelled"
    view.stack.undo()
    view.stack.undo()
    assert labels(model)[:2] == ["一、总则", "1　编制目的"]


def test_a_decimal_path_names_each_number_once() -> None:
    """查找结果 and the check list show a section's path: "1.1.1　", not "1　1.1　1.1.1　";
    under a level of another style the decimal path follows it ("一、1　")."""
    from app.core.search import section_paths

    leaf = Section("c", id="c")
    draft = Draft(
        numbering=[NumberStyle.DECIMAL] * 3,
        sections=[Section("a", children=[Section("b", children=[leaf], id="b")], id="a")],
    )
    assert section_paths(draft) == {"a": "1　", "b": "1.1　", "c": "1.1.1　"}
    draft.numbering = [NumberStyle.CN_DUN, NumberStyle.DECIMAL, NumberStyle.DECIMAL]
    assert section_paths(draft) == {"a": "一、", "b": "一、1　", "c": "一、1.1　"}


def test_the_space_after_a_decimal_clause_number_is_no_finding() -> None:
    """Body clauses of a decimal outline ("3.1.1　加快……") keep the space after their number;
    a stray full-width space between Chinese words is still found."""
    draft = Draft(
        numbering=[NumberStyle.DECIMAL] * 3,
        sections=[
            Section(
                "总则",
                [Paragraph.plain("3.1.1　加快推进项目建设。"), Paragraph.plain("加快　推进。")],
            )
        ],
    )
    spaces = [f for f in check_draft(draft) if f.rule == "space.inner"]
    assert [(f.location.paragraph, f.location.offset) for f in spaces] == [(1, 2)]
