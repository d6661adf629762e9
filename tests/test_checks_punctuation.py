"""Punctuation rules: half-width marks, pairs, doubled marks, …… and ——."""

from __future__ import annotations

import pytest
from checks_helpers import body_draft, in_body, matched

from app.core.checks import apply_fixes

HALF = "punct.halfwidth"


def fixed(text: str, rule: str) -> str:
    draft = body_draft(text)
    found = [f for f in in_body(text, rule)]
    apply_fixes(draft, found)
    return draft.sections[0].body[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年以来,我局认真落实各项工作.", "今年以来，我局认真落实各项工作。"),
        ("主要做法有:加强学习;完善制度!", "主要做法有：加强学习；完善制度！"),
        ("是否按期完成?请各单位报告。", "是否按期完成？请各单位报告。"),
        ("深入社区(村)开展服务。", "深入社区（村）开展服务。"),
        ('开展"创品牌、筑堡垒"活动。', "开展“创品牌、筑堡垒”活动。"),
        ("建立'日报告'制度。", "建立‘日报告’制度。"),
        ("完成COVID-19疫苗接种,共3万人次。", "完成COVID-19疫苗接种，共3万人次。"),
        ("今年以来, 我局认真落实. 取得成效。", "今年以来，我局认真落实。取得成效。"),
        ("1,2月份，完成1,2,3号楼主体施工。", "1、2月份，完成1、2、3号楼主体施工。"),
    ],
)
def test_halfwidth_marks_in_chinese_become_fullwidth(text: str, expected: str) -> None:
    assert fixed(text, HALF) == expected


@pytest.mark.parametrize(
    "text",
    [
        "增长1.5个百分点，投入资金1,000万元，12,500,000元。",
        "会议于8:30开始，2020.7.1印发。",
        "详见网站https://www.gov.cn/zhengce/index.html?id=1,2。",
        "联系邮箱zongjie.office@example.com。",
        '引用了英文原文 He said, "Yes, we can." 一句。',
        "使用Python 3.11版本，文件名为报告.docx。",
        "Don't panic 是一句英文。",
    ],
)
def test_numbers_urls_and_english_keep_halfwidth_marks(text: str) -> None:
    assert matched(text, HALF) == []


def test_halfwidth_finding_points_at_the_mark() -> None:
    [finding] = in_body("今年以来,我局", HALF)
    assert (finding.location.offset, finding.location.length, finding.matched) == (4, 1, ",")
    assert finding.fix is not None and finding.fix.replacement == "，"
    assert "全角" in finding.message


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("贯彻落实《请示报告工作条例的通知。", "《"),
        ("开展“创品牌、筑堡垒活动。", "“"),
        ("社区（村一线疫情防控。", "（"),
        ("成立5个临时党支部）。", "）"),
        ("【待补充内容的说明。", "【"),
        ("他说‘好的。", "‘"),
    ],
)
def test_unbalanced_pairs_are_found(text: str, bad: str) -> None:
    found = in_body(text, "punct.unbalanced")
    assert [f.matched for f in found] == [bad]
    assert found[0].fix is None  # where the missing half goes is for the writer to decide


@pytest.mark.parametrize(
    "text",
    [
        "贯彻落实《中国共产党党组工作条例（试行）》和“三会一课”制度。",
        "开展“‘党员先锋岗’创建”活动（详见附件1）。",
        "社区(村)一线，与社区（村）同义。",
    ],
)
def test_balanced_pairs_pass(text: str) -> None:
    assert matched(text, "punct.unbalanced") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("取得了明显成效。。", "取得了明显成效。"),
        ("加强学习，，提高本领。", "加强学习，提高本领。"),
        ("圆满完成全年任务，。", "圆满完成全年任务。"),
    ],
)
def test_doubled_punctuation_is_fixed(text: str, expected: str) -> None:
    assert fixed(text, "punct.doubled") == expected


def test_mixed_doubled_punctuation_mid_sentence_has_no_automatic_fix() -> None:
    [finding] = in_body("加强学习，。提高本领。", "punct.doubled")
    assert finding.matched == "，。" and finding.fix is None


@pytest.mark.parametrize(
    "text", ["难道不应该反思吗？！", "取得成效。“两学一做”深入开展。", "任务艰巨……但我们完成了。"]
)
def test_accepted_punctuation_runs_pass(text: str) -> None:
    assert matched(text, "punct.doubled") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("消毒液、酒精、口罩...等物资", "消毒液、酒精、口罩……等物资"),
        ("消毒液、酒精、口罩。。。等物资", "消毒液、酒精、口罩……等物资"),
        ("消毒液、酒精、口罩…等物资", "消毒液、酒精、口罩……等物资"),
    ],
)
def test_ellipsis_forms_become_six_dots(text: str, expected: str) -> None:
    assert fixed(text, "punct.ellipsis") == expected


def test_proper_ellipsis_and_decimals_pass() -> None:
    assert matched("口罩、酒精……等物资，增长2.5%。", "punct.ellipsis") == []


def test_hyphen_between_chinese_is_a_hint_without_fix() -> None:
    # "-" between Chinese is wrong either way, but whether the writer meant the dash
    # "——" or the connector "—" (北京—上海) is for them to say.
    [finding] = in_body("坚持一个中心-经济建设。", "punct.dash")
    assert finding.fix is None and finding.severity == "info"
    assert "——" in finding.message and "—" in finding.message


def test_single_em_dash_is_the_connector_and_passes() -> None:
    # GB/T 15834-2011: "—" joins ranges and places (北京—上海, 2023—2024年).
    assert matched("开通北京—上海、广州—深圳专线，2023—2024年度。", "punct.dash") == []


@pytest.mark.parametrize(
    "text", ["作风建设——永远在路上。", "2020-2021年度，COVID-19疫情。", "京津冀 - 协同"]
)
def test_dashes_that_are_right_pass(text: str) -> None:
    assert matched(text, "punct.dash") == []
