"""主送机关 as LibreOffice renders our .docx (stand-in fonts): on the line below the
title's blank line, at the text block's left edge, a wrapped line flush left too, and the
body's first line 2 字 in (GB/T 9704-2012 7.3.2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_measure import mm, read_pages
from render_helpers import render_pdfs, require_grid_renderer, require_stand_ins

from app.core import layout
from app.core.export.writer import ExportOptions, build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Section

pytestmark = pytest.mark.render

RECIPIENT = "各县（市、区）人民政府，市政府各部门，各直属机构，各有关单位，市属各国有企业："
PITCH_MM = layout.CHAR_PITCH_PT * 25.4 / 72


def test_recipient_starts_at_the_left_edge_of_the_text_block(tmp_path: Path) -> None:
    require_grid_renderer()
    fonts = require_stand_ins()
    draft = Draft(
        meta=Meta(title="关于做好防汛工作的通知", recipient=RECIPIENT),
        intro=[Paragraph.plain("为切实做好今年防汛工作，现将有关事项通知如下。")],
        sections=[Section("总体要求", [Paragraph.plain("各地要高度重视。")])],
    )
    docx = tmp_path / "recipient.docx"
    docx.write_bytes(build_docx_bytes(draft, ExportOptions()))
    [pdf_path] = render_pdfs([docx], tmp_path / "pdf", fonts)
    pdf, pages = read_pages(pdf_path)
    try:
        body = pages[0].body
        texts = [line.text.replace(" ", "") for line in body]
        at = next(i for i, t in enumerate(texts) if t.startswith("各县"))
        first, second, opening = body[at], body[at + 1], body[at + 2]
        assert (first.text + second.text).replace(" ", "") == RECIPIENT
        edge = layout.MARGIN_LEFT_MM
        assert first.left_mm == pytest.approx(edge, abs=0.6), "顶格"
        assert second.left_mm == pytest.approx(edge, abs=0.6), "wrapped flush left"
        assert opening.left_mm == pytest.approx(edge + 2 * PITCH_MM, abs=0.8), "body 空二字"
        # the line below the title's blank line: two line pitches under the title
        gap = first.baseline_mm - body[at - 1].baseline_mm
        assert gap > 1.5 * (mm(layout.twips_to_pt(layout.LINE_PITCH_TW)))
    finally:
        pdf.close()
