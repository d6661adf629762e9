"""Drafts for the paginator's agreement tests: long reports written to the pattern of real
government work summaries (an 应急管理局 year report, a 统计局 half-year report with a
plan, a 教育局 report sealed with three attachments), and the generated four-level draft
with long headings. Deterministic: the same drafts on every run.

The reports mix what real texts have and line breaking must handle: figures and
percentages (12.5%, 3.2个百分点), years, Latin abbreviations (5G, GDP, PPP, 12345),
《》 titles, “” quotes, （） asides, 顿号 lists, ——, run-in 一是 items, headings of
several lines and numbering styles of every level.
"""

from __future__ import annotations

from export_drafts import generated_draft

from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.numbering import NumberStyle

_EMERGENCY = (
    "全年共开展安全生产执法检查1826家次，查处隐患3974项，整改率达98.6%",
    "立案查处违法违规行为127起，罚没款412.5万元，同比增长18.3%",
    "组织开展“安全生产月”“防灾减灾日”等主题宣传活动46场次，发放宣传资料12万余份",
    "全区生产安全事故起数和死亡人数实现“双下降”，分别下降21.4%和16.7%",
    "修订完善《区突发事件总体应急预案》和15个专项预案，组织综合演练23次",
    "建成区级应急指挥中心，接入视频监控点位2860路，实现与市级平台互联互通",
    "在重点行业领域推行“企业自查、部门抽查、专家会诊”工作机制",
    "完成危险化学品企业“一企一策”风险评估67家，关停退出落后产能企业9家",
    "健全区、镇（街道）、村（社区）三级应急救援队伍，总人数达到1.2万人",
    "依托12345热线和“随手拍”平台受理群众举报线索318条，办结率100%",
    "持续推进安全生产专项整治三年行动，建立问题隐患和制度措施“两个清单”",
    "开展森林防火、防汛抗旱、地质灾害等隐患排查，转移安置受威胁群众2146人",
    "推动5G、物联网等技术在矿山和危化品领域的应用，建成智能监测预警点位340个",
    "全年投入应急物资储备资金860万元，储备帐篷、折叠床等救灾物资5.6万件",
    "组织应急管理干部业务培训8期，培训人员1200余人次",
    "对全区32个重点镇（街道）开展安全生产巡查，约谈主要负责人11人次",
    "深入学习贯彻习近平总书记关于安全生产的重要论述，把“人民至上、生命至上”落到实处",
    "坚持“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”",
    "督促企业落实全员安全生产责任制，推动安全生产标准化达标企业新增54家",
    "针对汛期强降雨天气，提前转移人员、预置力量，实现了“不死人、少伤人、少损失”的目标",
)
_STATISTICS = (
    "上半年全市地区生产总值（GDP）完成1286.4亿元，同比增长6.2%，增速高于全省平均水平0.8个百分点",
    "规模以上工业增加值增长7.5%，其中高技术制造业增长14.3%，占比提高2.1个百分点",
    "圆满完成第五次全国经济普查清查阶段工作，共清查法人单位4.8万个、个体经营户12.6万户",
    "按照《统计法》和《统计法实施条例》要求，开展统计执法“双随机、一公开”检查56家",
    "建立“四上”企业培育库，新增入库企业238家，完成年度目标的61.7%",
    "编印《统计月报》6期、《统计分析》24篇，其中3篇获市领导批示",
    "推进统计数据质量提升行动，对PPP项目、重大投资项目开展入库核查",
    "依托“统计云”平台实现联网直报率100%，数据审核时间缩短30%以上",
    "开展统计法治宣传进企业、进社区活动18场，发放《致统计调查对象的一封信》5000余份",
    "对固定资产投资、社会消费品零售总额等主要指标开展季度监测和预警分析",
    "配合国家统计局调查总队完成住户收支、劳动力调查等专项调查任务",
    "城镇居民人均可支配收入达到24318元，增长5.4%；农村居民人均可支配收入增长7.1%",
    "全市统计系统共有统计人员326人，其中具有中级以上职称的占42.6%",
    "严肃查处统计造假、弄虚作假行为，立案查处统计违法案件7件，通报曝光典型案例3起",
    "建成覆盖全市的基层统计规范化建设示范点25个",
    "下半年将重点做好经济普查登记、年度统计报表布置和统计执法检查等工作",
    "着力提升统计服务能力，为市委、市政府科学决策提供更加精准的数据支撑",
    "深化“放管服”改革，全面推行统计证明事项告知承诺制",
)
_EDUCATION = (
    "新建、改扩建中小学和幼儿园14所，新增学位8640个，有效缓解城区“入学难”问题",
    "全县学前三年毛入园率达到92.3%，普惠性幼儿园覆盖率达到86.5%",
    "深入落实“双减”政策，义务教育学校课后服务实现全覆盖，学生参与率达95.8%",
    "组织开展校园安全隐患大排查，排查整改隐患问题417个，投入资金1360万元",
    "实施教师队伍建设“三年行动计划”，招聘新教师286名，培训教师1.2万人次",
    "落实学生资助政策，累计资助家庭经济困难学生2.3万人次、发放资助资金2680万元",
    "高考本科上线率达到68.4%，较上年提高3.6个百分点",
    "推进“互联网+教育”发展，建成智慧教室420间，实现5G网络校园全覆盖",
    "开展“书香校园”“阳光体育”等活动，全县中小学生体质健康合格率达到93.1%",
    "制定《县义务教育优质均衡发展实施方案》，推动城乡学校结对帮扶68对",
    "完成农村学校食堂改造23所，受益学生1.6万余人",
    "健全家校社协同育人机制，举办家长学校培训班136期，覆盖家长3万余人次",
    "严格落实意识形态工作责任制，开展师德师风专项整治，查处违规行为5起",
    "职业教育产教融合持续深化，与42家企业共建实训基地，毕业生就业率达97%",
    "开展防溺水专题教育和“安全第一课”活动，全县未发生重大校园安全事故",
    "持续改善办学条件，义务教育阶段大班额全部消除",
)
_HEADINGS_LONG = (
    "坚持人民至上、生命至上，全力防范化解重大安全风险，切实筑牢安全生产防线",
    "聚焦主责主业，持续深化安全生产专项整治三年行动，推动隐患排查治理常态化",
    "着力补齐应急能力短板，加快构建统一指挥、专常兼备、反应灵敏、上下联动的应急管理体制",
    "强化统计监督职能，坚决防范和惩治统计造假、弄虚作假",
    "推动义务教育优质均衡发展，办好人民满意的教育",
)


