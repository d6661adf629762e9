"""Text rules around the body: dates (7.3.5.4), 署名/日期 indents (7.3.5), 附件说明 (7.3.4).

Widths are counted in 字 (one Chinese character); a half-width digit or letter is half a 字.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.core import layout
from app.core.zh import dates as zh_dates


def normalize_date(text: str) -> str:
    """成文日期 as printed: the GB/T 9704 form "2020年7月1日" of any date the one reader
    (app.core.zh.dates) understands — 2020-07-01, 二〇二〇年七月一日, full-width digits.

    Anything else is printed exactly as typed (stripped): a free-form date the user
    wrote on purpose ("2024年春") and a date that does not exist (2020年13月40日), which
    is not dressed up as a valid one; the 成文日期 check reports it.
    """
    return zh_dates.normalize_date(text) or text.strip()


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


@dataclass(frozen=True, slots=True)
class ClosingPart:
    """What the 署名/成文日期 part prints: blank lines before it, then each line's role
    ("signature", "date"), text and right indent in 字. The export and the paginator both
    lay it out from this, so they cannot disagree on what it holds."""

    blank_lines: int
    lines: tuple[tuple[str, str, float], ...]


def closing_part(author: str, date: str, *, sealed: bool) -> ClosingPart | None:
    """The closing part of a draft's 署名 and 成文日期 (stripped, the date normalized), or
    None when both are empty."""
    author = author.strip()
    date = normalize_date(date) if date.strip() else ""
    if not author and not date:
        return None
    indents = closing_indents(author, date, sealed=sealed)
    blank = (
        layout.BLANK_LINES_BEFORE_SIGNATURE_SEALED
        if sealed
        else layout.BLANK_LINES_BEFORE_SIGNATURE
    )
    lines = tuple(
        (role, text, right)
        for role, text, right in (
            ("signature", author, indents.signature),
            ("date", date, indents.date),
        )
        if text and right is not None
    )
    return ClosingPart(blank, lines)


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
