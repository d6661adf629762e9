"""Realistic documents of kinds the importer had not been tuned on, as users paste them.

Each text is written the way such documents are really laid out (政府工作报告, 县级年度总结,
部门半年总结, 述职报告, 通知, 实施方案, 调研报告, PDF copies, chat-tool Markdown, web pages);
the assertions are what the user sees in the preview: title, meta, the outline with
derived numbers, run-in items, noise proposed for removal, nothing of the text lost.
"""

from __future__ import annotations

from wrap_helpers import display_chunks

from app.core.importer import LineRole, analyse_text
from app.core.model import Draft, Table
from app.core.numbering import NumberStyle


def outline(draft: Draft) -> list[tuple[int, str, str]]:
    return [(level, number, s.heading) for s, level, number in draft.walk_with_level()]


def headings(draft: Draft) -> list[str]:
    return [f"{'  ' * level}{number}{s.heading}" for s, level, number in draft.walk_with_level()]


def noise(text: str) -> list[str]:
    return [line.text for line in analyse_text(text).lines if line.role == LineRole.NOISE]


def all_text(draft: Draft) -> str:
    parts = [p.text for p in draft.intro]
    for section in draft.walk():
        parts.append(section.heading)
        parts.extend(p.text for p in section.body)
    return "\n".join(parts)


# -- a county's annual summary: 一、（一）1.（1） four levels -------------------------------

COUNTY = """××县2023年工作总结

2023年，在市委、市政府的坚强领导下，县委、县政府团结带领全县人民，坚持稳中求进工作总基调，较好完成了全年目标任务。现将有关情况总结如下：

一、主要工作成效
（一）经济发展稳中有进
1.工业经济提质增效。全年规上工业增加值增长9.2%，新增规上企业18家。
（1）重点项目建设提速。实施亿元以上项目56个，完成投资87亿元。
（2）园区承载能力增强。新建标准化厂房12万平方米。
2.农业农村稳步发展
粮食播种面积稳定在58万亩，总产量达到24.6万吨。
（二）民生保障更加有力
1.就业形势总体稳定。城镇新增就业3200人。
2.社会事业全面进步。新建改扩建学校6所。
二、存在的问题
一是经济总量偏小，产业结构不优；二是财政收支矛盾突出；三是民生领域仍有短板。
三、2024年工作打算
（一）全力以赴抓项目
围绕主导产业谋划储备项目100个以上。
（二）持续用力惠民生
扎实办好民生实事，不断提升群众获得感。

××县人民政府
2024年1月10日
"""

COUNTY_OUTLINE = [
    "一、主要工作成效",
    "  （一）经济发展稳中有进",
    "    1.工业经济提质增效",
    "      （1）重点项目建设提速",
    "      （2）园区承载能力增强",
    "    2.农业农村稳步发展",
    "  （二）民生保障更加有力",
    "    1.就业形势总体稳定",
    "    2.社会事业全面进步",
    "二、存在的问题",
    "三、2024年工作打算",
    "  （一）全力以赴抓项目",
    "  （二）持续用力惠民生",
]


def test_county_annual_summary_four_levels() -> None:
    draft = analyse_text(COUNTY).draft
    assert draft.meta.title == "××县2023年工作总结"
    assert draft.meta.author == "××县人民政府"
    assert draft.meta.date == "2024年1月10日"
    assert headings(draft) == COUNTY_OUTLINE
    assert draft.numbering[:4] == [
        NumberStyle.CN_DUN,
        NumberStyle.CN_PAREN,
        NumberStyle.NUM_DOT,
        NumberStyle.NUM_PAREN,
    ]
    first = draft.sections[0].children[0].children[0]
    assert first.run_in and first.body[0].text.startswith("全年规上工业增加值")
    # "一是…；二是…；三是…" in one paragraph stays one paragraph
    assert draft.sections[1].body[0].text.startswith("一是经济总量偏小")


# -- the same summary copied out of a PDF: hard-wrapped, page numbers, running header -----


def _pdf_copy(text: str, cells: int, page_mark: str, header: str | None, indent: str) -> str:
    """Lay the text out as a PDF viewer copies it: broken at `cells` half-width cells, a page
    number (and a running header) every dozen lines, wherever that falls."""
    out: list[str] = []
    for line in text.split("\n"):
        is_heading = line.startswith(("××县2023", "一、", "二、", "三、", "（"))
        line = indent + line if line and not is_heading else line
        out.extend(display_chunks(line, cells))
    result: list[str] = []
    page = 1
    for n, line in enumerate(out):
        result.append(line)
        if n and n % 11 == 0:
            result.append(page_mark.format(page))
            if header:
                result.append(header)
            page += 1
    return "\n".join(result)


def test_summary_copied_from_a_pdf_with_page_numbers_and_running_header() -> None:
    for cells in (52, 60, 66):
        for mark, header, indent in (
            ("— {} —", "××县人民政府文件", "\u3000\u3000"),
            ("-{}-", None, ""),
            ("第 {} 页", "2023年工作总结", "\u3000\u3000"),
        ):
            text = _pdf_copy(COUNTY, cells, mark, header, indent)
            result = analyse_text(text)
            draft = result.draft
            assert draft.meta.title == "××县2023年工作总结", (cells, mark)
            assert headings(draft) == COUNTY_OUTLINE, (cells, mark)
            assert draft.intro[0].text.endswith("现将有关情况总结如下：")
            assert draft.meta.date == "2024年1月10日"
            flagged = noise(text)
            assert flagged and all(
                line == header or line.strip("—- 第页").isdigit() for line in flagged
            ), flagged
            assert mark.format(1) not in all_text(draft)


def test_a_number_alone_in_a_text_is_not_a_page_number() -> None:
    text = COUNTY.replace("新增规上企业18家。", "新增规上企业：\n18\n家。")
    assert "18" not in noise(text)


# -- a web page: breadcrumbs, 来源/发布时间, and a footer with a list of links --------------

WEB_PAGE = """首页 > 政务公开 > 工作总结
××县农业农村局2023年工作总结
来源：××县农业农村局  发布时间：2024-01-08 09:30  浏览次数：1256
【字体：大 中 小】【打印】【关闭】
2023年，县农业农村局在县委、县政府的坚强领导下，紧紧围绕乡村振兴战略，扎实推进各项工作。现将全年工作总结如下：
一、粮食生产稳中有增
全县粮食播种面积52.6万亩，总产量21.8万吨，同比增长2.1%。
二、乡村产业加快发展
新培育市级以上农业产业化龙头企业5家，农产品加工产值达到45亿元。
三、2024年工作计划
（一）稳定粮食生产。确保粮食播种面积稳定在52万亩以上。
（二）推进产业振兴。培育壮大特色产业集群。
××县农业农村局
2024年1月5日
分享到：
相关链接：
××省农业农村厅
××市农业农村局
主办单位：××县人民政府办公室  承办单位：××县大数据中心
版权所有：××县人民政府  网站标识码：5101000001
蜀ICP备12345678号-1  川公网安备 51010002000001号
联系我们 | 网站地图 | 使用帮助
"""


