"""Format version 2: tables among paragraphs, review comments and appendices are saved and
read back exactly, version-1 drafts open unchanged, and a malformed table is refused with
the app's own error naming the place (app/core/draftfile.py, draftreader.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from app.core import draftreader
from app.core.draftfile import dumps, load_draft, loads, save_draft
from app.core.errors import DraftLimitError, DraftLoadError, SchemaError
from app.core.model import (
    Appendix,
    Cell,
    Comment,
    Draft,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
)

REPO = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((REPO / "resources" / "schema" / "draft-v2.schema.json").read_text("utf-8"))
V1_FIXTURE = REPO / "tests" / "fixtures" / "draft-v1.json"
PATH = Path("草稿.json")


def merged_table() -> Table:
    """表1 with a header row, a cell spanning two columns and one spanning two rows."""
    return Table(
        rows=[
            [
                Cell.plain("序号"),
                Cell.plain("工作任务"),
                Cell.plain("完成情况"),
                Cell.plain("备注"),
            ],
            [
                Cell.plain("1"),
                Cell([Paragraph([Run("党建", bold=True), Run("工作")])], row_span=2),
                Cell([Paragraph.plain("已完成"), Paragraph.plain("（第二季度）")], col_span=2),
                Cell(covered=True),
            ],
            [Cell.plain("2"), Cell(covered=True), Cell(), Cell([Paragraph([])])],
        ],
        header_rows=1,
        caption="表1 重点工作完成情况表",
        col_widths=[800, 3000, 3000, 1500],
        id="t1",
    )


def full_draft() -> Draft:
    reply = Comment("c2", "李四", "2026-12-02T10:00:00+08:00", "已改。", 0, 0, 4, "全面完成")
    comment = Comment(
        "c1",
        "张三",
        "2026-12-02T09:30:00+08:00",
        "请补充数据。",
        paragraph=0,
        start=0,
        end=4,
        quote="全面完成",
        resolved=True,
        replies=[reply],
    )
    section = Section(
        "抓好党建工作",
        [Paragraph.plain("全面完成年度任务。"), merged_table(), Paragraph.plain("表后说明。")],
        id="s1",
        comments=[comment, Comment("c3", text="标题太长", paragraph=None)],
    )
    appendix = Appendix(
        "重点工作完成情况表",
        intro=[Table.plain([["指标", "数值"], ["收入", "12"]])],
        sections=[Section("附件一节", [Paragraph.plain("附件正文")], id="a-s1")],
        id="a1",
    )
    return Draft(
        meta=Meta(title="工作总结", attachments=["重点工作完成情况表"]),
        intro=[Table.plain([["一", "二"]], header_rows=0)],
        sections=[section],
        appendices=[appendix],
    )


def refusal(doc: dict[str, Any]) -> DraftLoadError:
    raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    with pytest.raises(DraftLoadError) as caught:
        loads(raw, PATH)
    message = caught.value.message
    assert "草稿.json" in message and "文件未作任何改动" in message
    return caught.value


def saved(draft: Draft) -> dict[str, Any]:
    return json.loads(dumps(draft))


# -- round trip ---------------------------------------------------------------------------


def test_tables_comments_and_appendices_survive_save_and_reopen(tmp_path: Path) -> None:
    draft = full_draft()
    path = tmp_path / "草稿.json"
    save_draft(draft, path)
    again = load_draft(path)
    assert again == draft
    table = again.sections[0].body[1]
    assert isinstance(table, Table)
    assert table.caption == "表1 重点工作完成情况表" and table.header_rows == 1
    assert table.col_widths == [800, 3000, 3000, 1500]
    assert table.rows[1][1].row_span == 2 and table.rows[2][1].covered
    assert table.rows[1][2].col_span == 2 and table.rows[1][3].covered
    assert table.rows[1][1].paragraphs[0].runs[0] == Run("党建", bold=True)
    assert table.rows[1][2].text == "已完成\n（第二季度）"
    assert table.rows[2][2].paragraphs == [] and table.rows[2][3].paragraphs == [Paragraph([])]
    comment = again.sections[0].comments[0]
    assert (comment.author, comment.quote, comment.resolved) == ("张三", "全面完成", True)
    assert comment.replies[0].text == "已改。"
    assert again.sections[0].comments[1].paragraph is None
    assert again.appendices[0].title == "重点工作完成情况表"
    assert again.appendices[0].sections[0].body[0] == Paragraph.plain("附件正文")
    assert isinstance(again.intro[0], Table) and again.intro[0].header_rows == 0
    assert dumps(again) == path.read_bytes()  # written the same way again


def test_saved_file_matches_the_published_schema() -> None:
    data = saved(full_draft())
    jsonschema.validate(data, SCHEMA)
    assert data["version"] == 2
    cells = data["sections"][0]["body"][1]["rows"]
    assert cells[0][0] == "序号"  # a plain cell stays a readable string
    assert cells[1][3] == {"covered": True}
    assert cells[2][2] == "" and cells[2][3] == {"paragraphs": [""]}


def test_content_equality_tells_tables_apart() -> None:
    a, b = merged_table(), merged_table()
    assert a == b
    b.rows[2][2] = Cell.plain("新")
    assert a != b
    assert Section("x", [a], id="s") != Section("x", [b], id="s")


def test_table_text_and_counts() -> None:
    table = Table.plain([["项目", "金额"], ["合计", "30"]], caption="表2 经费")
    assert table.text == "项目\t金额\n合计\t30"
    section = Section("经费", [Paragraph.plain("说明如下"), table])
    assert section.paragraphs() == [Paragraph.plain("说明如下")]
    assert section.tables() == [table]
    assert section.char_count(tables=False) == 2 + 4
    assert section.char_count() == 2 + 4 + len("表2经费") + len("项目金额合计30")
    assert merged_table().text.splitlines()[1] == "1\t党建工作\t已完成"


# -- version 1 --------------------------------------------------------------------------


def test_a_version_1_draft_opens_unchanged_and_saves_as_version_2(tmp_path: Path) -> None:
    original = V1_FIXTURE.read_bytes()
    assert json.loads(original)["version"] == 1
    path = tmp_path / "旧.json"
    path.write_bytes(original)
    draft = load_draft(path)
    assert path.read_bytes() == original  # loading never rewrites
    assert draft.appendices == [] and all(s.comments == [] for s in draft.walk())
    assert all(isinstance(b, Paragraph) for s in draft.walk() for b in s.body)
    assert draft.find("f2").body[0].runs[1] == Run("工作专班", bold=True)
    save_draft(draft, path)
    data = json.loads(path.read_bytes())
    assert data["version"] == 2 and "appendices" not in data
    jsonschema.validate(data, SCHEMA)
    assert load_draft(path) == draft


# -- refusals -----------------------------------------------------------------------------


def _doc_with(table: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "zongjie-draft",
        "version": 2,
        "sections": [{"id": "s1", "heading": "一", "body": ["正文", table]}],
    }


def _table_doc() -> dict[str, Any]:
    return saved(
        Draft(sections=[Section("一", [Paragraph.plain("正文"), merged_table()], id="s1")])
    )


def _table(doc: dict[str, Any]) -> dict[str, Any]:
    table: dict[str, Any] = doc["sections"][0]["body"][1]
    return table


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (lambda t: t["rows"][2].pop(), "sections[0].body[1].rows[2]", "每行应一样多"),
        (lambda t: t.update(rows=[]), "sections[0].body[1].rows", "至少一行"),
        (lambda t: t.update(rows=[[]]), "sections[0].body[1].rows[0]", "至少要有一列"),
        (
            lambda t: t["rows"][1][2].update(col_span=3),
            "sections[0].body[1].rows[1][2]",
            "超出表格的 4 列",
        ),
        (
            lambda t: t["rows"][1][1].update(row_span=3),
            "sections[0].body[1].rows[1][1]",
            "超出表格的 3 行",
        ),
        (
            lambda t: t["rows"][2].__setitem__(1, "文字"),
            "sections[0].body[1].rows[2][1]",
            "应标为 covered",
        ),
        (
            lambda t: t["rows"][2].__setitem__(2, {"covered": True}),
            "sections[0].body[1].rows[2][2]",
            "不能标为 covered",
        ),
        (
            lambda t: t["rows"][1].__setitem__(3, {"covered": True, "paragraphs": ["字"]}),
            "sections[0].body[1].rows[1][3]",
            "不能有文字",
        ),
        (
            lambda t: t["rows"][1].__setitem__(0, {"paragraphs": ["1"], "row_span": 2}),
            "sections[0].body[1].rows[2][0]",
            "应标为 covered",
        ),
        (
            lambda t: t["rows"][0].__setitem__(1, {"paragraphs": ["工作任务"], "row_span": 3}),
            "sections[0].body[1].rows[2][1]",
            "重叠",
        ),
        (lambda t: t.update(header_rows=4), "sections[0].body[1].header_rows", "只有 3 行"),
        (lambda t: t.update(col_widths=[1, 2]), "sections[0].body[1].col_widths", "表格有 4 列"),
        (lambda t: t.update(col_widths=[1, 2, 0, 4]), "sections[0].body[1].col_widths", "不小于 1"),
        (
            lambda t: t["rows"][0].__setitem__(0, 5),
            "sections[0].body[1].rows[0][0]",
            "字符串或对象",
        ),
        (lambda t: t.update(id="s1"), "sections[0].body[1].id", "重复"),
        (lambda t: t.update(shade=True), "sections[0].body[1]", "未知的字段“shade”"),
    ],
)
def test_malformed_tables_are_refused_with_the_place(change: Any, where: str, words: str) -> None:
    doc = _table_doc()
    loads(json.dumps(doc).encode(), PATH)  # the table as saved is read
    change(_table(doc))
    error = refusal(doc)
    assert isinstance(error, SchemaError)
    assert error.where == where and words in error.problem
    assert where in error.message and "不符合草稿格式" in error.message


@pytest.mark.parametrize(
    ("limit", "rows", "cols", "words"),
    [
        ("TABLE_MAX_ROWS", 6, 1, "表格超过 5 行的上限"),
        ("TABLE_MAX_COLS", 1, 6, "表格超过 5 列的上限"),
        ("TABLE_MAX_CELLS", 3, 2, "表格超过 5 个单元格的上限"),
        ("DRAFT_MAX_TABLE_CELLS", 3, 2, "所有表格的单元格总数超过 5 个的上限"),
    ],
)
def test_table_size_limits(
    limit: str, rows: int, cols: int, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(draftreader, limit, 5)
    error = refusal(_doc_with({"id": "t", "rows": [["格"] * cols for _ in range(rows)]}))
    assert isinstance(error, DraftLimitError) and words in error.message
    assert "sections[0].body[1].rows" in error.message


def test_a_huge_grid_is_refused_before_its_cells_are_read() -> None:
    row = [""] * 60
    doc = _doc_with({"id": "t", "rows": [row] * 5_000})  # 300,000 positions, one list shared
    error = refusal(doc)
    assert isinstance(error, DraftLimitError) and "单元格的上限" in error.message


def test_table_count_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draftreader, "DRAFT_MAX_TABLES", 2)
    doc = _doc_with({"id": "t0", "rows": [["a"]]})
    doc["sections"][0]["body"] += [{"id": f"t{i}", "rows": [["a"]]} for i in (1, 2)]
    error = refusal(doc)
    assert isinstance(error, DraftLimitError) and "表格总数超过 2 个的上限" in error.message


def _comment_doc(**fields: Any) -> dict[str, Any]:
    comment = {"id": "c1", "author": "张三", "date": "2026-12-02T09:30:00", "text": "意见"}
    comment.update(fields)
    return {
        "format": "zongjie-draft",
        "version": 2,
        "sections": [{"id": "s1", "heading": "一", "body": ["正文"], "comments": [comment]}],
    }


@pytest.mark.parametrize(
    ("fields", "where", "words"),
    [
        ({"paragraph": 1}, "sections[0].comments[0].paragraph", "0 到 0 的段落序号"),
        ({"date": "去年"}, "sections[0].comments[0].date", "ISO 8601"),
        ({"start": 3, "end": 2}, "sections[0].comments[0].end", "不小于 3"),
        ({"resolved": "yes"}, "sections[0].comments[0].resolved", "true 或 false"),
        ({"replies": [{"id": "c1"}]}, "sections[0].comments[0].replies[0].id", "与前面的批注重复"),
        ({"color": 1}, "sections[0].comments[0]", "未知的字段"),
    ],
)
def test_malformed_comments_are_refused(fields: dict[str, Any], where: str, words: str) -> None:
    error = refusal(_comment_doc(**fields))
    assert isinstance(error, SchemaError) and error.where == where and words in error.problem


def test_comment_reply_depth_is_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(draftreader, "COMMENT_MAX_DEPTH", 2)
    deepest: dict[str, Any] = {"id": "c9"}
    doc = _comment_doc(replies=[{"id": "c2", "replies": [deepest]}])
    error = refusal(doc)
    assert isinstance(error, DraftLimitError) and "嵌套超过 2 层" in error.message
    del doc["sections"][0]["comments"][0]["replies"][0]["replies"]
    assert loads(json.dumps(doc).encode(), PATH).sections[0].comments[0].replies[0].id == "c2"


def test_appendix_ids_share_the_section_ids() -> None:
    doc = saved(full_draft())
    doc["appendices"][0]["sections"][0]["id"] = "s1"
    error = refusal(doc)
    assert isinstance(error, SchemaError)
    assert error.where == "appendices[0].sections[0].id" and "重复" in error.problem


# -- damaged version-2 files: refused with the app's error, never a crash -------------------

_REPLACEMENTS: list[Any] = [
    None,
    True,
    0,
    -1,
    2,
    10**30,
    1.5,
    "",
    "x",
    "\x01",
    [],
    {},
    [[]],
    [{}],
    {"rows": []},
    {"rows": [[]]},
    {"rows": [["a"], ["b", "c"]]},
    {"covered": True},
    {"col_span": 99},
    {"row_span": -3},
    {"paragraphs": [{"runs": [{"text": 1}]}]},
    {"id": "c1"},
    "2026-13-45T99:00",
]


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*path, index))
    return out


def test_damaged_version_2_files_are_refused_or_read_never_crash() -> None:
    import random
    import time

    base = saved(full_draft())
    rng = random.Random(9704)
    outcomes = {"read": 0, "refused": 0}
    for _ in range(400):
        doc = json.loads(json.dumps(base))
        for _ in range(rng.randint(1, 3)):
            path = rng.choice([p for p in _paths(doc) if p])
            parent = doc
            for key in path[:-1]:
                parent = parent[key]
            key = path[-1]
            action = rng.random()
            if action < 0.6:
                parent[key] = copy.deepcopy(rng.choice(_REPLACEMENTS))
            elif action < 0.8 and isinstance(parent, dict):
                del parent[key]
            elif isinstance(parent, list):
                parent.insert(key, copy.deepcopy(rng.choice(_REPLACEMENTS)))
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        start = time.perf_counter()
        try:
            draft = loads(raw, PATH)
        except DraftLoadError as exc:
            outcomes["refused"] += 1
            assert "草稿.json" in exc.message and "\n" not in exc.message
        else:
            outcomes["read"] += 1
            # what is read is written back as a file that reads back the same (runs of one
            # format may merge on the way, as in version 1)
            assert dumps(loads(dumps(draft), PATH)) == dumps(draft)
        assert time.perf_counter() - start < 2
    assert outcomes["read"] > 20 and outcomes["refused"] > 100
