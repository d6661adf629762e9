"""Progress and cancellation of an import, for a caller that runs it off its main thread.

The import functions stay pure: they take an optional `ImportMonitor` and call
`checkpoint` between their phases. A checkpoint first asks the monitor whether the user
cancelled and raises `ImportCancelledError` if so, then reports the phase about to start.
The last checkpoint (`ImportPhase.DONE`) comes after the draft is built and before it is
returned, so a cancelled import never hands back a result, partial or whole.

    class Monitor:
        def report(self, phase: ImportPhase, fraction: float) -> None: ...
        def cancelled(self) -> bool: ...

    import_file(path, Monitor())        # raises ImportCancelledError once cancelled() holds
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from app.core.importer.decode import ImportFileError


class ImportPhase(Enum):
    """The steps of an import, in the order they run (a text skips PARSE_DOCX, a .docx
    DECODE and SPLIT)."""

    READ = "read"  # reading the file's bytes
    DECODE = "decode"  # finding the text encoding
    SPLIT = "split"  # lines, Markdown, hard-wrapped PDF text
    PARSE_DOCX = "parse_docx"  # the Word package: paragraphs, styles, numbering
    CLASSIFY = "classify"  # title, headings and their levels, closing block, noise
    BUILD = "build"  # the section tree
    DONE = "done"


# How far along an import is when each phase starts: measured at the limits in
# app/core/limits.py (20,000 lines of text: splitting 20 %, classifying 60–90 %; a .docx
# of 20,000 paragraphs: the package 80 %, classifying 15 %).
TEXT_FRACTIONS: dict[ImportPhase, float] = {
    ImportPhase.READ: 0.0,
    ImportPhase.DECODE: 0.02,
    ImportPhase.SPLIT: 0.05,
    ImportPhase.CLASSIFY: 0.25,
    ImportPhase.BUILD: 0.85,
    ImportPhase.DONE: 1.0,
}
DOCX_FRACTIONS: dict[ImportPhase, float] = {
    ImportPhase.READ: 0.0,
    ImportPhase.PARSE_DOCX: 0.02,
    ImportPhase.CLASSIFY: 0.78,
    ImportPhase.BUILD: 0.95,
    ImportPhase.DONE: 1.0,
}


class ImportMonitor(Protocol):
    """What an import reports to, and asks whether to go on. Both are called from the
    thread that runs the import; an implementation must be safe to call from there."""

    def report(self, phase: ImportPhase, fraction: float) -> None:
        """`phase` starts now; `fraction` (0–1) of the whole import is done."""

    def cancelled(self) -> bool:
        """True once the user has cancelled: the import stops at its next checkpoint."""


class ImportCancelledError(ImportFileError):
    """The import was cancelled through its monitor; nothing was returned or written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，没有做任何更改。需要时请重新导入。")


def checkpoint(
    monitor: ImportMonitor | None, phase: ImportPhase, fractions: dict[ImportPhase, float]
) -> None:
    """Between two phases: stop if cancelled, else report `phase` as starting."""
    if monitor is None:
        return
    if monitor.cancelled():
        raise ImportCancelledError()
    monitor.report(phase, fractions.get(phase, 0.0))
