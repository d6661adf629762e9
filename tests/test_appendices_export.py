"""Appendices printed (GB/T 9704-2012 7.3.7): after the closing part, each on a page of its
own, "附件N" 顶格 on the first line, its title centred on the third, its text formatted as
the body with sections numbered afresh; the paginator agrees on the pages."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from app.core.export.writer import build_docx_bytes
from app.core.model import Appendix, Draft, Meta, Paragraph, Section
from app.core.pagination import paginate
from app.core.printed import Role, printed_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
TEXT = "各项工作稳步推进，取得明显成效。" * 3


def with_appendices(count: int) -> Draft:
    appendices = [
        Appendix(
            f"附件标题{n}",
            intro=[Paragraph.plain(f"附件{n}的开头。")],
            sections=[Section("基本情况", [Paragraph.plain(TEXT)]), Section("下步打算")],
        )
        for n in range(1, count + 1)
    ]
    return Draft(
        meta=Meta(title="工作总结", author="××局", date="2024-01-05", attachments=["附件标题1"]),
        sections=[Section("主要工作", [Paragraph.plain(TEXT)])],
        appendices=appendices,
    )


def paragraphs(data: bytes) -> list[etree._Element]:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return root.findall("w:body/w:p", NS)


def text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{W}}}t"))


def test_each_appendix_starts_a_page_after_the_closing_part() -> None:
    ps = paragraphs(build_docx_bytes(with_appendices(2)))
    texts = [text(p) for p in ps]
    date = texts.index("2024年1月5日")
    first, second = texts.index("附件1"), texts.index("附件2")
    assert date < first < second
    for index in (first, second):
        label = ps[index]
        assert label.find("w:pPr/w:pageBreakBefore", NS) is not None
        assert label.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "AppendixLabel"
        assert texts[index + 1] == ""  # the second line blank, the title on the third
        title = ps[index + 2]
        assert title.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") == "Title"
    assert texts[first + 2] == "附件标题1"
    # the appendix's sections are numbered from 一、 again
    assert texts.count("一、基本情况") == 2 and texts.count("二、下步打算") == 2


def test_a_single_appendix_is_labelled_without_a_number() -> None:
    texts = [text(p) for p in paragraphs(build_docx_bytes(with_appendices(1)))]
    assert "附件" in texts and "附件1" not in texts


def test_paginator_starts_each_appendix_on_a_new_page() -> None:
    pages = paginate(with_appendices(2)).pages
    starts = [p.number for p in pages if p.lines and p.lines[0].text in ("附件1", "附件2")]
    assert len(starts) == 2 and starts[0] > 1 and starts[1] == starts[0] + 1
    roles = [b.role for b in printed_document(with_appendices(2))]
    assert roles.count(Role.APPENDIX_LABEL) == 2
    assert roles.index(Role.DATE) < roles.index(Role.APPENDIX_LABEL)