def test_web_page_footer_with_links_is_noise_and_the_signature_is_found() -> None:
    result = analyse_text(WEB_PAGE)
    draft = result.draft
    assert draft.meta.title == "××县农业农村局2023年工作总结"
    assert draft.meta.author == "××县农业农村局"
    assert draft.meta.date == "2024年1月5日"
    flagged = noise(WEB_PAGE)
    assert flagged[:3] == [
        "首页 > 政务公开 > 工作总结",
        "来源：××县农业农村局  发布时间：2024-01-08 09:30  浏览次数：1256",
        "【字体：大 中 小】【打印】【关闭】",
    ]
    assert flagged[3:] == WEB_PAGE.strip().split("\n")[-8:]
    assert headings(draft) == [
        "一、粮食生产稳中有增",
        "二、乡村产业加快发展",
        "三、2024年工作计划",
        "  （一）稳定粮食生产",
        "  （二）推进产业振兴",
    ]


def test_a_signature_that_names_an_office_is_not_taken_for_a_link() -> None:
    # "附件：" is not a website's list head: its items are attachments, the 署名 stays.
    text = WEB_PAGE.split("分享到：")[0]
    assert analyse_text(text).draft.meta.author == "××县农业农村局"
    assert noise(text)[3:] == []


# -- a table of contents with page numbers ------------------------------------------------

WITH_PAGE_NUMBERS = """××市2024年国民经济和社会发展计划

目  录
一、2023年计划执行情况…………………………………1
二、2024年经济社会发展的总体要求和主要目标…………5
三、2024年经济社会发展的主要任务…………………………8

一、2023年计划执行情况
2023年，面对复杂严峻的外部环境，全市经济运行持续恢复向好，主要目标任务较好完成。
（一）经济增长稳中有进。全市地区生产总值增长5.8%。
（二）产业结构持续优化。三次产业结构调整为6.2∶38.5∶55.3。
二、2024年经济社会发展的总体要求和主要目标
2024年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
三、2024年经济社会发展的主要任务
（一）着力扩大内需。积极扩大有效投资，全年实施重点项目300个。
（二）着力推动产业升级。加快培育新质生产力。
"""


def test_table_of_contents_is_proposed_for_removal() -> None:
    result = analyse_text(WITH_PAGE_NUMBERS)
    assert noise(WITH_PAGE_NUMBERS) == WITH_PAGE_NUMBERS.split("\n")[2:6]
    draft = result.draft
    assert draft.meta.title == "××市2024年国民经济和社会发展计划"
    assert draft.intro == []
    assert [h for _, _, h in outline(draft) if not h.startswith("着力")][:3] == [
        "2023年计划执行情况",
        "经济增长稳中有进",
        "产业结构持续优化",
    ]
    assert len(draft.sections) == 3


# -- chapters and sections of a 规划 (第一章 / 第一节) -----------------------------------

PLAN_CHAPTERS = """××市“十四五”生态环境保护规划

第一章　规划背景
第一节　“十三五”取得的成效
“十三五”期间，全市生态环境质量明显改善，空气质量优良天数比例达到86.2%。
第二节　面临的形势
当前，我市生态环境保护结构性、根源性、趋势性压力总体上尚未根本缓解。
第二章　总体要求
第一节　指导思想
以习近平生态文明思想为指导，坚持绿水青山就是金山银山理念。
第二节　主要目标
到2025年，生态环境质量持续改善，主要污染物排放总量持续减少。
第三章　主要任务
一、深入打好蓝天保卫战
加强细颗粒物和臭氧协同控制，基本消除重污染天气。
二、深入打好碧水保卫战
持续推进水污染防治，巩固提升饮用水安全保障水平。
"""


def test_chapters_hold_their_sections() -> None:
    result = analyse_text(PLAN_CHAPTERS)
    draft = result.draft
    # 章 and 节 keep their written markers (no numbering style derives them); a chapter
    # going straight to 一、二、 keeps those numbers in the heading the same way.
    assert outline(draft) == [
        (0, "", "第一章　规划背景"),
        (1, "", "第一节　“十三五”取得的成效"),
        (1, "", "第二节　面临的形势"),
        (0, "", "第二章　总体要求"),
        (1, "", "第一节　指导思想"),
        (1, "", "第二节　主要目标"),
        (0, "", "第三章　主要任务"),
        (1, "", "一、深入打好蓝天保卫战"),
        (1, "", "二、深入打好碧水保卫战"),
    ]
    assert draft.numbering[:2] == [NumberStyle.NONE, NumberStyle.NONE]
    assert draft.sections[2].children[0].body[0].text.startswith("加强细颗粒物")
    assert result.warnings == []


# -- Markdown from a chat tool: separator rule and closing chatter are noise ----------------

CHAT = """好的，以下是为您撰写的工作总结：

# 2024年第一季度党建工作总结

## 一、主要工作开展情况

### （一）强化理论武装

**一是抓好集中学习。** 组织党组理论学习中心组学习4次，开展专题研讨2次。

**二是抓好专题培训。** 举办党务干部培训班1期，培训60余人次。

### （二）加强基层组织建设

严格落实“三会一课”制度，各支部召开支部党员大会12次。

## 二、存在的问题

- 部分党员理论学习主动性不强；
- 党建与业务融合不够紧密。

## 三、下一步工作计划

下一步，我们将继续深化理论武装，持续推动党建与业务深度融合。

---

希望这份总结对您有所帮助！如需进一步调整，请随时告诉我。
"""


def test_markdown_from_a_chat_tool() -> None:
    result = analyse_text(CHAT)
    draft = result.draft
    assert draft.meta.title == "2024年第一季度党建工作总结"
    assert noise(CHAT) == [
        "好的，以下是为您撰写的工作总结：",
        "---",
        "希望这份总结对您有所帮助！如需进一步调整，请随时告诉我。",
    ]
    assert headings(draft) == [
        "一、主要工作开展情况",
        "  （一）强化理论武装",
        "    一是抓好集中学习",
        "    二是抓好专题培训",
        "  （二）加强基层组织建设",
        "二、存在的问题",
        "三、下一步工作计划",
    ]
    assert draft.sections[0].children[0].children[0].run_in
    assert [p.text for p in draft.sections[1].body] == [
        "部分党员理论学习主动性不强；",
        "党建与业务融合不够紧密。",
    ]
    assert "*" not in all_text(draft) and "#" not in all_text(draft)


