"""Where a long title breaks (7.3.1): between words, into balanced lines.

GB/T 9704-2012 7.3.1: a title of several lines breaks "回行时要做到词意完整，排列对称，
长短适宜，间距恰当", in a 梯形 or 菱形 shape. A title the user typed on one line that is
wider than the title line (layout.TITLE_LINE_ZI) is broken here; a title the user broke
with line breaks keeps their lines. The .docx writer and the paginator both call
`title_lines`, so the file and the page preview break a title the same way.

Word boundaries come from jieba (its dictionary knows 考察|工作, 普通|高中), with a short
list of official terms added to it (安全生产, 乡村振兴: _OFFICIAL_TERMS) and a few rules of
official titles that a general segmenter does not know: "××市", "2024年度" and
"××市人民政府办公室" are one unit, nothing breaks inside 《…》's edges or before a closing
mark, a line does not end with 关于 / 的 / 和, and a break before 关于 (after the issuing
organ), after 》 or after a space (between joint organs) is the natural one. A break
between two content words costs a little (they may form one term). Among the break choices that keep every line within the
title line and no line of 1–2 characters, the most balanced wins: lines of near-equal
width, a two-line title 上长下短 (the longer line on top, layout.TITLE_TOP_LONGER_ZI),
three lines in a 菱形 (the middle longest) or a 梯形, never an hourglass.
"""

from __future__ import annotations

import itertools
import logging
import math
import unicodedata
import warnings
from functools import lru_cache
from typing import Any

from app.core import layout
from app.core.zh.chars import is_han

# Marks that may not start a line, and marks that may not end one (GB/T 15834 practice).
_NO_LINE_START = set("，。、；：？！）》〉」』】〕”’…—·%％")
_NO_LINE_END = set("（《〈「『【〔“‘")
# Words a line should not end with: the 关于 / 的 / 和 of a title belong to what follows.
_NO_LINE_END_WORDS = ("关于", "的", "和", "与", "及", "暨", "对", "在", "为", "赴", "于", "并")
# A placeholder run (××, XX) or a number joins the unit after it when that unit is a
# measure or an administrative suffix: ××市, 2024年度, 第3季度.
_SUFFIXES = set("市县区省局镇乡村州盟旗委办厅处科部年月日号届次期季个项条")
_PLACEHOLDER = set("×Xx＊*○□")
_PLACE_SUFFIXES = set("省市县区州盟旗镇乡")
_ORGAN_WORDS = (
    "人民政府",
    "政府",
    "人民代表大会",
    "人大",
    "政协",
    "委员会",
    "党委",
    "纪委",
    "委员",
)
_YEAR_PARTS = ("上半年", "下半年", "全年", "第一", "第二", "第三", "第四", "一季度", "二季度")

# Break costs (in 字², the unit of the balance cost): a break the title's grammar offers
# is cheaper than an ordinary word boundary.
_COST_NATURAL = -3.0  # before 关于, after 》 or a space, after 、
_COST_GOOD = -2.0  # before 《, before 的, before 和/与/及/暨
_COST_WORD = 0.0
_COST_COMPOUND = 1.5  # between two content words: they may form one term (安全|生产)
_COST_SINGLE = 2.0  # next to a one-character word (赴 | ××市): allowed, not liked
_COST_MORE_LINES = 10.0  # each line past the fewest that fit
_MIN_LINE_ZI = 3  # never 1–2 characters alone ("通知")
_TOP_LONGER_MAX = 0.4


def _zi(text: str) -> float:
    """Width in 字 of a title: full-width characters 1, half-width ones 0.5."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


# Terms of official writing that jieba's general dictionary splits in two (安全|生产):
# added to its dictionary so a title never breaks inside them.
_OFFICIAL_TERMS = (
    "安全生产",
    "工作总结",
    "工作计划",
    "工作要点",
    "工作方案",
    "乡村振兴",
    "营商环境",
    "放管服",
    "三公经费",
    "党风廉政",
    "廉政建设",
    "法治政府",
    "数字政府",
    "高质量发展",
    "主题教育",
    "专项检查",
    "专项整治",
    "疫情防控",
    "基层党组织",
    "共产党员",
    "民生实事",
    "意识形态",
    "作风建设",
    "安全管理",
    "生态环境",
    "环境保护",
    "统计报表",
    "考核办法",
    "实施细则",
    "管理办法",
    "实施意见",
    "指导意见",
    "情况报告",
    "自查报告",
    "学习考察",
)


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    """jieba's tokenizer with the official terms (loaded on first use: about 0.5 s once
    per process, and only for a title that does not fit one line)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba 0.42 imports pkg_resources
        import jieba

    # Nothing on stderr: not its "Building prefix dict" lines, nor a traceback when its
    # cache file cannot be written (it then works without one).
    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer()
    for term in _OFFICIAL_TERMS:
        tokenizer.add_word(term)
    return tokenizer


def _segment(text: str) -> list[str]:
    """Words of the title."""
    return [w for w in _segmenter().lcut(text, HMM=True) if w]


