"""Export a draft as .docx in the GB/T 9704-2012 layout (public API of the export).

python-docx provides the package (zip, content types, relationships, core properties,
footer parts); the XML inside the parts is ours (app.core.export.*), built as strings and
parsed once — python-docx's per-paragraph API takes several times longer for a long
draft. Every layout number comes from app.core.layout.

python-docx and lxml are imported inside the functions: importing this module stays cheap.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import layout
from app.core.errors import ZongjieError
from app.core.export import body, ooxml, parts
from app.core.fileio import atomic_write

if TYPE_CHECKING:
    from app.core.model import Draft


class ExportError(ZongjieError):
    """The .docx could not be made or written; no file was left behind."""


@dataclass
class ExportOptions:
    font_profile: str = "official"  # or "windows"
    latin_font: str = "body"  # or "times"
    sealed: bool = False
    level3_bold: bool = layout.LEVEL3_BOLD_DEFAULT  # 第三层 "1." in bold (many local rules)


# Parts of python-docx's template that a 公文 must not carry: an English thumbnail, the
# template's numbering, theme (its fonts would compete with ours), web settings, custom XML.
_DROPPED_PART_SUFFIXES = (
    "thumbnail.jpeg",
    "stylesWithEffects.xml",
    "webSettings.xml",
    "item1.xml",
    "numbering.xml",
    "theme1.xml",
)


def _check_options(options: ExportOptions) -> None:
    if options.font_profile not in layout.FONT_PROFILES:
        choices = "、".join(layout.FONT_PROFILES)
        raise ExportError(f"未知的字体方案“{options.font_profile}”。可选：{choices}。")
    if options.latin_font not in layout.LATIN_FONT_CHOICES:
        choices = "、".join(layout.LATIN_FONT_CHOICES)
        raise ExportError(f"未知的西文字体选项“{options.latin_font}”。可选：{choices}。")


def _drop_template_parts(document: Any) -> None:
    package = document.part.package
    for rels in (package.rels, document.part.rels):
        for rid, rel in list(rels.items()):
            if not rel.is_external and str(rel.target_part.partname).endswith(
                _DROPPED_PART_SUFFIXES
            ):
                rels.pop(rid)


def _replace_part_xml(part: Any, xml: str) -> None:
    from docx.oxml.parser import parse_xml

    part._element = parse_xml(xml.encode("utf-8"))


def _part_by_suffix(document: Any, suffix: str) -> Any:
    for part in document.part.package.iter_parts():
        if str(part.partname).endswith(suffix):
            return part
    raise LookupError(suffix)


def _set_core_properties(document: Any, draft: Draft) -> None:
    props = document.core_properties
    props.title = " ".join(draft.meta.title.split())
    props.author = draft.meta.author.strip()
    props.comments = ""
    props.last_modified_by = ""
    props.language = "zh-CN"
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    props.revision = 1


def build_docx_bytes(draft: Draft, options: ExportOptions | None = None) -> bytes:
    """The .docx file content for a draft."""
    options = options or ExportOptions()
    _check_options(options)
    import docx

    fonts = parts.StyleFonts(
        profile=layout.FONT_PROFILES[options.font_profile],
        times_latin=options.latin_font == "times",
        level3_bold=options.level3_bold,
    )
    document = docx.Document()
    _drop_template_parts(document)
    _replace_part_xml(document.part._styles_part, parts.styles_xml(fonts))
    _replace_part_xml(document.part._settings_part, parts.settings_xml())
    _part_by_suffix(document, "fontTable.xml")._blob = parts.font_table_xml(
        fonts.all_names()
    ).encode("utf-8")
    _part_by_suffix(document, "app.xml")._blob = parts.APP_XML.encode("utf-8")
    _set_core_properties(document, draft)

    # Odd pages use the "default" footer, even pages the "even" one (evenAndOddHeaders).
    rids = []
    for right_side, cached in ((True, 1), (False, 2)):
        footer_part, rid = document.part.add_footer_part()
        _replace_part_xml(footer_part, ooxml.footer_xml(right_side, cached, fonts.page_number))
        rids.append(rid)
    body_xml = body.body_xml(draft, fonts, sealed=options.sealed)
    _replace_part_xml(
        document.part, ooxml.document_xml(body_xml, ooxml.sect_pr_xml(rids[0], rids[1]))
    )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def export_docx(draft: Draft, path: Path, options: ExportOptions | None = None) -> None:
    """Write the draft to `path` as .docx; atomically, so a failure leaves no file."""
    path = Path(path)
    try:
        data = build_docx_bytes(draft, options)
    except ZongjieError:
        raise
    except Exception as exc:  # a bug or an unexpected input must not crash the caller
        raise ExportError(
            f"生成 Word 文件时出错（{type(exc).__name__}: {exc}）。草稿未受影响；"
            "请保存草稿后重试，或把草稿文件发给技术支持。"
        ) from exc
    if path.is_dir():
        raise ExportError(f"“{path}”是一个文件夹。请在文件名处写上要保存的 Word 文件名（.docx）。")
    if not path.parent.is_dir():
        raise ExportError(f"文件夹“{path.parent}”不存在。请先建立它，或换一个保存位置。")
    atomic_write(path, data, backup=False)
