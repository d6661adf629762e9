"""Structure detection on the seed text and on realistic documents of each pattern."""

from __future__ import annotations

from conftest import DATA, SAMPLE_DRAFT
from wrap_helpers import display_chunks

from app.core.draftfile import load_draft
from app.core.importer import LineRole, analyse_text, build_draft, import_file
from app.core.model import Draft
from app.core.numbering import NumberStyle

SEED = DATA / "samples" / "000_cc10c5ae27c3cc5c.txt"


def outline(draft: Draft) -> list[tuple[int, str, str]]:
    """(level, derived number, heading) for every section: what the tree shows."""
    return [(level, number, s.heading) for s, level, number in draft.walk_with_level()]


def roles(text: str) -> dict[str, LineRole]:
    return {line.text: line.role for line in analyse_text(text).lines if not line.is_blank}


# -- the seed ------------------------------------------------------------------------------


def test_seed_website_lines_are_noise_and_unticked() -> None:
    result = import_file(SEED)
    noise = [line for line in result.lines if line.role == LineRole.NOISE]
    assert len(noise) == 8
    assert noise[0].text == "仅供学习 禁止外传"
    assert any("QQ群" in line.text for line in noise)
    assert any("订阅" in line.text for line in noise)  # the advertising line
    assert not any(line.keep for line in noise)
    assert all(line.index < 15 for line in noise)


def test_seed_tree() -> None:
    draft = import_file(SEED).draft
    assert draft.meta.title == "2020年上半年工作总结"
    assert len(draft.intro) == 1 and draft.intro[0].text.startswith(
        "2020年上半年，在局党委的坚强领导下"
    )
    assert [s.heading for s in draft.sections] == ["上半年主要工作", "下半年工作安排"]
    first, second = draft.sections
    assert len(first.children) == 6 and len(second.children) == 4
    assert all(item.run_in for item in first.children + second.children)
    assert first.children[0].heading == "完善制度机制，深化系统党的政治建设"
    assert first.children[0].body[0].text.startswith("以贯彻落实《请示报告工作条例》")
    assert second.children[3].heading == "坚持不懈推进全面从严治党"
    assert draft.numbering[:2] == [NumberStyle.CN_DUN, NumberStyle.CN_SHI]
    assert outline(draft)[1] == (1, "一是", "完善制度机制，深化系统党的政治建设")


def test_seed_matches_the_hand_made_sample_draft() -> None:
    imported = import_file(SEED).draft
    sample = load_draft(SAMPLE_DRAFT)
    for section in list(imported.walk()) + list(sample.walk()):
        section.id = ""
    assert imported == sample


def test_keep_noise_keeps_the_website_lines_as_text() -> None:
    result = import_file(SEED)
    kept = build_draft(result.lines, keep_noise=True)
    assert kept.intro[0].text == "仅供学习 禁止外传"
    assert kept.meta.title == "2020年上半年工作总结"
    assert len(kept.intro) == 9


# -- realistic documents -------------------------------------------------------------------

ANNUAL = """首页 > 工作动态 > 正文
来源：市统计局  发布时间：2024-01-08  浏览次数：1024
【大 中 小】 打印本页

市统计局2023年度工作总结

2023年，市统计局在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面完成了各项统计工作任务。现将全年工作总结如下：
一、主要工作成效
（一）统计数据质量稳步提升。全年开展数据质量核查12次，核查企业356家，发现并纠正问题数据43条。
（二）统计服务能力持续增强。编印《统计月报》12期、《统计年鉴》1部，撰写统计分析报告28篇，其中6篇获市领导批示。
（三）统计法治建设不断深化。开展统计执法检查2轮，立案查处统计违法案件5件。
二、存在的问题
一是基层统计力量薄弱，部分乡镇统计员身兼数职；二是统计信息化水平不高，数据采集仍以人工为主；三是统计分析深度不够。
三、2024年工作打算
（一）夯实统计基层基础。加强乡镇统计站建设，配齐配强统计人员。
（二）提升统计分析水平。围绕中心工作开展专题调研，每季度形成分析报告不少于5篇。

市统计局
2024年1月5日
分享到：微信 微博 QQ空间
上一篇：市统计局召开2024年工作会议
关闭窗口
"""


def test_annual_summary_with_web_furniture_and_closing_block() -> None:
    result = analyse_text(ANNUAL)
    draft = result.draft
    assert draft.meta.title == "市统计局2023年度工作总结"
    assert draft.meta.author == "市统计局"
    assert draft.meta.date == "2024年1月5日"
    assert outline(draft) == [
        (0, "一、", "主要工作成效"),
        (1, "（一）", "统计数据质量稳步提升"),
        (1, "（二）", "统计服务能力持续增强"),
        (1, "（三）", "统计法治建设不断深化"),
        (0, "二、", "存在的问题"),
        (0, "三、", "2024年工作打算"),
        (1, "（一）", "夯实统计基层基础"),
        (1, "（二）", "提升统计分析水平"),
    ]
    # "一是…；二是…；三是…" in one paragraph stays one body paragraph
    problems = draft.sections[1]
    assert problems.children == [] and len(problems.body) == 1
    assert problems.body[0].text.startswith("一是基层统计力量薄弱")
    assert draft.sections[0].children[0].run_in
    assert draft.sections[0].children[0].body[0].text.startswith("全年开展数据质量核查12次")
    noise = [line.text for line in result.lines if line.role == LineRole.NOISE]
    assert noise[0] == "首页 > 工作动态 > 正文" and "关闭窗口" in noise and len(noise) == 6
    assert draft.numbering[:2] == [NumberStyle.CN_DUN, NumberStyle.CN_PAREN]


