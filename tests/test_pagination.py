"""The paginator without a renderer: the grid, the line-breaking rules, the keep rules R1
and R2, where every line came from, and `python -m app pages`.

What LibreOffice renders is compared in test_pagination_render.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_pagination_reports import REPORTS, long_heading_draft

from app.cli import main
from app.core import layout
from app.core.draftfile import load_draft
from app.core.export.title_lines import title_lines
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.pagination import LIBREOFFICE, WORD, Metrics, Pagination, paginate
from app.core.pagination import metrics as m
from app.core.pagination.linebreak import NO_LINE_END, NO_LINE_START, char_widths

PROFILES = [LIBREOFFICE, WORD]


def _draft(*paragraphs: str, **meta: str) -> Draft:
    return Draft(meta=Meta(title="标题", **meta), intro=[Paragraph.plain(p) for p in paragraphs])


def _lines(result: Pagination) -> list[str]:
    return [line.text for page in result.pages for line in page.lines]


def _all_drafts() -> dict[str, Draft]:
    from conftest import SAMPLE_DRAFT

    drafts = {name: build() for name, build in REPORTS.items()}
    drafts["sample"] = load_draft(SAMPLE_DRAFT)
    drafts["long-headings"] = long_heading_draft()
    return drafts


@pytest.fixture(scope="module")
def drafts() -> dict[str, Draft]:
    return _all_drafts()


# -- the grid ----------------------------------------------------------------------------------


@pytest.mark.parametrize("metrics", PROFILES, ids=lambda p: p.name)
def test_full_pages_have_22_lines_and_full_lines_28_cells(metrics: Metrics) -> None:
    text = "甲" * (layout.CHARS_PER_LINE * 40)
    result = paginate(_draft(text), metrics=metrics)
    assert [len(p.lines) for p in result.pages[:-1]] == [layout.LINES_PER_PAGE]
    lines = _lines(result)
    assert lines[2] == "甲" * (layout.CHARS_PER_LINE - layout.FIRST_LINE_INDENT_ZI)
    assert set(map(len, lines[3:-1])) == {layout.CHARS_PER_LINE}
    assert result.pages[0].lines[2].spans[0].x_tw == pytest.approx(
        metrics.grid_offset_tw + metrics.indent_tw(layout.FIRST_LINE_INDENT_ZI)
    )


def test_an_empty_draft_is_one_empty_page() -> None:
    result = paginate(Draft())
    assert result.page_count == 1 and result.pages[0].lines == ()


def test_the_same_draft_gives_the_same_pages(drafts: dict[str, Draft]) -> None:
    assert paginate(drafts["emergency"]) == paginate(drafts["emergency"])


# -- line breaking -----------------------------------------------------------------------------


def test_a_closing_mark_hangs_in_libreoffice_and_pulls_a_character_down_in_word() -> None:
    text = "甲" * 25 + "乙，丙丙丙"  # the "，" is the 29th cell of the first line
    hung = _lines(paginate(_draft(text)))[2]
    assert hung == "甲" * 25 + "乙，"
    pulled = _lines(paginate(_draft(text), metrics=WORD))
    assert pulled[2] == "甲" * 25 and pulled[3].startswith("乙，")


def test_an_opening_mark_never_ends_a_line() -> None:
    lines = _lines(paginate(_draft("甲" * 25 + "《乙》丙丙")))
    assert lines[2] == "甲" * 25 and lines[3].startswith("《乙》")


def test_quotes_keep_to_their_neighbours_but_a_line_may_end_at_a_comma_before_one() -> None:
    lines = _lines(paginate(_draft("甲" * 25 + "“乙”丙")))
    assert lines[2] == "甲" * 24  # "甲“" moves together (measured in LibreOffice)
    lines = _lines(paginate(_draft("甲" * 24 + "、“乙”丙")))
    assert lines[2] == "甲" * 24 + "、"


def test_latin_runs_stay_whole_and_take_their_own_widths() -> None:
    lines = _lines(paginate(_draft("甲" * 24 + "12.5%的增长")))
    assert lines[2] == "甲" * 24 and lines[3].startswith("12.5%")
    size = layout.BODY_PT
    word, _ = char_widths("甲1", size, WORD.cell_tw, WORD)
    assert word is not None
    gap = m.AUTOSPACE_EM * size * layout.TWIPS_PER_PT
    assert word[1] == pytest.approx(m.FANGSONG_LATIN_EM * size * layout.TWIPS_PER_PT + gap)
    lo, _ = char_widths("1", size, LIBREOFFICE.cell_tw, LIBREOFFICE)
    assert lo == [m.DEJAVU_SERIF_EM["1"] * size * layout.TWIPS_PER_PT]


@pytest.mark.parametrize("metrics", PROFILES, ids=lambda p: p.name)
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(
    drafts: dict[str, Draft], metrics: Metrics
) -> None:
    for name, draft in drafts.items():
        for page in paginate(draft, metrics=metrics).pages:
            for line in page.lines:
                text = line.text.strip()
                if not text:
                    continue
                starts_block = line is page.lines[0] or line.block != _previous(page, line).block
                if not starts_block:
                    assert text[0] not in NO_LINE_START, (name, text)
                assert text[-1] not in NO_LINE_END, (name, text)


def _previous(page, line):  # type: ignore[no-untyped-def]
    return page.lines[page.lines.index(line) - 1]


def test_a_long_title_breaks_where_title_lines_breaks_it() -> None:
    title = "关于进一步加强和改进新时代机关党建工作推动高质量发展情况的报告"
    result = paginate(Draft(meta=Meta(title=title)))
    printed = [ln.text for ln in result.pages[0].lines if ln.role == "title"]
    assert printed == title_lines(title) and len(printed) > 1


# -- where each line came from -----------------------------------------------------------------


def test_lines_carry_their_section_and_paragraph(drafts: dict[str, Draft]) -> None:
    draft = drafts["sample"]
    ids = {s.id for s in draft.walk()}
    result = paginate(draft)
    lines = [ln for page in result.pages for ln in page.lines]
    assert {ln.section for ln in lines if ln.role in ("heading", "run_in", "body")} <= ids
    assert all(ln.section is None for ln in lines if ln.role in ("title", "intro", "blank"))
    run_in = next(ln for ln in lines if ln.role == "run_in")
    lead, body = run_in.spans[0], run_in.spans[1]
    assert lead.text.startswith("一是") and lead.paragraph is None and body.paragraph == 0
    assert not lead.bold
    bold = paginate(draft, bold_lead=True).pages[run_in_page(result, run_in)]
    assert next(ln for ln in bold.lines if ln.role == "run_in").spans[0].bold
    assert body.x_tw == pytest.approx(lead.x_tw + lead.width_tw)
    # Every block's lines put together give back its text: nothing lost, nothing added.
    section = draft.find(run_in.section or "")
    printed = "".join(ln.text for ln in lines if ln.block == run_in.block)
    assert printed.endswith(section.body[0].text)


def run_in_page(result: Pagination, line: object) -> int:
    return next(i for i, page in enumerate(result.pages) if line in page.lines)


# -- keep rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize("metrics", PROFILES, ids=lambda p: p.name)
def test_r1_no_page_ends_with_a_heading(drafts: dict[str, Draft], metrics: Metrics) -> None:
    for name, draft in drafts.items():
        pages = paginate(draft, metrics=metrics).pages
        for page, following in zip(pages, pages[1:], strict=False):
            last = page.lines[-1]
            heading_line = last.role == "heading" or (
                last.role == "run_in" and last.paragraph is None
            )
            continues = following.lines[0].block == last.block
            assert not heading_line or continues, (name, page.number, last.text)


@pytest.mark.parametrize("metrics", PROFILES, ids=lambda p: p.name)
@pytest.mark.parametrize("body_lines", [1, 3, 5, 12])
def test_r2_the_closing_part_keeps_together_with_the_last_body_lines(
    metrics: Metrics, body_lines: int
) -> None:
    filler = "甲" * (28 * 10 - 2)
    for used in range(0, 20):
        last = "乙" * (28 * body_lines - 2)
        draft = _draft(
            *([filler] if used >= 10 else []),
            "丙" * (28 * (used % 10 + 1) - 2),
            last,
            author="××市××局",
            date="2024年1月5日",
        )
        draft.meta.attachments = ["附件名称"]
        pages = paginate(draft, metrics=metrics).pages
        closing = [
            (p.number, ln) for p in pages for ln in p.lines if ln.role in ("attachment", "date")
        ]
        page_numbers = {n for n, _ in closing}
        assert len(page_numbers) == 1, (used, body_lines)
        page = pages[page_numbers.pop() - 1]
        pulled = [ln for ln in page.lines if ln.text.startswith("乙")]
        assert len(pulled) >= min(2, body_lines), (used, body_lines)
        if metrics is LIBREOFFICE and page.number > 1:
            # LibreOffice moves a keep-with-next paragraph whole (metrics point 5).
            assert pulled[0] is page.lines[0] or pulled[0].text != "乙" * 28


# -- the command ---------------------------------------------------------------------------------


def test_pages_command_prints_the_count_and_the_lines(
    sample_draft_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pages", str(sample_draft_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    expected = paginate(load_draft(sample_draft_path))
    assert out[0] == f"共 {expected.page_count} 页"
    assert out[1] == "第 1 页"
    assert out[2].split() == ["1", expected.pages[0].lines[0].text]


def test_pages_command_json_shape(
    sample_draft_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pages", str(sample_draft_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    draft = load_draft(sample_draft_path)
    assert data == paginate(draft).to_json()
    first = data["pages"][0]
    assert first["number"] == 1 and set(first["lines"][0]) == {"text", "section"}
    ids = {s.id for s in draft.walk()} | {None}
    assert {ln["section"] for p in data["pages"] for ln in p["lines"]} <= ids


@pytest.mark.parametrize("content", [b"", b"{}", b"\xff\xfe", b'{"format": "zongjie-draft"'])
def test_pages_command_refuses_bad_input_with_one_chinese_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "坏.json"
    path.write_bytes(content)
    assert main(["pages", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert len(err.splitlines()) == 1 and any("\u4e00" <= ch <= "\u9fff" for ch in err)


def test_pages_command_for_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pages", str(tmp_path / "无.json")]) == 2
    assert "找不到" in capsys.readouterr().err


def test_sections_nest_deeper_than_four_levels() -> None:
    deep = Section(heading="第五层", body=[Paragraph.plain("正文")])
    for n in range(4, 0, -1):
        deep = Section(heading=f"第{n}层", children=[deep])
    result = paginate(Draft(sections=[deep]))
    assert [ln.level for ln in result.pages[0].lines if ln.role == "heading"] == [0, 1, 2, 3, 4]
