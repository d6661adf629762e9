"""A saved web page (.html) as an import source: the page's own encoding, its visible text a
line per block, the site's furniture noise; deep nesting and empty pages handled."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from app.cli import EXIT_OK, main
from app.core.draftfile import load_draft
from app.core.errors import ZongjieError
from app.core.importer import import_file
from app.core.importer.webpage import WEB_PAGE_MAX_ELEMENTS
from app.core.model import Table

PAGE = DATA / "import_corpus" / "web_page.html"  # GBK, declared gb2312 by http-equiv


def _page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}<title>页面标题</title></head><body>{body}</body></html>"
    )


def test_a_gbk_page_saved_from_a_government_site() -> None:
    result = import_file(PAGE)
    assert result.encoding == "网页，GB18030"
    draft = result.draft
    assert draft.meta.title == "××县审计局2023年工作总结和2024年工作计划"
    assert (draft.meta.author, draft.meta.date) == ("××县审计局", "2024年1月15日")
    assert draft.intro[0].text.startswith("2023年，县审计局坚持")  # &nbsp; indent dropped
    first = draft.sections[0].children[0]
    assert first.heading == "聚焦经济发展，做好政策落实跟踪审计"
    assert first.body[0].text.startswith("围绕稳经济一揽子政策措施落实")
    text = "\n".join(line.text for line in result.lines if line.keep)
    for site in ("首页", "siteId", "text-indent", "页面标题", "打印本页", "ICP", "图为"):
        assert site not in text, site  # script, style, <head>, furniture, caption


def test_utf8_page_with_breaks_tables_and_entities(tmp_path: Path) -> None:
    body = (
        "<h2>2024年工作要点</h2><p>一、总体要求<br>坚持稳中求进&mdash;&mdash;以进促稳。</p>"
        "<table><tr><td>指标</td><td>目标</td></tr><tr><td>增长</td><td>6%</td></tr></table>"
        "<p>二、重点任务</p><p>抓好项目建设，A&amp;B两区联动。</p>"
    )
    path = tmp_path / "要点.htm"
    path.write_text(_page(body), encoding="utf-8")
    result = import_file(path)
    draft = result.draft
    assert result.encoding == "网页，UTF-8"
    assert draft.meta.title == "2024年工作要点"
    assert [s.heading for s in draft.sections] == ["总体要求", "重点任务"]
    assert [p.text for p in draft.sections[0].body][:1] == ["坚持稳中求进——以进促稳。"]
    # the page's <table> comes in as a table (issue 13)
    (table,) = [b for b in draft.sections[0].body if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows] == [["指标", "目标"], ["增长", "6%"]]
    assert draft.sections[1].body[0].text == "抓好项目建设，A&B两区联动。"


def test_a_page_declaring_one_encoding_and_written_in_another(tmp_path: Path) -> None:
    path = tmp_path / "总结.html"
    path.write_bytes(
        _page("<p>2023年工作总结</p><p>今年以来，各项工作有序推进。</p>").encode("gbk")
    )
    result = import_file(path)  # says utf-8, is GBK: read as the bytes are
    assert result.draft.meta.title == "2023年工作总结"


def test_deeply_nested_page_is_read_without_recursion(tmp_path: Path) -> None:
    depth = WEB_PAGE_MAX_ELEMENTS // 2
    body = (
        "<div>" * depth
        + "<p>2024年工作总结</p><p>今年以来，各项工作有序推进。</p>"
        + "</div>" * depth
    )
    path = tmp_path / "深.html"
    path.write_text(_page(body), encoding="utf-8")
    assert import_file(path).draft.meta.title == "2024年工作总结"


def test_a_page_with_no_visible_text_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "空.html"
    path.write_text(_page("<script>render()</script>"), encoding="utf-8")
    with pytest.raises(ZongjieError) as caught:
        import_file(path)
    assert "没有可见的文字" in caught.value.message and "粘贴导入" in caught.value.message


def test_the_command_imports_a_saved_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "草稿.json"
    assert main(["import", str(PAGE), "-o", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "编码：网页，GB18030" in printed
    assert "  一、2023年工作完成情况" in printed
    # the 一是 items where level 2 is （一）: printed （一）, and listed as warnings
    assert "提示：第13行：原文编号“一是”与自动编号“（一）”不同" in printed
    assert [s.heading for s in load_draft(out).sections] == ["2023年工作完成情况", "2024年工作计划"]


def test_a_page_of_millions_of_elements_is_refused_by_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "生成的.html"
    path.write_text(_page("<b>" * (WEB_PAGE_MAX_ELEMENTS + 10)), encoding="utf-8")
    with pytest.raises(ZongjieError) as caught:
        import_file(path)
    assert "网页元素" in caught.value.message and "分成几部分" in caught.value.message
