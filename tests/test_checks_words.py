"""Doubled characters/words (slips vs. reduplication) and unfilled placeholders."""

from __future__ import annotations

import pytest
from checks_helpers import body_draft, findings, in_body, matched

from app.core.checks import apply_fixes, check_draft
from app.core.model import Meta


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("联合市委委组织部制定《政治轮训制度》。", "委委"),
        ("协助省委委组织部完成干部考核。", "委委"),
        ("我们们要进一步加强作风建设。", "们们"),
        ("认真落实落实主体责任的的要求。", "的的"),
        ("全面完成了了年度目标任务。", "了了"),
        ("推动党建工作作重点任务落地。", "作作"),
        ("做好疫情防防控工作。", "防防"),
        # after a punctuation mark the first copy ends no word, even if 全局/实施 are words
        ("今年以来，全全局干部职工共同努力。", "全全"),
        ("按照《实实施细则》执行。", "实实"),
        ("工作作风建设。工工作取得实效。", "工工"),
    ],
)
def test_doubled_character_slips_are_found(text: str, slip: str) -> None:
    assert slip in matched(text, "repeat.char")


@pytest.mark.parametrize(
    "text",
    [
        "始终让党旗在防控疫情斗争第一线高高飘扬。",
        "常常深入基层，天天研判形势，人人参与，一一对照整改。",
        "层层压实责任，级级传导压力，处处体现担当，事事有回音，时时绷紧弦。",
        "家家户户参与，认认真真学习，扎扎实实推进，兢兢业业工作。",
        "一个个难题被攻克，一步步走向胜利，一件件实事办到群众心坎上。",
        "要以钉钉子的精神抓落实，步步为营，节节攀升。",
        "学习习近平新时代中国特色社会主义思想。",
        "党委委员、市委委员参加会议；党支部部署工作，全部部门参加；该局局长讲话。",
        "加强工作作风建设，改进管理理念，推进落实实施方案，明确确保目标。",
        "二〇二二年工作安排，殷殷嘱托，遥遥领先，谆谆教诲。",
        "不了了之的问题要坚决纠正，达到目的的手段要合规。",
        "税收收入稳步增长，中医医院建成投用，合作社社员增收。",
        "各县县长、图书馆馆长、代表团团长参加会议。",
        "拨付3000元元旦慰问金；同时，对对口帮扶县加大投入，在在建工地开展检查。",
    ],
)
def test_reduplication_and_word_meetings_pass(text: str) -> None:
    assert matched(text, "repeat.char") == []


def test_doubled_character_fix_drops_one_copy() -> None:
    draft = body_draft("联合市委委组织部制定制度。")
    [finding] = findings(draft, "repeat.char")
    assert apply_fixes(draft, [finding]) == 1
    assert draft.sections[0].body[0].text == "联合市委组织部制定制度。"


def test_tripled_character_is_one_finding() -> None:
    [finding] = in_body("市委委委组织部", "repeat.char")
    assert (
        finding.matched == "委委委" and finding.fix is not None and finding.fix.replacement == "委"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("建立局属系统系统榜样人物选树推荐机制。", "系统"),
        ("进一步加强加强基层党组织建设。", "加强"),
        ("推动全面从严治党全面从严治党向纵深发展。", "全面从严治党"),
    ],
)
def test_doubled_word_slips_are_found(text: str, word: str) -> None:
    found = in_body(text, "repeat.word")
    assert found, text
    assert found[0].matched in (word, word * 2) or word.startswith(found[0].matched)


@pytest.mark.parametrize(
    "text",
    [
        "这件事请大家研究研究，讨论讨论，再商量商量。",
        "一个一个落实，一步一步推进。",
        "看看是不是不符合规定。",
        "雪白雪白的墙面。",
    ],
)
def test_reduplicated_words_pass(text: str) -> None:
    assert matched(text, "repeat.word") == []


def test_doubled_word_fix_removes_only_the_second_copy() -> None:
    draft = body_draft("建立局属系统系统榜样人物选树推荐机制。")
    [finding] = findings(draft, "repeat.word")
    apply_fixes(draft, [finding])
    assert draft.sections[0].body[0].text == "建立局属系统榜样人物选树推荐机制。"


def test_repeat_fixes_are_suggestions_not_automatic() -> None:
    from app.core.checks import AUTO_FIX_RULES

    assert "repeat.char" not in AUTO_FIX_RULES and "repeat.word" not in AUTO_FIX_RULES


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("其中，**局实施党建工作模式。", "**"),
        ("×××同志在会上讲话。", "×××"),
        ("XX公司完成整改。", "XX"),
        ("○○街道成立临时党支部。", "○○"),
        ("共慰问困难职工【待补】人。", "【待补】"),
        ("投入资金[ ]万元。", "[ ]"),
        ("完成率达到（　）%。", "（　）"),
        ("参训人数：____人。", "____"),
        ("〇〇社区开展志愿服务。", "〇〇"),
    ],
)
def test_placeholders_are_errors_without_fix(text: str, placeholder: str) -> None:
    found = in_body(text, "placeholder")
    assert [f.matched for f in found] == [placeholder]
    assert found[0].severity == "error" and found[0].fix is None


@pytest.mark.parametrize(
    "text",
    [
        "二〇二〇年七月，二〇〇八年以来。",
        "购置XXL号防护服，Linux系统维护。",
        "乘以2*3的系数，社区（村）一线。",
        "【重要】请各单位按时报送。",
    ],
)
def test_text_that_only_looks_like_a_placeholder_passes(text: str) -> None:
    assert matched(text, "placeholder") == []


def test_placeholder_in_meta_author_is_found() -> None:
    draft = body_draft("正文。")
    draft.meta = Meta(title="工作总结", author="××市××局")
    found = findings(draft, "placeholder")
    assert {(f.location.field, f.matched) for f in found} == {("meta.author", "××")}
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "bold"),
    [
        ("**重点工作**：加强学习，提高站位。", "重点工作"),
        ("1. **加强学习**。组织专题学习12次。", "加强学习"),
    ],
)
def test_markdown_bold_is_reported_as_such_not_as_a_placeholder(text: str, bold: str) -> None:
    found = [(f.rule, f.fix.replacement if f.fix else None) for f in check_draft(body_draft(text))]
    assert found == [("markup.bold", bold)]


@pytest.mark.parametrize(
    "text", ["完成投资**亿元，占年度计划的**%。", "其中，**局实施**工程。", "一是**，二是**。"]
)
def test_asterisks_in_the_middle_of_a_sentence_stay_placeholders(text: str) -> None:
    assert {f.rule for f in check_draft(body_draft(text))} == {"placeholder"}
