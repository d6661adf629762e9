"""Section numbers derived from position: 一、 / （一） / 1. / （1） / 一是 / 第一，.

Headings are stored without their numbers; these functions make the number from the
section's position among its siblings and the numbering style of its level
(GB/T 9704-2012 7.3.3 gives the default order of the four levels). Reading a typed
marker back (style and number) is `app.core.zh.markers.match_marker`.
"""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import N_, Text

# The numeral itself is Chinese-text knowledge, kept with its reader in app.core.zh;
# chinese_numeral stays importable from here for the numbering's users.
from app.core.zh.numerals import chinese_numeral

__all__ = [
    "DEFAULT_STYLES",
    "STYLE_LABELS",
    "NumberStyle",
    "chinese_numeral",
    "format_number",
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
    NumberStyle.NONE: N_("不编号"),
}


def format_number(style: NumberStyle | str, n: int) -> str:
    """The marker for the n-th (1-based) sibling at a level of the given style."""
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
        case NumberStyle.NONE:
            return ""
    raise AssertionError(style)  # pragma: no cover - StrEnum covers every case


def style_for_level(styles: list[NumberStyle] | tuple[NumberStyle, ...], level: int) -> NumberStyle:
    """The style of a 0-based level; levels deeper than the list are unnumbered."""
    return styles[level] if 0 <= level < len(styles) else NumberStyle.NONE
