"""What the command line writes: never a draft a window is editing, never a draft the app
would refuse to open."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.core import draftreader
from app.core.draftfile import load_draft
from app.core.fileio import DraftLock

SEED = DATA / "samples" / "000_cc10c5ae27c3cc5c.txt"


def test_import_leaves_a_draft_that_a_window_is_editing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "草稿.json"
    assert main(["import", str(SEED), "-o", str(out)]) == EXIT_OK
    before = out.read_bytes()
    capsys.readouterr()
    with DraftLock(out):  # as an open window holds it
        assert main(["import", str(SEED), "-o", str(out), "--force", "--keep-noise"]) == (
            EXIT_BAD_INPUT
        )
    err = capsys.readouterr().err
    assert "正在被另一个窗口编辑" in err and len(err.strip().splitlines()) == 1
    assert out.read_bytes() == before
    assert main(["import", str(SEED), "-o", str(out), "--force", "--keep-noise"]) == EXIT_OK


def test_check_fix_leaves_a_draft_that_a_window_is_editing(
    tmp_path: Path, sample_draft_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "修正后.json"
    out.write_bytes(sample_draft_path.read_bytes())
    with DraftLock(out):
        code = main(["check", str(sample_draft_path), "--fix", "-o", str(out)])
    assert code == EXIT_BAD_INPUT
    assert "正在被另一个窗口编辑" in capsys.readouterr().err
    assert out.read_bytes() == sample_draft_path.read_bytes()


def test_import_never_writes_a_draft_the_app_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(draftreader, "DRAFT_MAX_PARAGRAPHS", 3)
    out = tmp_path / "草稿.json"
    assert main(["import", str(SEED), "-o", str(out)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "导入后超出了草稿的限制" in err and "段落总数超过 3 段的上限" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_import_output_opens_again(tmp_path: Path) -> None:
    out = tmp_path / "草稿.json"
    assert main(["import", str(SEED), "-o", str(out)]) == EXIT_OK
    assert load_draft(out).meta.title == "2020年上半年工作总结"
    assert not (tmp_path / "草稿.json.lock").exists()


@pytest.mark.parametrize("command", ["export", "check --fix", "import"])
@pytest.mark.parametrize("output", ["", "/", "FOLDER"])
def test_an_output_that_is_no_file_name_is_refused(
    command: str,
    output: str,
    tmp_path: Path,
    sample_draft_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """-o "" and "/" crashed export; -o FOLDER wrote FOLDER.docx beside the folder."""
    folder = tmp_path / "文件夹"
    folder.mkdir()
    source = SEED if command == "import" else sample_draft_path
    target = str(folder) if output == "FOLDER" else output
    name, *options = command.split()
    code = main([name, str(source), *options, "-o", target])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT, err
    assert len(err.strip().splitlines()) == 1
    assert ("是一个文件夹" in err) if output == "FOLDER" else ("文件名" in err or "-o" in err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["文件夹"]
    assert not any(folder.iterdir())
