"""Word's automatic numbering: the "一、" Word draws itself is not in the paragraph text.

A heading numbered by a Word list (w:numPr) would otherwise reach the classifier without
its marker. This renders the number the way Word shows it (lvlText "%1、" with numFmt
chineseCounting → "一、") so the classifier sees what the reader sees. Bullets and
formats we cannot render give no marker.
"""

from __future__ import annotations

from typing import Any

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


class WordNumbering:
    """Counters per list instance (w:num), in document order, as Word keeps them."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        # Word counts per list (abstractNum): two w:num of one list continue each other
        # ("继续编号") unless a w:num restarts a level (startOverride, "重新开始编号").
        self._list_of: dict[str, str] = {}
        self._restarts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        from docx.oxml.ns import qn

        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    _val(lvl, "w:numFmt", "decimal"),
                    _val(lvl, "w:lvlText", ""),
                    int(_val(lvl, "w:start", "1") or 1),
                )
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                num_id, abstract_id = num.get(qn("w:numId"), ""), ref.get(qn("w:val"), "")
                self._levels[num_id] = abstract.get(abstract_id, {})
                self._list_of[num_id] = abstract_id
                self._restarts[num_id] = _start_overrides(num)

    def marker(self, paragraph: Any) -> str | None:
        """The number Word shows before this paragraph, advancing the list's counters."""
        found = _num_pr(paragraph)
        if found is None:
            return None
        num_id, ilvl = found
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self._counters.setdefault(self._list_of.get(num_id, num_id), [0] * 10)
        fmt, text, start = levels[ilvl]
        restarts = self._restarts.pop(num_id, {})  # at this list instance's first paragraph
        if ilvl in restarts:
            counters[ilvl], start = 0, restarts[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
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


def _start_overrides(num: Any) -> dict[int, int]:
    from docx.oxml.ns import qn

    overrides: dict[int, int] = {}
    for override in num.findall(qn("w:lvlOverride")):
        start = override.find(qn("w:startOverride"))
        if start is not None:
            level = int(override.get(qn("w:ilvl"), "0") or 0)
            overrides[level] = int(start.get(qn("w:val"), "1") or 1)
    return overrides


def _val(node: Any, tag: str, default: str) -> str:
    from docx.oxml.ns import qn

    child = node.find(qn(tag))
    return default if child is None else child.get(qn("w:val"), default)


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, ilvl) from the paragraph or its style chain; numId 0 switches numbering off."""
    from docx.oxml.ns import qn

    element: Any = paragraph._p
    style: Any = paragraph.style
    ilvl: int | None = None
    while element is not None:
        ppr = element.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            level = num_pr.find(qn("w:ilvl"))
            if ilvl is None and level is not None:
                ilvl = int(level.get(qn("w:val"), "0"))
            num = num_pr.find(qn("w:numId"))
            if num is not None:
                num_id = num.get(qn("w:val"), "0")
                return None if num_id == "0" else (num_id, ilvl or 0)
        if style is None:
            return None
        element, style = style.element, style.base_style
    return None


def _format(fmt: str, n: int) -> str:
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