DUTY_REPORT = """述 职 报 告
××县财政局副局长  李明

各位领导、同志们：
2023年，我在县委、县政府和局党组的领导下，认真履行分管职责，较好地完成了各项工作任务。现将一年来的工作情况报告如下，请予评议。
一、加强学习，不断提高政治素质和业务能力
坚持把学习作为提高自身素质的首要任务，全年参加理论学习中心组学习12次，撰写心得体会8篇。
二、履职尽责，扎实推进分管工作
第一，抓好预算执行。严格执行人大批准的预算，全县一般公共预算支出完成28.6亿元，增长5.2%。
第二，抓好资金监管。开展财政资金专项检查3次，收回违规资金120万元。
第三，抓好国资管理。完成行政事业单位国有资产清查，摸清家底。
三、廉洁自律，始终保持清正廉洁
严格遵守中央八项规定精神，自觉接受组织和群众监督，从未利用职务之便谋取私利。
以上报告，请各位领导和同志们批评指正。

述职人：李明
二〇二四年一月十日
"""


def test_duty_report_with_letter_spaced_title_speaker_salutation_and_chinese_date() -> None:
    result = analyse_text(DUTY_REPORT)
    draft = result.draft
    assert draft.meta.title == "述职报告"
    assert draft.meta.subtitle == "××县财政局副局长  李明"
    assert draft.intro[0].text == "各位领导、同志们："
    assert draft.meta.author == "述职人：李明"
    assert draft.meta.date == "2024年1月10日"
    assert outline(draft) == [
        (0, "一、", "加强学习，不断提高政治素质和业务能力"),
        (0, "二、", "履职尽责，扎实推进分管工作"),
        (1, "第一，", "抓好预算执行"),
        (1, "第二，", "抓好资金监管"),
        (1, "第三，", "抓好国资管理"),
        (0, "三、", "廉洁自律，始终保持清正廉洁"),
    ]
    assert draft.numbering[1] == NumberStyle.CN_DI
    last = draft.sections[2]
    assert last.body[-1].text == "以上报告，请各位领导和同志们批评指正。"


WORK_PLAN = """关于印发《2024年全市农业农村工作要点》的通知

各县（区）农业农村局，局机关各科室：
现将《2024年全市农业农村工作要点》印发给你们，请结合实际认真贯彻落实。
一、稳定粮食生产
（一）落实粮食播种面积
1.分解下达任务
将粮食播种面积任务分解到县、乡、村，确保全市粮食播种面积稳定在320万亩以上。
2.加强督导检查
开展春播、夏种、秋收专项督导，重点检查以下内容：
（1）种子、化肥等农资供应情况；
（2）高标准农田建设进度；
（3）抛荒地整治情况。
（二）提升粮食单产水平
1.推广良种良法
全市主要农作物良种覆盖率达到98%以上。
二、推进乡村振兴
（一）发展乡村产业
1.培育新型经营主体
新培育省级以上农业产业化龙头企业5家。
（1）加大政策扶持
对新认定的省级龙头企业给予一次性奖励。
（2）强化金融服务
推广“乡村振兴贷”等金融产品。

附件：1.2024年全市粮食生产目标任务分解表
2.重点工作责任分工表

××市农业农村局
2024年2月20日
"""


def test_work_plan_four_levels_list_items_and_attachments() -> None:
    draft = analyse_text(WORK_PLAN).draft
    assert draft.meta.title == "关于印发《2024年全市农业农村工作要点》的通知"
    assert outline(draft) == [
        (0, "一、", "稳定粮食生产"),
        (1, "（一）", "落实粮食播种面积"),
        (2, "1.", "分解下达任务"),
        (2, "2.", "加强督导检查"),
        (1, "（二）", "提升粮食单产水平"),
        (2, "1.", "推广良种良法"),
        (0, "二、", "推进乡村振兴"),
        (1, "（一）", "发展乡村产业"),
        (2, "1.", "培育新型经营主体"),
        (3, "（1）", "加大政策扶持"),
        (3, "（2）", "强化金融服务"),
    ]
    # "（1）……；" list items inside a body are not headings
    check = draft.sections[0].children[0].children[1]
    assert [p.text[:3] for p in check.body] == ["开展春", "（1）", "（2）", "（3）"]
    assert draft.meta.attachments == ["2024年全市粮食生产目标任务分解表", "重点工作责任分工表"]
    assert draft.meta.author == "××市农业农村局"
    assert draft.meta.date == "2024年2月20日"
    assert draft.numbering == list(
        NumberStyle(s) for s in ("cn-dun", "cn-paren", "num-dot", "num-paren")
    )
    assert len(draft.intro) == 1 and draft.meta.recipient.endswith("：")  # 主送机关 apart


