"""Marker, date and letter-spacing helpers of the importer."""

from __future__ import annotations

import pytest

from app.core.importer.markers import (
    collapse_letter_spacing,
    find_marker,
    has_inline_sequel,
    is_letter_spaced,
    lead_sentence_end,
)
from app.core.zh.dates import normalize_date as parse_date_line
from app.core.zh.numerals import parse_chinese_numeral as parse_chinese_number


@pytest.mark.parametrize(
    ("line", "kind", "number", "rest"),
    [
        ("一、总体要求", "cn-dun", 1, "总体要求"),
        ("十二、其他", "cn-dun", 12, "其他"),
        ("（三）加强领导", "cn-paren", 3, "加强领导"),
        ("(三) 加强领导", "cn-paren", 3, "加强领导"),
        ("4.完善制度", "num-dot", 4, "完善制度"),
        ("４．完善制度", "num-dot", 4, "完善制度"),
        ("5、健全机制", "num-dot", 5, "健全机制"),
        ("（12）开展培训", "num-paren", 12, "开展培训"),
        ("十一是强化保障", "cn-shi", 11, "强化保障"),
        ("第三，狠抓落实", "cn-di", 3, "狠抓落实"),
        ("第二部分　工作安排", "chapter", 2, "工作安排"),
        ("2.2025年重点任务", "num-dot", 2, "2025年重点任务"),
    ],
)
def test_markers(line: str, kind: str, number: int, rest: str) -> None:
    found = find_marker(line)
    assert found is not None
    marker, text = found
    assert (marker.kind, marker.number, text) == (kind, number, rest)


@pytest.mark.parametrize(
    "line", ["1.5亿元投资到位", "2020年工作", "一是", "一、", "0.8个百分点", "12.5%"]
)
def test_not_markers(line: str) -> None:
    assert find_marker(line) is None


def test_inline_enumeration() -> None:
    marker, rest = find_marker("一是加强学习；二是改进作风；三是狠抓落实。")  # type: ignore[misc]
    assert has_inline_sequel(marker, rest)
    marker, rest = find_marker("一是加强学习。全年组织集中学习24次。")  # type: ignore[misc]
    assert not has_inline_sequel(marker, rest)


def test_lead_sentence_ignores_stops_inside_quotes_and_titles() -> None:
    text = "贯彻《条例。修订版》精神。正文"
    assert text[: lead_sentence_end(text, 60)] == "贯彻《条例。修订版》精神。"
    assert lead_sentence_end("没有句号的标题", 60) == -1


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2020年7月1日", "2020年7月1日"),
        ("2020年07月01日", "2020年7月1日"),
        ("二〇二〇年七月一日", "2020年7月1日"),
        ("二○二四年十二月三十一日", "2024年12月31日"),
        ("（2024年1月5日）", "2024年1月5日"),
        ("2024 年 1 月 5 日", "2024年1月5日"),
        ("2024-01-05", "2024年1月5日"),
        ("2024.1.5", "2024年1月5日"),
        ("2024年12月", "2024年12月"),
        ("二〇二四年十二月", "2024年12月"),
    ],
)
def test_dates(line: str, date: str) -> None:
    assert parse_date_line(line) == date


@pytest.mark.parametrize("line", ["2024年13月1日", "2024年1月5日召开会议", "今年7月", "2024年"])
def test_not_dates(line: str) -> None:
    assert parse_date_line(line) is None


def test_chinese_numbers() -> None:
    assert [
        parse_chinese_number(t) for t in ("一", "十", "十一", "二十", "九十九", "一百零一")
    ] == [
        1,
        10,
        11,
        20,
        99,
        101,
    ]


def test_letter_spacing() -> None:
    assert is_letter_spaced("国 家 粮 食 局")
    assert not is_letter_spaced("张 三")
    assert not is_letter_spaced("2024年 工作总结")
    assert collapse_letter_spacing("总  结") == "总结"
