"""Title lines (7.3.1): broken between words, balanced, never 1–2 characters alone.

The words each title must keep whole are listed with it: a break inside one of them is
the "考察工/作" the issue measured.
"""

from __future__ import annotations

import unicodedata

import pytest

from app.core import layout
from app.core.export.title_lines import title_lines


def zi(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in text)


# (title, words that must not be split across lines)
REALISTIC = [
    (
        "关于印发《××市2024年度安全生产工作考核办法》的通知",
        ["安全生产", "考核办法", "通知", "2024年度", "××市"],
    ),
    ("××市××局关于赴××市学习考察工作情况的报告", ["考察", "工作", "情况", "报告", "××市", "××局"]),
    ("××市××局关于赴××市学习考察数字政府建设工作情况的报告", ["学习考察", "数字政府", "报告"]),
    ("关于进一步加强全市安全生产监督管理工作的实施意见", ["进一步", "安全生产", "实施意见"]),
    (
        "××市人民政府办公室关于2024年上半年全市经济运行情况的通报",
        ["人民政府", "办公室", "2024年上半年", "通报"],
    ),
    ("××县人民政府关于2024年度法治政府建设情况的报告", ["法治政府", "2024年度", "报告"]),
    ("××市××局2024年上半年工作总结和下半年工作计划", ["工作总结", "工作计划", "上半年"]),
    ("××市教育局关于做好2024年普通高中招生工作的通知", ["教育局", "普通高中", "招生", "通知"]),
    ("关于表彰2023年度全市优秀共产党员和先进基层党组织的决定", ["共产党员", "基层党组织", "决定"]),
    ("××市××局关于2024年度党风廉政建设和反腐败工作情况的报告", ["党风廉政", "反腐败", "报告"]),
    (
        "中共××市委办公室 ××市人民政府办公室关于印发《××市乡村振兴战略实施方案》的通知",
        ["××市人民政府办公室", "乡村振兴", "实施方案", "通知"],
    ),
    (
        "国务院办公厅关于印发《全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案》的通知",
        ["国务院办公厅", "营商环境", "放管服", "分工方案", "通知"],
    ),
]


@pytest.mark.parametrize(("title", "words"), REALISTIC, ids=[t[:12] for t, _ in REALISTIC])
def test_long_titles_break_between_words_into_balanced_lines(title: str, words: list[str]) -> None:
    lines = title_lines(title)
    assert "".join(lines) == title.replace(" ", "")  # nothing lost or added
    widths = [zi(line) for line in lines]
    assert max(widths) <= layout.TITLE_LINE_ZI, lines
    assert min(widths) >= 3, f"a line of 1–2 characters: {lines}"
    for word in words:
        assert any(word in line for line in lines), f"{word} split: {lines}"
    if zi(title) > layout.TITLE_LINE_ZI:
        assert len(lines) >= 2
    if len(lines) == 2:
        top, bottom = widths
        assert bottom >= top * 0.4, f"unbalanced: {lines}"
    if len(lines) >= 3:
        inner = widths[1:-1]
        assert not any(w < widths[0] and w < widths[-1] for w in inner), f"hourglass: {lines}"
    # no line ends with an opening mark or a word that belongs to the next line
    for line in lines[:-1]:
        assert not line.endswith(("《", "“", "（", "关于", "的")), lines
    for line in lines[1:]:
        assert line[0] not in "》”），。、", lines


def test_the_notice_keeps_its_shape() -> None:
    """The issue's case: "…的通知" no longer leaves 通知 alone; 上长下短 (layout)."""
    lines = title_lines("关于印发《××市2024年度安全生产工作考核办法》的通知")
    assert lines == ["关于印发《××市2024年度安全生产", "工作考核办法》的通知"]


def test_a_title_that_fits_stays_one_line() -> None:
    assert title_lines("2024年度工作总结") == ["2024年度工作总结"]
    # 20 字 exactly: the title line's width (156 mm / 22 pt)
    twenty = "××局关于赴××市学习考察工作情况的报告"
    assert zi(twenty) == layout.TITLE_LINE_ZI == 20
    assert title_lines(twenty) == [twenty]


def test_the_users_own_lines_are_kept() -> None:
    title = "关于2024年度党建工作\n和业务工作情况的总结"
    assert title_lines(title) == ["关于2024年度党建工作", "和业务工作情况的总结"]
    assert title_lines("  \n") == []
    assert title_lines("很长的标题" * 3 + "\n短") == ["很长的标题很长的标题很长的标题", "短"]


def test_unbreakable_text_still_fits_the_line() -> None:
    """No word boundary anywhere (a run of Latin letters): broken by width, as a last
    resort, never past the line."""
    lines = title_lines("A" * 60)
    assert all(zi(line) <= layout.TITLE_LINE_ZI for line in lines)
    assert "".join(lines) == "A" * 60


def test_text_pasted_into_the_title_is_left_to_the_renderer() -> None:
    """Wider than TITLE_MAX_LINES lines: one paragraph, nothing cut or broken."""
    title = "关于" + "进一步加强和改进" * 40 + "工作的总结"
    assert title_lines(title) == [title]