# -- numbers that only look like markers; a title whose last line starts with 的 ------------


def test_number_ranges_at_a_line_start_are_not_headings() -> None:
    text = """××市2024年一季度经济运行情况分析

今年以来，全市经济运行总体平稳，主要指标好于预期。
一、主要指标完成情况
一、二季度，全市规上工业增加值同比增长6.2%，高于全省平均水平1.1个百分点。
3、4月份，受市场需求回暖带动，工业用电量连续两个月保持两位数增长。
二、存在的问题
部分行业产能利用率偏低，企业盈利能力有待提升。
三、下一步措施
1、2024年重点项目加快推进。全年安排重点项目120个。
"""
    draft = analyse_text(text).draft
    assert headings(draft) == [
        "一、主要指标完成情况",
        "二、存在的问题",
        "三、下一步措施",
        "  1.2024年重点项目加快推进",
    ]
    assert [p.text[:5] for p in draft.sections[0].body] == ["一、二季度", "3、4月份"]


def test_notice_title_over_three_lines_ending_in_de_tongzhi() -> None:
    text = """××县人民政府办公室
关于印发××县农村人居环境整治提升实施方案
的通知

各乡镇人民政府，县政府各部门：
《××县农村人居环境整治提升实施方案》已经县政府同意，现印发给你们，请认真组织实施。

××县人民政府办公室
２０２４年３月５日
"""
    draft = analyse_text(text).draft
    assert draft.meta.title == "××县人民政府办公室关于印发××县农村人居环境整治提升实施方案的通知"
    assert draft.sections == []
    assert draft.meta.recipient == "各乡镇人民政府，县政府各部门："  # 主送机关
    assert draft.intro[0].text.startswith("《××县农村人居环境整治提升实施方案》")
    assert (draft.meta.author, draft.meta.date) == ("××县人民政府办公室", "2024年3月5日")


GOV_REPORT = """政府工作报告
——2024年1月15日在××市第十七届人民代表大会第三次会议上
××市人民政府市长  王建国

各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。

一、2023年工作回顾
过去的一年，是全面贯彻党的二十大精神的开局之年。面对复杂严峻的外部环境，我们坚持稳中求进工作总基调，全市经济社会发展取得新成效。
全年地区生产总值增长6.2%，一般公共预算收入增长8.1%，城乡居民人均可支配收入分别增长5.3%和7.4%。
（一）经济运行稳中向好。出台稳经济一揽子政策措施42条，新增市场主体2.3万户。固定资产投资增长7.5%，社会消费品零售总额增长6.8%。
（二）产业结构持续优化。新能源、新材料产业产值突破千亿元，规上工业增加值增长8.3%。
（三）改革开放纵深推进。深化“放管服”改革，政务服务事项“一网通办”率达98%。
（四）民生福祉不断增进。民生支出占一般公共预算支出的比重达到78%。新增城镇就业4.2万人。
各位代表！成绩来之不易，这是市委坚强领导的结果，是全市人民团结奋斗的结果。在此，我代表市人民政府，向全市人民表示崇高的敬意！
同时，我们也清醒看到，经济发展仍面临不少困难和挑战：有效需求不足，部分企业经营困难；科技创新能力不强；民生领域还有不少短板。我们将采取有力措施，切实加以解决。

二、2024年工作安排
2024年是中华人民共和国成立75周年，做好今年工作意义重大。今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4万人以上。
重点抓好以下工作：
（一）着力扩大有效需求。实施重大项目380个，年度计划投资1200亿元。
（二）加快建设现代化产业体系。培育壮大战略性新兴产业，推动传统产业转型升级。
（三）持续保障和改善民生。办好十件民生实事，兜牢民生底线。

三、加强政府自身建设
新时代新征程对政府工作提出了新的更高要求。我们要坚持把党的政治建设摆在首位，深入推进依法行政，持之以恒正风肃纪。
各位代表！奋进新征程，建功新时代。让我们更加紧密地团结在以习近平同志为核心的党中央周围，为谱写中国式现代化××新篇章而不懈奋斗！
"""


HALF_YEAR = """市人力资源和社会保障局2024年上半年工作总结

今年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，围绕市委市政府中心工作，统筹推进就业、社保、人才、劳动关系等各项工作，取得了阶段性成效。现总结如下。

一、上半年工作开展情况
（一）就业形势保持稳定
一是强化就业政策落实。发放稳岗返还资金1260万元，惠及企业3100家。二是抓好重点群体就业。举办招聘会42场，提供岗位2.1万个。三是推进创业带动就业。发放创业担保贷款8600万元。
（二）社会保障体系不断完善
一是扩大参保覆盖面。企业职工养老保险参保人数达到46.2万人。
二是提升经办服务水平。推行“社银一体化”服务，设立服务网点85个。
三是加强基金监管。开展基金管理问题专项整治，追回违规资金36万元。
（三）劳动关系和谐稳定
深入开展根治欠薪行动，为1200余名劳动者追讨工资1560万元。
二、存在的困难和问题
一是结构性就业矛盾依然突出；二是社保扩面难度加大；三是基层服务能力有待提升。
三、下半年工作打算
（一）全力稳就业。聚焦高校毕业生、农民工等重点群体，确保全年城镇新增就业1.2万人。
（二）持续扩社保。深入实施全民参保计划。
（三）着力保稳定。持续推进根治欠薪，确保不发生重大群体性事件。

市人力资源和社会保障局
2024年7月5日
"""


DUTY_REPORT = """2023年度个人述职报告
述职人：李明华（××区发展和改革局局长）

尊敬的各位领导、同志们：
2023年，在区委、区政府的正确领导下，我认真履行岗位职责，团结带领全局干部职工，较好地完成了各项工作任务。现将一年来的工作情况报告如下，请予评议。
一、加强学习，不断提高政治素质和业务能力
坚持把学习作为第一需要，全年参加中心组学习18次，撰写心得体会6篇。
二、履职尽责，推动各项工作落地见效
（一）抓项目建设。全年争取中央预算内投资项目14个，资金2.3亿元。
（二）抓营商环境。牵头制定优化营商环境措施30条。
三、廉洁自律，严格落实党风廉政建设责任
严格遵守中央八项规定精神，自觉接受组织和群众监督。
四、存在的不足和今后努力方向
一是理论学习的深度还不够；二是工作创新意识有待增强。今后，我将进一步加强学习，改进作风，努力做出新的更大成绩。
以上报告，不妥之处，请各位领导和同志们批评指正。

述职人：李明华
2024年1月18日
"""