class _Seq:
    """A linear congruential generator: the same numbers on every platform and run."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % (2**31)
        return self.state % bound


def _paragraph(seq: _Seq, bank: tuple[str, ...], sentences: int) -> Paragraph:
    parts = []
    for _ in range(sentences):
        first = bank[seq.next(len(bank))]
        if seq.next(3) == 0:
            first += "，" + bank[seq.next(len(bank))]
        parts.append(first + ("；" if seq.next(5) == 0 else "。"))
    text = "".join(parts)
    if text.endswith("；"):
        text = text[:-1] + "。"
    return Paragraph.plain(text)


def _items(seq: _Seq, bank: tuple[str, ...], headings: tuple[str, ...]) -> list[Section]:
    """Run-in 一是… items: a short lead and a paragraph of body text each."""
    return [
        Section(heading=h, body=[_paragraph(seq, bank, 2 + seq.next(4))], run_in=True)
        for h in headings
    ]


def emergency_report() -> Draft:
    """区应急管理局 2023 year report: four levels, run-in items, long headings."""
    seq = _Seq(2023)
    bank = _EMERGENCY
    sections = []
    for i, (h1, subs) in enumerate(
        (
            (
                "2023年工作开展情况",
                (
                    _HEADINGS_LONG[0],
                    "压实安全生产责任，构建齐抓共管工作格局",
                    _HEADINGS_LONG[1],
                    _HEADINGS_LONG[2],
                ),
            ),
            ("存在的问题和不足", ("风险隐患依然突出", "基层应急能力有待提升")),
            (
                "2024年工作打算",
                ("着力提升本质安全水平", "全面加强应急管理体系和能力建设", "锻造过硬干部队伍"),
            ),
        )
    ):
        level2 = []
        for j, h2 in enumerate(subs):
            children: list[Section] = []
            if i == 0 and j in (1, 3):
                children = [
                    Section(
                        heading=h3,
                        body=[_paragraph(seq, bank, 3 + seq.next(3))],
                        children=[
                            Section(heading=h4, body=[_paragraph(seq, bank, 2)])
                            for h4 in ("明确责任清单", "强化考核问责")[: 1 + k]
                        ],
                    )
                    for k, h3 in enumerate(("健全责任体系", "完善工作机制，推动各项任务落到实处"))
                ]
            elif j % 2 == 0:
                children = _items(seq, bank, ("强化统筹调度", "突出重点领域", "狠抓督查落实"))
            level2.append(
                Section(
                    heading=h2,
                    body=[_paragraph(seq, bank, 3 + seq.next(4)) for _ in range(1 + seq.next(2))],
                    children=children,
                )
            )
        sections.append(
            Section(heading=h1, body=[_paragraph(seq, bank, 2)] if i != 1 else [], children=level2)
        )
    return Draft(
        meta=Meta(
            title="××区应急管理局2023年工作总结和2024年工作打算",
            author="××区应急管理局",
            date="2024年1月8日",
        ),
        intro=[_paragraph(seq, bank, 4)],
        sections=sections,
    )


def statistics_report() -> Draft:
    """市统计局 half-year report and plan: subtitle, cn-paren second level, a bold phrase,
    one attachment."""
    seq = _Seq(2024)
    bank = _STATISTICS
    sections = []
    for h1, subs in (
        (
            "上半年主要工作",
            (
                "统计调查任务圆满完成",
                "第五次全国经济普查有序推进",
                _HEADINGS_LONG[3],
                "统计服务水平持续提升",
            ),
        ),
        ("下半年工作计划", ("全力做好经济普查登记工作", "持续提升统计数据质量")),
    ):
        level2 = [
            Section(
                heading=h2,
                body=[_paragraph(seq, bank, 3 + seq.next(5)) for _ in range(2 + seq.next(3))],
            )
            for h2 in subs
        ]
        sections.append(Section(heading=h1, children=level2))
    bold = Paragraph(
        [
            Run("全市经济运行总体平稳、稳中有进。"),
            Run("GDP增速连续三个季度保持在6%以上", bold=True),
            Run("，主要指标增速好于预期。"),
        ]
    )
    return Draft(
        meta=Meta(
            title="××市统计局2024年上半年工作总结及下半年工作计划",
            subtitle="（2024年7月）",
            author="××市统计局",
            date="2024-07-05",
            attachments=["2024年上半年全市主要经济指标完成情况表"],
        ),
        numbering=[
            NumberStyle.CN_DUN,
            NumberStyle.CN_PAREN,
            NumberStyle.NUM_DOT,
            NumberStyle.NUM_PAREN,
        ],
        intro=[_paragraph(seq, bank, 3), bold],
        sections=sections,
    )


def education_report() -> Draft:
    """县教育局 report, sealed layout, three attachments, 第一， style items."""
    seq = _Seq(2022)
    bank = _EDUCATION
    sections = []
    for h1 in (
        "聚焦立德树人，教育质量稳步提升",
        _HEADINGS_LONG[4],
        "守牢安全底线，平安校园建设扎实推进",
        "下一步工作打算",
    ):
        body = [_paragraph(seq, bank, 3 + seq.next(5)) for _ in range(2 + seq.next(3))]
        children = _items(seq, bank, ("坚持问题导向", "坚持项目带动")) if seq.next(2) else []
        sections.append(Section(heading=h1, body=body, children=children))
    return Draft(
        meta=Meta(
            title="××县教育局关于2023年度教育工作情况的报告",
            author="××县教育局",
            date="2023年12月20日",
            attachments=[
                "2023年度教育重点项目完成情况表",
                "全县中小学校舍安全排查整改台账",
                "2024年教育民生实事项目计划",
            ],
        ),
        numbering=[
            NumberStyle.CN_DUN,
            NumberStyle.CN_DI,
            NumberStyle.NUM_DOT,
            NumberStyle.NUM_PAREN,
        ],
        intro=[_paragraph(seq, bank, 3)],
        sections=sections,
    )


def long_heading_draft() -> Draft:
    """The generated four-level draft, its headings made long enough to wrap (a heading
    of two lines at a page foot is what R1 is about)."""
    draft = generated_draft()
    seq = _Seq(7)
    for section, level, _number in draft.walk_with_level():
        if not section.run_in and seq.next(3) == 0:
            extra = _HEADINGS_LONG[seq.next(len(_HEADINGS_LONG))]
            section.heading = section.heading + "，" + extra[: 14 + 6 * seq.next(3) + level]
    return draft


REPORTS = {
    "emergency": emergency_report,
    "statistics": statistics_report,
    "education": education_report,
}


def test_the_reports_are_long_and_varied() -> None:
    from app.core.pagination import paginate

    for name, build in REPORTS.items():
        draft = build()
        pages = paginate(draft, sealed=name == "education").pages
        assert len(pages) >= 5, name
        text = "".join(line.text for page in pages for line in page.lines)
        assert "%" in text and "“" in text and "《" in text, name
    assert any(len(s.heading) > 26 for s in long_heading_draft().walk())
