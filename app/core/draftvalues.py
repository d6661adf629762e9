"""What the draft reader (draftreader.py) checks values with, and how it reports problems.

A problem is an `Invalid` raised with its own key; every level it passes on the way up
adds its own place. Also: the characters Word cannot hold, integers within the limit, the
JSON decoder that refuses over-long integers before Python parses them, and the check of a
table's merges.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.core.limits import DRAFT_MAX_INT_DIGITS
from app.core.model import Cell

RUN_FLAGS = ("bold", "italic", "underline")


class Invalid(Exception):
    """A problem at a place in the document; the place is filled in as it propagates."""

    def __init__(self, problem: str, *inner: str | int) -> None:
        super().__init__(problem)
        self.problem = problem
        self._outward: list[str | int] = list(reversed(inner))

    def at(self, *outer: str | int) -> Invalid:
        self._outward.extend(reversed(outer))
        return self

    @property
    def where(self) -> str:
        out = ""
        for key in reversed(self._outward):
            out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
        return out or "文件"


class OverLimit(Invalid):
    """A value over one of the limits in app/core/limits.py."""


# Word (XML 1.0) cannot hold C0 control characters other than tab, line feed and carriage
# return, nor U+FFFE/U+FFFF; UTF-8 cannot hold a lone surrogate. In a file that json reads,
# the first two kinds and surrogates can only come from an escape (raw control characters
# are a JSON error), U+FFFE/U+FFFF also raw: only a file with one of these is searched.
BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def may_hold_bad_char(text: str) -> bool:
    # Single-character searches: tens of microseconds for a 100-page draft.
    return "\\" in text or "\ufffe" in text or "\uffff" in text


_BIGGEST_INT = 10**DRAFT_MAX_INT_DIGITS


def shown(value: Any) -> str:
    """A value as a message may quote it: short, on one line, printable in any encoding."""
    text = value if type(value) is str else json.dumps(value, ensure_ascii=False)[:40]
    if len(text) > 20:
        text = text[:20] + "…"
    return _UNSHOWABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# Control characters, line and paragraph separators (str.splitlines breaks at several of
# them), surrogates and non-characters.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def bad_char_problem(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return f"含有无法保存的字符（单独的代理码位 {code}），可用文本编辑器删去它"
    kind = "非字符" if char in "\ufffe\uffff" else "控制字符"
    return f"含有 Word 文件不能容纳的{kind} {code}，可用文本编辑器删去它"


def unknown_key(value: dict[str, Any], allowed: frozenset[str]) -> Invalid:
    key = next(k for k in value if k not in allowed)
    return Invalid(f"有未知的字段“{shown(key)}”")


def integer(value: Any) -> int | None:
    """An integer of the file (1 and 1.0 are the same JSON number); None when it is not."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int:
        return None
    if not -_BIGGEST_INT < value < _BIGGEST_INT:
        raise OverLimit(f"超过 {DRAFT_MAX_INT_DIGITS} 位整数的上限")
    return value


def check_merges(rows: list[list[Cell]]) -> None:
    """Every merge lies inside the grid, merges do not overlap, and exactly the positions
    a merge covers are marked covered (and hold no text)."""
    height, width = len(rows), len(rows[0])
    merged = [[False] * width for _ in range(height)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.col_span == 1 and cell.row_span == 1:
                continue
            if cell.covered:
                raise Invalid("被合并的单元格不能再合并其他单元格", r, c)
            if c + cell.col_span > width:
                raise Invalid(f"向右合并 {cell.col_span} 列，超出表格的 {width} 列", r, c)
            if r + cell.row_span > height:
                raise Invalid(f"向下合并 {cell.row_span} 行，超出表格的 {height} 行", r, c)
            for rr in range(r, r + cell.row_span):
                for cc in range(c, c + cell.col_span):
                    if (rr, cc) != (r, c):
                        if merged[rr][cc]:
                            raise Invalid("与另一处合并重叠", rr, cc)
                        merged[rr][cc] = True
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell.covered != merged[r][c]:
                raise Invalid(
                    "被合并覆盖，应标为 covered"
                    if merged[r][c]
                    else "未被合并覆盖，不能标为 covered",
                    r,
                    c,
                )
            if cell.covered and cell.paragraphs:
                raise Invalid("被合并覆盖的单元格不能有文字", r, c)


def _parse_int(digits: str) -> int:
    # json would raise a bare ValueError past Python's 4,300 digits; stop far earlier.
    if len(digits) - digits.startswith("-") > DRAFT_MAX_INT_DIGITS:
        raise OverLimit(f"超过 {DRAFT_MAX_INT_DIGITS} 位整数的上限")
    return int(digits)


DECODER = json.JSONDecoder(parse_int=_parse_int)
