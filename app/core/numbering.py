"""Section numbers derived from position: 一、 / （一） / 1. / （1） / 一是 / 第一， / 1.2.3.

Headings are stored without their numbers; these functions make the number from the
section's position among its siblings and the numbering style of its level
(GB/T 9704-2012 7.3.3 gives the default order of the four levels). A decimal level
(1 / 1.1 / 1.1.1, the outline of plans, standards and company documents) is numbered by
path: the parent's number, ".", the position; `number_at` derives it from the positions. Reading a typed
marker back (style and number) is `app.core.zh.markers.match_marker`.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from app.core.i18n import N_, Text

# The numeral itself is Chinese-text knowledge, kept with its reader in app.core.zh;
# chinese_numeral stays importable from here for the numbering's users.
from app.core.zh.numerals import chinese_numeral

__all__ = [
    "DEFAULT_STYLES",
    "STYLE_LABELS",
    "NumberStyle",
    "DECIMAL_GAP",
    "chinese_numeral",
    "decimal_number",
    "format_number",
    "number_at",
    "style_for_level",
]


class NumberStyle(StrEnum):
    """How a level is numbered. The values are what the draft file stores."""

    CN_DUN = "cn-dun"  # 一、
    CN_PAREN = "cn-paren"  # （一）
    NUM_DOT = "num-dot"  # 1.
    NUM_PAREN = "num-paren"  # （1）
    CN_SHI = "cn-shi"  # 一是
    CN_DI = "cn-di"  # 第一，
    DECIMAL = "decimal"  # 1 / 1.1 / 1.1.1: the parent's number, ".", the position
    NONE = "none"  # no number


DEFAULT_STYLES: tuple[NumberStyle, ...] = (
    NumberStyle.CN_DUN,
    NumberStyle.CN_PAREN,
    NumberStyle.NUM_DOT,
    NumberStyle.NUM_PAREN,
)

# Labels the interface shows when the user picks a style for a level (translated there).
STYLE_LABELS: dict[NumberStyle, Text] = {
    NumberStyle.CN_DUN: N_("一、二、三、"),
    NumberStyle.CN_PAREN: N_("（一）（二）（三）"),
    NumberStyle.NUM_DOT: N_("1. 2. 3."),
    NumberStyle.NUM_PAREN: N_("（1）（2）（3）"),
    NumberStyle.CN_SHI: N_("一是 二是 三是"),
    NumberStyle.CN_DI: N_("第一，第二，"),
    NumberStyle.DECIMAL: N_("1　1.1　1.1.1"),
    NumberStyle.NONE: N_("不编号"),
}


# Between a decimal number and its heading text: one full-width space. GB/T 9704 numbers
# its levels 一、（一）1.（1） and has no decimal outline; documents numbered 1 / 1.1 follow
# GB/T 1.1 (章、条的编号与标题之间空一个汉字的间隙), as the decimal outlines
# of plans and company documents do ("1　总则", "2.1　工作目标"); the number itself ends
# without a dot ("1", not "1.", which is the third GB/T 9704 level).
DECIMAL_GAP = "\u3000"


def decimal_number(positions: Sequence[int]) -> str:
    """A decimal marker from 1-based positions, outermost first: (1, 2, 3) → "1.2.3　"."""
    return ".".join(str(n) for n in positions) + DECIMAL_GAP


def format_number(style: NumberStyle | str, n: int) -> str:
    """The marker for the n-th (1-based) sibling at a level of the given style. For a
    decimal level this is the number of a section without decimal parents ("1　"); under
    a decimal parent use `number_at`, which knows the parents' positions."""
    style = NumberStyle(style)
    match style:
        case NumberStyle.CN_DUN:
            return f"{chinese_numeral(n)}、"
        case NumberStyle.CN_PAREN:
            return f"（{chinese_numeral(n)}）"
        case NumberStyle.NUM_DOT:
            return f"{n}."
        case NumberStyle.NUM_PAREN:
            return f"（{n}）"
        case NumberStyle.CN_SHI:
            return f"{chinese_numeral(n)}是"
        case NumberStyle.CN_DI:
            return f"第{chinese_numeral(n)}，"
        case NumberStyle.DECIMAL:
            return decimal_number((n,))
        case NumberStyle.NONE:
            return ""
    raise AssertionError(style)  # pragma: no cover - StrEnum covers every case


def number_at(styles: Sequence[NumberStyle], positions: Sequence[int]) -> str:
    """The number of the section at `positions`: its 1-based position among its siblings
    at each level, outermost first ((2, 1) is the first child of the second top section).

    A decimal level joins the positions of the decimal levels right above it: with
    styles [DECIMAL, DECIMAL, DECIMAL], (1, 2, 3) → "1.2.3　"; under a level of another
    style the decimal count starts afresh ([CN_DUN, DECIMAL]: (2, 1) → "1　").
    """
    if not positions:
        raise ValueError("positions is empty")
    level = len(positions) - 1
    style = style_for_level(styles, level)
    if style is not NumberStyle.DECIMAL:
        return format_number(style, positions[-1])
    start = level
    while start > 0 and style_for_level(styles, start - 1) is NumberStyle.DECIMAL:
        start -= 1
    return decimal_number(positions[start:])


def style_for_level(styles: Sequence[NumberStyle], level: int) -> NumberStyle:
    """The style of a 0-based level; levels deeper than the list are unnumbered."""
    return styles[level] if 0 <= level < len(styles) else NumberStyle.NONE