NOTICE = """××县人民政府办公室文件
×政办发〔2024〕12号

××县人民政府办公室
关于做好2024年春季森林防火工作的通知

各乡镇人民政府，县直各有关单位：
当前已进入春季森林防火关键期，为切实做好森林防火工作，确保人民群众生命财产安全，经县政府同意，现就有关事项通知如下：
一、提高思想认识
各乡镇、各部门要充分认识森林防火工作的极端重要性，切实增强责任感和紧迫感。
二、落实防控责任
严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块。
三、强化火源管控
清明节前后，各地要在重点林区入口设立检查站，严禁携带火种进山。
四、做好应急准备
各地要及时调整充实扑火队伍，储备必要的扑火物资，确保一旦发生火情，能够快速处置。

附件：1.××县2024年春季森林防火工作责任分工
      2.××县森林防火重点区域一览表

××县人民政府办公室
二〇二四年三月五日
（此件公开发布）
抄送：县委办公室，县人大常委会办公室，县政协办公室。
××县人民政府办公室                    2024年3月5日印发
"""


PLAN = """关于开展城乡环境综合整治行动的实施方案

为深入推进城乡环境综合整治，进一步改善人居环境，根据上级有关文件精神，结合我镇实际，制定本方案。
一、指导思想
以习近平新时代中国特色社会主义思想为指导，牢固树立绿水青山就是金山银山的理念，以改善城乡人居环境为目标，全面提升城乡环境质量。
二、工作目标
到2024年底，全镇城乡环境面貌明显改善，生活垃圾无害化处理率达到95%以上，农村卫生厕所普及率达到90%以上。
三、主要任务
（一）开展垃圾清理整治。全面清理房前屋后、河塘沟渠的生活垃圾和建筑垃圾。
（二）开展违章建筑整治。对违法建设依法予以拆除。
（三）开展乱停乱放整治。规范机动车、非机动车停放秩序。
四、实施步骤
（一）动员部署阶段（2024年3月1日—3月15日）。制定工作方案，召开动员大会。
（二）集中整治阶段（2024年3月16日—10月31日）。全面开展各项整治行动。
（三）总结验收阶段（2024年11月1日—11月30日）。对整治工作进行全面总结。
五、保障措施
（一）加强组织领导。成立由镇长任组长的工作领导小组，领导小组办公室设在镇建设办。
（二）强化督查考核。将整治工作纳入年度目标考核。
"""


SURVEY = """关于我县农村集体经济发展情况的调研报告

为全面了解我县农村集体经济发展现状，今年4月至5月，县委政研室组成调研组，深入12个乡镇、36个村开展专题调研。现将调研情况报告如下。

基本情况
全县共有行政村186个，2023年村集体经济总收入1.2亿元，村均64.5万元。其中，年收入50万元以上的村有82个，占44.1%。

主要做法
（一）盘活资源资产。通过清产核资，摸清家底，盘活闲置资产1.6万平方米。
（二）发展特色产业。因地制宜发展茶叶、中药材等特色产业。
（三）创新经营模式。探索“村集体+合作社+农户”模式。

存在问题
一是发展不平衡，部分村集体收入来源单一；二是人才缺乏，懂经营善管理的带头人不多；三是监管不到位。

对策建议
（一）加强政策扶持。设立村集体经济发展专项资金。
（二）强化人才支撑。实施“头雁”培育工程。
（三）健全监管机制。完善村级财务管理制度。

县委政研室调研组
2024年6月
"""


FULL_WIDTH = """××镇2023年安全生产工作总结

今年以来，我镇认真贯彻落实上级安全生产工作部署，全镇安全生产形势总体平稳。
一、主要工作
１．压实安全责任。与各村、企业签订安全生产责任书86份。
２．开展隐患排查。全年开展检查320次，排查隐患452处，已整改446处。
（１）道路交通安全。设置警示标志58块。
（２）消防安全。开展消防演练12场。
３、加强宣传教育。开展“安全生产月”活动，发放宣传资料1.2万份。
二、存在问题
部分企业主体责任落实不到位，基层监管力量薄弱。
三、下步打算
１．持续深化专项整治。
２．强化基层监管能力建设。

××镇人民政府
2023年12月20日
"""


WECHAT = """原创 ××发布 ××发布 2024-01-10 18:00 发表于四川
××市司法局2023年法治政府建设工作报告
××发布
2023年，市司法局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，法治政府建设取得新进展。现将有关情况报告如下。
一、主要举措和成效
第一，健全依法决策机制。严格落实重大行政决策程序规定，全年审查重大行政决策事项23件。
第二，深化行政执法改革。推行行政执法“三项制度”，执法案卷合格率达到98%。
第三，强化法治宣传教育。开展“八五”普法中期评估，举办法治讲座160场。
二、存在的不足
法治队伍建设有待加强，基层法治力量相对薄弱。
三、2024年工作安排
全面推进依法行政，加快建设法治政府。
××市司法局
2024年1月9日
往期推荐
××市召开全市政法工作会议
我市荣获“全国法治政府建设示范市”称号
来源：××市司法局
编辑：张三  审核：李四
点个“在看”，分享给更多朋友
"""


SPEECH = """在全县经济工作会议上的讲话
县委书记  赵志强
（2024年1月12日）

同志们：
这次会议的主要任务是，全面贯彻落实中央、省委和市委经济工作会议精神，总结2023年经济工作，部署2024年经济工作。
刚才，县长同志对全年经济工作作了具体安排，我完全同意。下面，我讲三点意见。
一、准确把握当前经济形势
过去一年，面对复杂严峻的外部环境，全县上下团结一心，经济社会发展取得显著成绩。
同时也要清醒看到，我们面临的困难和挑战依然不少。
二、突出抓好2024年重点工作
第一，坚定不移抓项目。项目是经济发展的生命线。要坚持“项目为王”，全年谋划储备项目200个以上。
第二，全力以赴稳工业。围绕主导产业链条，引进培育一批龙头企业。
第三，持之以恒惠民生。坚持尽力而为、量力而行，办好民生实事。
三、切实加强党的领导
各级党组织要把抓经济工作作为检验政治能力的重要标尺，以钉钉子精神抓好各项工作落实。
同志们，新的一年，任务艰巨、使命光荣。让我们以更加昂扬的斗志、更加务实的作风，奋力谱写全县高质量发展新篇章！
"""


