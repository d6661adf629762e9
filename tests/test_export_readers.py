"""Independent readers open the exported file: pandoc gets every paragraph back in order,
python-docx reopens it with the same text."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from export_drafts import generated_draft

from app.core.draftfile import load_draft
from app.core.export.closing import attachment_lines, normalize_date
from app.core.export.writer import export_docx
from app.core.model import Draft
from app.core.zh.lead import run_in_lead as run_in_heading_text


def expected_paragraphs(draft: Draft) -> list[str]:
    """What a reader must find, in order (blank lines left out)."""
    out = [draft.meta.title.replace("\n", ""), draft.meta.subtitle]
    out += [p.text for p in draft.intro]
    for section, _level, number in draft.walk_with_level():
        body = [p.text for p in section.body]
        if section.run_in:
            first = body.pop(0) if body else ""
            out.append(run_in_heading_text(number, section.heading) + first)
        else:
            out.append(number + section.heading)
        out += body
    out += [text for text, _ in attachment_lines(draft.meta.attachments)]
    out += [draft.meta.author, normalize_date(draft.meta.date)]
    return [t for t in out if t]


@pytest.fixture(scope="module", params=["generated", "sample"])
def exported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Draft, Path]:
    from conftest import SAMPLE_DRAFT

    draft = generated_draft() if request.param == "generated" else load_draft(SAMPLE_DRAFT)
    path = tmp_path_factory.mktemp("readers") / f"{request.param}.docx"
    export_docx(draft, path)
    return draft, path


def _pandoc_paragraphs(path: Path) -> list[str]:
    """Paragraph texts from pandoc's JSON AST (Para/Plain/Header blocks, in order)."""
    proc = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )

    def inline_text(inlines: list[dict]) -> str:
        out = []
        for node in inlines:
            kind, content = node["t"], node.get("c")
            if kind == "Str":
                out.append(content)
            elif kind == "Space":
                out.append(" ")
            elif kind in ("LineBreak", "SoftBreak"):
                out.append("")
            elif kind in ("Strong", "Emph", "Underline", "SmallCaps", "Strikeout"):
                out.append(inline_text(content))
            elif kind == "Span":
                out.append(inline_text(content[1]))
            elif kind == "Quoted":
                quote = "“”" if content[0]["t"] == "DoubleQuote" else "‘’"
                out.append(quote[0] + inline_text(content[1]) + quote[1])
        return "".join(out)

    def blocks_text(blocks: list[dict]) -> list[str]:
        out = []
        for block in blocks:
            if block["t"] in ("Para", "Plain"):
                out.append(inline_text(block["c"]))
            elif block["t"] == "Header":
                out.append(inline_text(block["c"][2]))
            elif block["t"] == "BlockQuote":  # pandoc's reading of an indented paragraph
                out.extend(blocks_text(block["c"]))
        return out

    ast = json.loads(proc.stdout)
    # pandoc turns the Title and Subtitle paragraphs into document metadata.
    meta = [inline_text(ast["meta"][k]["c"]) for k in ("title", "subtitle") if k in ast["meta"]]
    return [p for p in meta + blocks_text(ast["blocks"]) if p]


def test_pandoc_reads_every_paragraph_in_order(exported: tuple[Draft, Path]) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed (CI installs it)")
    draft, path = exported
    assert _pandoc_paragraphs(path) == expected_paragraphs(draft)


def test_python_docx_reopens_with_the_same_text(exported: tuple[Draft, Path]) -> None:
    import docx

    draft, path = exported
    document = docx.Document(str(path))
    texts = [p.text.replace("\n", "") for p in document.paragraphs if p.text]
    assert texts == expected_paragraphs(draft)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.settings.odd_and_even_pages_header_footer
    assert section.footer.paragraphs[0].text.startswith("\u2014")
    assert section.even_page_footer.paragraphs[0].text.endswith("\u2014")
