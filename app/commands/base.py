"""What every subcommand shares: the exit codes and the error for options that don't fit.

Imports no command and nothing of app.cli, so commands and the command line depend on it
and not on each other.

Exit codes (documented in README.md):
    0  success
    1  findings (`check` found problems, or `export --strict` listed some)
    2  bad input: a one-line Chinese message on stderr, nothing written
    3  a bug in the program: a one-line Chinese message on stderr saying so
  130  interrupted (Ctrl+C)
"""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ZongjieError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130


class UsageError(ZongjieError):
    """The options given to a command do not fit together (exit 2)."""


def output_path(value: str, example: str, suffix: str | None = None) -> Path:
    """The file named after -o, with `suffix` (if given) added when it has another one.

    Refuses (exit 2) an empty name and a folder, which would otherwise become a file
    beside the folder ("/tmp" → "/tmp.docx") or a crash.
    """
    path = Path(value)
    if not value.strip() or not path.name:
        raise UsageError(f"-o 后面需要一个文件名，例如 -o {example}")
    if path.is_dir():
        raise UsageError(f"“{path}”是一个文件夹。请在 -o 后写出文件名，例如 -o {path / example}")
    if suffix is not None and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path
