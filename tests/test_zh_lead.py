"""The run-in lead (app.core.zh.lead.run_in_lead): what the editor shows is what Word prints."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import pytest

from app.core.export.writer import build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import NumberStyle
from app.core.zh.lead import run_in_lead


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("完善制度", "一是完善制度。"),
        ("完善制度 ", "一是完善制度。"),  # before: the editor showed "一是完善制度 。"
        ("  完善制度\u3000", "一是完善制度。"),
        ("", "一是"),  # before: Word got "一是。"
        ("   ", "一是"),
        ("完善制度！", "一是完善制度！"),
        ("完善制度？", "一是完善制度？"),
        ("完善制度。", "一是完善制度。"),
        ("主要做法：", "一是主要做法："),
    ],
)
def test_lead(heading: str, lead: str) -> None:
    assert run_in_lead("一是", heading) == lead


def _printed_paragraphs(draft: Draft) -> list[str]:
    with zipfile.ZipFile(BytesIO(build_docx_bytes(draft))) as docx:
        xml = docx.read("word/document.xml").decode()
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml)
    texts = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paragraphs]
    return [t for t in texts if t]


@pytest.mark.parametrize(
    ("heading", "printed"),
    [("", "一是全年修订制度12项。"), ("完善制度 ", "一是完善制度。全年修订制度12项。")],
)
def test_word_prints_the_lead_the_editor_shows(heading: str, printed: str) -> None:
    draft = Draft(
        meta=Meta(title="工作总结"),
        numbering=[NumberStyle.CN_SHI],
        sections=[Section(heading, [Paragraph.plain("全年修订制度12项。")], run_in=True)],
    )
    assert printed in _printed_paragraphs(draft)
    assert printed.startswith(run_in_lead("一是", heading))
