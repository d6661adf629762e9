"""Command line: `python -m app` opens the window; `python -m app COMMAND …` runs a command.

The commands are the modules listed in app/commands/__init__.py; this module imports the
one that runs (all of them only to list them in --help). Exit codes (app/commands/base.py):
0 success, 1 findings (check), 2 bad input (a one-line Chinese message on stderr, nothing
written), 3 a bug in the program (a one-line Chinese message saying so, never 1 or 2),
130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.commands import COMMAND_NAMES, COMMANDS
from app.commands.base import (
    EXIT_BAD_INPUT,
    EXIT_BUG,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
)
from app.core.errors import ZongjieError
from app.core.suffixes import IMPORT_SUFFIXES

__all__ = ["EXIT_BAD_INPUT", "EXIT_BUG", "EXIT_FINDINGS", "EXIT_OK", "build_parser", "main"]


class _ChineseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        # prefix "" is argparse building a subcommand's prog: leave that alone.
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with its own words (usage, options, errors) in Chinese, like the rest."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _ChineseHelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own messages are English; say in Chinese what to do instead.
        for english, chinese in _ARGPARSE_ERRORS:
            message = english.sub(chinese, message)
        self.print_usage(sys.stderr)
        print(f"参数有误：{message}。用 --help 查看用法。", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


_ARGPARSE_ERRORS = tuple(
    (re.compile(english), chinese)
    for english, chinese in (
        (r"^the following arguments are required: (.*)$", r"缺少参数 \1"),
        (r"^unrecognized arguments: (.*)$", r"无法识别的参数 \1"),
        (r"^argument (\S+): expected one argument$", r"选项 \1 后面需要跟一个值"),
        (
            r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$",
            r"选项 \1 不能取 \2，可选 \3",
        ),
    )
)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with only the command `only` (the one that runs)."""
    parser = _Parser(prog="python -m app", description="工作总结编辑器（GB/T 9704-2012 公文格式）")
    parser.add_argument(
        "--version", action="version", version=f"zongjie {__version__}", help="显示版本号并退出"
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    sub.required = False
    for name, module_name in COMMANDS:
        if only is not None and name != only:
            continue
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.register(p)
        p.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or _is_file_argument(args_list[0]):
        from app.gui.main import run as run_gui

        return run_gui(args_list)
    _tolerate_unprintable_output()
    try:
        parser = build_parser(args_list[0] if args_list[0] in COMMAND_NAMES else None)
        args = parser.parse_args(args_list)
        if getattr(args, "run", None) is None:
            parser.print_help()
            return EXIT_BAD_INPUT
        return int(args.run(args))
    except ZongjieError as exc:
        print(" ".join(exc.message.splitlines()).strip(), file=sys.stderr)  # always one line
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # `python -m app info 草稿.json | head`: the reader left early; that is not an error.
        # Point stdout at devnull so the interpreter's final flush doesn't raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: its own exit code, never 1 (findings) or 2 (bad input)
        if os.environ.get("ZONGJIE_DEBUG"):
            import traceback

            traceback.print_exc()
        print(
            f"程序内部错误（{type(exc).__name__}）：这是本程序的缺陷，不是您的文件或操作有误。"
            "请把所用的命令和这个文件报告给开发者（设置环境变量 ZONGJIE_DEBUG=1 再运行可看到详情）。",
            file=sys.stderr,
        )
        return EXIT_BUG


def _tolerate_unprintable_output() -> None:
    """A console that cannot show a character (an emoji on a Chinese Windows code page,
    PYTHONIOENCODING=gbk) gets a replacement mark instead of a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream that refuses
                reconfigure(errors="replace")


def _is_file_argument(arg: str) -> bool:
    """`python -m app 草稿.json` (or a .txt/.docx to import) opens the window on that file."""
    return (
        not arg.startswith("-")
        and arg not in COMMAND_NAMES
        and Path(arg).suffix.lower() in {".json", *IMPORT_SUFFIXES}
    )