UNNUMBERED_TOP = """2023年全区生态环境保护工作报告

一年来，区生态环境局坚持生态优先、绿色发展，全区生态环境质量持续改善，群众满意度不断提高。

2023年工作回顾
一、大气污染防治成效明显
全区PM2.5平均浓度为32微克/立方米，同比下降8.6%，优良天数比例达到85.2%。
二、水环境质量持续改善
3个国控断面水质全部达到Ⅲ类以上，城市集中式饮用水水源地水质达标率保持100%。

2024年工作安排
一、深入打好蓝天保卫战
全面推进重点行业超低排放改造，完成15家企业深度治理。
二、深入打好碧水保卫战
加快推进城镇污水处理提质增效，新建改造污水管网30公里。
"""


def test_report_whose_top_sections_carry_no_number() -> None:
    draft = analyse_text(UNNUMBERED_TOP).draft
    assert outline(draft) == [
        (0, "", "2023年工作回顾"),
        (1, "一、", "大气污染防治成效明显"),
        (1, "二、", "水环境质量持续改善"),
        (0, "", "2024年工作安排"),
        (1, "一、", "深入打好蓝天保卫战"),
        (1, "二、", "深入打好碧水保卫战"),
    ]
    # 一、 is the second level here, so the unnumbered top level stays unnumbered
    assert draft.numbering[:2] == [NumberStyle.NONE, NumberStyle.CN_DUN]
    assert len(draft.intro) == 1


SPEECH = """在全市安全生产工作会议上的讲话
——2024年全市安全生产工作会议
（2024年3月1日）
市应急管理局局长  王强

同志们：
今天召开全市安全生产工作会议，主要任务是总结2023年安全生产工作，部署2024年重点任务。下面，我讲三点意见。
一、充分肯定成绩，切实增强做好安全生产工作的信心
过去一年，全市安全生产形势总体平稳，事故起数和死亡人数实现“双下降”。
二、清醒认识形势，切实增强做好安全生产工作的责任感
当前，我市安全生产仍处于爬坡过坎期，风险隐患依然较多。
三、突出工作重点，全力防范化解重大安全风险
要聚焦重点行业领域，深入开展安全生产治本攻坚三年行动。
"""


def test_speech_subtitle_lines() -> None:
    result = analyse_text(SPEECH)
    draft = result.draft
    assert draft.meta.title == "在全市安全生产工作会议上的讲话"
    assert draft.meta.subtitle.split("\n") == [
        "——2024年全市安全生产工作会议",
        "（2024年3月1日）",
        "市应急管理局局长  王强",
    ]
    assert draft.intro[0].text == "同志们："
    assert len(draft.sections) == 3
    assert draft.meta.date == ""  # the date under the title is not the 成文日期


MULTILINE_TITLE = """关于进一步加强全市
安全生产工作
的实施意见

为深入贯彻落实党中央、国务院关于安全生产的决策部署，切实防范化解重大安全风险，结合我市实际，提出如下意见。
一、总体要求
坚持人民至上、生命至上，统筹发展和安全，全面提升本质安全水平。
二、重点任务
（一）压实安全生产责任。严格落实党政领导干部安全生产责任制。
（二）深化隐患排查治理。建立重大事故隐患清单，实行闭环管理。

××市人民政府
二〇二四年四月二十八日
"""


def test_title_broken_over_three_lines_and_chinese_numeral_date() -> None:
    draft = analyse_text(MULTILINE_TITLE).draft
    assert draft.meta.title == "关于进一步加强全市安全生产工作的实施意见"
    assert draft.meta.author == "××市人民政府"
    assert draft.meta.date == "2024年4月28日"
    assert [h for _, _, h in outline(draft)] == [
        "总体要求",
        "重点任务",
        "压实安全生产责任",
        "深化隐患排查治理",
    ]


LETTER_SPACED = """国 家 粮 食 和 物 资 储 备 局
2 0 2 3 年 工 作 要 点

2023年是全面贯彻落实党的二十大精神的开局之年，做好粮食和物资储备工作意义重大。
一、全力保障国家粮食安全
（一）抓好粮食收购。坚决守住农民“种粮卖得出”的底线。
"""


def test_letter_spaced_title_over_two_lines() -> None:
    draft = analyse_text(LETTER_SPACED).draft
    assert draft.meta.title == "国家粮食和物资储备局2023年工作要点"
    assert outline(draft) == [(0, "一、", "全力保障国家粮食安全"), (1, "（一）", "抓好粮食收购")]


TITLE_THEN_UNNUMBERED_HEADING = """2022年工作总结
主要工作情况
一是抓好党建工作。全年召开党组会议24次，专题研究党建工作6次。
二是抓好业务工作。全年办理各类事项1200余件，办结率100%。
下一步工作打算
一是继续加强学习。二是继续改进作风。
"""


