"""Derived section numbers, including the ones people get wrong past ten."""

import pytest

from app.core.numbering import NumberStyle, chinese_numeral, format_number


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (121, "一百二十一"),
    ],
)
def test_chinese_numerals(n: int, expected: str) -> None:
    assert chinese_numeral(n) == expected


@pytest.mark.parametrize(
    ("style", "n", "expected"),
    [
        (NumberStyle.CN_DUN, 1, "一、"),
        (NumberStyle.CN_DUN, 11, "十一、"),
        (NumberStyle.CN_PAREN, 12, "（十二）"),
        (NumberStyle.NUM_DOT, 3, "3."),
        (NumberStyle.NUM_PAREN, 10, "（10）"),
        (NumberStyle.CN_SHI, 11, "十一是"),
        (NumberStyle.CN_DI, 2, "第二，"),
        (NumberStyle.NONE, 5, ""),
    ],
)
def test_format_number(style: NumberStyle, n: int, expected: str) -> None:
    assert format_number(style, n) == expected


def test_zero_is_not_a_section_number() -> None:
    with pytest.raises(ValueError):
        chinese_numeral(0)
