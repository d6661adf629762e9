"""One date reader (app.core.zh.dates) for import, checks and export: every form
round-trips, and each former disagreement has one answer a user can see."""

from __future__ import annotations

import datetime
import re
import zipfile
from io import BytesIO

import pytest
from checks_helpers import body_draft, findings
from hypothesis import given
from hypothesis import strategies as st

from app.core.checks import apply_fixes
from app.core.export.writer import build_docx_bytes
from app.core.importer import analyse_text
from app.core.model import Meta
from app.core.zh.dates import MONTH_FORMS, DateForm, DateParts, format_date, parse_date

dates = st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(9999, 12, 31))


@given(dates, st.sampled_from(list(DateForm)))
def test_every_date_form_round_trips(day: datetime.date, form: DateForm) -> None:
    parts = DateParts(day.year, day.month, day.day)
    written = format_date(parts, form)
    assert parse_date(written) == parts
    assert parse_date(f"（{written}）") == parts  # a date line under a title
    assert parse_date(" ".join(written)) == parts  # "2024 年 1 月 5 日"


@given(dates, st.sampled_from(sorted(MONTH_FORMS)))
def test_every_month_form_round_trips(day: datetime.date, form: DateForm) -> None:
    parts = DateParts(day.year, day.month, None)
    assert parse_date(format_date(parts, form)) == parts


@pytest.mark.parametrize(
    ("form", "written"),
    [
        (DateForm.GBT, "2020年7月1日"),
        (DateForm.PADDED, "2020年07月01日"),
        (DateForm.DASH, "2020-07-01"),
        (DateForm.DOT, "2020.7.1"),
        (DateForm.SLASH, "2020/7/1"),
        (DateForm.FULLWIDTH, "２０２０年７月１日"),
        (DateForm.CHINESE, "二〇二〇年七月一日"),
    ],
)
def test_the_forms_look_as_people_write_them(form: DateForm, written: str) -> None:
    assert format_date(DateParts(2020, 7, 1), form) == written


def test_chinese_days_and_zeros() -> None:
    assert format_date(DateParts(2024, 12, 31), DateForm.CHINESE) == "二〇二四年十二月三十一日"
    assert format_date(DateParts(2020, 10, 20), DateForm.CHINESE) == "二〇二〇年十月二十日"
    for zero in "〇○零OＯ０":
        assert parse_date(f"二{zero}二{zero}年七月一日") == DateParts(2020, 7, 1)


@pytest.mark.parametrize(
    "text",
    ["2020年13月40日", "2021年2月29日", "2020-13-40", "二〇二〇年十三月", "2020-7/1", "20年7月1日"],
)
def test_no_reader_takes_an_impossible_date(text: str) -> None:
    assert parse_date(text) is None


# -- the former disagreements, as a user meets them -----------------------------------

_ENDING = "今年以来，我局认真贯彻落实各项决策部署，各项工作取得明显成效，现总结如下。\n\n"


def _imported_date(line: str) -> tuple[str, list[str]]:
    """(成文日期, body paragraphs) of a summary whose last line is `line`."""
    text = f"××局2024年工作总结\n\n{_ENDING}一、主要工作\n\n全年完成各项任务，群众满意度持续提升。\n\n××局\n{line}\n"
    draft = analyse_text(text).draft
    return draft.meta.date, [p.text for s in draft.sections for p in s.body]


def _printed_date(date: str) -> str:
    """The text of the last paragraph Word shows (成文日期)."""
    draft = body_draft("正文。")
    draft.meta = Meta(title="工作总结", author="××局", date=date)
    with zipfile.ZipFile(BytesIO(build_docx_bytes(draft))) as docx:
        xml = docx.read("word/document.xml").decode()
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml)
    texts = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs]
    return [t for t in texts if t][-1]


def _date_findings(date: str) -> list[str]:
    draft = body_draft("正文。")
    draft.meta = Meta(title="工作总结", date=date)
    return [f.message for f in findings(draft, "date.format")]


def test_impossible_date_is_no_date_for_import_check_or_export() -> None:
    # Before: export printed 2020-13-40 as the 成文日期 "2020年13月40日".
    date, body = _imported_date("2020年13月40日")
    assert date == "" and body[-1] == "2020年13月40日"  # stays text, for the user to see
    [message] = _date_findings("2020年13月40日")
    assert "日期不存在" in message
    assert _printed_date("2020-13-40") == "2020-13-40"  # as typed, not made to look valid
    assert _printed_date("2020年07月40日") == "2020年07月40日"


def test_month_without_day_is_a_date_that_the_check_asks_to_complete() -> None:
    # Before: import took 2020年7月, the check called it unreadable.
    date, _body = _imported_date("2020年7月")
    assert date == "2020年7月"
    [message] = _date_findings("2020年7月")
    assert "缺少日" in message and "无法识别" not in message
    assert _printed_date("2020年07月") == "2020年7月"


def test_dashed_date_is_read_by_everyone() -> None:
    # Before: the document-info dialog refused 2020-7-1 (the GUI is to call parse_date).
    date, _body = _imported_date("2020-7-1")
    assert date == "2020年7月1日"
    draft = body_draft("正文。")
    draft.meta = Meta(title="工作总结", date="2020-7-1")
    apply_fixes(draft, findings(draft, "date.format"))
    assert draft.meta.date == "2020年7月1日"
    assert _printed_date("2020-7-1") == "2020年7月1日"


def test_gbt_date_passes_everywhere() -> None:
    assert _date_findings("2020年7月1日") == []
    assert _printed_date("二〇二〇年七月一日") == "2020年7月1日"
    assert _imported_date("二〇二〇年七月一日")[0] == "2020年7月1日"