def test_title_directly_above_an_unnumbered_heading() -> None:
    draft = analyse_text(TITLE_THEN_UNNUMBERED_HEADING).draft
    assert draft.meta.title == "2022年工作总结"
    assert [s.heading for s in draft.sections] == ["主要工作情况", "下一步工作打算"]
    assert [c.heading for c in draft.sections[0].children] == ["抓好党建工作", "抓好业务工作"]
    # "一是…。二是…。" in one line: one paragraph, not two headings
    assert draft.sections[1].children == []
    assert draft.sections[1].body[0].text == "一是继续加强学习。二是继续改进作风。"


HEADINGS_ENDING_WITH_STOP = """学校2023—2024学年工作总结

本学年，学校以立德树人为根本任务，各项工作取得新进展。
一、加强党的建设。
全面落实党组织领导的校长负责制，召开党委会议20次。
二、提高教育质量。
高考本科上线率达到92%，比上年提高3个百分点。
"""


def test_heading_alone_on_its_line_may_end_with_a_full_stop() -> None:
    draft = analyse_text(HEADINGS_ENDING_WITH_STOP).draft
    assert [(s.heading, s.run_in) for s in draft.sections] == [
        ("加强党的建设", False),
        ("提高教育质量", False),
    ]
    assert draft.sections[0].body[0].text.startswith("全面落实党组织领导")


WITH_CONTENTS = """××区政府工作报告

目  录
一、过去五年工作回顾
二、今后五年奋斗目标
三、2024年重点工作

各位代表：
现在，我代表区人民政府，向大会报告工作，请予审议。
一、过去五年工作回顾
五年来，全区地区生产总值年均增长6.5%，经济实力迈上新台阶。
二、今后五年奋斗目标
到2028年，全区地区生产总值突破1000亿元。
三、2024年重点工作
全区地区生产总值增长6%左右。
"""


def test_a_table_of_contents_is_not_a_tree() -> None:
    draft = analyse_text(WITH_CONTENTS).draft
    assert [h for _, _, h in outline(draft)] == [
        "过去五年工作回顾",
        "今后五年奋斗目标",
        "2024年重点工作",
    ]
    # The contents are proposed for removal (unticked), not silently dropped.
    result = analyse_text(WITH_CONTENTS)
    contents = [line.text for line in result.lines if line.role == LineRole.NOISE]
    assert contents == [
        "目  录",
        "一、过去五年工作回顾",
        "二、今后五年奋斗目标",
        "三、2024年重点工作",
    ]
    assert not any(line.keep for line in result.lines if line.role == LineRole.NOISE)
    assert [p.text for p in draft.intro][0] == "各位代表："
    kept = build_draft(result.lines, keep_noise=True)
    assert [p.text for p in kept.intro][:2] == ["目  录", "一、过去五年工作回顾"]


CHAPTERS = """××集团2023年度经营工作报告

第一部分　2023年经营工作回顾
2023年，集团实现营业收入85亿元，同比增长12%；利润总额6.2亿元，同比增长8%。
一、市场开拓取得新突破
新签合同额120亿元，创历史新高。
第二部分　2024年经营工作安排
一、总体目标
营业收入力争达到95亿元。
"""


def test_part_headings_keep_their_marker() -> None:
    draft = analyse_text(CHAPTERS).draft
    assert outline(draft) == [
        (0, "", "第一部分　2023年经营工作回顾"),
        (1, "一、", "市场开拓取得新突破"),
        (0, "", "第二部分　2024年经营工作安排"),
        (1, "一、", "总体目标"),
    ]
    assert draft.numbering[:2] == [NumberStyle.NONE, NumberStyle.CN_DUN]


def test_numbered_sentences_without_headings_stay_body() -> None:
    text = """2023年主要经济指标完成情况

全年主要指标完成情况如下：
1.地区生产总值完成526亿元，同比增长6.2%，增速高于全省平均水平0.8个百分点。
2.一般公共预算收入完成38亿元，同比增长7.1%，税收占比达到78%，收入质量稳步提升。
3.城乡居民人均可支配收入分别增长5.5%和7.2%，城乡收入差距进一步缩小，民生持续改善。
"""
    draft = analyse_text(text).draft
    assert draft.sections == []
    assert len(draft.intro) == 4


def test_pasted_fragment_without_title() -> None:
    text = "一是加强组织领导。成立工作专班，明确责任分工。\n二是强化督促检查。每月通报一次进展。\n"
    result = analyse_text(text)
    assert result.draft.meta.title == ""
    assert [s.heading for s in result.draft.sections] == ["加强组织领导", "强化督促检查"]
    assert result.draft.numbering[0] == NumberStyle.CN_SHI
    assert any("标题" in w for w in result.warnings)


def test_empty_text_gives_an_empty_draft() -> None:
    result = analyse_text("\n  \n")
    assert result.draft.sections == [] and result.draft.meta.title == ""
    assert result.warnings


