"""The closing block, read from the end of the document (pass 2 of the frame): website
lines (NOISE), 成文日期, 发文机关署名, 附件说明. (The documents attached after it, 附件1 …,
are cut off before: appendices.py.)
"""

from __future__ import annotations

import re

from app.core.importer.frame import (
    DOC_WORD,
    ORG_END,
    chars,
    is_noise_text,
    is_strong_noise,
    prev_non_blank,
)
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import (
    collapse_letter_spacing,
    ends_with_closing_punct,
    find_marker,
)
from app.core.zh.dates import normalize_date

# Heads of a website's list of other articles (no colon needed).
_LIST_HEAD = re.compile(
    r"^(?:往期推荐|往期回顾|相关阅读|相关文章|相关推荐|推荐阅读|热门文章|延伸阅读|猜你喜欢)"
)
_AFTER_DATE = re.compile(
    r"^(?:抄送|抄报|主送|分送|报送|发送)[:：]|印发$|^[（(](?:此件|本件|联系人|联系电话)[^）)]{0,60}[）)]$"
)
_SIGNER = re.compile(r"^(汇报人|报告人|述职人|发言人|单位|署名)[:：]")
_ATTACHMENT_HEAD = re.compile(r"^附\s*件\s*[:：]\s*")
_ATTACHMENT_ITEM = re.compile(r"^(\d{1,2})\s*[.．、]\s*")


def mark_closing_block(lines: list[SourceLine], start: int) -> int:
    """Mark trailing noise, 成文日期, 署名, 附件说明; returns where the body ends."""
    return _mark_signature(lines, start, mark_trailing_noise(lines, start))


def mark_trailing_noise(lines: list[SourceLine], start: int) -> int:
    """Mark the website's lines at the end; returns the index of the last line of text."""
    j = len(lines) - 1
    while j >= start and (
        lines[j].is_blank or is_noise_text(lines[j].text) or _is_listed_link(lines, j, start)
    ):
        if not lines[j].is_blank:
            lines[j].role = LineRole.NOISE
        j -= 1
    return j


def _mark_signature(lines: list[SourceLine], start: int, j: int) -> int:
    """成文日期, 署名 and 附件说明 ending at line j (from below); returns where the body ends."""
    # 版记 and 附注 (抄送…, …印发, （此件公开发布）) stand below the date: look above them.
    while j > start and (lines[j].is_blank or _AFTER_DATE.search(lines[j].text)):
        j -= 1
    if j < start:
        return start
    # 附件说明 belongs above the signature, but some put it last: take it from there too.
    below = _mark_attachments(lines, start, j)
    attachments_last = below != j
    j = below
    has_date = False
    date = normalize_date(lines[j].text)
    if date is not None and j > start:
        lines[j].role = LineRole.DATE
        lines[j].heading = date
        has_date = True
        j = prev_non_blank(lines, j)
    authors = 0
    while j > start and authors < 2 and _is_author(lines[j], has_date):
        lines[j].role = LineRole.AUTHOR
        authors += 1
        above = prev_non_blank(lines, j)
        if above != j - 1:
            j = above
            break  # two 署名 lines stand together; a blank line ends the signature
        j = above
    if authors and not has_date and j > start:
        # 署名 then 日期 is the rule, but "日期 / 署名" happens: look one line up.
        date = normalize_date(lines[j].text)
        if date is not None:
            lines[j].role, lines[j].heading = LineRole.DATE, date
            j = prev_non_blank(lines, j)
    if not attachments_last:
        j = _mark_attachments(lines, start, j)
    return j + 1


def _is_listed_link(lines: list[SourceLine], j: int, start: int) -> bool:
    """A link under a website's list head at the end ("相关链接：" then site names).

    The names alone look like a signature (…农业农村厅); the head above them says what
    they are. Only short lines without punctuation, at most eight of them, are taken.
    """
    i, count = j, 0
    while i > start and count < 8:
        text = lines[i].text
        if lines[i].is_blank:
            i -= 1
            continue
        if count and is_strong_noise(text) and (text[-1] in "：:" or _LIST_HEAD.search(text)):
            return True
        if chars(text) > 30 or ends_with_closing_punct(text) or normalize_date(text):
            return False
        count += 1
        i -= 1
    return False


def _is_author(line: SourceLine, has_date: bool) -> bool:
    text = line.text
    if line.is_blank or ends_with_closing_punct(text) or chars(text) > 30:
        return False
    if find_marker(text) is not None or line.outline_level is not None:
        return False
    if _ATTACHMENT_ITEM.match(text) or _ATTACHMENT_HEAD.match(text):
        return False
    if _SIGNER.match(text):
        return True
    compact = collapse_letter_spacing(text)
    if ORG_END.search(compact):
        return True
    return has_date and chars(text) <= 20 and not DOC_WORD.search(compact)


def _mark_attachments(lines: list[SourceLine], start: int, j: int) -> int:
    """附件：1.xxx / 2.xxx right after the text; returns the new end of the body (index)."""
    items: list[int] = []
    i = j
    while i > start and len(items) < 30:
        text = lines[i].text
        if _ATTACHMENT_HEAD.match(text):
            for index in [i, *items]:
                lines[index].role = LineRole.ATTACHMENT
            return prev_non_blank(lines, i)
        if _ATTACHMENT_ITEM.match(text) and chars(text) <= 60 and text[-1] not in "；;，,":
            items.insert(0, i)
            i = prev_non_blank(lines, i)
            continue
        break
    return j


def attachment_names(lines: list[SourceLine]) -> list[str]:
    """附件说明 lines → names without numbers or closing punctuation."""
    names: list[str] = []
    for line in lines:
        text = _ATTACHMENT_HEAD.sub("", line.text)
        for part in re.split(r"\s+(?=\d{1,2}\s*[.．、])", text):
            name = _ATTACHMENT_ITEM.sub("", part).strip().rstrip("。；;，,.")
            if name:
                names.append(name)
    return names
