"""`python -m app versions` and `python -m app diff` as a user runs them (fresh processes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.core.draftfile import save_draft
from app.core.model import Draft, Paragraph, Section
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