def test_changing_a_role_rebuilds_the_tree() -> None:
    from app.core.importer import set_heading

    result = analyse_text(ANNUAL)
    line = next(line for line in result.lines if line.text.startswith("一是基层统计力量薄弱"))
    set_heading(line, level=1)
    draft = build_draft(result.lines)
    problems = draft.sections[1]
    # the user made the enumeration a heading: its lead sentence is the heading now
    assert problems.children[0].heading.startswith("基层统计力量薄弱")
    assert problems.body == []
    noise = next(line for line in result.lines if line.role == LineRole.NOISE)
    noise.keep = True
    assert build_draft(result.lines).intro[0].text == noise.text


CHAT = """好的，以下是为您撰写的2024年度工作总结：

# ××区财政局2024年度工作总结

2024年，区财政局坚持稳中求进工作总基调，各项工作取得了积极成效。现总结如下：

## 一、主要工作成效

### （一）财政收入稳步增长

全年完成一般公共预算收入**45.6亿元**，同比增长6.3%。

### （二）支出结构持续优化

- 民生支出占比达到80%以上。
- 压减一般性支出10%。

## 二、2025年工作打算

**一是加强收入征管。** 强化税源监控，确保应收尽收。
**二是严格支出管理。** 坚持过紧日子，从严控制“三公”经费。

希望这份总结对您有帮助！如需调整，请告诉我。
"""


def test_text_pasted_from_a_chat_tool() -> None:
    result = analyse_text(CHAT)
    draft = result.draft
    assert draft.meta.title == "××区财政局2024年度工作总结"
    assert outline(draft) == [
        (0, "一、", "主要工作成效"),
        (1, "（一）", "财政收入稳步增长"),
        (1, "（二）", "支出结构持续优化"),
        (0, "二、", "2025年工作打算"),
        (1, "（一）", "加强收入征管"),
        (1, "（二）", "严格支出管理"),
    ]
    income = draft.sections[0].children[0].body[0]
    assert income.text == "全年完成一般公共预算收入45.6亿元，同比增长6.3%。"
    assert [r.text for r in income.runs if r.bold] == ["45.6亿元"]
    assert [p.text for p in draft.sections[0].children[1].body] == [
        "民生支出占比达到80%以上。",
        "压减一般性支出10%。",
    ]
    # 一是 items where the other level-2 headings are （一）: the level is numbered one way,
    # so they print as （一）（二）, and the warnings say so: no silent renumbering
    plans = draft.sections[1].children
    assert plans[0].run_in and plans[0].body[0].text == "强化税源监控，确保应收尽收。"
    assert "第20行：原文编号“一是”与自动编号“（一）”不同" in result.warnings
    assert "第21行：原文编号“二是”与自动编号“（二）”不同" in result.warnings
    noise = [line.text for line in result.lines if line.role == LineRole.NOISE]
    assert noise == [
        "好的，以下是为您撰写的2024年度工作总结：",
        "希望这份总结对您有帮助！如需调整，请告诉我。",
    ]


def _hard_wrap(text: str, cells: int, indent: str = "") -> str:
    """Break lines at a display width as a PDF viewer does (Chinese 2 cells, digits 1)."""
    out = []
    for line in text.split("\n"):
        out.extend(display_chunks(indent + line if line else line, cells))
    return "\n".join(out)


def _without_ids(draft: Draft) -> Draft:
    for section in draft.walk():
        section.id = ""
    return draft


def test_text_hard_wrapped_at_a_fixed_width_is_joined_again() -> None:
    seed_text = SEED.read_text(encoding="utf-8")
    reference = _without_ids(import_file(SEED).draft)
    # Indented paragraphs (as copied from a PDF of a 公文): every width works.
    for cells in range(40, 90, 3):
        assert (
            _without_ids(analyse_text(_hard_wrap(seed_text, cells, "\u3000\u3000")).draft)
            == reference
        )
    # Without indents too (a line ending in 。 exactly at the margin continues).
    for cells in range(40, 90, 3):
        assert _without_ids(analyse_text(_hard_wrap(seed_text, cells)).draft) == reference


def test_short_lines_are_not_taken_for_wrapped_ones() -> None:
    draft = analyse_text(UNNUMBERED_TOP).draft
    assert len(draft.sections) == 2 and len(draft.sections[0].children) == 2


def test_website_words_inside_the_document_are_not_noise() -> None:
    text = """关于加强政府网站信息内容建设的通知

各镇（街道）、区直各部门：
为进一步加强政府网站信息内容建设，提升政务公开水平，现将有关事项通知如下。
一、明确责任分工
各单位主要负责同志是本单位网站内容建设的第一责任人。
二、加强内容保障
各单位每月更新政务信息不少于10条，具体要求请登录区政府网站下载。

××区人民政府办公室
2024年5月6日
来源：××区人民政府办公室　发布时间：2024-05-06　浏览次数：356
【打印本页】【关闭窗口】
"""
    result = analyse_text(text)
    assert result.draft.meta.title == "关于加强政府网站信息内容建设的通知"
    assert result.draft.sections[1].body[0].text.endswith("请登录区政府网站下载。")
    assert result.draft.meta.date == "2024年5月6日"
    assert [line.text[:2] for line in result.lines if line.role == LineRole.NOISE] == [
        "来源",
        "【打",
    ]