def _is_number_or_placeholder(word: str) -> bool:
    return all(ch.isdigit() or ch in _PLACEHOLDER or ch in ".．" for ch in word)


def _units(text: str) -> list[str]:
    """The title as unbreakable units: words, joined where a break is never allowed."""
    units: list[str] = []
    for word in _segment(text):
        if units:
            prev = units[-1]
            join = (
                prev[-1] in _NO_LINE_END
                or word[0] in _NO_LINE_START
                or (_is_number_or_placeholder(prev[-1]) and _is_number_or_placeholder(word[0]))
                or (_is_number_or_placeholder(prev[-1]) and word[0] in _SUFFIXES)
                or (prev.endswith("第") and _is_number_or_placeholder(word[0]))
                # ××市人民政府, 2024年上半年: a place and its organ, a year and its part
                or (prev[-1] in _PLACE_SUFFIXES and word.startswith(_ORGAN_WORDS))
                or (prev[-1] == "年" and word.startswith(_YEAR_PARTS))
                or word in ("办公室", "办公厅")  # ××市人民政府办公室
            )
            if join:
                units[-1] = prev + word
                continue
        units.append(word)
    return units


def _is_word(unit: str) -> bool:
    return len(unit) >= 2 and all(is_han(ch) for ch in unit)


def _break_cost(before: str, after: str) -> float | None:
    """Cost of a line break between two units; None where a line may not end."""
    if before.isspace() or before.endswith(" "):
        return _COST_NATURAL
    if before.endswith(_NO_LINE_END_WORDS):
        return None
    if after.startswith("关于") or before.endswith(("》", "、", "，")):
        return _COST_NATURAL
    if after.startswith(("《", "的", "和", "与", "及", "暨")):
        return _COST_GOOD
    if len(before.strip()) == 1 or len(after.strip()) == 1:
        return _COST_SINGLE
    if _is_word(before) and _is_word(after):
        return _COST_COMPOUND
    return _COST_WORD


def _shape_cost(widths: list[float]) -> float:
    """How far a set of line widths is from a balanced 梯形/菱形 (0 = ideal)."""
    if len(widths) == 2:
        # 上长下短: the top line longer by TITLE_TOP_LONGER_ZI up to 40 % of its width
        # (a 16 + 8 title is still a balanced 倒梯形); outside that band the cost grows
        # with the square of the distance, double when the bottom line is not shorter.
        top, bottom = widths
        low, high = layout.TITLE_TOP_LONGER_ZI, _TOP_LONGER_MAX * top
        diff = top - bottom
        if diff < low:
            return (low - diff) ** 2 / 2
        return max(0.0, diff - high) ** 2 / 4
    mean = sum(widths) / len(widths)
    cost = sum((w - mean) ** 2 for w in widths) / len(widths)
    inner = widths[1:-1]
    if any(w < widths[0] and w < widths[-1] for w in inner):
        cost += 100.0  # hourglass (长-短-长): never
    return cost


def _best_split(units: list[str], max_zi: float) -> list[str] | None:
    widths = [_zi(u) for u in units]
    total = sum(widths)
    gaps = [_break_cost(a, b) for a, b in itertools.pairwise(units)]
    allowed = [i + 1 for i, cost in enumerate(gaps) if cost is not None]
    fewest = max(2, math.ceil(total / max_zi))
    best: tuple[float, list[str]] | None = None
    for count in range(fewest, min(fewest + 1, layout.TITLE_MAX_LINES) + 1):
        for cuts in itertools.combinations(allowed, count - 1):
            bounds = (0, *cuts, len(units))
            lines = ["".join(units[a:b]).strip() for a, b in itertools.pairwise(bounds)]
            line_widths = [_zi(line) for line in lines]
            if max(line_widths) > max_zi or min(line_widths) < _MIN_LINE_ZI:
                continue
            cost = _shape_cost(line_widths) + (count - fewest) * _COST_MORE_LINES
            cost += sum(gaps[c - 1] or 0.0 for c in cuts)
            if best is None or cost < best[0]:
                best = (cost, lines)
    return best[1] if best else None


@lru_cache(maxsize=256)
def _title_lines(title: str, max_zi: float) -> tuple[str, ...]:
    given = [line.strip() for line in title.splitlines() if line.strip()]
    if len(given) != 1:
        return tuple(given)  # the user's own lines (or no title)
    text = given[0]
    if _zi(text) <= max_zi:
        return (text,)
    if _zi(text) > layout.TITLE_MAX_LINES * max_zi:
        return (text,)  # not a title any more: one paragraph, wrapped by the renderer
    # by words; else (one unit wider than a line: a run of Latin letters) by characters
    lines = _best_split(_units(text), max_zi) or _best_split(list(text), max_zi)
    return tuple(lines or (text,))


def title_lines(title: str) -> list[str]:
    """The printed lines of a title: the user's own when they broke it, else one line
    when it fits the title line, else balanced lines broken between words (7.3.1)."""
    return list(_title_lines(title, layout.TITLE_LINE_ZI))
