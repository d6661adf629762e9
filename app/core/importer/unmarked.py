"""Headings without a marker: a short line without closing punctuation followed by text,
and topic sentences cast in one frame (这是……的五年。 ×3; 五年来，我们坚持…… over each
series of 一是). Part of pass 3 (headings.py); their levels are decided with the rest."""

from __future__ import annotations

import re

from app.core.importer.frame import TOC_HEAD, chars
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import (
    KIND_NONE,
    ends_with_closing_punct,
    find_marker,
    heading_text,
)
from app.core.zh.chars import han_count
from app.core.zh.dates import normalize_date

MAX_UNMARKED_HEADING = 30  # an unnumbered heading is short


def mark_unmarked_headings(region: list[SourceLine]) -> None:
    """The unmarked headings among the region's lines (after the marked ones)."""
    _mark_short_lines_over_text(region)
    _mark_parallel_topic_sentences(region)
    _mark_topic_sentences_over_series(region)


def _mark_short_lines_over_text(region: list[SourceLine]) -> None:
    """A short line without closing punctuation, followed by text, between texts."""
    for n, line in enumerate(region):
        if line.role != LineRole.BODY or not _could_be_unmarked_heading(line):
            continue
        nxt = region[n + 1] if n + 1 < len(region) else None
        prev = region[n - 1] if n > 0 else None
        if nxt is None:
            continue
        if nxt.role == LineRole.BODY and _short_unpunctuated(nxt):
            continue  # a list of short lines (a table, addresses), not a heading
        if prev is not None and prev.role == LineRole.BODY and _short_unpunctuated(prev):
            continue
        line.role = LineRole.HEADING
        line.kind = KIND_NONE
        bullet = _BULLET.match(line.text)
        # "◆ 强化理论武装": the bullet is decoration like a number; the tree draws its own.
        line.marker = bullet.group(0).strip() if bullet else ""
        line.heading = heading_text(line.text[bullet.end() :] if bullet else line.text)
        line.run_in_body = ""


MIN_PARALLEL = 3  # topic sentences that share their frame: three make a series
MAX_TOPIC_SENTENCE = 20


def _mark_parallel_topic_sentences(region: list[SourceLine]) -> None:
    """ "这是综合实力跨越赶超的五年。" / "这是城乡面貌深刻变化的五年。" …: short sentences
    alone on their lines, cast in one frame (same start, same end), each over its text: a
    series of unnumbered headings, as a report sets them."""
    frames: dict[tuple[str, str], list[int]] = {}
    for n, line in enumerate(region[:-1]):
        text = line.text
        if (
            line.role != LineRole.BODY
            or not text.endswith("。")
            or not 6 <= chars(text) <= MAX_TOPIC_SENTENCE
            or re.search(r"[，,；;：:]", text)
            or find_marker(text) is not None
            or region[n + 1].role != LineRole.BODY
        ):
            continue
        frames.setdefault((text[:2], text[-4:]), []).append(n)
    for members in frames.values():
        if len(members) < MIN_PARALLEL:
            continue
        for n in members:
            line = region[n]
            line.role, line.kind, line.marker = LineRole.HEADING, KIND_NONE, ""
            line.heading, line.run_in_body = heading_text(line.text), ""


MAX_TOPIC_OVER_SERIES = 40
_SERIES_KINDS = frozenset({"cn-shi", "cn-di", "cn-yao"})


def _mark_topic_sentences_over_series(region: list[SourceLine]) -> None:
    """ "五年来，我们坚持……，发展能级稳步提升。" over 一是…二是…, and again "五年来，我们
    坚持……" over the next 一是: sentences in one frame (same opening), each heading a series
    that starts at 一: unnumbered headings over those series (a report's topic sentences)."""
    found: dict[str, list[int]] = {}
    for n, line in enumerate(region[1:-1], start=1):
        nxt, text = region[n + 1], line.text
        if (
            line.role == LineRole.BODY
            and not _standalone_heading(region[n - 1])  # not the lead-in under a heading
            and text.endswith("。")
            and 8 <= chars(text) <= MAX_TOPIC_OVER_SERIES
            and not re.search(r"[：:；;]", text)
            and find_marker(text) is None
            and nxt.role == LineRole.HEADING
            and nxt.kind in _SERIES_KINDS
            and nxt.number == 1
        ):
            found.setdefault(text[:4], []).append(n)
    for members in found.values():
        if len(members) < 2:
            continue
        for n in members:
            line = region[n]
            line.role, line.kind, line.marker = LineRole.HEADING, KIND_NONE, ""
            line.heading, line.run_in_body = heading_text(line.text), ""


def _standalone_heading(line: SourceLine) -> bool:
    return line.role == LineRole.HEADING and not line.run_in_body


_BULLET = re.compile(r"^[◆◇●○■□▶▷►▲△★☆•·▪✔√✅📌🔹🔸]+\s*(?=\S)")


def _short_unpunctuated(line: SourceLine) -> bool:
    return chars(line.text) <= MAX_UNMARKED_HEADING and not ends_with_closing_punct(line.text)


def _could_be_unmarked_heading(line: SourceLine) -> bool:
    text = line.text
    limit = MAX_UNMARKED_HEADING + (10 if line.emphasized else 0)
    # (a tab: a table row read from Word, never a heading)
    if not 2 <= chars(text) <= limit or re.search(r"[：:。；;\t]", text[:-1]):
        return False
    if ends_with_closing_punct(text) and not (line.emphasized and text[-1] == "。"):
        return False
    if normalize_date(text) or TOC_HEAD.match(text.replace("\u3000", "").replace(" ", "")):
        return False
    return han_count(text) * 2 >= len(text.replace(" ", ""))
