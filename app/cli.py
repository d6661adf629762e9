"""Command line: `python -m app` opens the window; `python -m app COMMAND …` runs a command.

Exit codes: 0 success, 1 findings (check), 2 bad input (a one-line Chinese message on
stderr, nothing written).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.core.errors import ZongjieError

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2

# Subcommands register here: name -> (configure parser, run). Later modules add export,
# import and check without this file growing a branch per command.
Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
COMMANDS: dict[str, tuple[str, Command]] = {}
COMMAND_NAMES = ("info", "export", "import", "check")
_COMMAND_ORDER = ("info", "import", "check", "export")  # the order a user works in


def command(name: str, help_text: str) -> Callable[[Command], Command]:
    def register(cmd: Command) -> Command:
        COMMANDS[name] = (help_text, cmd)
        return cmd

    return register


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


def build_parser() -> argparse.ArgumentParser:
    # Each module registers its command with `command(...)` when imported.
    import app.commands.check
    import app.commands.export
    import app.commands.imports
    import app.commands.info  # noqa: F401

    parser = _Parser(prog="python -m app", description="工作总结编辑器（GB/T 9704-2012 公文格式）")
    parser.add_argument(
        "--version", action="version", version=f"zongjie {__version__}", help="显示版本号并退出"
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    sub.required = False
    for name in sorted(COMMANDS, key=_COMMAND_ORDER.index):
        help_text, (configure, run) = COMMANDS[name]
        p = sub.add_parser(name, help=help_text, description=help_text)
        configure(p)
        p.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or _is_file_argument(args_list[0]):
        from app.gui.main import run as run_gui

        return run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.run(args))
    except ZongjieError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # `python -m app info 草稿.json | head`: the reader left early; that is not an error.
        # Point stdout at devnull so the interpreter's final flush doesn't raise again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _is_file_argument(arg: str) -> bool:
    """`python -m app 草稿.json` (or a .txt/.docx to import) opens the window on that file."""
    return (
        not arg.startswith("-")
        and arg not in COMMAND_NAMES
        and Path(arg).suffix.lower()
        in {
            ".json",
            ".txt",
            ".docx",
        }
    )
