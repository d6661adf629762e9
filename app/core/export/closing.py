"""Text rules around the body: dates (7.3.5.4), 署名/日期 indents (7.3.5), 附件说明 (7.3.4).

Widths are counted in 字 (one Chinese character); a half-width digit or letter is half a 字.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.core import layout

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_ARABIC_DATE = re.compile(r"^\s*(\d{4})\s*[-/.．年]\s*(\d{1,2})\s*[-/.．月]\s*(\d{1,2})\s*日?\s*$")
_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CN_DATE = re.compile(
    r"^\s*([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日\s*$"
)


def _cn_small_number(text: str) -> int:
    """一 … 三十一 as an int (months and days)."""
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGITS[text[1]]
    if text.endswith("十"):
        return _CN_DIGITS[text[0]] * 10
    if len(text) == 3:  # 二十一
        return _CN_DIGITS[text[0]] * 10 + _CN_DIGITS[text[2]]
    return _CN_DIGITS[text]


def normalize_date(text: str) -> str:
    """成文日期 in Arabic numerals without leading zeros: "2020年07月01日" -> "2020年7月1日".

    Also accepts 2020-07-01, 2020.7.1, 2020/7/1, full-width digits and 二〇二〇年七月一日.
    Anything else (a free-form date the user typed on purpose) is kept as written.
    """
    plain = text.strip().translate(_FULLWIDTH_DIGITS)
    match = _ARABIC_DATE.match(plain)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return f"{year}年{month}月{day}日"
    match = _CN_DATE.match(plain)
    if match:
        digits = "".join(str(_CN_DIGITS[ch]) for ch in match.group(1))
        return f"{digits}年{_cn_small_number(match.group(2))}月{_cn_small_number(match.group(3))}日"
    return plain


def width_in_zi(text: str) -> float:
    """Printed width in 字: full-width (and East-Asian ambiguous) characters 1, others 0.5."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


@dataclass(frozen=True, slots=True)
class ClosingIndents:
    """Right indents in 字 of the 署名 and 成文日期 lines (None when the line is absent)."""

    signature: float | None
    date: float | None


def closing_indents(author: str, date: str, *, sealed: bool) -> ClosingIndents:
    """Where 署名 and 成文日期 sit, per 7.3.5.2 (unsealed) or 7.3.5.1 (sealed).

    Unsealed: 署名 右空二字, the date starts 2 字 right of the 署名's first character; when
    that would put the date closer than 2 字 to the edge (date longer, or not 2 字 shorter
    — the standard states only "longer"; the spec reads the rest the same way), the date
    is 右空二字 and the 署名 moves left to keep the 2 字 offset.
    Sealed: the date 右空四字, the 署名 centred over the date.
    """
    ls, ld = width_in_zi(author), width_in_zi(date)
    if not author:
        right = layout.SEALED_DATE_RIGHT_ZI if sealed else layout.SIGNATURE_RIGHT_ZI
        return ClosingIndents(None, right if date else None)
    if not date:
        right = layout.SEALED_DATE_RIGHT_ZI if sealed else layout.SIGNATURE_RIGHT_ZI
        return ClosingIndents(right, None)
    if sealed:
        date_right = float(layout.SEALED_DATE_RIGHT_ZI)
        return ClosingIndents(max(0.0, date_right + (ld - ls) / 2), date_right)
    signature_right = float(layout.SIGNATURE_RIGHT_ZI)
    date_right = signature_right + ls - layout.DATE_OFFSET_ZI - ld
    if date_right < layout.SIGNATURE_RIGHT_ZI:
        date_right = float(layout.SIGNATURE_RIGHT_ZI)
        signature_right = date_right + ld + layout.DATE_OFFSET_ZI - ls
    return ClosingIndents(signature_right, date_right)


_NAME_END_PUNCTUATION = "。．.，,；;、"


def attachment_lines(names: list[str]) -> list[tuple[str, bool]]:
    """附件说明 lines: (text, is_first). One name: "附件：名称"; several: "附件：1.名称" then
    "2.名称" … (7.3.4: Arabic numbers, no punctuation after the names)."""
    cleaned = [n.strip().rstrip(_NAME_END_PUNCTUATION) for n in names]
    cleaned = [n for n in cleaned if n]
    if len(cleaned) == 1:
        return [(layout.ATTACHMENT_LABEL + cleaned[0], True)]
    lines = []
    for index, name in enumerate(cleaned, start=1):
        prefix = layout.ATTACHMENT_LABEL if index == 1 else ""
        lines.append((f"{prefix}{index}.{name}", index == 1))
    return lines
