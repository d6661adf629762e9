"""`python -m app export` as a user runs it (fresh processes): each export keeps the draft
as a version beside it, as the window's export does (none when unchanged, none with
--no-version), and --comments carries the draft's open 批注 into the Word file."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn

from app.core.draftfile import save_draft
from app.core.model import Comment, Draft, Paragraph, Section
from app.core.versions import VersionKind, VersionStore, versions_folder

REPO = Path(__file__).parents[1]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO, timeout=60
    )


def _draft(body: str, comments: list[Comment] | None = None) -> Draft:
    section = Section("主要工作", [Paragraph.plain(body)], id="s1", comments=comments or [])
    return Draft(sections=[section])


def test_each_export_keeps_a_version_of_the_draft_as_exported(tmp_path: Path) -> None:
    path, out = tmp_path / "总结.json", tmp_path / "总结.docx"
    save_draft(_draft("初稿正文。"), path)
    first = run_app("export", str(path), "-o", str(out))
    assert first.returncode == 0, first.stderr
    assert "已保存导出时的版本 1" in first.stdout
    again = run_app("export", str(path), "-o", str(out))  # unchanged: no second copy
    assert again.returncode == 0 and "版本" not in again.stdout
    save_draft(_draft("二稿正文。"), path)
    assert run_app("export", str(path), "-o", str(out)).returncode == 0
    store = VersionStore(path)
    assert [(v.id, v.kind) for v in store.versions()] == [
        ("1", VersionKind.EXPORT),
        ("2", VersionKind.EXPORT),
    ]
    assert store.load("1") == _draft("初稿正文。") and store.load("2") == _draft("二稿正文。")
    listed = run_app("versions", str(path))
    assert listed.returncode == 0 and "导出时" in listed.stdout


def test_a_tracked_export_keeps_one_too_and_no_version_keeps_none(tmp_path: Path) -> None:
    path, out = tmp_path / "总结.json", tmp_path / "修订稿.docx"
    save_draft(_draft("初稿正文。"), path)
    VersionStore(path).take(_draft("初稿正文。"), note="初稿")
    save_draft(_draft("定稿正文。"), path)
    result = run_app("export", str(path), "-o", str(out), "--track-changes-since", "1")
    assert result.returncode == 0, result.stderr
    assert [v.kind for v in VersionStore(path).versions()] == [
        VersionKind.MANUAL,
        VersionKind.EXPORT,
    ]
    other = tmp_path / "另一稿.json"
    save_draft(_draft("另一稿。"), other)
    plain = run_app("export", str(other), "-o", str(tmp_path / "另一稿.docx"), "--no-version")
    assert plain.returncode == 0 and not versions_folder(other).exists()


def test_a_version_that_cannot_be_kept_does_not_undo_the_export(tmp_path: Path) -> None:
    path, out = tmp_path / "总结.json", tmp_path / "总结.docx"
    save_draft(_draft("正文。"), path)
    versions_folder(path).write_text("挡路的文件")  # where the versions folder would go
    result = run_app("export", str(path), "-o", str(out))
    assert result.returncode == 0 and out.exists()
    assert "未能保存导出时的版本" in result.stderr


def test_comments_go_into_the_word_file_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    comment = Comment("c1", "张三", "2026-12-02T09:30:00", "请补充数据。", 0, 0, 2, "初稿")
    save_draft(_draft("初稿正文。", [comment]), path)
    with_comments, without = tmp_path / "送审.docx", tmp_path / "正式.docx"
    args = ("--no-version",)
    assert (
        run_app("export", str(path), "-o", str(with_comments), "--comments", *args).returncode == 0
    )
    assert run_app("export", str(path), "-o", str(without), *args).returncode == 0
    sent = docx.Document(io.BytesIO(with_comments.read_bytes()))
    assert [(c.author, c.text) for c in sent.comments] == [("张三", "请补充数据。")]
    assert list(docx.Document(io.BytesIO(without.read_bytes())).comments) == []


def test_a_tracked_export_with_comments_carries_both(tmp_path: Path) -> None:
    path, out = tmp_path / "总结.json", tmp_path / "修订稿.docx"
    comment = Comment("c1", "张三", "2026-12-02T09:30:00", "请补充数据。", 0, 0, 2, "定稿")
    save_draft(_draft("初稿正文。"), path)
    VersionStore(path).take(_draft("初稿正文。"), note="初稿")
    save_draft(_draft("定稿正文。", [comment]), path)
    args = ("--track-changes-since", "1", "--comments", "--author", "王五", "--no-version")
    result = run_app("export", str(path), "-o", str(out), *args)
    assert result.returncode == 0, result.stderr
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert [(c.author, c.text) for c in document.comments] == [("张三", "请补充数据。")]
    body = document.element.body
    authors = {e.get(qn("w:author")) for e in body.iter(qn("w:ins"), qn("w:del"))}
    assert authors == {"王五"}
