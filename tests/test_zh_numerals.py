"""Chinese numerals: one writer and one reader (app.core.zh.numerals) for 1–999."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.importer.markers import find_marker
from app.core.zh.numerals import chinese_numeral, parse_chinese_numeral


@given(st.integers(1, 999))
def test_every_numeral_reads_back(n: int) -> None:
    assert parse_chinese_numeral(chinese_numeral(n)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十一", 11),
        ("二十一", 21),
        ("一百零一", 101),
        ("一百〇一", 101),  # 〇 for the gap, as in 二〇二〇
        ("一百一十", 110),
        ("一百十", 110),  # not how 110 is written, but read
        ("两", 2),
        ("两百", 200),
        ("九百九十九", 999),
    ],
)
def test_what_people_write_is_read(text: str, value: int) -> None:
    assert parse_chinese_numeral(text) == value


@pytest.mark.parametrize("text", ["", "零", "〇", "一二", "十十", "百", "一百零", "二十十", "一千"])
def test_what_is_not_one_number(text: str) -> None:
    assert parse_chinese_numeral(text) is None


def test_importer_reads_one_hundred_and_one_and_liang() -> None:
    # Before: the checks read only up to 九十九, the export's date reader up to 三十一, and the
    # importer read "一二" as 2. Now every reader is this one.
    found = find_marker("一百零一、其他事项")
    assert found is not None and found[0].number == 101
    assert find_marker("一二·九运动纪念活动") is None