def test_government_work_report() -> None:
    result = analyse_text(GOV_REPORT)
    draft = result.draft
    assert draft.meta.title == "政府工作报告"
    assert draft.meta.subtitle.split("\n") == [
        "——2024年1月15日在××市第十七届人民代表大会第三次会议上",
        "××市人民政府市长  王建国",
    ]
    assert [p.text[:5] for p in draft.intro] == ["各位代表：", "现在，我代"]
    assert headings(draft) == [
        "一、2023年工作回顾",
        "  （一）经济运行稳中向好",
        "  （二）产业结构持续优化",
        "  （三）改革开放纵深推进",
        "  （四）民生福祉不断增进",
        "二、2024年工作安排",
        "  （一）着力扩大有效需求",
        "  （二）加快建设现代化产业体系",
        "  （三）持续保障和改善民生",
        "三、加强政府自身建设",
    ]
    review = draft.sections[0]
    assert review.body[0].text.startswith("过去的一年") and len(review.body) == 2
    assert all(child.run_in for child in review.children)
    # the closing appeal is the last section's text, not a signature
    assert draft.sections[-1].body[-1].text.startswith("各位代表！奋进新征程")
    assert draft.meta.author == "" and result.warnings == []


def test_half_year_summary_of_a_department_with_shi_items() -> None:
    draft = analyse_text(HALF_YEAR).draft
    assert draft.meta.title == "市人力资源和社会保障局2024年上半年工作总结"
    assert headings(draft) == [
        "一、上半年工作开展情况",
        "  （一）就业形势保持稳定",
        "  （二）社会保障体系不断完善",
        "    一是扩大参保覆盖面",
        "    二是提升经办服务水平",
        "    三是加强基金监管",
        "  （三）劳动关系和谐稳定",
        "二、存在的困难和问题",
        "三、下半年工作打算",
        "  （一）全力稳就业",
        "  （二）持续扩社保",
        "  （三）着力保稳定",
    ]
    assert draft.numbering[2] == NumberStyle.CN_SHI
    # 一是…二是…三是… run together in one paragraph stays that paragraph
    employment = draft.sections[0].children[0]
    assert len(employment.body) == 1 and "二是抓好重点群体就业" in employment.body[0].text
    assert (draft.meta.author, draft.meta.date) == ("市人力资源和社会保障局", "2024年7月5日")


def test_personal_duty_report() -> None:
    draft = analyse_text(DUTY_REPORT).draft
    assert draft.meta.title == "2023年度个人述职报告"
    assert draft.meta.subtitle == "述职人：李明华（××区发展和改革局局长）"
    assert draft.intro[0].text == "尊敬的各位领导、同志们："
    assert [h for _, _, h in outline(draft)][:3] == [
        "加强学习，不断提高政治素质和业务能力",
        "履职尽责，推动各项工作落地见效",
        "抓项目建设",
    ]
    assert draft.sections[-1].body[-1].text.startswith("以上报告，不妥之处")
    assert (draft.meta.author, draft.meta.date) == ("述职人：李明华", "2024年1月18日")


def test_notice_with_document_number_attachments_and_imprint() -> None:
    result = analyse_text(NOTICE)
    draft = result.draft
    # the 版头 is proposed for removal; the 发文字号 and the 主送机关 are the document's:
    # moved to its meta (the 主送 prints flush left under the title) and said so
    assert noise(NOTICE) == ["××县人民政府办公室文件"]
    assert draft.meta.title == "××县人民政府办公室关于做好2024年春季森林防火工作的通知"
    assert draft.meta.doc_number == "×政办发〔2024〕12号"
    assert draft.meta.recipient == "各乡镇人民政府，县直各有关单位："
    assert draft.intro[0].text.startswith("当前已进入春季森林防火关键期")
    assert any("发文字号“×政办发〔2024〕12号”" in w for w in result.warnings)
    assert any("主送机关“各乡镇人民政府，县直各有关单位：”" in w for w in result.warnings)
    assert [s.heading for s in draft.sections] == [
        "提高思想认识",
        "落实防控责任",
        "强化火源管控",
        "做好应急准备",
    ]
    assert draft.meta.attachments == [
        "××县2024年春季森林防火工作责任分工",
        "××县森林防火重点区域一览表",
    ]
    assert (draft.meta.author, draft.meta.date) == ("××县人民政府办公室", "2024年3月5日")
    assert draft.sections[-1].body[-1].text.endswith("印发")  # 版记 kept as text


def test_implementation_plan() -> None:
    draft = analyse_text(PLAN).draft
    assert draft.meta.title == "关于开展城乡环境综合整治行动的实施方案"
    assert [s.heading for s in draft.sections] == [
        "指导思想",
        "工作目标",
        "主要任务",
        "实施步骤",
        "保障措施",
    ]
    steps = draft.sections[3].children
    assert [s.heading for s in steps][0] == "动员部署阶段（2024年3月1日—3月15日）"
    assert steps[0].run_in and steps[0].body[0].text == "制定工作方案，召开动员大会。"


def test_survey_report_with_unnumbered_top_sections() -> None:
    draft = analyse_text(SURVEY).draft
    assert headings(draft)[:3] == ["一、基本情况", "二、主要做法", "  （一）盘活资源资产"]
    assert [s.heading for s in draft.sections] == ["基本情况", "主要做法", "存在问题", "对策建议"]
    assert (draft.meta.author, draft.meta.date) == ("县委政研室调研组", "2024年6月")


def test_full_width_digits_and_mixed_signs() -> None:
    draft = analyse_text(FULL_WIDTH).draft
    assert headings(draft) == [
        "一、主要工作",
        "  1.压实安全责任",
        "  2.开展隐患排查",
        "    （1）道路交通安全",
        "    （2）消防安全",
        "  3.加强宣传教育",
        "二、存在问题",
        "三、下步打算",
    ]
    # one-sentence items with nothing under them stay text with their numbers
    assert [p.text for p in draft.sections[2].body] == [
        "１．持续深化专项整治。",
        "２．强化基层监管能力建设。",
    ]


def test_wechat_article_with_account_lines_and_recommended_articles() -> None:
    flagged = noise(WECHAT)
    assert flagged[0].startswith("原创")
    assert flagged[1:] == WECHAT.strip().split("\n")[-6:]
    draft = analyse_text(WECHAT).draft
    assert draft.meta.title == "××市司法局2023年法治政府建设工作报告"
    assert (draft.meta.author, draft.meta.date) == ("××市司法局", "2024年1月9日")
    assert draft.numbering[1] == NumberStyle.CN_DI
    assert headings(draft)[1] == "  第一，健全依法决策机制"


