"""Pass 4: the level of every heading, decided once over the whole document.

Each heading line is a candidate with its features: marker kind, the number the source
printed, run-in or alone on its line, a Word outline level. One search over the document
(Viterbi with a beam; the state is which kind is open at each level, how many siblings it
has so far and which kind numbers each level) picks the assignment of least cost:

- the derived number (the level's style at the heading's position) is the number the
  source printed: free. Otherwise a cost, so the tree where they agree wins;
- a kind opened inside itself (一、 under （三） under 一、) is expensive;
- a kind that numbers one level opening another costs a little (一是 may be level 2 in one
  part and level 3 in the next, but not for no reason);
- a heading kept as text instead costs what its shape says (a marked line alone on its
  line is nearly always a heading; a run-in item less surely).

A new kind of text is then a weight here, not one more rule. The numbering the builder
derives (`numbering_for`) and the warnings for every number that differs from the source
(renumbering.py) read the same assignment.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.core.i18n import N_
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import DECIMAL_KINDS, KEPT_MARKER_KINDS, KIND_NONE, KIND_UNNUMBERED
from app.core.model import count_chars
from app.core.numbering import DEFAULT_STYLES, NumberStyle

_STYLE_VALUES = frozenset(style.value for style in NumberStyle)
_UNNUMBERED_KINDS = frozenset({KIND_NONE, KIND_UNNUMBERED})


@dataclass(frozen=True, slots=True)
class Weights:
    number_differs: float = 3.0  # same style, another position: 一是 printed as 六是
    style_differs: float = 2.0  # the level is numbered another way: 一是 printed as （一）
    kept_mix: float = 0.25  # 一要 beside ①: markers kept in the heading, nothing renumbered
    unnumbered_mix: float = 0.5  # an unmarked heading among numbered ones, or the reverse
    kind_moved: float = 1.0  # a kind that numbers one level opens another
    nested_in_itself: float = 10.0
    decimal_depth: float = 4.0  # 2.1 not under 2, 2 under 1.1
    text_alone: float = 6.0  # a heading alone on its line kept as text
    text_run_in: float = 2.5  # a run-in item kept as text (its lead sentence and all)
    text_sentence: float = 0.5  # a numbered paragraph kept as text (what it most likely is)
    sentence_heading: float = 1.5  # a numbered paragraph made a heading
    series_break: float = 1.5  # kept as text where its series of headings goes on
    list_item_heading: float = 8.0  # an item of a list (its sequence reads as one) as a heading


WEIGHTS = Weights()
MAX_HEADING_LEAD = 24  # a longer lead sentence reads as the start of a paragraph
MAX_FIELD_VALUE = 20  # "游客接待量：1500万人次。": the value after a field's colon is short
MAX_SENTENCE_HEADING = 20  # a heading alone on its line that ends with 。 is short
_SENTENCE_OPENERS = ("是：", "是:", "为：", "为:", "如下：", "如下:", "包括：", "包括:")
BEAM = 24  # states kept per heading: a document's outline has few plausible readings
BEAM_LONG = 8  # for thousands of headings (a hostile or generated text): still linear
LONG_DOCUMENT = 2000

# One open level: (kind, siblings so far); the state: open levels and the style per level.
_Open = tuple[tuple[str, int], ...]
_State = tuple[_Open, tuple[str, ...]]
_TEXT = -1  # the choice "kept as text"


def decide_levels(lines: list[SourceLine], weights: Weights = WEIGHTS) -> list[str]:
    """Set `level` on every heading (or make it text again); returns warnings."""
    headings = [line for line in lines if line.role == LineRole.HEADING]
    if not headings:
        return []
    outline = [h.outline_level for h in headings if h.outline_level is not None]
    base = min(outline) if outline else 0
    choices = _search(headings, base, weights)
    warnings: list[str] = []
    for line, level in zip(headings, choices, strict=True):
        if level == _TEXT:
            line.role = LineRole.BODY
            line.heading = line.run_in_body = ""
            continue
        if line.outline_level is not None and line.outline_level - base > level:
            warnings.append(
                N_(
                    "第 {line} 行“{heading}”跳过了一级标题，已按下一级处理。",
                    line=line.index + 1,
                    heading=f"{line.marker}{line.heading[:12]}",
                )
            )
        line.level = level
    _keep_numbers_beside_kept_markers([h for h in headings if h.role == LineRole.HEADING])
    return warnings


def _search(headings: list[SourceLine], base: int, weights: Weights) -> list[int]:
    beam = BEAM if len(headings) < LONG_DOCUMENT else BEAM_LONG
    states: dict[_State, float] = {((), ()): 0.0}
    back: list[dict[_State, tuple[_State, int]]] = []
    for line in headings:
        fixed = None if line.outline_level is None else line.outline_level - base
        step: dict[_State, tuple[float, _State, int]] = {}
        for state, cost in states.items():
            for level, extra, new in _moves(line, state, fixed, weights):
                total = cost + extra
                if new not in step or total < step[new][0]:
                    step[new] = (total, state, level)
        best = sorted(step.items(), key=lambda item: item[1][0])[:beam]
        states = {state: total for state, (total, _, _) in best}
        back.append({state: (prev, level) for state, (_, prev, level) in best})
    state = min(states, key=lambda s: states[s])
    choices: list[int] = []
    for links in reversed(back):
        state, level = links[state]
        choices.append(level)
    choices.reverse()
    return choices


def _moves(
    line: SourceLine, state: _State, fixed: int | None, weights: Weights
) -> list[tuple[int, float, _State]]:
    """Every place the heading can take from this state: (level, cost, next state)."""
    opened, styles = state
    kind = line.kind or KIND_NONE
    moves: list[tuple[int, float, _State]] = []
    sentence = _reads_as_a_paragraph(line)
    if fixed is None and kind not in _UNNUMBERED_KINDS:
        if line.list_item:
            cost = 0.0
        elif sentence:
            cost = weights.text_sentence
        else:
            cost = weights.text_run_in if line.run_in_body else weights.text_alone
        if line.number > 1 and (kind, line.number - 1) in opened:
            cost += weights.series_break
        moves.append((_TEXT, cost, state))
    levels = range(len(opened), -1, -1) if fixed is None else (min(fixed, len(opened)),)
    for level in levels:
        count = opened[level][1] + 1 if level < len(opened) else 1
        style = styles[level] if level < len(styles) else None
        cost = weights.sentence_heading if sentence else 0.0
        if line.list_item:
            cost += weights.list_item_heading
        if fixed is None:
            if any(k == kind for k, _ in opened[:level]):
                cost += weights.nested_in_itself
            if kind in DECIMAL_KINDS:
                cost += _decimal_depth_cost(kind, opened[:level], weights)
        keeps_marker = False  # the heading prints its own marker: its number cannot differ
        if style is None:
            if kind in styles:
                cost += weights.kind_moved
            new_styles = (*styles, kind)
        else:
            new_styles = styles
            if style == KIND_NONE and kind != KIND_NONE:
                # unmarked headings opened the level: the first numbered kind numbers it
                new_styles = (*styles[:level], kind, *styles[level + 1 :])
                style = kind
                cost += weights.unnumbered_mix
            if kind == KIND_NONE and style != KIND_NONE:
                cost += weights.unnumbered_mix
            elif style != kind and style in KEPT_MARKER_KINDS:
                # a level of 第一节 prints no derived number: 一、 beside them keeps its own
                # marker in the heading (as 一要 beside ① does): nothing is renumbered
                cost += weights.kept_mix
                keeps_marker = True
            elif style != kind:
                cost += weights.style_differs
        if not keeps_marker and line.number > 0 and count != line.number:
            # the position says another number than the source: 三、 printed as 二、
            cost += weights.number_differs
        moves.append((level, cost, ((*opened[:level], (kind, count)), new_styles)))
    return moves


def _reads_as_a_paragraph(line: SourceLine) -> bool:
    """A numbered paragraph rather than a heading: a long sentence alone on its line
    ("二、联席会议由……等部门组成，水利部为牵头单位。"), or a long lead sentence
    ("一、国务院同意建立由水利部牵头的……制度。联席会议不刻制印章……")."""
    if line.outline_level is not None:
        return False
    if line.run_in_body:
        # "三、联席会议的主要职责是：研究拟订……": the colon opens the rest of a sentence
        opens = line.heading.endswith(_SENTENCE_OPENERS)
        # "二、旅游总收入：150亿元。": a field and its value, an item of a list
        # (unless the lead is set apart in bold: "1. **强化组织建设**：全年召开……")
        field_value = (
            not any(run.bold for run in line.runs)
            and line.heading.endswith(("：", ":"))
            and count_chars(line.run_in_body) <= MAX_FIELD_VALUE
        )
        return opens or field_value or count_chars(line.heading) > MAX_HEADING_LEAD
    return line.text.endswith("。") and count_chars(line.heading) > MAX_SENTENCE_HEADING


def _decimal_depth_cost(kind: str, parents: _Open, weights: Weights) -> float:
    depth = DECIMAL_KINDS.index(kind)
    above = parents[-1][0] if parents else ""
    if depth == 0:
        return weights.decimal_depth if above in DECIMAL_KINDS else 0.0
    return 0.0 if above == DECIMAL_KINDS[depth - 1] else weights.decimal_depth


def _keep_numbers_beside_kept_markers(headings: list[SourceLine]) -> None:
    """A level of 第一节… headings prints no derived number (the marker is part of the
    heading), so a "一、…" beside them keeps its written number the same way (第三章 without
    节 going straight to 一、二、 is common in a 规划)."""
    for level, kind in enumerate(numbering_kinds(headings)):
        if kind not in KEPT_MARKER_KINDS:
            continue
        for line in headings:
            if line.level == level and line.kind not in KEPT_MARKER_KINDS and line.marker:
                if line.kind in _UNNUMBERED_KINDS:
                    continue
                # the marker moves into the heading: an empty marker says it was done
                line.heading, line.marker, line.kind = f"{line.marker}{line.heading}", "", KIND_NONE


# -- the numbering the assignment implies ----------------------------------------------------


def numbering_kinds(headings: list[SourceLine]) -> list[str]:
    """The marker kind that numbers each level: the one most of its headings carry.

    A tie goes to the kind that numbers no other level (一是 at level 2 and 3, （一） at
    level 2: level 2 is （一）).
    """
    by_level: dict[int, Counter[str]] = {}
    for line in headings:
        by_level.setdefault(line.level, Counter())[line.kind or KIND_NONE] += 1
    depth = max(by_level, default=-1) + 1
    chosen: list[str] = [""] * depth
    for level in sorted(by_level, key=lambda n: -max(by_level[n].values())):
        counts = by_level[level]
        top = max(counts.values())
        # a tie: a kind the source numbered before an unmarked one, a free one first
        tied = sorted((k for k in counts if counts[k] == top), key=lambda k: k == KIND_NONE)
        free = [k for k in tied if k not in chosen]
        chosen[level] = (free or tied)[0]
    return chosen


def body_first(body: dict[int, list[str]], attached: dict[int, list[str]]) -> dict[int, list[str]]:
    """The kinds the numbering is chosen from: the body's levels, and the attached
    documents' only where the body has no heading that deep (a notice whose outline is all
    in its 附件, say). An appendix never renumbers the body."""
    return {**attached, **body}


def numbering_for(kinds: dict[int, list[str]]) -> list[NumberStyle]:
    """The numbering style per level from the marker kinds of its headings.

    A level whose headings carry no number takes the default style of its level (一、 for
    level 1) when no other level uses it, else "none": the top sections of a summary are
    normally numbered 一、, but where 一、 is already taken below them they stay unnumbered.
    """
    lines = [
        SourceLine(index=0, text="", level=level, kind=kind)
        for level, level_kinds in kinds.items()
        for kind in level_kinds
    ]
    chosen = numbering_kinds(lines)
    depth = max(4, len(chosen))
    found: dict[int, NumberStyle | None] = {}
    for level, kind in enumerate(chosen):
        if level not in kinds:
            continue
        if kind == KIND_NONE:  # (a Word heading without a number: the author chose none)
            found[level] = None  # decided below
        elif kind in DECIMAL_KINDS:  # 1 / 1.1 / 1.1.1: numbered by path
            found[level] = NumberStyle.DECIMAL
        elif kind in _STYLE_VALUES:
            found[level] = NumberStyle(kind)
        else:
            found[level] = NumberStyle.NONE  # 第一部分: the marker stays in the heading
    used = {style for style in found.values() if style is not None}
    styles: list[NumberStyle] = []
    for level in range(depth):
        style = found.get(level)
        if style is None:
            default = DEFAULT_STYLES[level] if level < len(DEFAULT_STYLES) else NumberStyle.NONE
            if level in found:  # unnumbered headings at this level
                style = default if default not in used else NumberStyle.NONE
            elif styles and styles[-1] is NumberStyle.DECIMAL:
                style = NumberStyle.DECIMAL  # under 2.1 a new section is 2.1.1
            else:  # no heading this deep: the default that is still free
                free = [s for s in DEFAULT_STYLES if s not in used]
                style = default if default not in used else (free[0] if free else NumberStyle.NONE)
            used.add(style)
        styles.append(style)
    return styles
