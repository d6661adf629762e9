"""Build a Draft from classified lines; the preview calls it again after every role change."""

from __future__ import annotations

from dataclasses import replace

from app.core.importer.closing import attachment_names
from app.core.importer.docx_tables import TableRowLine
from app.core.importer.levels import body_first, numbering_for
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import KIND_NONE
from app.core.importer.text_tables import TextTableLine
from app.core.model import Appendix, Block, Draft, Meta, Paragraph, Section, Table
from app.core.zh.captions import is_table_caption


def build_draft(lines: list[SourceLine], keep_noise: bool = False) -> Draft:
    """The draft the lines describe. Unticked lines are left out; noise too unless kept.

    A NOISE line that is kept (ticked, or keep_noise) becomes body text where it stands.
    After a 附件 label (APPENDIX) the headings and text go to that appendix: its sections
    are a tree of their own, numbered from 一、 again.
    """
    meta = Meta()
    title_parts: list[str] = []
    subtitles: list[str] = []
    authors: list[str] = []
    attachments: list[SourceLine] = []
    draft = Draft(meta=meta)
    part: Draft | Appendix = draft  # where headings and text go: the body or an appendix
    stack: list[Section] = []
    body: dict[int, list[str]] = {}  # marker kinds per level, of the body
    kinds = body
    attached: dict[int, list[str]] = {}  # and of the appendices

    for line in lines:
        role = line.role
        if role == LineRole.BLANK:
            continue
        if role == LineRole.NOISE:
            if not (keep_noise or line.keep):
                continue
            role = LineRole.BODY
        elif not line.keep:
            continue
        if role == LineRole.TITLE:
            title_parts.append(line.heading or line.text)
        elif role == LineRole.SUBTITLE:
            subtitles.append(line.text)
        elif role == LineRole.AUTHOR:
            authors.append(line.text)
        elif role == LineRole.DATE:
            meta.date = line.heading or line.text
        elif role == LineRole.RECIPIENT:
            meta.recipient += line.text
        elif role == LineRole.DOC_NUMBER:
            meta.doc_number = meta.doc_number or line.heading or line.text
        elif role == LineRole.ATTACHMENT:
            attachments.append(line)
        elif role == LineRole.APPENDIX:
            part = Appendix()
            draft.appendices.append(part)
            stack = []
            kinds = attached
        elif role == LineRole.APPENDIX_TITLE and isinstance(part, Appendix):
            part.title += line.heading or line.text
        elif role == LineRole.APPENDIX_TITLE:  # its 附件 label made text: text it is too
            (stack[-1].body if stack else part.intro).append(line.paragraph())
        elif role == LineRole.HEADING:
            level = min(max(line.level, 0), len(stack))
            del stack[level:]
            section = Section(heading=line.heading or line.text, run_in=bool(line.run_in_body))
            if line.run_in_body:
                section.body.append(line.body_paragraph())
            (stack[-1].children if stack else part.sections).append(section)
            stack.append(section)
            kinds.setdefault(level, []).append(line.kind or KIND_NONE)
        elif isinstance(line, TextTableLine) and role != LineRole.TABLE:
            # A table found in the text that the preview made 正文: its rows as paragraphs.
            blocks = stack[-1].body if stack else part.intro
            blocks.extend(Paragraph.plain(text) for text in line.row_texts)
        elif isinstance(line, TableRowLine):
            # A Word table: its first row's line carries the whole Table (docx_tables); a
            # table found in the text (text_tables) likewise.
            if line.table is not None:
                _add_table((stack[-1].body if stack else part.intro), line.table)
        else:
            (stack[-1].body if stack else part.intro).append(line.paragraph())
    meta.title = _join_title(title_parts)
    meta.subtitle = "\n".join(subtitles)
    meta.author = "\n".join(authors)
    meta.attachments = attachment_names(attachments) or [
        appendix.title for appendix in draft.appendices if appendix.title
    ]
    draft.numbering = numbering_for(body_first(body, attached))
    return draft


def _join_title(parts: list[str]) -> str:
    title = ""
    for part in parts:
        if title and title[-1].isascii() and title[-1].isalnum() and part[:1].isascii():
            title += " "
        title += part
    return title


def _add_table(blocks: list[Block], table: Table) -> None:
    """A Word table joins the blocks; a caption line printed just above it ("表1 ……",
    as Word users type it: a paragraph, not a caption field) becomes its caption."""
    before = blocks[-1] if blocks else None
    if not table.caption and isinstance(before, Paragraph) and is_table_caption(before.text):
        # A copy: the line's table stays as read, for the next build after a role change.
        table = replace(table, caption=blocks.pop().text.strip())
    blocks.append(table)
