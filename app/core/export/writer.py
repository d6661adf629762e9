"""Export a draft as .docx in the GB/T 9704-2012 layout (public API of the export).

The XML of every part is ours (app.core.export.body, parts, ooxml), built as strings,
and the package around it is app.core.export.package (zipfile): no library's template
to strip and no per-paragraph API, so a long draft exports in milliseconds. Every
layout number comes from app.core.layout.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import layout
from app.core.errors import ZongjieError
from app.core.export import body, comments, ooxml, package, parts, sections
from app.core.fileio import atomic_write
from app.core.printed import PrintedBlock, printed_document
from app.core.printed.comments import mark_comments

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
    # R4: a run-in item's lead (一是…。) in its level's face or in bold 仿宋 (layout)
    run_in_lead: str = layout.RUN_IN_LEAD_DEFAULT
    # the draft's open review comments (批注) as Word comments, for a copy sent for review
    comments: bool = False


def _check_options(options: ExportOptions) -> None:
    if options.font_profile not in layout.FONT_PROFILES:
        choices = "、".join(layout.FONT_PROFILES)
        raise ExportError(f"未知的字体方案“{options.font_profile}”。可选：{choices}。")
    if options.latin_font not in layout.LATIN_FONT_CHOICES:
        choices = "、".join(layout.LATIN_FONT_CHOICES)
        raise ExportError(f"未知的西文字体选项“{options.latin_font}”。可选：{choices}。")
    if options.run_in_lead not in layout.RUN_IN_LEAD_CHOICES:
        choices = "、".join(layout.RUN_IN_LEAD_CHOICES)
        raise ExportError(f"未知的“一是”引导句字体选项“{options.run_in_lead}”。可选：{choices}。")


def printed_for(draft: Draft, options: ExportOptions | None = None) -> list[PrintedBlock]:
    """The printed document the export writes with these options (to mark changes on)."""
    options = options or ExportOptions()
    return printed_document(draft, options.sealed, options.run_in_lead == "bold-fangsong")


def build_docx_bytes(
    draft: Draft, options: ExportOptions | None = None, printed: list[PrintedBlock] | None = None
) -> bytes:
    """The .docx file content for a draft. `printed`: the printed document to write instead
    of app.core.printed.printed_document(draft, ...) built with the same options, e.g. one
    whose runs carry tracked changes (PrintedRun.change); the draft still gives the meta."""
    options = options or ExportOptions()
    _check_options(options)
    fonts = parts.StyleFonts(
        profile=layout.FONT_PROFILES[options.font_profile],
        times_latin=options.latin_font == "times",
        level3_bold=options.level3_bold,
    )
    if printed is None:
        printed = printed_for(draft, options)
    comments_part = None
    if options.comments:
        printed = copy.deepcopy(printed)  # the marks go on a copy, not the caller's blocks
        marked = mark_comments(printed, draft)
        comments_part = comments.comments_xml(marked) if marked else None
    # A wide table prints on landscape pages, a section of its own (export/sections.py).
    landscape = any(b.landscape for b in printed)
    sect_pr = ooxml.sect_pr_xml(
        package.ODD_FOOTER_RID,
        package.EVEN_FOOTER_RID,
        sections.EMPTY_HEADER_RID if landscape else None,
    )
    turned = sections.landscape_sect_pr_xml()
    body_xml = body.body_xml(
        draft, fonts, options.sealed, printed=printed, sections=(sect_pr, turned)
    )
    if printed and printed[-1].landscape:
        sect_pr = turned  # the body's own properties are its last section's
    extra = None
    if landscape:
        extra = package.LandscapeParts(
            odd_header=sections.landscape_header_xml(True, fonts.page_number),
            even_header=sections.landscape_header_xml(False, fonts.page_number),
            empty_header=sections.empty_header_xml(),
            empty_footer=sections.empty_footer_xml(),
        )
    # Odd pages use the "default" footer, even pages the "even" one (evenAndOddHeaders);
    # each carries a cached page number (1 and 2) for readers that do not compute fields.
    xml = package.Parts(
        document=ooxml.document_xml(body_xml, sect_pr),
        styles=parts.styles_xml(fonts),
        settings=parts.settings_xml(),
        font_table=parts.font_table_xml(fonts.all_names()),
        odd_footer=ooxml.footer_xml(True, 1, fonts.page_number),
        even_footer=ooxml.footer_xml(False, 2, fonts.page_number),
        app=parts.APP_XML,
        landscape=extra,
        comments=comments_part,
    )
    return package.docx_bytes(xml, package.core_xml(draft.meta.title, draft.meta.author))


def export_docx(draft: Draft, path: Path, options: ExportOptions | None = None) -> None:
    """Write the draft to `path` as .docx; atomically, so a failure leaves no file."""
    path = Path(path)
    data = build_docx_bytes(draft, options)  # a bug here is a bug: the caller reports it
    if path.is_dir():
        raise ExportError(f"“{path}”是一个文件夹。请在文件名处写上要保存的 Word 文件名（.docx）。")
    if not path.parent.is_dir():
        raise ExportError(f"文件夹“{path.parent}”不存在。请先建立它，或换一个保存位置。")
    atomic_write(path, data, backup=False)
