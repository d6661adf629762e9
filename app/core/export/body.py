"""The printed document (app.core.printed) written as WordprocessingML paragraphs.

The blocks come from `printed_document`, the same list the paginator lays out, with the
placement rules already applied; this module only turns them into XML, writing what the
paragraph styles (parts.styles_xml) do not already say: a heading style carries the 2 字
indent, its face and keepNext (R1), Normal the body face, the 2 字 first-line indent and
justification. No editing of generated XML.

Tracked changes on runs are written as w:ins / w:del (w:delText inside deleted runs) or,
a formatting change, w:rPrChange holding the run's properties before; a block's
paragraph-mark change (PrintedBlock.mark) in its w:pPr/w:rPr, a change of its properties
(PrintedBlock.restyled) as w:pPrChange holding the old ones; and a block's bookmark as a
point (w:bookmarkStart and w:bookmarkEnd together) before its runs: a bookmark spanning
the runs of a heading moved LibreOffice 25.2's page breaks by a line
(tests/test_pagination_render.py, long-headings and emergency cases), a point does not.
"""

from __future__ import annotations

from itertools import count

from app.core import layout
from app.core.export.comments import comment_mark_xml
from app.core.export.ooxml import (
    ParagraphArgs,
    bookmark_name,
    bookmark_xml,
    changed_run_xml,
    empty_paragraph,
    indent_xml,
    mark_change_xml,
    paragraph_props,
    paragraph_xml,
    ppr_change_xml,
    run_props,
    run_xml,
)
from app.core.export.parts import (
    APPENDIX_LABEL_STYLE,
    TABLE_CAPTION_STYLE,
    StyleFonts,
    heading_style_id,
)
from app.core.export.sections import section_end_paragraph
from app.core.export.tables import table_xml
from app.core.model import Draft
from app.core.printed import Face, PrintedBlock, PrintedRun, Role, printed_document

MAX_OUTLINE_LEVEL = 8  # w:outlineLvl 0..8; 9 means body text

_STYLES = {
    Role.TITLE: "Title",
    Role.SUBTITLE: "Subtitle",
    Role.CAPTION: TABLE_CAPTION_STYLE,
    Role.APPENDIX_LABEL: APPENDIX_LABEL_STYLE,
}
_HEADED = (Role.HEADING, Role.RUN_IN)
# Paragraphs with indents and alignment of their own (not Normal's).
_OWN_INDENTS = (Role.RECIPIENT, Role.ATTACHMENT, Role.SIGNATURE, Role.DATE)


class _Ids:
    """Ids of w:ins/w:del and w:bookmarkStart, each unique within the document."""

    def __init__(self) -> None:
        self.changes = count(1)
        self.bookmarks = count(0)


def _style(block: PrintedBlock) -> str | None:
    if block.role in _HEADED:
        return heading_style_id(block.level or 0)
    return _STYLES.get(block.role)


def _run(run: PrintedRun, block: PrintedBlock, fonts: StyleFonts, ids: _Ids) -> str:
    """A run's XML. Body text carries its own bold/italic/underline; in a heading-styled
    paragraph a body-face run pins the body font and switches the style's bold off where it
    is not bold itself; other runs print in their paragraph style."""
    if run.mark is not None:
        return comment_mark_xml(run.mark)
    props = _props(run, block, fonts)
    if run.change is None:
        return run_xml(run.text, props)
    was = run.change.was
    before = block.restyled.before if block.restyled is not None else block
    old_props = "" if was is None else _props(run.formatted(was), before, fonts)
    return changed_run_xml(run.text, props, run.change, next(ids.changes), old_props)


def _props(run: PrintedRun, block: PrintedBlock, fonts: StyleFonts) -> str:
    """The run's own properties (w:rPr content) in this block."""
    props = ""
    if run.face is Face.BODY and block.role in _HEADED:
        bold_default = fonts.level_bold(block.level or 0)
        bold: bool | None = run.bold if (run.bold or bold_default) else None
        props = run_props(fonts.body) + run_props(
            bold=bold, italic=run.italic, underline=run.underline
        )
    elif block.role in (Role.INTRO, Role.BODY, Role.TABLE):
        props = run_props(bold=run.bold or None, italic=run.italic, underline=run.underline)
    return props