def test_speech_with_speaker_date_salutation_and_di_yi_items() -> None:
    draft = analyse_text(SPEECH).draft
    assert draft.meta.title == "在全县经济工作会议上的讲话"
    assert draft.meta.subtitle == "县委书记  赵志强\n（2024年1月12日）"
    assert draft.intro[0].text == "同志们："
    assert [h for _, _, h in outline(draft)][2:5] == [
        "坚定不移抓项目",
        "全力以赴稳工业",
        "持之以恒惠民生",
    ]
    assert draft.meta.author == ""


def test_unit_and_date_under_the_title_are_subtitle_lines() -> None:
    text = """2023年度工作总结
××县林业局
2024年1月10日

2023年，县林业局坚持生态优先、绿色发展，全面完成了年度目标任务。
一、国土绿化扎实推进
全年完成营造林3.2万亩，义务植树46万株。
二、资源保护不断加强
严格落实林长制，全县林木覆盖率达到62.3%。
"""
    draft = analyse_text(text).draft
    assert draft.meta.title == "2023年度工作总结"
    assert draft.meta.subtitle == "××县林业局\n2024年1月10日"
    assert draft.intro[0].text.startswith("2023年，县林业局")
    assert [s.heading for s in draft.sections] == ["国土绿化扎实推进", "资源保护不断加强"]
    # a title that merely ends like a unit's name is still the title
    alone = analyse_text("关于成立××县森林防火工作领导小组\n\n" + text.split("\n\n", 1)[1])
    assert alone.draft.meta.title == "关于成立××县森林防火工作领导小组"


ISSUING_NOTICE = """××县人民政府办公室关于印发××县2024年森林防火工作方案的通知

各乡镇人民政府，县政府各部门：
《××县2024年森林防火工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。

附件：××县2024年森林防火工作方案

××县人民政府办公室
2024年2月20日
（此件公开发布）

附件

××县2024年森林防火工作方案

为切实做好2024年森林防火工作，制定本方案。
一、工作目标
确保不发生重大森林火灾，森林火灾受害率控制在0.9‰以内。
二、主要措施
（一）加强火源管控。在重点区域设置检查站。
（二）强化隐患排查。开展拉网式排查整治。
三、工作要求
各乡镇、各部门要高度重视，切实履职尽责。
"""


def test_issuing_notice_followed_by_the_attached_document() -> None:
    """The notice's signature stands above "附件" and the attached 方案 follows it: the
    signature, date and 附件说明 go into the meta, the attached text is an appendix with
    its own title, opening and tree, not chapters of the notice."""
    draft = analyse_text(ISSUING_NOTICE).draft
    assert draft.meta.title == "××县人民政府办公室关于印发××县2024年森林防火工作方案的通知"
    assert (draft.meta.author, draft.meta.date) == ("××县人民政府办公室", "2024年2月20日")
    assert draft.meta.attachments == ["××县2024年森林防火工作方案"]
    assert draft.sections == []
    assert draft.meta.recipient.endswith("：")  # 主送机关, not a paragraph
    assert draft.intro[0].text.startswith("《××县2024年森林防火工作方案》已经县政府同意")
    [plan] = draft.appendices
    assert plan.title == "××县2024年森林防火工作方案"
    assert [p.text for p in plan.intro] == ["为切实做好2024年森林防火工作，制定本方案。"]
    assert [(s.heading, [c.heading for c in s.children]) for s in plan.sections] == [
        ("工作目标", []),
        ("主要措施", ["加强火源管控", "强化隐患排查"]),
        ("工作要求", []),
    ]


GAP_PLAN = """关于开展2024年“安全生产月”活动的实施方案

为深入贯彻落实安全发展理念，结合我局实际，制定本方案。
一、指导思想　以习近平新时代中国特色社会主义思想为指导，坚持人民至上、生命至上，统筹发展和安全。
二、活动主题　人人讲安全、个个会应急——畅通生命通道。
三、主要活动
（一）开展宣传咨询日活动　6月16日在县城广场集中开展宣传咨询活动，发放宣传资料。
（二）开展应急演练  各单位结合实际组织开展应急演练不少于1次。
四、工作要求
各单位要高度重视，精心组织，确保活动取得实效。
---
| 序号 | 活动 | 时间 |
|---|---|---|
| 1 | 宣传咨询日 | 6月16日 |
"""


def test_headings_set_apart_from_their_text_by_a_wide_gap() -> None:
    """ "一、指导思想　以……为指导。": a full-width space (or several spaces) instead of 。
    ends the heading; the Markdown rules are proposed for removal, the table rows stay."""
    result = analyse_text(GAP_PLAN)
    draft = result.draft
    assert headings(draft) == [
        "一、指导思想",
        "二、活动主题",
        "三、主要活动",
        "  （一）开展宣传咨询日活动",
        "  （二）开展应急演练",
        "四、工作要求",
    ]
    first = draft.sections[0]
    assert first.run_in and first.body[0].text.startswith("以习近平新时代")
    assert draft.sections[2].children[1].body[0].text.startswith("各单位结合实际")
    assert noise(GAP_PLAN) == ["---"]
    # the Markdown table a chat tool pasted comes in as a table (issue 13)
    (table,) = [b for b in draft.sections[-1].body if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows] == [
        ["序号", "活动", "时间"],
        ["1", "宣传咨询日", "6月16日"],
    ]


def test_a_letter_spaced_heading_is_not_split_at_its_spaces() -> None:
    text = COUNTY.replace("二、存在的问题", "二、存  在  的  问  题")
    assert headings(analyse_text(text).draft)[9] == "二、存在的问题"


def test_long_one_line_title_of_a_joint_issuing_notice() -> None:
    text = """中共××县委办公室　××县人民政府办公室关于印发《××县关于进一步加强和改进新时代基层治理工作的实施意见》的通知

各乡镇党委、政府，县委各部门，县级国家机关各部门：
《××县关于进一步加强和改进新时代基层治理工作的实施意见》已经县委、县政府同意，现印发给你们，请结合实际认真贯彻落实。

中共××县委办公室
××县人民政府办公室
2024年4月2日
"""
    draft = analyse_text(text).draft
    assert draft.meta.title.endswith("工作的实施意见》的通知")
    assert draft.meta.title.startswith("中共××县委办公室")
    assert draft.meta.author == "中共××县委办公室\n××县人民政府办公室"
    assert draft.meta.recipient.startswith("各乡镇党委")
    # a long first sentence is still text, not a title
    sentence = "全县上下认真贯彻落实县委、县政府决策部署扎实推进各项重点工作取得明显成效的报告"
    assert analyse_text(sentence + "。\n" + text).lines[0].role == LineRole.BODY


