"""The review loop with a real client: LibreOffice reads our tracked-changes export
(accept all = the current draft, reject all = the older version), and LibreOffice as the
reviewer (through UNO) changes our export with change recording on; our review import
then shows exactly those changes at their places, and accepting all gives the text
LibreOffice shows. Comments are added to LibreOffice's file the way Word stores them
(inserting one through UNO aborts libreoffice-writer-nogui: ../shared/NOTES.md).

Needs soffice and Debian's python3-uno for the system python (.ci/run installs both).
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import review_helpers as rh

from app.core.compare import Part
from app.core.edits import apply_edit
from app.core.export.writer import build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Run, Section, Table
from app.core.review import accept_all, read_review
from app.core.tracked import tracked_docx_bytes

pytestmark = pytest.mark.render

SYSTEM_PYTHON = "/usr/bin/python3"
DRIVER = Path(__file__).with_name("uno_reviewer.py")
UNO_TIMEOUT_S = 300


def _uno_available() -> bool:
    if shutil.which("soffice") is None or not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=60)
    return probe.returncode == 0


needs_uno = pytest.mark.skipif(
    not _uno_available(), reason="LibreOffice with python3-uno is not installed (CI installs it)"
)


def libreoffice(jobs: list[dict], author: str = "张科长") -> list[dict]:
    with tempfile.TemporaryDirectory() as profile:
        request = {"profile": profile, "author": author, "jobs": jobs}
        result = subprocess.run(
            [SYSTEM_PYTHON, str(DRIVER)],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            timeout=UNO_TIMEOUT_S,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _old() -> Draft:
    return Draft(
        meta=Meta(title="2026年工作总结", author="××市××局", date="2026年12月1日"),
        intro=[Paragraph.plain("今年以来，我局认真贯彻落实上级部署。")],
        sections=[
            Section(
                "主要工作",
                [Paragraph.plain("全年完成培训12次。"), Paragraph.plain("覆盖干部职工300余人。")],
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


def _new() -> Draft:
    new = _old()
    new.meta.title = "2026年度工作总结"
    new.find("s1").body[0] = Paragraph.plain("全年完成培训15次，新增线上课程。")
    moved = new.find("s1").children.pop(1)
    moved.heading = "持续加强作风建设"
    new.find("s2").children.append(moved)
    new.find("s2").body = [
        Paragraph([Run("创新", bold=True), Run("仍显不足。")]),
        Paragraph.plain("人手紧张。"),
    ]
    new.sections.insert(1, Section("重点突破", [Paragraph.plain("新设一节。")], id="n1"))
    return new


def _filled(paragraphs: list[str]) -> list[str]:
    return [p for p in paragraphs if p.strip()]


@needs_uno
def test_libreoffice_accepting_our_tracked_export_shows_the_draft_and_rejecting_the_version(
    tmp_path: Path,
) -> None:
    old, new = _old(), _new()
    paths = {name: tmp_path / f"{name}.docx" for name in ("tracked", "old", "new")}
    paths["tracked"].write_bytes(tracked_docx_bytes(old, new, "起草人"))
    paths["old"].write_bytes(build_docx_bytes(old))
    paths["new"].write_bytes(build_docx_bytes(new))
    accepted, rejected, shown_new, shown_old = libreoffice(
        [
            {"do": "text", "input": str(paths["tracked"]), "changes": "accept"},
            {"do": "text", "input": str(paths["tracked"]), "changes": "reject"},
            {"do": "text", "input": str(paths["new"]), "changes": "keep"},
            {"do": "text", "input": str(paths["old"]), "changes": "keep"},
        ]
    )
    assert _filled(accepted["paragraphs"]) == _filled(shown_new["paragraphs"])
    assert _filled(rejected["paragraphs"]) == _filled(shown_old["paragraphs"])
    assert "（二）狠抓作风建设。开展专项整治。" in rejected["paragraphs"]
    assert "（一）持续加强作风建设。开展专项整治。" in accepted["paragraphs"]
    # pandoc, an independent second reader of the same revisions
    for mode, state in (("accept", "new"), ("reject", "old")):
        tracked = subprocess.run(
            [
                "pandoc",
                "-f",
                "docx",
                "-t",
                "plain",
                f"--track-changes={mode}",
                str(paths["tracked"]),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        plain = subprocess.run(
            ["pandoc", "-f", "docx", "-t", "plain", str(paths[state])],
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        assert tracked == plain, mode


@needs_uno
def test_libreoffice_accept_and_reject_are_exact_paragraph_for_paragraph(tmp_path: Path) -> None:
    tracked, old, new = tmp_path / "t.docx", tmp_path / "o.docx", tmp_path / "n.docx"
    tracked.write_bytes(tracked_docx_bytes(_old(), _new(), "起草人"))
    old.write_bytes(build_docx_bytes(_old()))
    new.write_bytes(build_docx_bytes(_new()))
    accepted, rejected, shown_new, shown_old = libreoffice(
        [
            {"do": "text", "input": str(tracked), "changes": "accept"},
            {"do": "text", "input": str(tracked), "changes": "reject"},
            {"do": "text", "input": str(new), "changes": "keep"},
            {"do": "text", "input": str(old), "changes": "keep"},
        ]
    )
    assert accepted["paragraphs"] == shown_new["paragraphs"]
    assert rejected["paragraphs"] == shown_old["paragraphs"]


@needs_uno
def test_libreoffice_as_the_reviewer(tmp_path: Path) -> None:
    draft = _new()
    exported, reviewed = tmp_path / "导出.docx", tmp_path / "科长改.docx"
    exported.write_bytes(build_docx_bytes(draft))
    edits = [
        {"find": "15次", "replace": "16次"},  # section s1
        {"find": "新增线上", "delete": True},
        {"find": "人手紧张", "bold": True},  # section s2
        {"find": "仍显不足", "insert_after": "，亟待加强"},
    ]
    saved, shown = libreoffice(
        [
            {"do": "review", "input": str(exported), "output": str(reviewed), "edits": edits},
            {"do": "text", "input": str(reviewed), "changes": "accept"},
        ]
    )
    assert saved == {"saved": True}
    data = rh.with_comments(reviewed.read_bytes(), [("人手紧张", "李处长", "请补充具体人数")])
    review = read_review(draft, data, "科长改.docx")
    assert review.unplaced == []
    found = [
        (s.section_id, s.part, s.paragraph, s.old_text, s.new_text, s.format_only, s.author)
        for s in review.suggestions
    ]
    assert found == [
        ("s1", Part.BODY, 0, "15次", "16次", False, "张科长"),
        ("s1", Part.BODY, 0, "新增线上", "", False, "张科长"),
        ("s2", Part.BODY, 0, "", "，亟待加强", False, "张科长"),
        ("s2", Part.BODY, 1, "人手紧张", "人手紧张", True, "张科长"),
    ]
    (comment,) = review.comments
    assert (comment.section_id, comment.comment.paragraph, comment.comment.quote) == (
        "s2",
        1,
        "人手紧张",
    )
    assert comment.comment.author == "李处长" and comment.comment.text == "请补充具体人数"
    after = copy.deepcopy(draft)
    for edit in accept_all(after, review.suggestions):
        apply_edit(after, edit)
    assert after.find("s2").body[1] == Paragraph([Run("人手紧张", bold=True), Run("。")])
    ours = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "plain", "--wrap=none", "-"],
        input=build_docx_bytes(after),
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")
    assert [line for line in ours.splitlines() if line.strip()] == _filled(shown["paragraphs"])[1:]


@needs_uno
def test_libreoffice_reviewing_our_tracked_export_gives_only_the_reviewers_changes(
    tmp_path: Path,
) -> None:
    old, new = _old(), _new()
    tracked, reviewed = tmp_path / "修订稿.docx", tmp_path / "科长改.docx"
    tracked.write_bytes(tracked_docx_bytes(old, new, "起草人"))
    edits = [
        {"find": "覆盖干部职工", "replace": "覆盖全体干部职工"},
        {"find": "新设一节", "insert_after": "，专抓落实"},
    ]
    (saved,) = libreoffice(
        [{"do": "review", "input": str(tracked), "output": str(reviewed), "edits": edits}]
    )
    assert saved == {"saved": True}
    review = read_review(new, reviewed.read_bytes(), reviewed.name, own_author="起草人")
    assert review.unplaced == []
    found = [
        (s.section_id, s.paragraph, s.old_text, s.new_text, s.author) for s in review.suggestions
    ]
    # LibreOffice replaces the whole found text: deleted and inserted by the reviewer
    assert found == [
        ("s1", 1, "覆盖干部职工", "覆盖全体干部职工", "张科长"),
        ("n1", 0, "", "，专抓落实", "张科长"),
    ]


@needs_uno
def test_libreoffice_reads_a_restyling_as_one_format_revision(tmp_path: Path) -> None:
    old = _old()
    new = copy.deepcopy(old)
    new.find("s2").body[0] = Paragraph([Run("创新", bold=True), Run("不足。")])
    tracked = tmp_path / "加粗.docx"
    tracked.write_bytes(tracked_docx_bytes(old, new, "起草人"))
    kept, accepted, rejected = libreoffice(
        [
            {"do": "text", "input": str(tracked), "changes": "keep"},
            {"do": "text", "input": str(tracked), "changes": "accept"},
            {"do": "text", "input": str(tracked), "changes": "reject"},
        ]
    )
    assert kept["redlines"] == [["Format", "起草人"]]
    assert "创新不足。" in kept["paragraphs"]  # the text once, not deleted and inserted
    assert "创新" in kept["bold"] and "创新" in accepted["bold"]
    assert "创新" not in rejected["bold"]
    assert accepted["paragraphs"] == rejected["paragraphs"] == kept["paragraphs"]


@needs_uno
def test_libreoffice_accepts_and_rejects_the_changes_inside_a_table(tmp_path: Path) -> None:
    def tabled(cells: list[list[str]]) -> Draft:
        draft = _old()
        draft.find("s1").body.insert(1, Table.plain(cells, caption="表1 完成情况"))
        return draft

    old = tabled([["项目", "完成"], ["培训", "12次"], ["调研", "3次"]])
    new = tabled([["项目", "完成"], ["培训", "15次"], ["专题调研", "3次"]])
    tracked = tmp_path / "表格.docx"
    tracked.write_bytes(tracked_docx_bytes(old, new, "起草人"))
    kept, accepted, rejected = libreoffice(
        [
            {"do": "text", "input": str(tracked), "changes": "keep"},
            {"do": "text", "input": str(tracked), "changes": "accept"},
            {"do": "text", "input": str(tracked), "changes": "reject"},
        ]
    )
    assert {kind for kind, _ in kept["redlines"]} == {"Insert", "Delete"}
    assert accepted["tables"] == [["项目", "完成", "培训", "15次", "专题调研", "3次"]]
    assert rejected["tables"] == [["项目", "完成", "培训", "12次", "调研", "3次"]]
    assert accepted["paragraphs"] == rejected["paragraphs"]  # nothing else changed


@needs_uno
def test_libreoffice_accepts_and_rejects_a_section_made_run_in(tmp_path: Path) -> None:
    old = _old()
    old.find("a2").run_in = False
    new = _old()  # a2 run in: "（二）狠抓作风建设。开展专项整治。" as one paragraph
    paths = {name: tmp_path / f"{name}.docx" for name in ("tracked", "old", "new")}
    paths["tracked"].write_bytes(tracked_docx_bytes(old, new, "起草人"))
    paths["old"].write_bytes(build_docx_bytes(old))
    paths["new"].write_bytes(build_docx_bytes(new))
    kept, accepted, rejected, shown_new, shown_old = libreoffice(
        [
            {"do": "text", "input": str(paths["tracked"]), "changes": "keep"},
            {"do": "text", "input": str(paths["tracked"]), "changes": "accept"},
            {"do": "text", "input": str(paths["tracked"]), "changes": "reject"},
            {"do": "text", "input": str(paths["new"]), "changes": "keep"},
            {"do": "text", "input": str(paths["old"]), "changes": "keep"},
        ]
    )
    assert accepted["paragraphs"] == shown_new["paragraphs"]
    assert rejected["paragraphs"] == shown_old["paragraphs"]
    assert "ParagraphFormat" in {kind for kind, _ in kept["redlines"]}
    # the paragraph takes its style back (a heading again, not a run-in item)
    assert accepted["styles"] == shown_new["styles"]
    assert rejected["styles"] == shown_old["styles"]
