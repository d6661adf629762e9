"""Pasted text meets the limits a file does, and a long table of contents stays fast."""

from __future__ import annotations

import time

import pytest

from app.core import limits
from app.core.errors import ZongjieError
from app.core.importer import analyse_text


def test_pasted_text_over_the_line_limit_is_refused_by_name() -> None:
    text = "\n".join("第一段文字。" for _ in range(limits.IMPORT_MAX_LINES + 1))
    started = time.perf_counter()
    with pytest.raises(ZongjieError) as refused:
        analyse_text(text)
    assert time.perf_counter() - started < 2
    assert (
        "粘贴的文字" in refused.value.message
        and f"{limits.IMPORT_MAX_LINES:,}" in refused.value.message
    )


def test_a_long_table_of_contents_is_dropped_in_linear_time() -> None:
    """A contents list of 4,000 entries (each repeated as a heading below) is dropped
    quickly: the kept candidates were compared pairwise (20,000 lines took 16 s)."""
    entries = [f"{n}.第{n}项工作" for n in range(1, 4001)]
    body = [line for entry in entries for line in (entry, "完成。")]
    started = time.perf_counter()
    result = analyse_text("\n".join(["关于全年工作的总结", "目录", *entries, *body]))
    assert time.perf_counter() - started < 2
    headings = [s.heading for s in result.draft.sections]
    assert headings[0] == "第1项工作" and headings.count("第1项工作") == 1
