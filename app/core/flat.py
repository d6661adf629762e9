"""A body as one text, the way the comparison and the review read it: blocks joined by
"\\n", a style per character, a table as one character (TableTokens); and the
character diff (diff-match-patch with semantic cleanup) that compare and tracked use.
"""

from __future__ import annotations

import copy
import itertools
from enum import IntFlag, StrEnum

from diff_match_patch import diff_match_patch

from app.core.model import Block, Paragraph, Run, Table

PARAGRAPH_BREAK = "\n"

COMPARE_TIMEOUT_S = 1.0
"""diff-match-patch's time budget for one text (then it returns a coarser but correct
diff): a hostile pair of 100,000-character paragraphs cannot hold the comparison up."""


class Style(IntFlag):
    """A character's formatting, as the draft's runs carry it."""

    PLAIN = 0
    BOLD = 1
    ITALIC = 2
    UNDERLINE = 4


class OpKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


# -- formatted text ---------------------------------------------------------------------


def style_of(run: Run) -> Style:
    style = Style.PLAIN
    if run.bold:
        style |= Style.BOLD
    if run.italic:
        style |= Style.ITALIC
    if run.underline:
        style |= Style.UNDERLINE
    return style


class TableTokens:
    """Tables in a compared body stand for one character each (from the Private Use
    Area), on a line of their own: a table is compared whole, kept when both states hold
    an equal one, else deleted and inserted. One registry serves both states of a
    comparison, so an unchanged table is the same character on both sides."""

    FIRST = 0xE000
    LAST = 0xF8FF

    def __init__(self) -> None:
        self._tables: list[Table] = []

    def char(self, table: Table) -> str:
        for index, known in enumerate(self._tables):
            if known == table:
                return chr(self.FIRST + index)
        if self.FIRST + len(self._tables) > self.LAST:
            raise ValueError("too many distinct tables to compare")
        self._tables.append(table)
        return chr(self.FIRST + len(self._tables) - 1)

    def table(self, char: str) -> Table | None:
        """The table a character stands for (None: an ordinary character)."""
        if len(char) != 1:
            return None
        index = ord(char) - self.FIRST
        return self._tables[index] if 0 <= index < len(self._tables) else None

    def shown(self, text: str) -> str:
        """Text for a reader: each table as ［表格：caption］."""
        if not self._tables:
            return text
        out = []
        for char in text:
            table = self.table(char)
            out.append(
                char
                if table is None
                else f"［表格{'：' + table.caption if table.caption else ''}］"
            )
        return "".join(out)


def body_text(body: list[Block], tokens: TableTokens | None = None) -> str:
    """The body as one text, "\\n" between blocks, a table as its token."""
    tokens = tokens or TableTokens()
    return PARAGRAPH_BREAK.join(tokens.char(b) if isinstance(b, Table) else b.text for b in body)


def body_styles(body: list[Block]) -> list[Style]:
    """Each character's style, the paragraph breaks and tables PLAIN."""
    styles: list[Style] = []
    for index, block in enumerate(body):
        if index:
            styles.append(Style.PLAIN)
        if isinstance(block, Table):
            styles.append(Style.PLAIN)
            continue
        for run in block.runs:
            styles.extend([style_of(run)] * len(run.text))
    return styles


def body_from(text: str, styles: list[Style], tokens: TableTokens | None = None) -> list[Block]:
    """Blocks from text with "\\n" between them and a style per character."""
    if not text:
        return []
    blocks: list[Block] = []
    pos = 0
    for line in text.split(PARAGRAPH_BREAK):
        table = tokens.table(line) if tokens is not None else None
        if table is not None:
            blocks.append(copy.deepcopy(table))
            pos += len(line) + 1
            continue
        runs: list[Run] = []
        k = pos
        for style, group in itertools.groupby(styles[pos : pos + len(line)]):
            n = sum(1 for _ in group)
            runs.append(_run(text[k : k + n], style))
            k += n
        blocks.append(Paragraph(runs).normalized())
        pos += len(line) + 1
    return blocks


def _run(text: str, style: Style) -> Run:
    return Run(text, Style.BOLD in style, Style.ITALIC in style, Style.UNDERLINE in style)


# -- character diff ---------------------------------------------------------------------

_DMP = diff_match_patch()
_DMP.Diff_Timeout = COMPARE_TIMEOUT_S
_KINDS = {0: OpKind.EQUAL, 1: OpKind.INSERT, -1: OpKind.DELETE}


def char_ops(old: str, new: str) -> list[tuple[OpKind, str]]:
    """Character-level changes from old to new, semantically cleaned up."""
    if old == new:
        return [(OpKind.EQUAL, old)] if old else []
    diffs = _DMP.diff_main(old, new, False)
    _DMP.diff_cleanupSemantic(diffs)
    return [(_KINDS[op], text) for op, text in diffs if text]
