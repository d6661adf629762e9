"""`python -m app versions` and `python -m app diff` as a user runs them (fresh processes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import review_helpers as rh

from app.core.draftfile import load_draft, save_draft
from app.core.model import Draft, Paragraph, Section
from app.core.review.docx_marks import Mark, read_marked
from app.core.versions import VersionKind, VersionStore

REPO = Path(__file__).parents[1]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO, timeout=60
    )


def _draft(body: str, heading: str = "主要工作") -> Draft:
    return Draft(sections=[Section(heading, [Paragraph.plain(body)], id="s1")])


def test_versions_json_lists_them_oldest_first(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    save_draft(_draft("三稿"), path)
    store = VersionStore(path)
    store.take(_draft("初稿"), note="初稿")
    store.take(_draft("二稿"), VersionKind.EXPORT)
    result = run_app("versions", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)["versions"]
    assert [(v["id"], v["note"], v["kind"]) for v in listed] == [
        ("1", "初稿", "manual"),
        ("2", "", "export"),
    ]
    assert all(v["date"][:4].isdigit() and "T" in v["date"] for v in listed)


def test_versions_take_keeps_the_draft_as_it_is_now(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    save_draft(_draft("定稿"), path)
    result = run_app("versions", str(path), "--take", "报领导")
    assert result.returncode == 0, result.stderr
    assert "已保存版本 1" in result.stdout and "报领导" in result.stdout
    assert VersionStore(path).load("1") == _draft("定稿")


def test_a_draft_without_versions_says_how_to_make_one(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    save_draft(_draft("正文"), path)
    assert "还没有版本" in run_app("versions", str(path)).stdout
    result = run_app("diff", str(path))
    assert result.returncode == 2 and "还没有版本" in result.stderr


def test_diff_shows_the_changes_since_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    VersionStore(path).take(_draft("全年完成培训12次。"))
    save_draft(_draft("全年完成培训15次。", "主要工作成效"), path)
    result = run_app("diff", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "比较：版本 1 → 当前草稿"
    assert "一、主要工作 → 一、主要工作成效  [修改、改标题]" in lines
    assert any("第 1 段（改写）" in line and "1[-2-]{+5+}次" in line for line in lines)
    assert lines[-1] == "共 1 节有改动，2 处修改"


def test_diff_between_two_versions_as_json(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    save_draft(_draft("现在"), path)
    store = VersionStore(path)
    store.take(_draft("甲"))
    store.take(_draft("甲乙"))
    result = run_app("diff", str(path), "1", "2", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["from"], data["to"]) == ("1", "2")
    (section,) = data["sections"]
    assert section["id"] == "s1" and section["status"] == "changed"
    assert section["changes"] == [
        {"part": "body", "kind": "insert", "paragraph": 1, "old": "", "new": "乙"}
    ]


def test_diff_of_an_unknown_version_names_it(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    save_draft(_draft("正文"), path)
    VersionStore(path).take(_draft("正文"))
    result = run_app("diff", str(path), "9")
    assert result.returncode == 2
    assert "“9”" in result.stderr and result.stdout == ""


def test_review_lists_suggestions_and_accept_all_takes_them_in(tmp_path: Path) -> None:
    draft = Draft(
        sections=[
            Section("主要工作", [Paragraph.plain("全年完成培训12次。")], id="s1"),
            Section("存在问题", [Paragraph.plain("创新不足。")], id="s2"),
        ]
    )
    path, reviewed = tmp_path / "总结.json", tmp_path / "科长改.docx"
    save_draft(draft, path)
    paragraphs = rh.exported(draft)
    rh.change(paragraphs, "12次", "15次")
    rh.change(paragraphs, "二、存在", "三、存在")
    line = rh.find_line(paragraphs, "创新不足。")
    paragraphs[line] = [("cs", "0"), ("t", "创新不足。"), ("ce", "0"), ("cref", "0")]
    reviewed.write_bytes(rh.docx(paragraphs, (("0", "李处长", "再具体些"),)))
    out = tmp_path / "审阅后.json"
    result = run_app("review", str(path), str(reviewed), "-o", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(
        line.startswith("建议 1：一、主要工作 第 1 段：[-12次-]{+15次+}（张科长") for line in lines
    )
    assert any(line.startswith("未能定位：[-二、存在-]{+三、存在+}") for line in lines)
    assert "批注：二、存在问题：再具体些（李处长）" in lines
    kept = load_draft(out)
    assert kept.find("s1").body[0].text == "全年完成培训12次。"  # suggestions only
    assert [c.text for c in kept.find("s2").comments] == ["再具体些"]
    out2 = tmp_path / "全部接受.json"
    result = run_app("review", str(path), str(reviewed), "--accept-all", "-o", str(out2))
    assert result.returncode == 0, result.stderr
    assert load_draft(out2).find("s1").body[0].text == "全年完成培训15次。"
    assert load_draft(path) == draft  # the draft itself is never changed


def test_review_of_another_drafts_export_writes_nothing(tmp_path: Path) -> None:
    path, reviewed, out = tmp_path / "总结.json", tmp_path / "别的.docx", tmp_path / "out.json"
    save_draft(_draft("正文"), path)
    other = Draft(sections=[Section("别的", [Paragraph.plain("无关。")], id="zz")])
    reviewed.write_bytes(rh.docx(rh.exported(other)))
    result = run_app("review", str(path), str(reviewed), "-o", str(out))
    assert result.returncode == 2
    assert "不是从当前草稿" in result.stderr and not out.exists()


def test_export_track_changes_since_a_version(tmp_path: Path) -> None:
    path, out = tmp_path / "总结.json", tmp_path / "修订.docx"
    VersionStore(path).take(_draft("全年完成培训12次。"))
    save_draft(_draft("全年完成培训15次。"), path)
    result = run_app(
        "export", str(path), "--track-changes-since", "1", "--author", "王起草", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    marked = read_marked(out.read_bytes(), out.name)
    changes = [
        (p.mark, p.text, p.revision.author)
        for para in marked.paragraphs
        for p in para.pieces
        if p.mark is not Mark.KEPT and p.revision is not None
    ]
    assert sorted(changes) == sorted(
        [(Mark.DELETED, "2", "王起草"), (Mark.INSERTED, "5", "王起草")]
    )
    missing = run_app("export", str(path), "--track-changes-since", "4", "-o", str(out))
    assert missing.returncode == 2 and "“4”" in missing.stderr


def test_the_whole_loop_tracked_export_reviewed_and_brought_back(tmp_path: Path) -> None:
    path, tracked, out = tmp_path / "总结.json", tmp_path / "修订稿.docx", tmp_path / "回.json"
    VersionStore(path).take(_draft("全年完成培训12次，覆盖300余人。"))
    save_draft(_draft("全年完成培训15次，覆盖300余人。"), path)
    result = run_app(
        "export", str(path), "--track-changes-since", "1", "--author", "王起草", "-o", str(tracked)
    )
    assert result.returncode == 0, result.stderr
    tracked.write_bytes(rh.with_changes(tracked.read_bytes(), [("覆盖", "覆盖干部")], "张科长"))
    result = run_app(
        "review", str(path), str(tracked), "--author", "王起草", "--accept-all", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "共 1 条建议、0 条批注、0 处未能定位" in result.stdout
    assert load_draft(out).find("s1").body[0].text == "全年完成培训15次，覆盖干部300余人。"
