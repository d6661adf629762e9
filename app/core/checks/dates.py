"""成文日期 (GB/T 9704-2012 7.3.5.4): Arabic numerals, the full year, no leading zeros —
"2020年7月1日". Also leading zeros in dates inside the text (2020年07月 → 2020年7月).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from app.core.checks.base import (
    DATE,
    PROSE_KINDS,
    Hit,
    UnitContext,
    chinese_number_value,
    register,
    text_rule,
)

DATE_FORMAT = register("date.format", "成文日期格式", "warning", auto_fix=True)
DATE_ZERO = register("date.zero", "日期中多余的“0”", "warning", auto_fix=True)

_YEAR_DIGITS = {
    **{ch: str(i) for i, ch in enumerate("〇一二三四五六七八九")},
    "零": "0",
    "○": "0",
    "Ｏ": "0",
    "O": "0",
}
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_ARABIC = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_SEPARATED = re.compile(r"^(\d{4})\s*[-/.．]\s*(\d{1,2})\s*[-/.．]\s*(\d{1,2})$")
_CHINESE = re.compile(
    r"^([〇零○ＯO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$"
)
_SHORT_YEAR = re.compile(r"^(\d{2})\s*[年\-/.．]")


def normalize_date(text: str) -> str | None:
    """The standard form of a date in any common spelling, or None if not understood."""
    raw = text.strip().translate(_FULLWIDTH_DIGITS)
    match = _ARABIC.match(raw) or _SEPARATED.match(raw)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _CHINESE.match(raw)
        if not match:
            return None
        year = int("".join(_YEAR_DIGITS[ch] for ch in match.group(1)))
        month_value = chinese_number_value(match.group(2))
        day_value = chinese_number_value(match.group(3))
        if month_value is None or day_value is None:
            return None
        month, day = month_value, day_value
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return f"{year}年{month}月{day}日"


@text_rule(DATE_FORMAT, {DATE})
def document_date(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if not text.strip():
        return
    right = normalize_date(text)
    if right == text:
        return
    if right is not None:
        yield Hit(
            DATE_FORMAT, 0, len(text), f"成文日期应使用阿拉伯数字、不编虚位，写作“{right}”。", right
        )
    elif _SHORT_YEAR.match(text.strip()):
        yield Hit(DATE_FORMAT, 0, len(text), "成文日期的年份应写全四位，例如“2020年7月1日”。")
    else:
        yield Hit(
            DATE_FORMAT,
            0,
            len(text),
            f"成文日期“{text}”无法识别或日期不存在，请写成“2020年7月1日”的形式。",
        )


# Starting with the literal "0" lets the regex engine jump from one 0 to the next
# instead of trying the look-behinds at every character (4x faster on the bench draft).
_ZERO = re.compile(r"0(?:(?<=\d年0)(?=\d月)|(?<=\d月0)(?=\d日))")


@text_rule(DATE_ZERO, PROSE_KINDS)
def zero_padded_dates(text: str, ctx: UnitContext) -> Iterator[Hit]:
    if "0" not in text:
        return
    for match in _ZERO.finditer(text):
        yield Hit(
            DATE_ZERO,
            match.start(),
            1,
            "日期中的月、日不编虚位，请删去前面的“0”（如“7月1日”）。",
            "",
        )
