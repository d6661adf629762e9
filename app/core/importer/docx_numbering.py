"""Word's automatic numbering: the "一、" Word draws itself is not in the paragraph text.

A heading numbered by a Word list (w:numPr) would otherwise reach the classifier without
its marker. This renders the number the way Word shows it (lvlText "%1、" with numFmt
chineseCounting → "一、") so the classifier sees what the reader sees. Bullets and
formats we cannot render give no marker.

Read from numbering.xml's lxml tree (docx_reader); every number is parsed defensively
(a level outside 0–8, a start or override that is not a number: ignored), and the
paragraph style chain is walked through Styles.chain (visited set, depth limit).
"""

from __future__ import annotations

from typing import Any

from app.core.importer.docx_package import W_NS, parse_int
from app.core.numbering import chinese_numeral

_CHINESE_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "ideographTraditional",
    "taiwaneseCountingThousand",
    "japaneseCounting",
}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
LEVELS = 9  # Word's list levels are 0–8
MAX_START = 32767  # Word's own limit for a list's start value


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_VAL = _w("val")


class WordNumbering:
    """Counters per list instance (w:num), in document order, as Word keeps them."""

    def __init__(self, root: Any | None, styles: Any = None) -> None:
        self._styles = styles
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        # Word counts per list (abstractNum): two w:num of one list continue each other
        # ("继续编号") unless a w:num restarts a level (startOverride, "重新开始编号").
        self._list_of: dict[str, str] = {}
        self._restarts: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iterchildren(_w("abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iterchildren(_w("lvl")):
                ilvl = parse_int(lvl.get(_w("ilvl")), 0, 0, LEVELS - 1)
                if ilvl is None:
                    continue
                levels[ilvl] = (
                    _val(lvl, "numFmt", "decimal"),
                    _val(lvl, "lvlText", "")[:200],
                    parse_int(_val(lvl, "start", "1"), 1, 0, MAX_START) or 0,
                )
            abstract.setdefault(node.get(_w("abstractNumId"), ""), levels)
        for num in root.iterchildren(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                num_id, abstract_id = num.get(_w("numId"), ""), ref.get(_VAL, "")
                self._levels[num_id] = abstract.get(abstract_id, {})
                self._list_of[num_id] = abstract_id
                self._restarts[num_id] = _start_overrides(num)

    def marker(self, p: Any, style: Any = None) -> str | None:
        """The number Word shows before this paragraph, advancing the list's counters."""
        if not self._levels:
            return None
        found = self._num_pr(p, style)
        if found is None:
            return None
        num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self._counters.setdefault(self._list_of.get(num_id, num_id), [0] * LEVELS)
        fmt, text, start = levels[ilvl]
        restarts = self._restarts.pop(num_id, {})  # at this list instance's first paragraph
        if ilvl in restarts:
            counters[ilvl], start = 0, restarts[ilvl]
        counters[ilvl] = min(counters[ilvl] + 1, MAX_START * 4) if counters[ilvl] else start
        for deeper in range(ilvl + 1, len(counters)):
            counters[deeper] = 0
        if fmt == "bullet" or not text:
            return None
        rendered = text
        for level in range(ilvl + 1):
            level_fmt = levels.get(level, ("decimal", "", 1))[0]
            value = counters[level] or levels.get(level, ("decimal", "", 1))[2]
            rendered = rendered.replace(f"%{level + 1}", _format(level_fmt, value))
        return rendered if "%" not in rendered else None

    def _num_pr(self, p: Any, style: Any) -> tuple[str, int] | None:
        """(numId, ilvl) from the paragraph or its style chain; numId 0 switches numbering off."""
        chain = self._styles.chain(style) if self._styles is not None else ()
        ilvl: int | None = None
        for element in [p, *(s.element for s in chain)]:
            ppr = element.find(_w("pPr"))
            num_pr = ppr.find(_w("numPr")) if ppr is not None else None
            if num_pr is None:
                continue
            level = num_pr.find(_w("ilvl"))
            if ilvl is None and level is not None:
                ilvl = parse_int(level.get(_VAL), 0, 0, LEVELS - 1)
                if ilvl is None:
                    return None  # a level Word does not have
            num = num_pr.find(_w("numId"))
            if num is not None:
                num_id = num.get(_VAL, "0")
                return None if num_id == "0" else (num_id, ilvl or 0)
        return None


def _start_overrides(num: Any) -> dict[int, int]:
    overrides: dict[int, int] = {}
    for override in num.iterchildren(_w("lvlOverride")):
        start = override.find(_w("startOverride"))
        level = parse_int(override.get(_w("ilvl")), 0, 0, LEVELS - 1)
        if start is not None and level is not None:
            overrides[level] = parse_int(start.get(_VAL), 1, 0, MAX_START) or 0
    return overrides


def _val(node: Any, tag: str, default: str) -> str:
    child = node.find(_w(tag))
    if child is None:
        return default
    value = child.get(_VAL)
    return default if value is None else value


def _format(fmt: str, n: int) -> str:
    if n <= 0:
        return str(n)
    if fmt in _CHINESE_FORMATS:
        return chinese_numeral(n)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "none":
        return ""
    return str(n)
