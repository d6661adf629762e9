"""Chinese numerals: 一 … 十 十一 … 二十一 … 一百零一 … 九百九十九, written and read.

`chinese_numeral` writes a number the way a 公文 counts (headings 一、, 一是, 第一，);
`parse_chinese_numeral` reads what people write, which is a little more: 两 for 二
(两个), 〇 or 零 for the gap in 一百〇一, and 一十 inside larger numbers.
"""

from __future__ import annotations

DIGITS = "〇一二三四五六七八九"
# Every character a counted number may contain: a regex class and a membership set.
NUMERAL_CHARS = "〇零一二三四五六七八九十百两"
NUMERAL_CLASS = f"[{NUMERAL_CHARS}]"

_DIGIT_VALUE = {ch: i for i, ch in enumerate(DIGITS)} | {"零": 0, "两": 2}
# Zeros of a written year (二〇二〇年, 二零二〇年, and the look-alikes people type for 〇).
YEAR_DIGIT_VALUE = _DIGIT_VALUE | {"○": 0, "O": 0, "o": 0, "Ｏ": 0, "０": 0, "0": 0}
del YEAR_DIGIT_VALUE["两"]
_UNITS = {"十": 10, "百": 100}


def chinese_numeral(n: int) -> str:
    """Write a positive integer the way a 公文 counts: 一 … 十 十一 … 二十 二十一 … 一百零一.

    >>> [chinese_numeral(n) for n in (1, 10, 11, 20, 21, 100, 101, 110)]
    ['一', '十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十']
    """
    if n <= 0:
        raise ValueError(f"numbers start at 1, got {n}")
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return DIGITS[tens] + "十" + (DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = DIGITS[hundreds] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + DIGITS[rest]
        # 110 is 一百一十, not 一百十: inside a larger number the 一 of 十 is spoken.
        tail = chinese_numeral(rest)
        return head + ("一" + tail if rest < 20 else tail)
    return str(n)  # no summary has a thousand siblings; stay readable if one does


def parse_chinese_numeral(text: str) -> int | None:
    """一 → 1, 十一 → 11, 两 → 2, 二十 → 20, 一百零一 → 101, 一百一十 → 110; None when
    the text is not one well-formed number from 1 to 999 ("一二", "十十", "零", "")."""
    total = 0
    digit: int | None = None  # a digit waiting for its unit
    last_unit = 1000  # units must fall: 百 before 十 before the ones
    zero_gap = False  # 零 seen: the next digit stands for the ones
    for ch in text:
        if ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit or zero_gap or (digit is None and unit == 100):
                return None  # 十百, 一百零十, a bare 百
            # A bare 十 is one ten: 十一 at the start, and 一百十, not how 110 is written
            # but read anyway because the meaning is plain.
            total += (1 if digit is None else digit) * unit
            last_unit, digit = unit, None
        elif ch in _DIGIT_VALUE:
            if digit is not None:
                return None  # two digits in a row: 一二 is a list, not a number
            value = _DIGIT_VALUE[ch]
            if value == 0:
                if zero_gap or last_unit != 100 or total == 0:
                    return None  # 零 only fills the empty tens of 一百零一
                zero_gap = True
                continue
            digit = value
        else:
            return None
    if digit is not None:
        total += digit
    elif zero_gap:
        return None  # 一百零: a gap with nothing after it
    return total if total > 0 else None
