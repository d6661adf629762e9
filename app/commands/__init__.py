"""The subcommands of `python -m app`, in the order a user works in (the order of --help).

Each module listed here defines NAME (as listed), HELP, `register(parser)` and
`run(args) -> exit code`; it imports `app.commands.base` and the core, never `app.cli`.
`app.cli` imports a command's module only when that command runs (all of them only to list
them in --help), and a module imports what its work needs inside `run`, so
`python -m app export` loads no checker. A new command is a module and one line below.
"""

from __future__ import annotations

COMMANDS: tuple[tuple[str, str], ...] = (
    ("info", "app.commands.info"),
    ("import", "app.commands.imports"),
    ("check", "app.commands.check"),
    ("export", "app.commands.export"),
    ("pages", "app.commands.pages"),
    ("pdf", "app.commands.pdf"),
    ("versions", "app.commands.versions"),
    ("diff", "app.commands.diff"),
    ("review", "app.commands.review"),
)
"""(command name, module), in working order."""

COMMAND_NAMES = tuple(name for name, _ in COMMANDS)
