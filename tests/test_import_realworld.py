"""Realistic documents of kinds the importer had not been tuned on, as users paste them.

Each text is written the way such documents are really laid out (政府工作报告, 县级年度总结,
部门半年总结, 述职报告, 通知, 实施方案, 调研报告, PDF copies, chat-tool Markdown, web pages);
the assertions are what the user sees in the preview: title, meta, the outline with
derived numbers, run-in items, noise proposed for removal, nothing of the text lost.
"""

from __future__ import annotations

from app.core.importer import LineRole, analyse_text
from app.core.model import Draft
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
        current, used = "", 0
        for ch in line:
            width = 1 if ch.isascii() else 2
            if used + width > cells:
                out.append(current)
                current, used = "", 0
            current += ch
            used += width
        out.append(current)
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
    assert draft.intro[0].text == "各乡镇人民政府，县政府各部门："
    assert (draft.meta.author, draft.meta.date) == ("××县人民政府办公室", "2024年3月5日")
