"""Import: rebuild a draft's section tree from pasted text, a .txt, .docx or saved web page.

    result = import_file(path)          # or analyse_text(text) for pasted text
    result.lines                        # every source line with its detected role
    result.draft                        # the draft those roles describe
    build_draft(result.lines)           # again, after the preview changed roles

Errors (binary files, unknown encodings, broken .docx, files over 20 MB) are
ZongjieError subclasses whose `.message` tells the user what to do.

Run off the GUI thread, pass an ImportMonitor (importer/progress.py): every phase is
reported to it, and once it says cancelled the import raises ImportCancelledError at the
next phase (the last check comes after the draft is built), so no result is returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.importer.builder import build_draft
from app.core.importer.decode import (
    MAX_IMPORT_BYTES,
    ImportFileError,
    ImportTooLargeError,
    NotTextError,
    check_text_limits,
    decode_text,
    read_import_bytes,
    read_text_file,
)
from app.core.importer.docx_reader import NotDocxError, docx_bytes_to_lines, is_ole, is_zip
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.plaintext import split_lines
from app.core.importer.progress import (
    DOCX_FRACTIONS,
    TEXT_FRACTIONS,
    ImportCancelledError,
    ImportMonitor,
    ImportPhase,
    checkpoint,
)
from app.core.importer.renumbering import number_warnings
from app.core.importer.structure import change_role, classify, set_heading
from app.core.importer.text_tables import TextTableLine, table_warnings
from app.core.importer.webpage import is_web_page, refuse_if_not_a_page, web_page_text
from app.core.model import Draft
from app.core.suffixes import WORD_SUFFIXES

__all__ = [
    "MAX_IMPORT_BYTES",
    "ImportCancelledError",
    "ImportFileError",
    "ImportMonitor",
    "ImportPhase",
    "ImportResult",
    "ImportTooLargeError",
    "LineRole",
    "NotDocxError",
    "NotTextError",
    "SourceLine",
    "TextTableLine",
    "analyse_docx",
    "analyse_lines",
    "analyse_text",
    "build_draft",
    "change_role",
    "import_file",
    "read_text_file",
    "set_heading",
    "split_lines",
]


@dataclass
class ImportResult:
    """What the import found. `warnings` are said as the lines are now: the structure's
    (found once) and every number printed otherwise than the source printed it, which
    follows the preview's role changes."""

    lines: list[SourceLine]
    draft: Draft
    encoding: str | None  # the text encoding found; None for a .docx
    structure_warnings: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [*self.structure_warnings, *table_warnings(self.lines), *number_warnings(self.lines)]


def analyse_lines(
    lines: list[SourceLine],
    encoding: str | None = None,
    monitor: ImportMonitor | None = None,
    fractions: dict[ImportPhase, float] = TEXT_FRACTIONS,
) -> ImportResult:
    checkpoint(monitor, ImportPhase.CLASSIFY, fractions)
    warnings = classify(lines)
    checkpoint(monitor, ImportPhase.BUILD, fractions)
    draft = build_draft(lines)
    checkpoint(monitor, ImportPhase.DONE, fractions)  # cancelled now: nothing is returned
    return ImportResult(lines, draft, encoding, warnings)


def analyse_text(text: str, monitor: ImportMonitor | None = None) -> ImportResult:
    """Classify pasted or decoded text and build the draft (pasted text meets the same
    limits as a file: refused with ImportLimitError before anything is analysed)."""
    check_text_limits(text, "粘贴的文字")
    checkpoint(monitor, ImportPhase.SPLIT, TEXT_FRACTIONS)
    return analyse_lines(split_lines(text), monitor=monitor)


def analyse_docx(path: Path | str, monitor: ImportMonitor | None = None) -> ImportResult:
    path = Path(path)
    checkpoint(monitor, ImportPhase.READ, DOCX_FRACTIONS)
    return _analyse_docx_bytes(read_import_bytes(path), path.name, monitor)


def _analyse_docx_bytes(data: bytes, name: str, monitor: ImportMonitor | None) -> ImportResult:
    checkpoint(monitor, ImportPhase.PARSE_DOCX, DOCX_FRACTIONS)
    return analyse_lines(docx_bytes_to_lines(data, name), None, monitor, DOCX_FRACTIONS)


def import_file(path: Path | str, monitor: ImportMonitor | None = None) -> ImportResult:
    """Import a .docx or a text file, by what the bytes are rather than the file name."""
    path = Path(path)
    checkpoint(monitor, ImportPhase.READ, TEXT_FRACTIONS)
    data = read_import_bytes(path)
    if is_zip(data) or is_ole(data):
        return _analyse_docx_bytes(data, path.name, monitor)
    _refuse_known_formats(data, path.name)
    checkpoint(monitor, ImportPhase.DECODE, TEXT_FRACTIONS)
    if is_web_page(data):  # a saved web page: its visible text, through the same pipeline
        page, encoding = web_page_text(data, path.name)
        refuse_if_not_a_page(page, path.name)
        result = analyse_text(page, monitor)
        result.encoding = f"网页，{encoding}"
        return result
    try:
        text, encoding = decode_text(data, path.name)
    except NotTextError:
        if path.suffix.lower() in WORD_SUFFIXES:
            # Named like a Word file but neither a .docx package nor text: say that, not
            # "unknown text encoding", which would puzzle someone who picked a Word file.
            raise NotDocxError(path.name, "文件已损坏，或并不是 Word 文档") from None
        raise
    result = analyse_text(text, monitor)
    result.encoding = encoding
    return result


# Formats people pick by mistake, with what to do instead.
_OTHER_FORMATS: list[tuple[bytes, str]] = [
    (b"%PDF", "这是 PDF 文件。请在 PDF 阅读器中全选并复制文字，再用“粘贴导入”"),
    (b"{\\rtf", "这是 RTF 文件。请在 Word 或 WPS 中把它另存为 .docx 后再导入"),
]


def _refuse_known_formats(data: bytes, name: str) -> None:
    head = data[:1024].lstrip().lower()
    for magic, advice in _OTHER_FORMATS:
        if head.startswith(magic.lower()):
            raise ImportFileError(f"“{name}”不能直接导入：{advice}。")