def _indent(block: PrintedBlock) -> str:
    if block.role not in _OWN_INDENTS:
        return ""
    if block.rest_zi:  # wrapped lines start further right (附件说明's names align)
        return indent_xml(left_zi=block.rest_zi, hanging_zi=block.rest_zi - block.first_zi)
    return indent_xml(first_zi=block.first_zi, right_zi=block.right_zi)


def paragraph_of(block: PrintedBlock, fonts: StyleFonts, ids: _Ids, sect_pr: str = "") -> str:
    """One printed block as a w:p (a table as a w:tbl), keep properties only where the
    style differs; sect_pr: the properties of the section the paragraph ends."""
    if block.table is not None:
        return table_xml(block.table, lambda run: _run(run, block, fonts, ids))
    if block.role is Role.BLANK and not (
        block.keep_next or block.keep_together or sect_pr or block.mark or block.restyled
    ):
        return empty_paragraph()
    runs = [_run(r, block, fonts, ids) for r in block.runs]
    if block.bookmark is not None:
        start, end = bookmark_xml(next(ids.bookmarks), bookmark_name(block.bookmark))
        runs = [start, end, *runs]
    mark = "" if block.mark is None else mark_change_xml(block.mark, next(ids.changes))
    change = ""
    if block.restyled is not None:
        before = paragraph_props(**_paragraph_args(block.restyled.before))
        change = ppr_change_xml(block.restyled.change, next(ids.changes), before)
    return paragraph_xml(
        runs, sect_pr=sect_pr, mark_rpr=mark, ppr_change=change, **_paragraph_args(block)
    )


def _paragraph_args(block: PrintedBlock) -> ParagraphArgs:
    """The block's paragraph properties as ooxml.paragraph_props takes them."""
    style = _style(block)
    style_keeps = block.role in (Role.CAPTION, Role.APPENDIX_LABEL) or (
        block.role in _HEADED and layout.HEADING_KEEPS_WITH_NEXT
    )
    # The paragraph that pulls the closing part along says keepNext itself (R2).
    keep_next = block.keep_next if (block.keep_next != style_keeps or block.widow) else None
    level = block.level or 0
    # Levels past the fourth print like the fourth but keep their own outline level.
    outline = None
    if block.role in _HEADED and level >= layout.LEVEL_COUNT:
        outline = min(level, MAX_OUTLINE_LEVEL)
    return {
        "style": style,
        "jc": block.align.value if block.role in _OWN_INDENTS else None,
        "ind": _indent(block),
        "outline_level": outline,
        "keep_next": keep_next,
        "keep_lines": True if block.keep_together else None,
        "widow_control": True if block.widow else None,
        "exact_widths": block.exact_widths,
        "page_break_before": block.page_break_before,
    }


def blocks_xml(
    blocks: list[PrintedBlock], fonts: StyleFonts, portrait_sect: str = "", landscape_sect: str = ""
) -> str:
    """The blocks as body XML. Where landscape blocks (a wide table) start or end, the
    section before ends: in the portrait paragraph before them (it holds the section's
    properties), else in a paragraph of 0.5 pt (sections.section_end_paragraph). The last
    section's properties are the body's own (the writer puts them after the XML)."""
    ids = _Ids()
    out: list[str] = []
    previous: PrintedBlock | None = None
    for block in blocks:
        if previous is not None and block.landscape != previous.landscape:
            if previous.landscape or previous.table is not None:
                ended = landscape_sect if previous.landscape else portrait_sect
                out.append(section_end_paragraph(ended))
            else:
                out[-1] = paragraph_of(previous, fonts, ids, portrait_sect)
        out.append(paragraph_of(block, fonts, ids))
        previous = block
    return "".join(out)


def body_xml(
    draft: Draft,
    fonts: StyleFonts,
    sealed: bool,
    bold_lead: bool = False,
    printed: list[PrintedBlock] | None = None,
    sections: tuple[str, str] = ("", ""),
) -> str:
    """The body's paragraphs: `printed` when given (the draft's printed document with
    changes marked, say), else printed_document(draft). sections: the portrait and the
    landscape section properties, for a document with landscape pages."""
    if printed is None:
        printed = printed_document(draft, sealed, bold_lead)
    # Word wants at least one paragraph before the section properties.
    return blocks_xml(printed, fonts, *sections) or empty_paragraph()
