"""The command line's shape: one ordered list of command modules, no import loop, each module
imported only when its command runs, exit codes that tell a bug from findings and bad input."""

from __future__ import annotations

import ast
import importlib
import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app import cli
from app.commands import COMMAND_NAMES, COMMANDS
from app.commands.base import EXIT_BAD_INPUT, EXIT_BUG, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK
from app.core.draftfile import save_draft
from app.core.model import Draft, Paragraph, Section

REPO = Path(__file__).resolve().parents[1]
COMMANDS_DIR = REPO / "app" / "commands"


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_exit_codes_are_distinct() -> None:
    codes = [EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_BUG, EXIT_INTERRUPTED]
    assert codes == [0, 1, 2, 3, 130]
    assert (cli.EXIT_OK, cli.EXIT_FINDINGS, cli.EXIT_BAD_INPUT) == (0, 1, 2)


def test_one_ordered_list_names_every_command_module() -> None:
    assert COMMAND_NAMES == (  # working order
        "info",
        "import",
        "check",
        "export",
        "pages",
        "pdf",
        "versions",
        "diff",
        "review",
    )
    listed = {module for _, module in COMMANDS}
    on_disk = {
        f"app.commands.{p.stem}"
        for p in COMMANDS_DIR.glob("*.py")
        if p.stem not in {"__init__", "base"}
    }
    assert listed == on_disk
    for name, module_name in COMMANDS:
        module = importlib.import_module(module_name)
        assert name == module.NAME
        assert module.HELP and callable(module.register) and callable(module.run)


def test_commands_never_import_the_command_line_nor_each_other() -> None:
    for path in COMMANDS_DIR.glob("*.py"):
        imports = imported_modules(path)
        assert not any(m == "app.cli" or m.startswith("app.cli.") for m in imports), path
        own = {m for m in imports if m.startswith("app.commands")}
        allowed = {"app.commands.base"} | {
            f"app.commands.base.{n}" for n in dir(importlib.import_module("app.commands.base"))
        }
        assert own <= allowed, (path, own - allowed)
    assert not {
        m for m in imported_modules(COMMANDS_DIR / "base.py") if m.startswith("app.commands")
    }


def fresh_process_modules(*args: str) -> tuple[int, list[str]]:
    code = (
        "import json, sys\n"
        "from app.cli import main\n"
        f"rc = main({list(args)!r})\n"
        "print(json.dumps([rc, sorted(sys.modules)]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    rc, modules = json.loads(result.stdout.strip().splitlines()[-1])
    return rc, modules


def test_export_imports_no_checker_and_no_other_command(
    tmp_path: Path, sample_draft_path: Path
) -> None:
    rc, modules = fresh_process_modules(
        "export", str(sample_draft_path), "-o", str(tmp_path / "x.docx")
    )
    assert rc == EXIT_OK and (tmp_path / "x.docx").exists()
    assert not [m for m in modules if m.startswith("app.core.checks")]
    assert not [m for m in modules if m.startswith("app.core.importer")]
    assert [m for m in modules if m.startswith("app.commands.")] == [
        "app.commands.base",
        "app.commands.export",
    ]
    assert not [m for m in modules if m.startswith(("app.gui", "PySide6"))]


def test_info_imports_neither_checker_nor_exporter(sample_draft_path: Path) -> None:
    rc, modules = fresh_process_modules("info", str(sample_draft_path))
    assert rc == EXIT_OK
    assert not [m for m in modules if m.startswith(("app.core.checks", "app.core.export", "docx"))]


def test_a_crash_exits_3_with_one_chinese_line(
    monkeypatch: pytest.MonkeyPatch, sample_draft_path: Path
) -> None:
    import app.commands.info

    def broken(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(app.commands.info, "run", broken)
    code, out, err = run_main("info", str(sample_draft_path))
    assert code == EXIT_BUG
    assert len(err.strip().splitlines()) == 1
    assert "程序内部错误（RuntimeError）" in err and "缺陷" in err


def test_ctrl_c_exits_130(monkeypatch: pytest.MonkeyPatch, sample_draft_path: Path) -> None:
    import app.commands.info

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(app.commands.info, "run", interrupted)
    code, _, err = run_main("info", str(sample_draft_path))
    assert code == EXIT_INTERRUPTED and err.strip() == "已中断。"


def test_a_usage_error_exits_2(sample_draft_path: Path) -> None:
    code, out, err = run_main("check", str(sample_draft_path), "-o", "x.json")
    assert code == EXIT_BAD_INPUT and out == "" and "只在 --fix 时使用" in err


@pytest.mark.parametrize("encoding", ["gbk", "cp936", "ascii"])
def test_a_console_that_cannot_show_a_character_gets_a_mark_not_a_crash(
    encoding: str, tmp_path: Path
) -> None:
    path = tmp_path / "表情.json"
    save_draft(Draft(sections=[Section("完成目标😀", [Paragraph.plain("正文✅")])]), path)
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for args in (["info", str(path)], ["check", str(path)]):
        result = subprocess.run(
            [sys.executable, "-m", "app", *args], capture_output=True, cwd=REPO, env=env, timeout=60
        )
        assert result.returncode in (EXIT_OK, EXIT_FINDINGS), result.stderr.decode(
            encoding, "replace"
        )
        assert b"Traceback" not in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "app", "info", str(path)],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert "完成目标?" in result.stdout.decode(encoding, "replace") or encoding == "ascii"


def test_a_message_of_several_lines_is_printed_as_one(
    monkeypatch: pytest.MonkeyPatch, sample_draft_path: Path
) -> None:
    import app.commands.info
    from app.core.errors import ZongjieError

    def refuses(args: object) -> int:
        raise ZongjieError("生成 Word 文件时出错（ValueError: limit, got:\n\n'长'）。")

    monkeypatch.setattr(app.commands.info, "run", refuses)
    code, _, err = run_main("info", str(sample_draft_path))
    assert code == EXIT_BAD_INPUT
    assert err == "生成 Word 文件时出错（ValueError: limit, got:  '长'）。\n"
