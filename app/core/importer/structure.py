"""Line classifier: which line is the title, a heading (and of which level), body, noise.

The classifier reads the document the way a reader does, in four passes:
1. the title block (frame.py): the short lines above the first substantial line, with
   subtitles under them; everything above the title is website furniture (NOISE);
2. the closing block (closing.py), from the end: website lines, 成文日期, 署名, 附件说明;
   documents attached after it (附件1 …, appendices.py) are classified each on its own;
3. in between, headings (headings.py): marked lines decided per numbered sequence, and
   unmarked headings (a short line without closing punctuation, followed by text);
4. levels (levels.py): one decision over the whole document, where the numbers the source
   printed and the numbers the levels derive agree.
The tree itself is built by builder.build_draft from the roles, so the preview can
change roles and rebuild.
"""

from __future__ import annotations

from app.core.importer.appendices import appendix_starts, classify_appendix
from app.core.importer.asides import mark_photo_captions, route_meta_lines
from app.core.importer.closing import attachment_names, mark_closing_block
from app.core.importer.docx_tables import TableRowLine
from app.core.importer.frame import is_noise_text, mark_title_block, title_text
from app.core.importer.headings import mark_headings, set_heading
from app.core.importer.levels import decide_levels
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import KIND_CHAPTER, KIND_NONE
from app.core.zh.captions import is_table_caption
from app.core.zh.dates import normalize_date

__all__ = [
    "KIND_CHAPTER",
    "KIND_NONE",
    "attachment_names",
    "change_role",
    "classify",
    "is_noise_text",
    "set_heading",
]


def classify(lines: list[SourceLine]) -> list[str]:
    """Give every line its role, heading fields and level. Returns the structure's warnings
    (Chinese); those about numbers are levels.number_warnings, asked of the lines as they are."""
    for line in lines:
        if not line.text.strip():
            line.role = LineRole.BLANK
        elif line.page_furniture:
            line.role = LineRole.NOISE  # a PDF's page number or running header
    mark_photo_captions(lines)
    all_lines = lines
    # The passes read the text without the page furniture and photo captions, as a
    # reader skips them.
    # Tables found in the text are placed whole: no pass reads their rows as headings.
    lines = [
        line
        for line in lines
        if not line.page_furniture and line.role not in (LineRole.NOISE, LineRole.TABLE)
    ]
    if not any(not line.is_blank for line in lines):
        for line in all_lines:
            line.keep = line.role != LineRole.NOISE
        return ["没有找到任何文字。"]
    starts = appendix_starts(lines)
    main = lines[: starts[0]] if starts else lines
    start = mark_title_block(main)
    end = mark_closing_block(main, start)
    mark_headings(main, start, end)
    _keep_table_captions(all_lines)
    levels_warnings = decide_levels(main)
    if _drop_lone_unnumbered_top(main):
        levels_warnings = decide_levels(main)
    warnings = [*route_meta_lines(main), *levels_warnings]
    for first, after in zip(starts, [*starts[1:], len(lines)], strict=False):
        warnings.extend(classify_appendix(lines[first:after]))
    for line in all_lines:
        line.keep = line.role != LineRole.NOISE
    if not any(line.role == LineRole.TITLE for line in lines):
        warnings.append("没有认出标题：可在左侧把标题所在行设为“标题”。")
    return warnings


def _drop_lone_unnumbered_top(lines: list[SourceLine]) -> bool:
    """One unnumbered line above all the numbered sections ("总体情况" then 一、二、三、) would
    swallow the whole tree as its only top section: it is text (the preview can undo it)."""
    headings = [line for line in lines if line.role == LineRole.HEADING]
    tops = [line for line in headings if line.level == 0]
    if len(headings) < 3 or len(tops) != 1:
        return False
    top = tops[0]
    if top.kind != KIND_NONE or top.outline_level is not None or top is not headings[0]:
        return False
    top.role = LineRole.BODY
    top.heading = top.marker = top.kind = ""
    return True


def _keep_table_captions(lines: list[SourceLine]) -> None:
    """ "表1 重点工作完成情况表" over a table is its caption (the builder takes it), not an
    unnumbered heading over the text after the table."""
    previous: SourceLine | None = None
    for line in lines:
        if line.is_blank:
            continue
        if (
            line.role == LineRole.TABLE
            and previous is not None
            and previous.role == LineRole.HEADING
            and previous.kind == KIND_NONE
            and is_table_caption(previous.text)
        ):
            previous.role = LineRole.BODY
            previous.heading = previous.run_in_body = previous.marker = previous.kind = ""
            previous.level = 0
        previous = line


def change_role(line: SourceLine, role: LineRole, level: int = 0) -> None:
    """Apply a role the user picked in the preview; the builder then rebuilds the tree.

    A heading keeps its marker kind (for the numbering style) and gets the chosen level;
    a noise line is unticked, any other role ticks the line again. Only a line that
    carries a table (found in the text, or a Word table's first row) can be 表格.
    """
    if role == LineRole.TABLE and not (isinstance(line, TableRowLine) and line.table is not None):
        return
    if role == LineRole.HEADING:
        if line.role != LineRole.HEADING:
            set_heading(line)
        line.level = level
    else:
        line.role = role
        line.heading = line.run_in_body = line.marker = line.kind = ""
        line.level = 0
        if role == LineRole.TITLE:
            line.heading = title_text(line.text)
        elif role == LineRole.DATE:
            line.heading = normalize_date(line.text) or line.text
        elif role == LineRole.APPENDIX_TITLE:
            line.heading = title_text(line.text)
    line.keep = role != LineRole.NOISE
