"""Dates: one reader for every spelling people use, one writer per printed form.

GB/T 9704-2012 7.3.5.4 prints 成文日期 in Arabic numerals, the year in full, month and day
without leading zeros: "2020年7月1日". Summaries are also dated by month alone
("2020年12月"), so a date here has an optional day; whether a day is *required* is the
成文日期 check's business, not the reader's.

A date that does not exist (2020年13月40日, 2021年2月29日) is not a date anywhere: the
reader returns None, the check says so, the importer keeps the line as text and the
export prints it exactly as typed instead of dressing it up as a valid 成文日期.
"""

from __future__ import annotations

import datetime
import re
from enum import StrEnum
from typing import NamedTuple

from app.core.zh.chars import ASCII_TO_FULLWIDTH, FULLWIDTH_TO_ASCII
from app.core.zh.numerals import DIGITS, YEAR_DIGIT_VALUE, parse_chinese_numeral


class DateParts(NamedTuple):
    year: int
    month: int
    day: int | None  # None: a month ("2020年12月")


class DateForm(StrEnum):
    """The ways a date is written. GBT is the one GB/T 9704 prints."""

    GBT = "gbt"  # 2020年7月1日
    PADDED = "padded"  # 2020年07月01日
    DASH = "dash"  # 2020-07-01
    DOT = "dot"  # 2020.7.1
    SLASH = "slash"  # 2020/7/1
    FULLWIDTH = "fullwidth"  # ２０２０年７月１日
    CHINESE = "chinese"  # 二〇二〇年七月一日


# Forms that can write a month alone (the separated forms need a day: "2020.7" is a number).
MONTH_FORMS = frozenset({DateForm.GBT, DateForm.PADDED, DateForm.FULLWIDTH, DateForm.CHINESE})

_YEAR_CN = "".join(YEAR_DIGIT_VALUE)
_SMALL_CN = "[一二三四五六七八九十]{1,3}"  # months and days: 一 … 三十一
# Whitespace is taken out before matching ("2024 年 1 月 5 日"); a date line may stand in
# brackets ("（2024年1月5日）"), as under a title.
_ARABIC = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$")
_SEPARATED = re.compile(r"^(\d{4})([-/.．])(\d{1,2})\2(\d{1,2})$")
_CHINESE = re.compile(rf"^([{_YEAR_CN}]{{4}})年({_SMALL_CN})月(?:({_SMALL_CN})日)?$")
_BRACKETS = re.compile(r"^[（(](.*)[）)]$")
# A date written with a two-digit year: read as no date, but worth naming in a message.
SHORT_YEAR = re.compile(r"^\s*(\d{2})\s*[年\-/.．]")


def parse_date(text: str) -> DateParts | None:
    """Year, month and optional day of a text that is only a date; None otherwise.

    Reads 2020年7月1日, 2020年07月01日, 2020-07-01, 2020.7.1, 2020/7/1, 2020．7．1,
    full-width digits, 二〇二〇年七月一日 (〇, ○, 零 as zero), the month forms 2020年7月 and
    二〇二〇年七月, each with spaces anywhere and in brackets. The date must exist.
    """
    compact = "".join(text.split()).translate(FULLWIDTH_TO_ASCII)
    if bracketed := _BRACKETS.match(compact):
        compact = bracketed.group(1)
    day: int | None
    if match := _ARABIC.match(compact):
        year, month = int(match.group(1)), int(match.group(2))
        day = int(match.group(3)) if match.group(3) else None
    elif match := _SEPARATED.match(compact):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _CHINESE.match(compact):
        year = int("".join(str(YEAR_DIGIT_VALUE[ch]) for ch in match.group(1)))
        month_value = parse_chinese_numeral(match.group(2))
        day = parse_chinese_numeral(match.group(3)) if match.group(3) else None
        if month_value is None or (match.group(3) and day is None):
            return None
        month = month_value
    else:
        return None
    try:
        datetime.date(year, month, day if day is not None else 1)
    except ValueError:
        return None
    return DateParts(year, month, day)


def _cn_year(year: int) -> str:
    return "".join(DIGITS[int(d)] for d in str(year))


def _cn_small(n: int) -> str:
    # Months and days: 十 for 10, 十一 … 十九, 二十, 二十一 … 三十一 (no 一十).
    if n < 10:
        return DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def format_date(date: DateParts, form: DateForm = DateForm.GBT) -> str:
    """The date written in a form; GBT, the default, is how 成文日期 prints."""
    y, m, d = date
    if d is None and form not in MONTH_FORMS:
        raise ValueError(f"{form} needs a day")
    match form:
        case DateForm.GBT:
            return f"{y}年{m}月" + (f"{d}日" if d is not None else "")
        case DateForm.PADDED:
            return f"{y}年{m:02d}月" + (f"{d:02d}日" if d is not None else "")
        case DateForm.DASH:
            return f"{y}-{m:02d}-{d:02d}"
        case DateForm.DOT:
            return f"{y}.{m}.{d}"
        case DateForm.SLASH:
            return f"{y}/{m}/{d}"
        case DateForm.FULLWIDTH:
            return format_date(date).translate(ASCII_TO_FULLWIDTH)
        case DateForm.CHINESE:
            day = f"{_cn_small(d)}日" if d is not None else ""
            return f"{_cn_year(y)}年{_cn_small(m)}月{day}"
    raise AssertionError(form)  # pragma: no cover - StrEnum covers every case


def normalize_date(text: str) -> str | None:
    """The GB/T 9704 spelling of a date written any readable way, or None."""
    date = parse_date(text)
    return format_date(date) if date is not None else None
