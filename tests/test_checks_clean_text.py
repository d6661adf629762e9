"""Well-written 公文 text: a reviewer would send nothing back, so neither may the checker."""

from __future__ import annotations

import pytest

from app.core.checks import check_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import NumberStyle

CLEAN_PARAGRAPHS = [
    "2020年上半年，在局党委的坚强领导下，始终把疫情防控作为头等大事，摆在首要位置。",
    "深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的十九大和十九届二中、三中、四中全会精神。",
    "联合市委组织部制定《政治轮训制度》，构建起重点突出、全员覆盖、分级分类的政治轮训工作体系。",
    "各级党组织全力支援社区（村）一线疫情防控，成立5个临时党支部，分2批抽调300余名党员干部下沉社区（村）。",
    "实施了“示范引领”“巩固提升”“培先育优”三大工程，择优选取6个党支部进行重点建设。",
    "作风建设永远在路上，要以钉钉子的精神，以踏石留印、抓铁有痕的力度，抓紧抓实作风纪律建设。",
    "逐级层层签订责任书、承诺书，把全面从严治党压力传导到每一个基层党组织。",
    "全年共完成固定资产投资12.5亿元，同比增长8.3%，完成年度目标的101.2%。",
    "详细情况请登录门户网站https://www.example.gov.cn/notice?id=2020查询，或发送邮件至office@example.gov.cn。",
    "主要做法：一是加强学习，提高政治站位；二是完善制度，规范工作流程；三是强化监督，确保落到实处。",
    "第一，坚持问题导向；第二，坚持目标导向；第三，坚持结果导向。",
    "党委委员、纪委委员分别参加所在支部的组织生活会，该局局长作了讲话。",
    "党支部部署开展“学党史、悟思想、办实事、开新局”主题活动，全部部门参加。",
    "认认真真学习，扎扎实实工作，兢兢业业奉献，家家户户受益，方方面面都有提升。",
    "一件件实事办到群众心坎上，一个个难题被逐一破解，天天有进展，月月有变化。",
    "常态化开展“我为群众办实事”实践活动，累计解决群众急难愁盼问题1,200余件。",
    "具体体现在以下几个方面：一是思想认识进一步提高；二是工作机制进一步健全。",
    "会议于2020年7月1日上午9:30召开，时长2.5小时。",
    "引进Office 365办公系统，实现公文流转“一网通办”。",
    "殷殷嘱托铭记于心，谆谆教诲化为行动，遥遥领先的优势来之不易。",
    "坚持人民至上、生命至上，统筹推进疫情防控和经济社会发展工作——这是一场大考。",
    "开通北京至上海直达专线（试运行），2020—2025年规划同步编制。",
    "下半年，我们将继续深化“放管服”改革，推动各项工作再上新台阶！",
]


def test_clean_paragraphs_have_no_findings() -> None:
    draft = Draft(
        meta=Meta(
            title="2020年上半年工作总结",
            subtitle="——在全局工作会议上的讲话",
            author="某市交通运输局",
            date="2020年7月1日",
            attachments=["上半年重点工作完成情况表", "下半年工作计划"],
        ),
        intro=[Paragraph.plain(CLEAN_PARAGRAPHS[0])],
        sections=[
            Section("上半年主要工作", [Paragraph.plain(p) for p in CLEAN_PARAGRAPHS[1:12]], id="a"),
            Section(
                "下半年工作安排",
                [Paragraph.plain(p) for p in CLEAN_PARAGRAPHS[12:]],
                children=[
                    Section(
                        "完善制度机制，深化系统党的政治建设",
                        [Paragraph.plain("以贯彻落实条例为牵引。")],
                        run_in=True,
                    )
                ],
                budget=2000,
                id="b",
            ),
        ],
        numbering=[NumberStyle.CN_DUN, NumberStyle.CN_SHI],
    )
    found = check_draft(draft)
    assert [(f.rule, f.excerpt) for f in found] == []


@pytest.mark.parametrize("text", CLEAN_PARAGRAPHS)
def test_each_clean_paragraph_alone(text: str) -> None:
    draft = Draft(sections=[Section("主要工作", [Paragraph.plain(text)])])
    assert [(f.rule, f.matched) for f in check_draft(draft)] == []
