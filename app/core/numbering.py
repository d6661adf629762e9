"""Section numbers derived from position: 一、 / （一） / 1. / （1） / 一是 / 第一，.

Headings are stored without their numbers; these functions make the number from the
section's position among its siblings and the numbering style of its level
(GB/T 9704-2012 7.3.3 gives the default order of the four levels).
"""

from __future__ import annotations

from enum import StrEnum

_DIGITS = "〇一二三四五六七八九"


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

# Labels the interface shows when the user picks a style for a level.
STYLE_LABELS: dict[NumberStyle, str] = {
    NumberStyle.CN_DUN: "一、二、三、",
    NumberStyle.CN_PAREN: "（一）（二）（三）",
    NumberStyle.NUM_DOT: "1. 2. 3.",
    NumberStyle.NUM_PAREN: "（1）（2）（3）",
    NumberStyle.CN_SHI: "一是 二是 三是",
    NumberStyle.CN_DI: "第一，第二，",
    NumberStyle.NONE: "不编号",
}


def chinese_numeral(n: int) -> str:
    """Write a positive integer the way a 公文 counts: 一 … 十 十一 … 二十 二十一 … 一百零一.

    >>> [chinese_numeral(n) for n in (1, 10, 11, 20, 21, 100, 101, 110)]
    ['一', '十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十']
    """
    if n <= 0:
        raise ValueError(f"numbers start at 1, got {n}")
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = _DIGITS[hundreds] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + _DIGITS[rest]
        # 110 is 一百一十, not 一百十: inside a larger number the 一 of 十 is spoken.
        tail = chinese_numeral(rest)
        return head + ("一" + tail if rest < 20 else tail)
    return str(n)  # no summary has a thousand siblings; stay readable if one does


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
