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
