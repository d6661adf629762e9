"""What every subcommand shares: the exit codes and the error for options that don't fit.

Imports no command and nothing of app.cli, so commands and the command line depend on it
and not on each other.

Exit codes (documented in README.md):
    0  success
    1  findings (`check` found problems)
    2  bad input: a one-line Chinese message on stderr, nothing written
    3  a bug in the program: a one-line Chinese message on stderr saying so
  130  interrupted (Ctrl+C)
"""

from __future__ import annotations

from app.core.errors import ZongjieError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130


class UsageError(ZongjieError):
    """The options given to a command do not fit together (exit 2)."""