def test_minutes_with_meeting_information_under_the_title() -> None:
    text = """局长办公会议纪要

时间：2024年3月5日上午
地点：局三楼会议室
主持人：王局长
参加人员：局领导班子成员，各科室负责人

3月5日上午，王局长主持召开局长办公会议，研究部署近期重点工作。会议纪要如下：
一、关于一季度工作推进情况
会议听取了各科室一季度工作汇报，要求各科室对照年度目标，查漏补缺。
二、关于安全生产大检查
会议决定，3月中旬开展全系统安全生产大检查，由办公室牵头组织。
"""
    result = analyse_text(text)
    draft = result.draft
    assert draft.meta.title == "局长办公会议纪要"
    assert [p.text[:3] for p in draft.intro] == ["时间：", "地点：", "主持人", "参加人", "3月5"]
    assert not any(line.role == LineRole.NOISE for line in result.lines)
    assert [s.heading for s in draft.sections] == ["关于一季度工作推进情况", "关于安全生产大检查"]


def test_a_name_under_the_title_is_a_subtitle_not_a_heading() -> None:
    for text in (
        "个人述职报告\n张  明\n\n本人2023年担任办公室主任，现将一年来履职情况报告如下。\n一、履职情况\n按时完成各项工作任务。\n",
        "个人述职报告\n\n张明\n\n本人2023年担任办公室主任，现将一年来履职情况报告如下。\n一、履职情况\n按时完成各项工作任务。\n",
    ):
        draft = analyse_text(text).draft
        assert draft.meta.title == "个人述职报告"
        assert "".join(draft.meta.subtitle.split()) == "张明"
        assert [s.heading for s in draft.sections] == ["履职情况"]


def test_notice_with_attachment_note_and_imprint_below_the_date() -> None:
    text = """××市教育局关于做好2024年暑期学生安全教育工作的通知

各县（区）教育局，市直各学校：
为切实做好暑期学生安全教育工作，现就有关事项通知如下。
一、提高思想认识
各地各校要充分认识暑期安全工作的重要性。
二、强化防溺水教育
严格落实“七不准”要求，开展家访全覆盖。
特此通知。

附件：暑期安全教育工作任务清单

××市教育局
2024年6月28日
（此件公开发布）
抄送：市政府办公室。
××市教育局办公室　　　　　　2024年6月28日印发
"""
    result = analyse_text(text)
    draft = result.draft
    assert draft.meta.author == "××市教育局"
    assert draft.meta.date == "2024年6月28日"
    assert draft.meta.attachments == ["暑期安全教育工作任务清单"]
    assert draft.meta.recipient == "各县（区）教育局，市直各学校："
    last = draft.sections[-1]
    assert last.heading == "强化防溺水教育"
    assert "特此通知。" in [p.text for p in last.body]
    # the imprint stays text (nothing is dropped), after the signature in the source
    assert [p.text[:3] for p in last.body][-3:] == ["（此件", "抄送：", "××市"]


def test_speech_title_with_commas_and_subtitle_lines() -> None:
    text = """坚定信心，真抓实干，奋力开创高质量发展新局面
——在2024年全市经济工作会议上的讲话
市委书记  赵刚
（2024年1月10日）

同志们：
这次会议的主要任务是，全面贯彻落实中央和省委经济工作会议精神，部署今年经济工作。
一、准确把握当前经济形势
今年以来，全市经济运行总体平稳、稳中有进。
二、扎实做好今年经济工作
要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长。
"""
    draft = analyse_text(text).draft
    assert draft.meta.title == "坚定信心，真抓实干，奋力开创高质量发展新局面"
    assert draft.meta.subtitle.split("\n") == [
        "——在2024年全市经济工作会议上的讲话",
        "市委书记  赵刚",
        "（2024年1月10日）",
    ]
    assert [s.heading for s in draft.sections] == ["准确把握当前经济形势", "扎实做好今年经济工作"]


WEB_PLAN = """当前位置：首页 > 政务公开 > 计划总结
××县水利局2024年工作计划
发布时间：2024-02-05 09:30  来源：县水利局  字号：[ 大 中 小 ]

    2024年，县水利局将以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，紧紧围绕县委、县政府中心工作，扎实推进水利高质量发展。

    一、指导思想

    坚持节水优先、空间均衡、系统治理、两手发力的治水思路，统筹发展和安全。

    二、主要目标

    1、完成水利投资5亿元以上。

    2、新建和改造农村供水工程20处，农村自来水普及率达到98%。

    3、完成小型水库除险加固8座。

    三、重点任务

    1、加快重点水利工程建设。全力推进××水库扩容工程，确保年底主体完工。

    2、提升农村供水保障水平。实施城乡供水一体化工程，新建管网120公里。

    3、强化河湖长制落实。开展河湖“清四乱”专项行动，巡河4000人次以上。

    四、保障措施

    （一）加强组织领导。成立工作领导小组，定期研究解决重大问题。

    （二）强化资金保障。积极争取上级资金，拓宽融资渠道。

扫一扫在手机打开当前页
【打印】【关闭】
"""