LONG_HEADINGS = """××区2024年政府工作报告

　　各位代表：现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。
一、聚焦项目建设，增强发展后劲，全力推动经济高质量发展取得新突破
　　过去一年，我们坚持把项目建设作为经济工作的生命线，全年实施重点项目126个，完成投资286亿元，同比增长9.6%，项目建设呈现量质齐升的良好态势。
（一）狠抓招商引资不放松，新签约亿元以上项目42个，总投资达到380亿元
　　坚持招大引强，组建产业链招商专班8个，赴外招商62批次。
（二）狠抓要素保障不松劲
　　新增建设用地指标2600亩，争取专项债券资金18亿元，有力保障了项目建设需要。
二、聚焦民生改善，提升群众幸福感
　　坚持以人民为中心的发展思想，民生支出占一般公共预算支出比重达到80.2%。新增城镇就业1.1万人，城镇调查失业率控制在5.5%以内。
"""


def _wrap_at(text: str, cells: int) -> str:
    return "\n".join(chunk for line in text.split("\n") for chunk in display_chunks(line, cells))


def test_pdf_copy_with_headings_longer_than_a_line() -> None:
    """A numbered heading that reaches the margin goes on on the next line; its short tail
    is part of it, not a heading of its own."""
    reference = analyse_text(LONG_HEADINGS).draft
    assert headings(reference) == [
        "一、聚焦项目建设，增强发展后劲，全力推动经济高质量发展取得新突破",
        "  （一）狠抓招商引资不放松，新签约亿元以上项目42个，总投资达到380亿元",
        "  （二）狠抓要素保障不松劲",
        "二、聚焦民生改善，提升群众幸福感",
    ]
    for cells in (50, 56, 62, 70):
        draft = analyse_text(_wrap_at(LONG_HEADINGS, cells)).draft
        assert headings(draft) == headings(reference), cells
        assert all_text(draft).replace("\u3000", "") == all_text(reference).replace("\u3000", "")


CHAT_BOLD = """当然可以！下面是一份**2024年度社区工作总结**的参考范文，您可以根据实际情况修改：

---

**××社区2024年度工作总结**

2024年，××社区在街道党工委的坚强领导下，紧紧围绕“党建引领、服务居民”的目标，扎实推进各项工作。现将全年工作总结如下：

**一、主要工作及成效**

**（一）党建引领持续加强**

1. **强化组织建设**：全年召开党员大会4次，发展党员2名。
2. **开展主题活动**：组织“党员进网格”活动24场次。

**（二）居民服务提质增效**

- **民生保障**：为辖区困难群众发放救助金12.6万元。
- **环境整治**：清理卫生死角86处。

**二、存在的不足**

1. 社区工作人员力量不足；
2. 居民参与社区治理的积极性有待提高。

**三、2025年工作打算**

下一步，社区将继续以党建为引领，不断提升为民服务水平。

---

以上范文仅供参考，如需针对具体社区情况调整内容，欢迎随时告诉我！
"""


def test_chat_answer_with_bold_lines_instead_of_markdown_headings() -> None:
    result = analyse_text(CHAT_BOLD)
    draft = result.draft
    assert draft.meta.title == "××社区2024年度工作总结"
    assert noise(CHAT_BOLD) == [
        "当然可以！下面是一份2024年度社区工作总结的参考范文，您可以根据实际情况修改：",
        "---",
        "---",
        "以上范文仅供参考，如需针对具体社区情况调整内容，欢迎随时告诉我！",
    ]
    assert headings(draft) == [
        "一、主要工作及成效",
        "  （一）党建引领持续加强",
        "    1.强化组织建设：",  # run-in: the colon is kept, it prints as written
        "    2.开展主题活动：",
        "  （二）居民服务提质增效",
        "二、存在的不足",
        "三、2025年工作打算",
    ]
    # "1.……；" then "2.……。": a list closing with a full stop stays text
    assert [p.text for p in draft.sections[1].body] == [
        "1. 社区工作人员力量不足；",
        "2. 居民参与社区治理的积极性有待提高。",
    ]
    assert result.warnings == []


DECIMAL_OUTLINE = """××公司2024年安全生产工作方案

为进一步加强公司安全生产工作，结合公司实际，制定本方案。
1 工作目标
全年不发生一般及以上生产安全事故，隐患整改率达到100%。
2 主要任务
2.1 健全安全生产责任体系
层层签订安全生产责任书，做到全员覆盖。
2.2 深化隐患排查治理
2.2.1 开展日常检查
各部门每周开展一次安全检查。
2.2.2 开展专项整治
重点整治消防、用电、特种设备等领域安全隐患。
3 保障措施
各部门要加强组织领导，确保各项任务落到实处。
"""


def test_decimal_outline_numbers_of_a_company_plan() -> None:
    """1 / 2.1 / 2.2.1: the depth gives the level, the levels take the decimal style, which
    prints the numbers by path; the heading text is the heading's alone."""
    result = analyse_text(DECIMAL_OUTLINE)
    draft = result.draft
    assert outline(draft) == [
        (0, "1　", "工作目标"),
        (0, "2　", "主要任务"),
        (1, "2.1　", "健全安全生产责任体系"),
        (1, "2.2　", "深化隐患排查治理"),
        (2, "2.2.1　", "开展日常检查"),
        (2, "2.2.2　", "开展专项整治"),
        (0, "3　", "保障措施"),
    ]
    assert draft.numbering[:3] == [NumberStyle.DECIMAL] * 3
    assert not [w for w in result.warnings if "编号" in w], "the numbers are the source's"
    assert draft.sections[1].children[1].children[0].body[0].text == "各部门每周开展一次安全检查。"


def test_a_number_and_a_space_at_a_line_start_is_not_an_outline_number() -> None:
    text = COUNTY.replace(
        "粮食播种面积稳定在58万亩", "3 家企业完成技术改造，粮食播种面积稳定在58万亩"
    )
    text = text.replace("围绕主导产业", "12 个重点项目已开工建设。\n围绕主导产业")
    assert headings(analyse_text(text).draft) == COUNTY_OUTLINE


def test_attachment_label_above_an_attached_document_is_not_part_of_its_title() -> None:
    body = "为切实做好2024年森林防火工作，制定本方案。\n一、工作目标\n确保不发生重大森林火灾。\n"
    for label, gap in (("附件", "\n"), ("附件1", "\n\n"), ("附件 2", "\n")):
        text = f"{label}{gap}××县2024年森林防火工作方案{gap}{body}"
        result = analyse_text(text)
        assert result.draft.meta.title == "××县2024年森林防火工作方案"
        assert noise(text) == [label]  # proposed for removal, the preview can keep it


