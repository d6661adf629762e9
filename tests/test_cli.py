"""The command line as a user runs it: `python -m app …` in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app import __version__
from app.core.draftfile import save_draft
from app.core.model import Draft, Section

REPO = Path(__file__).parents[1]


def run_app(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def test_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_info_prints_numbered_outline(sample_draft_path: Path) -> None:
    result = run_app("info", str(sample_draft_path))
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert lines[0] == "2020年上半年工作总结"
    assert lines[2].startswith("一、上半年主要工作")
    assert lines[3].startswith("一是完善制度机制，深化系统党的政治建设")
    assert any(line.startswith("六是坚持严谨细致") for line in lines)
    assert any(line.startswith("二、下半年工作安排") for line in lines)
    assert lines[-1].startswith("共 12 节")


def test_info_on_a_bad_file_exits_2_with_one_chinese_line(tmp_path: Path) -> None:
    bad = tmp_path / "坏.json"
    bad.write_bytes(b'{"format": "zongjie-draft", "version": 1, "sections": [')
    result = run_app("info", str(bad))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "已损坏" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["坏.json"]


def test_missing_file_and_bad_arguments_exit_2(tmp_path: Path) -> None:
    result = run_app("info", str(tmp_path / "没有.json"))
    assert result.returncode == 2 and "找不到文件" in result.stderr
    result = run_app("info")
    assert result.returncode == 2 and "参数有误：缺少参数 draft" in result.stderr
    result = run_app("export", "a.json", "-o", "b.docx", "--fonts", "mac")
    assert result.returncode == 2 and "选项 --fonts 不能取 'mac'" in result.stderr
    assert not (REPO / "b.docx").exists()


def test_help_speaks_chinese_and_lists_commands_in_working_order() -> None:
    result = run_app("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("用法：python -m app")
    assert "显示本帮助并退出" in result.stdout
    commands = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("    ")]
    assert commands == [
        "info",
        "import",
        "check",
        "export",
        "pages",
        "pdf",
        "versions",
        "diff",
        "review",
    ]


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    """`python -m app info 草稿.json | head -1` must not end in a traceback."""
    # Far more output than a pipe buffers, so the writer is still writing when head quits.
    big = Draft(sections=[Section(f"第{i}部分工作情况和下一步打算") for i in range(5000)])
    draft_path = tmp_path / "大草稿.json"
    save_draft(big, draft_path)
    code = (
        "import subprocess, sys\n"
        f"p = subprocess.Popen([sys.executable, '-m', 'app', 'info', {str(draft_path)!r}],"
        " stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
        "p.stdout.readline(); p.stdout.close()\n"
        "err = p.stderr.read().decode(); p.wait()\n"
        "print(p.returncode, 'Traceback' in err)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.stdout.split() == ["0", "False"]


def test_a_draft_argument_opens_the_window_on_it(sample_draft_path: Path, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ZONGJIE_STARTUP_PROBE="1",
        ZONGJIE_HOME=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-m", "app", str(sample_draft_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("shown ")
    assert "2020年上半年工作总结" in result.stdout