def test_web_page_plan_with_one_sentence_items_and_mixed_second_level() -> None:
    result = analyse_text(WEB_PLAN)
    draft = result.draft
    assert draft.meta.title == "××县水利局2024年工作计划"
    assert [line.index + 1 for line in result.lines if line.role == LineRole.NOISE] == [
        1,
        3,
        33,
        34,
    ]
    assert outline(draft) == [
        (0, "一、", "指导思想"),
        (0, "二、", "主要目标"),
        (0, "三、", "重点任务"),
        (1, "1.", "加快重点水利工程建设"),
        (1, "2.", "提升农村供水保障水平"),
        (1, "3.", "强化河湖长制落实"),
        (0, "四、", "保障措施"),
        (1, "1.", "加强组织领导"),
        (1, "2.", "强化资金保障"),
    ]
    # one-sentence targets with nothing under them stay paragraphs, numbers and all
    assert [p.text[:2] for p in draft.sections[1].body] == ["1、", "2、", "3、"]
    # （一） where level 2 is numbered 1. elsewhere: a heading printed 1., said out loud;
    # and 1、 printed 1. is a repair said once for the whole series
    assert "第29行：原文编号“（一）”与自动编号“1.”不同" in result.warnings
    assert "第21行起3处编号写法不标准（如“1、”），已按标准写法改为“1.”" in result.warnings


def test_official_document_header_is_not_the_title() -> None:
    text = """××市人民政府办公室文件
×政办发〔2024〕12号

××市人民政府办公室关于做好2024年春节期间安全生产工作的通知

各县（区）人民政府，市政府各部门：
春节临近，为切实做好节日期间安全生产工作，经市政府同意，现就有关事项通知如下。
一、压实安全责任
各地各部门要严格落实安全生产责任制。
"""
    result = analyse_text(text)
    assert result.draft.meta.title == "××市人民政府办公室关于做好2024年春节期间安全生产工作的通知"
    # the 版头 is the website's copy of the paper's header; the 发文字号 is the document's
    assert [line.role for line in result.lines][:2] == [LineRole.NOISE, LineRole.DOC_NUMBER]
    assert result.draft.meta.doc_number.endswith("号")
    assert result.draft.meta.recipient == "各县（区）人民政府，市政府各部门："


def test_a_lone_unnumbered_line_does_not_swallow_the_tree() -> None:
    text = """2023年度工作总结

今年以来，我们认真贯彻落实上级部署，圆满完成了各项工作任务，现总结如下。
总体情况
全年各项指标均超额完成，群众满意度保持在95%以上。
一、抓好党建工作
全年召开党组会议24次，专题研究党建工作6次。
二、抓好业务工作
全年办理各类事项1200余件，办结率100%。
三、抓好队伍建设
组织业务培训12期，培训干部600余人次。
"""
    result = analyse_text(text)
    assert [s.heading for s in result.draft.sections] == [
        "抓好党建工作",
        "抓好业务工作",
        "抓好队伍建设",
    ]
    assert [p.text for p in result.draft.intro][1] == "总体情况"


def test_a_short_phrase_at_the_top_is_a_heading_not_a_title() -> None:
    text = """基本情况
全年完成地区生产总值526亿元，同比增长6.2%，增速位居全省前列。
主要做法
坚持项目为王，全年实施重点项目120个，完成投资380亿元。
存在问题
经济结构不够优化，新兴产业占比偏低。
"""
    result = analyse_text(text)
    assert result.draft.meta.title == ""
    assert [s.heading for s in result.draft.sections] == ["基本情况", "主要做法", "存在问题"]


GOVERNMENT_REPORT = """政府工作报告
——2024年1月20日在××市第十七届人民代表大会第三次会议上
××市市长  李华

各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。
一、2023年工作回顾
过去一年，面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，全市经济社会发展取得新成效。
（一）经济运行回升向好。地区生产总值增长6.1%，一般公共预算收入增长8.2%。
（二）改革开放持续深化。完成市属国企改革三年行动，新增市场主体2.3万户。
（三）民生福祉不断增进。城镇新增就业5.6万人，城乡居民收入分别增长5.1%和7.3%。
各位代表！这些成绩的取得，是市委坚强领导的结果，是全市人民团结奋斗的结果。
二、2024年主要目标任务
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业5万人以上；居民消费价格涨幅3%左右。
重点抓好以下工作：
（一）着力扩大有效需求。
１．扩大有效投资。实施重大项目300个，完成投资1500亿元。
２．提振消费需求。开展促消费活动100场以上。
（二）着力推动产业升级。
１．壮大先进制造业。新增规上工业企业100家。
２．发展现代服务业。服务业增加值增长7%。
各位代表，新征程催人奋进，新使命呼唤担当。让我们紧密团结在以习近平同志为核心的党中央周围，为谱写高质量发展新篇章而努力奋斗！
"""


