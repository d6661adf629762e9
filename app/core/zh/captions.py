"""Table captions as Chinese documents write them: "表1 重点工作完成情况表", "表 2　…",
"附表3 …" (full-width digits too). One home for the pattern: the table checks read the
number, the importer recognises the caption line printed above a Word table."""

from __future__ import annotations

import re

# A caption is a short line: longer text that starts with 表 is a sentence about tables.
CAPTION_MAX_CHARS = 60

_CAPTION = re.compile(r"^\s*附?表\s*([0-9０-９]+)")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def caption_number(text: str) -> int | None:
    """The table number a caption gives ("表3 …" -> 3), or None when it gives none."""
    found = _CAPTION.match(text)
    return int(found.group(1).translate(_FULL_WIDTH_DIGITS)) if found else None


def is_table_caption(text: str) -> bool:
    """A line that reads as a table's caption: 表N (or 附表N) at its start, and short."""
    return caption_number(text) is not None and len(text.strip()) <= CAPTION_MAX_CHARS
