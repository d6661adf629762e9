"""The .docx package itself: only the parts a 公文 needs, readable by Word's own rules
(python-docx and pandoc read it back), and core properties within their limits."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import docx
import pytest

from app.core.export.writer import build_docx_bytes
from app.core.model import Draft, Meta, Paragraph, Section


def draft_with_title(title: str) -> Draft:
    return Draft(
        meta=Meta(title=title, author="××市××局", date="2020年7月1日"),
        sections=[Section("主要工作", [Paragraph.plain("正文。")], id="s1")],
    )


def test_the_package_holds_exactly_the_parts_a_document_needs() -> None:
    archive = zipfile.ZipFile(io.BytesIO(build_docx_bytes(draft_with_title("工作总结"))))
    assert archive.namelist()[0] == "[Content_Types].xml"
    assert sorted(archive.namelist()) == sorted(
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/settings.xml",
            "word/fontTable.xml",
            "word/footer1.xml",
            "word/footer2.xml",
        ]
    )
    assert archive.testzip() is None


def test_a_title_longer_than_the_core_properties_hold_still_exports_whole() -> None:
    """Was: a three-line English error echoing the field (python-docx's 255 limit)."""
    title = "关于" + "进一步加强和改进" * 40 + "工作的总结"
    document = docx.Document(io.BytesIO(build_docx_bytes(draft_with_title(title))))
    assert len(document.core_properties.title) == 255
    assert document.core_properties.title == title[:255]
    assert document.paragraphs[0].text == title, "the printed title is not cut"
    assert document.core_properties.author == "××市××局"
    assert document.core_properties.language == "zh-CN"


def test_export_does_not_load_python_docx() -> None:
    code = (
        "import sys\n"
        "from app.core.export.writer import build_docx_bytes\n"
        "from app.core.model import Draft\n"
        "build_docx_bytes(Draft())\n"
        "print('docx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text", ['标题 & <附件> "引号"', "A&B<C>"])
def test_markup_characters_in_title_and_author_are_escaped(text: str) -> None:
    draft = draft_with_title(text)
    draft.meta.author = text
    document = docx.Document(io.BytesIO(build_docx_bytes(draft)))
    assert document.core_properties.title == text
    assert document.core_properties.author == text