def test_government_work_report_with_full_width_numbers() -> None:
    draft = analyse_text(GOVERNMENT_REPORT).draft
    assert draft.meta.title == "政府工作报告"
    assert draft.meta.subtitle.split("\n")[1] == "××市市长  李华"
    assert outline(draft) == [
        (0, "一、", "2023年工作回顾"),
        (1, "（一）", "经济运行回升向好"),
        (1, "（二）", "改革开放持续深化"),
        (1, "（三）", "民生福祉不断增进"),
        (0, "二、", "2024年主要目标任务"),
        (1, "（一）", "着力扩大有效需求"),
        (2, "1.", "扩大有效投资"),
        (2, "2.", "提振消费需求"),
        (1, "（二）", "着力推动产业升级"),
        (2, "1.", "壮大先进制造业"),
        (2, "2.", "发展现代服务业"),
    ]
    assert [p.text for p in draft.intro][0] == "各位代表："


PARTY_REPORT = """关于2023年度党风廉政建设工作情况的报告
县纪委监委：
    2023年，我局党组坚持以习近平新时代中国特色社会主义思想为指导，认真落实全面从严治党主体责任，现将有关情况报告如下：
    一、主要工作开展情况
    （一）压紧压实主体责任
    1.强化组织领导。局党组召开专题会议6次，研究部署党风廉政建设工作。
    2.细化责任清单。制定党组书记、班子成员、科室负责人三级责任清单。
    （二）加强廉政教育
    组织观看警示教育片4场次，开展廉政谈话56人次。
    二、存在的问题
    一是个别党员干部廉洁自律意识有所松懈；二是制度执行还不够严格。
    三、下一步工作打算
    （一）持续压实责任。
    （二）深化警示教育。
    （三）强化监督检查。
    特此报告。

                                           中共××县××局党组
                                             2024年1月15日
"""


def test_report_to_a_superior_with_indented_signature() -> None:
    draft = analyse_text(PARTY_REPORT).draft
    assert draft.meta.title == "关于2023年度党风廉政建设工作情况的报告"
    assert draft.meta.recipient == "县纪委监委："  # 主送机关
    assert draft.meta.author == "中共××县××局党组"
    assert draft.meta.date == "2024年1月15日"
    assert [h for _, _, h in outline(draft)][:4] == [
        "主要工作开展情况",
        "压紧压实主体责任",
        "强化组织领导",
        "细化责任清单",
    ]
    problems = draft.sections[1]
    assert problems.children == [] and problems.body[0].text.startswith("一是个别党员干部")


def test_headings_ending_with_a_colon_and_a_short_first_sentence() -> None:
    text = """××公司2023年安全生产工作总结
2023年，公司安全生产形势总体平稳。
1.安全责任落实：
（1）签订责任书。与各部门签订安全生产责任书28份。
（2）开展考核。每季度开展一次安全考核。
2.隐患排查治理：
（1）日常检查。全年开展日常检查120次；
（2）专项检查。开展消防、用电等专项检查8次。
"""
    draft = analyse_text(text).draft
    assert draft.meta.title == "××公司2023年安全生产工作总结"  # the short first sentence is text
    assert outline(draft) == [
        (0, "1.", "安全责任落实"),
        (1, "（1）", "签订责任书"),
        (1, "（2）", "开展考核"),
        (0, "2.", "隐患排查治理"),
        (1, "（1）", "日常检查"),
        (1, "（2）", "专项检查"),
    ]
    # an item ending in ； among run-in siblings is split like them
    assert draft.sections[1].children[0].body[0].text == "全年开展日常检查120次；"


def test_a_minority_numbering_with_subsections_stays_a_heading_with_a_warning() -> None:
    text = """2024年工作要点

一、抓好党建
（一）加强理论学习
1.开展集中学习
每月组织一次集中学习。
2.开展专题研讨
每季度开展一次专题研讨。
（二）加强组织建设
全面推进支部标准化建设。
二、抓好业务
一是提升服务质量
1.优化办事流程
精简办事材料30%。
2.推行一次办好
一次办好事项达到90%。
"""
    result = analyse_text(text)
    assert [h for _, _, h in outline(result.draft)][-3:] == [
        "提升服务质量",
        "优化办事流程",
        "推行一次办好",
    ]
    assert outline(result.draft)[-3][1] == "（一）"  # numbered like level 2
    assert "第12行：原文编号“一是”与自动编号“（一）”不同" in result.warnings


def test_a_bare_number_is_text_not_an_empty_heading() -> None:
    """Found by the keep-every-character property: "1.：" became a heading with no text."""
    result = analyse_text("一、总体情况\n1.：\n各项工作有序推进。")
    draft = result.draft
    assert [s.heading for s in draft.walk()] == ["总体情况"]
    assert [p.text for p in draft.sections[0].body] == ["1.：", "各项工作有序推进。"]