LONG_LEAD = """××县2023年工作总结

2023年，全县上下团结奋斗，较好完成了全年目标任务。
一、主要工作
（一）经济运行稳中向好。全年地区生产总值增长6.1%。
（二）产业结构持续优化。规上工业增加值增长8.3%。
（三）坚持以人民为中心的发展思想，持续加大民生投入，全力办好十件民生实事，教育、医疗、养老、就业等各项社会事业全面进步，群众获得感、幸福感、安全感持续增强。全年民生支出占一般公共预算支出的比重达到80%，新增城镇就业5200人。
二、下步打算
继续坚持稳中求进工作总基调。
"""


def test_a_long_lead_sentence_among_run_in_siblings_is_still_only_the_lead() -> None:
    draft = analyse_text(LONG_LEAD).draft
    third = draft.sections[0].children[2]
    assert third.run_in
    assert third.heading.startswith("坚持以人民为中心") and third.heading.endswith("安全感持续增强")
    assert third.body[0].text == "全年民生支出占一般公共预算支出的比重达到80%，新增城镇就业5200人。"


def test_attachment_note_written_below_the_signature() -> None:
    text = """××局关于2023年度工作情况的报告

县人民政府：
现将我局2023年度工作情况报告如下。
一、主要工作
全年完成各项目标任务。
二、下步打算
继续抓好各项工作落实。
特此报告。

××县××局
2024年1月5日

附件：1.2023年度工作目标完成情况表
2.2024年度重点工作任务清单
"""
    draft = analyse_text(text).draft
    assert (draft.meta.author, draft.meta.date) == ("××县××局", "2024年1月5日")
    assert draft.meta.attachments == ["2023年度工作目标完成情况表", "2024年度重点工作任务清单"]
    assert [p.text for p in draft.sections[-1].body] == ["继续抓好各项工作落实。", "特此报告。"]


DISCLOSURE = """索引号：115100000000123456/2024-00012
发文机关：××县人民政府办公室
成文日期：2024年01月05日
发布日期：2024年01月08日
发文字号：×府办发〔2024〕3号
主题分类：综合政务
有效性：有效
××县人民政府办公室关于印发××县2024年政务公开工作要点的通知
各乡镇人民政府，县政府各部门：
《××县2024年政务公开工作要点》已经县政府同意，现印发给你们，请认真抓好落实。
××县人民政府办公室
2024年1月5日
扫一扫在手机打开当前页
"""


def test_government_information_disclosure_table_above_the_title_is_noise() -> None:
    result = analyse_text(DISCLOSURE)
    lines = DISCLOSURE.split("\n")
    # the table's 发文字号 row is the document's number: it goes to the meta, not away
    assert noise(DISCLOSURE) == [*lines[:4], *lines[5:7], "扫一扫在手机打开当前页"]
    assert lines[4] == "发文字号：×府办发〔2024〕3号"
    draft = result.draft
    assert draft.meta.doc_number == "×府办发〔2024〕3号"
    assert draft.meta.title == "××县人民政府办公室关于印发××县2024年政务公开工作要点的通知"
    assert (draft.meta.author, draft.meta.date) == ("××县人民政府办公室", "2024年1月5日")
    assert draft.meta.recipient == "各乡镇人民政府，县政府各部门："


def test_bullet_symbols_before_unnumbered_headings_are_not_kept_in_them() -> None:
    text = """××社区2024年工作总结

今年以来，社区围绕中心工作，扎实推进各项任务。
◆ 强化党建引领
全年开展主题党日活动12次。
◆ 提升服务水平
为居民办理各类事项1200余件。
"""
    result = analyse_text(text)
    assert [s.heading for s in result.draft.sections] == ["强化党建引领", "提升服务水平"]
    assert [line.marker for line in result.lines if line.role == LineRole.HEADING] == ["◆", "◆"]


def test_short_web_counters_and_a_bare_timestamp_are_noise() -> None:
    text = """××县2023年工作总结
2024-01-08 09:30:00
发布：××县人民政府办公室
浏览：1256
分享：
2023年，全县上下团结奋斗，较好完成了全年目标任务。
一、主要工作
全年地区生产总值增长6.1%。
"""
    assert noise(text) == text.split("\n")[1:5]
    assert analyse_text(text).draft.meta.title == "××县2023年工作总结"


# COUNTY as a .docx (22 pt, header and "— N —" footer) → LibreOffice PDF → pdftotext:
# the spaces around numbers, the page-1 header over the title, justified lines.
PDFTOTEXT = """××县 2023 年工作总结
××县 2023 年工作总结
2023 年，在市委、市政府的坚强领导
下，县委、县政府团结带领全县人民，坚持
稳中求进工作总基调，较好完成了全年目标
任务。现将有关情况总结如下：
一、主要工作成效
（一）经济发展稳中有进
1.工业经济提质增效。全年规上工业增
加值增长 9.2%，新增规上企业 18 家。
（1）重点项目建设提速。实施亿元以上项目
56 个，完成投资 87 亿元。
（2）园区承载能力增强。新建标准化厂房
12 万平方米。
2.农业农村稳步发展

—1—

\f××县 2023 年工作总结
粮食播种面积稳定在 58 万亩，总产量
达到 24.6 万吨。
（二）民生保障更加有力
1.就业形势总体稳定。城镇新增就业
3200 人。
2.社会事业全面进步。新建改扩建学校
6 所。
二、存在的问题
一是经济总量偏小，产业结构不优；二
是财政收支矛盾突出；三是民生领域仍有短
板。
三、2024 年工作打算
（一）全力以赴抓项目
围绕主导产业谋划储备项目 100 个以
上。
—2—

\f××县 2023 年工作总结
（二）持续用力惠民生
扎实办好民生实事，不断提升群众获得
感。
××县人民政府
2024 年 1 月 10 日

—3—

\f
"""


def test_real_pdftotext_output_of_the_county_summary() -> None:
    result = analyse_text(PDFTOTEXT)
    draft = result.draft
    assert draft.meta.title == "××县2023年工作总结"
    assert headings(draft) == COUNTY_OUTLINE
    assert noise(PDFTOTEXT) == [
        "××县 2023 年工作总结",
        "—1—",
        "××县 2023 年工作总结",
        "—2—",
        "××县 2023 年工作总结",
        "—3—",
    ]
    reference = analyse_text(COUNTY).draft
    assert all_text(draft) == all_text(reference)  # the viewer's spaces around numbers go
    assert (draft.meta.author, draft.meta.date) == ("××县人民政府", "2024年1月10日")


def test_pdf_without_a_header_on_the_first_page_keeps_its_title() -> None:
    text = PDFTOTEXT.split("\n", 1)[1]  # "different first page": the title is the top line
    draft = analyse_text(text).draft
    assert draft.meta.title == "××县2023年工作总结"
    assert headings(draft) == COUNTY_OUTLINE
