"""Never a silent renumbering: every heading whose derived number (its level's style at
its position) differs from the number the source printed is a warning, and so is every
marker rewritten to the standard form ("(一)" → "（一）", once per kind) and every
unmarked heading that prints its numbered siblings' style. The preview asks again after
each role change (ImportResult.warnings)."""

from __future__ import annotations

from collections.abc import Callable

from app.core.i18n import N_, Text
from app.core.importer.levels import body_first, numbering_for
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import DECIMAL_KINDS, KIND_NONE, KIND_UNNUMBERED
from app.core.numbering import DECIMAL_GAP, NumberStyle, decimal_number, format_number, number_at
from app.core.zh.chars import FULLWIDTH_DIGITS_TO_ASCII

MAX_NUMBER_WARNINGS = 200  # listed one by one; past that, counted
_STYLE_VALUES = frozenset(style.value for style in NumberStyle)
_UNNUMBERED_KINDS = frozenset({KIND_NONE, KIND_UNNUMBERED})


def number_warnings(lines: list[SourceLine]) -> list[Text]:
    """Every heading whose derived number differs from the number the source printed, and
    every marker written another way than the numbering writes it: never a silent
    renumbering. Past MAX_NUMBER_WARNINGS the rest are counted (and never made)."""
    headings, levels, paths, kinds = _placed(lines)
    styles = numbering_for(kinds)
    found: list[Callable[[], Text]] = []
    rewritten: dict[str, list[SourceLine]] = {}  # kind → headings whose marker was rewritten
    previous: dict[int, SourceLine] = {}
    for line, level, path in zip(headings, levels, paths, strict=True):
        last = previous.get(level)
        previous[level] = line
        for deeper in [k for k in previous if k > level]:
            del previous[deeper]
        derived = number_at(styles, path).rstrip(DECIMAL_GAP)
        if line.kind == KIND_NONE:
            numbered = any(k not in _UNNUMBERED_KINDS for k in kinds.get(level, []))
            if numbered and derived:  # beside numbered siblings it prints a number too
                found.append(_unnumbered(line, derived))
        elif line.kind in DECIMAL_KINDS and line.marker:
            # "2.1" printed as "3.1" (a section moved under another parent) or not at all
            source = _decimal_source(line.marker)
            if derived != source:
                found.append(_renumbered(line, source, derived, False))
        elif line.kind in _STYLE_VALUES and line.kind not in _UNNUMBERED_KINDS and line.number > 0:
            source = format_number(line.kind, line.number)
            if derived != source:
                duplicate = last is not None and (last.kind, last.number) == (
                    line.kind,
                    line.number,
                )
                found.append(_renumbered(line, source, derived, duplicate))
            elif line.marker and _compact(line.marker) != source:
                rewritten.setdefault(line.kind, []).append(line)
    warnings = [make() for make in found[:MAX_NUMBER_WARNINGS]]
    if len(found) > MAX_NUMBER_WARNINGS:  # a generated or hostile text: say how many
        more = len(found) - MAX_NUMBER_WARNINGS
        warnings.append(N_("另有{count}处编号与原文不同，未逐一列出", count=more))
    warnings.extend(_standard_form(series) for series in rewritten.values())
    return warnings


def _unnumbered(line: SourceLine, derived: str) -> Callable[[], Text]:
    return lambda: N_(
        "第{line}行：“{heading}”原文没有编号，导入后与同级一样显示为“{derived}”",
        line=line.index + 1,
        heading=line.heading[:12],
        derived=derived,
    )


def _renumbered(line: SourceLine, source: str, derived: str, duplicate: bool) -> Callable[[], Text]:
    where = line.index + 1
    if not derived:
        return lambda: N_(
            "第{line}行：原文编号“{source}”导入后不显示（这一级不编号）", line=where, source=source
        )
    if duplicate:
        return lambda: N_(
            "第{line}行：原文编号“{source}”与上一项重复，已按顺序改为“{derived}”",
            line=where,
            source=source,
            derived=derived,
        )
    return lambda: N_(
        "第{line}行：原文编号“{source}”与自动编号“{derived}”不同",
        line=where,
        source=source,
        derived=derived,
    )


def _standard_form(series: list[SourceLine]) -> Text:
    first = series[0]
    return N_(
        "第{line}行起{count}处编号写法不标准（如“{written}”），已按标准写法改为“{standard}”",
        line=first.index + 1,
        count=len(series),
        written=first.marker,
        standard=format_number(first.kind, first.number),
    )


def _decimal_source(marker: str) -> str:
    """ "2．1" as the DECIMAL style writes it, without the gap: "2.1"."""
    parts = _compact(marker).replace("．", ".").split(".")
    return decimal_number([int(p) for p in parts if p.isdigit()]).rstrip(DECIMAL_GAP)


def _compact(marker: str) -> str:
    """The marker without spaces, digits half-width: only the form is compared."""
    return marker.translate(FULLWIDTH_DIGITS_TO_ASCII).replace(" ", "").replace("\u3000", "")


def _placed(
    lines: list[SourceLine],
) -> tuple[list[SourceLine], list[int], list[tuple[int, ...]], dict[int, list[str]]]:
    """The kept headings with the level and the positions the builder gives them (at each
    level, outermost first: numbering.number_at's), and the kinds per level (what the
    numbering is chosen from)."""
    headings: list[SourceLine] = []
    levels: list[int] = []
    paths: list[tuple[int, ...]] = []
    body: dict[int, list[str]] = {}
    attached: dict[int, list[str]] = {}
    kinds = body
    counts: list[int] = []
    for line in lines:
        if not line.keep or line.role not in (LineRole.HEADING, LineRole.APPENDIX):
            continue
        if line.role == LineRole.APPENDIX:
            counts, kinds = [], attached  # an attached document numbers its sections again
            continue
        level = min(max(line.level, 0), len(counts))
        del counts[level + 1 :]
        if level == len(counts):
            counts.append(0)
        counts[level] += 1
        headings.append(line)
        paths.append(tuple(counts))
        levels.append(level)
        kinds.setdefault(level, []).append(line.kind or KIND_NONE)
    return headings, levels, paths, body_first(body, attached)
