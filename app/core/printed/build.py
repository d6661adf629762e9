"""The draft as the printed document: the blocks the .docx writer writes and the
paginator lays out, in reading order, with the placement rules applied.

Title (balanced lines, 7.3.1) → subtitle → one blank line → 主送机关 (flush left, 7.3.2)
→ intro → for each section its
heading ("一、……", the number derived) or its run-in paragraph ("一是……。正文",
zh.lead.run_in_lead) and its body paragraphs → 附件说明 (a blank line, then "附件：1.……"
with the name aligned) → blank line(s), 署名, 成文日期.

Placement rules (layout.py, "placement rules"):

R1  a heading keeps with the next paragraph (keep_next): no heading line ends a page
    before its text. A heading of two lines may still split like any paragraph (no
    keep_together); a run-in item with no body text is a heading line and keeps the same
    way, one with body text is body text.
R2  the closing part (附件说明, 署名, 成文日期 and the blank lines before them) keeps
    together and never splits (keep_next on each but the last, keep_together on each);
    the paragraph before it keeps with it, with widow control on that paragraph alone,
    so at least its last CLOSING_PULLS_BODY_LINES lines go along (and as many stay, or it
    moves whole). The body otherwise has no widow/orphan control: full pages have 22 lines.
"""

from __future__ import annotations

from app.core import layout
from app.core.export import closing
from app.core.export.title_lines import title_lines
from app.core.model import Block, Draft, Paragraph, Section, Table
from app.core.printed.model import Align, Face, PrintedBlock, PrintedRun, Role
from app.core.printed.tables import table_blocks
from app.core.zh.lead import run_in_lead


def runs_of(
    paragraph: Paragraph,
    role: Role,
    section: str | None,
    index: int | None,
    face: Face = Face.STYLE,
) -> list[PrintedRun]:
    """A draft paragraph's runs, bold/italic/underline kept, neighbours of one format merged."""
    return [
        PrintedRun(r.text, role, section, index, r.bold, r.italic, r.underline, face)
        for r in paragraph.normalized().runs
    ]


def blank() -> PrintedBlock:
    return PrintedBlock(Role.BLANK, [], first_zi=0)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def title_blocks(draft: Draft) -> list[PrintedBlock]:
    return _title(draft.meta.title, draft.meta.subtitle) + recipient_blocks(draft)


def recipient_blocks(draft: Draft) -> list[PrintedBlock]:
    """主送机关 (7.3.2): on the line below the title's blank line, 顶格 (no first-line
    indent), a long one wrapping flush left too (rest_zi 0), in the body face and size;
    the body follows on the next line. It keeps with that line.

    发文字号 (7.2.4) is not printed here: the standard places it in the 版头, two lines
    under the 发文机关标志, centred (or flush left beside 签发人 in an upward document), and
    nowhere else; a 工作总结 has no 版头 (the spec's scope leaves it out), and a number
    printed above the title without the 发文机关标志 it belongs to is not a GB/T 9704 form.
    It is kept in the draft (Meta.doc_number) for the 版头 a later version may print.
    """
    text = " ".join(_lines(draft.meta.recipient))
    if not text:
        return []
    return [
        PrintedBlock(
            Role.RECIPIENT,
            [PrintedRun(text, Role.RECIPIENT)],
            first_zi=0,
            rest_zi=0,
            keep_next=True,
        )
    ]


def _title(title: str, subtitle_text: str = "") -> list[PrintedBlock]:
    out = []
    lines = title_lines(title)
    if lines:
        # One paragraph, lines joined by a line break: the user's own breaks, or balanced
        # lines broken between words (7.3.1, title_lines).
        out.append(
            PrintedBlock(
                Role.TITLE,
                [PrintedRun("\n".join(lines), Role.TITLE)],
                first_zi=0,
                align=Align.CENTER,
                size_pt=layout.TITLE_PT,
                grid=False,
            )
        )
    subtitle = _lines(subtitle_text)
    if subtitle:
        out.append(
            PrintedBlock(
                Role.SUBTITLE,
                [PrintedRun("\n".join(subtitle), Role.SUBTITLE)],
                first_zi=0,
                align=Align.CENTER,
            )
        )
    if out:
        out.extend(blank() for _ in range(layout.BLANK_LINES_AFTER_TITLE))
    return out


def _printed(block: Block) -> bool:
    """Tables, and paragraphs with text (an empty paragraph prints nothing)."""
    return isinstance(block, Table) or bool(block.text.strip())


def body_blocks(
    blocks: list[tuple[int, Block]], role: Role, section: str | None
) -> list[PrintedBlock]:
    out: list[PrintedBlock] = []
    for i, block in blocks:
        if isinstance(block, Table):
            if out and out[-1].table is not None:
                out.append(blank())  # two tables side by side would join into one in Word
            out += table_blocks(block, section, i)
        else:
            out.append(
                PrintedBlock(role, runs_of(block, role, section, i), section=section, paragraph=i)
            )
    return out


def intro_blocks(draft: Draft) -> list[PrintedBlock]:
    return body_blocks([(i, b) for i, b in enumerate(draft.intro) if _printed(b)], Role.INTRO, None)


def section_blocks(
    section: Section, level: int, number: str, bold_lead: bool = False
) -> list[PrintedBlock]:
    """A section's heading (or run-in paragraph) and its body paragraphs."""
    body = [(i, b) for i, b in enumerate(section.body) if _printed(b)]
    out = []
    sid = section.id
    if section.run_in:
        # The editor shows the same lead: both compose it with run_in_lead. R4: the lead in
        # its level's face (the style), or in bold body face.
        lead = run_in_lead(number, section.heading)
        face = Face.BODY if bold_lead else Face.STYLE
        runs = [PrintedRun(lead, Role.RUN_IN, sid, bold=bold_lead, face=face)]
        paragraph = None
        first = body[0][1] if body else None
        if isinstance(first, Paragraph):  # a table stays a block of its own
            paragraph = body[0][0]
            runs += runs_of(first, Role.RUN_IN, sid, paragraph, Face.BODY)
            body = body[1:]
        out.append(
            PrintedBlock(
                Role.RUN_IN,  # without body text it keeps with the next like a heading
                runs,
                level=level,
                section=sid,
                paragraph=paragraph,
                keep_next=layout.HEADING_KEEPS_WITH_NEXT and paragraph is None,
                bookmark=sid,
            )
        )
    else:
        text = number + section.heading.strip()
        out.append(
            PrintedBlock(
                Role.HEADING,
                [PrintedRun(text, Role.HEADING, sid)],
                level=level,
                section=sid,
                keep_next=layout.HEADING_KEEPS_WITH_NEXT,
                bookmark=sid,
            )
        )
    return out + body_blocks(body, Role.BODY, sid)


def attachment_blocks(draft: Draft) -> list[PrintedBlock]:
    lines = closing.attachment_lines(draft.meta.attachments)
    if not lines:
        return []
    number = layout.ATTACHMENT_NUMBER_ZI if len(lines) > 1 else 0
    first = layout.ATTACHMENT_FIRST_ZI
    name_start = first + layout.ATTACHMENT_LABEL_ZI + number  # wrapped lines align the names
    out = [blank()]  # 7.3.4: 正文下空一行
    for text, is_first in lines:
        hanging = name_start - first if is_first else number
        out.append(
            PrintedBlock(
                Role.ATTACHMENT,
                [PrintedRun(text, Role.ATTACHMENT)],
                first_zi=name_start - hanging,
                rest_zi=name_start,
            )
        )
    return out


def closing_blocks(draft: Draft, sealed: bool) -> list[PrintedBlock]:
    part = closing.closing_part(draft.meta.author, draft.meta.date, sealed=sealed)
    if part is None:
        return []
    out = [blank() for _ in range(part.blank_lines)]
    for role, text, right in part.lines:
        # 7.3.5.2 places the date's first character 2 字 right of the 署名's, counting a
        # digit as half a 字: no Chinese-digit gaps, or "2024年1月5日" grows by ~1 字.
        kind = Role(role)
        out.append(
            PrintedBlock(
                kind,
                [PrintedRun(text, kind)],
                first_zi=0,
                right_zi=right,
                align=Align.RIGHT,
                exact_widths=True,
            )
        )
    return out


def keep_closing_with_body(main: list[PrintedBlock], tail: list[PrintedBlock]) -> None:
    """R2 (layout.CLOSING_KEEPS_TOGETHER), in place: see the module docstring."""
    if not tail or not layout.CLOSING_KEEPS_TOGETHER:
        return
    for block in tail:
        block.keep_together = True
        block.keep_next = True
    tail[-1].keep_next = False
    if main and main[-1].table is None:  # a table keeps no paragraph with it
        main[-1].keep_next = True
        main[-1].widow = layout.CLOSING_PULLS_BODY_LINES


def appendix_blocks(draft: Draft) -> list[PrintedBlock]:
    """Each appendix on a page of its own (GB/T 9704-2012 7.3.7): "附件" and its number
    (with more than one) 顶格 in 黑体 on the first line, its title centred on the third as
    the document's is set, then its text formatted as the body, sections numbered afresh."""
    out: list[PrintedBlock] = []
    numbered = len(draft.appendices) > 1
    for number, appendix in enumerate(draft.appendices, start=1):
        text = layout.APPENDIX_LABEL + (str(number) if numbered else "")
        label = PrintedBlock(
            Role.APPENDIX_LABEL,
            [PrintedRun(text, Role.APPENDIX_LABEL)],
            first_zi=0,
            keep_next=True,
            page_break_before=True,
        )
        out.append(label)
        title = _title(appendix.title)
        if title:
            # the label's line, then blank lines up to the title's
            out += [blank() for _ in range(layout.APPENDIX_TITLE_LINE - 2)]
            out += title
        intro = [(i, b) for i, b in enumerate(appendix.intro) if _printed(b)]
        out += body_blocks(intro, Role.INTRO, None)
        for section, level, mark in draft.walk_with_level(appendix.sections):
            out += section_blocks(section, level, mark)
    return out


def printed_document(
    draft: Draft, sealed: bool = False, bold_lead: bool = False
) -> list[PrintedBlock]:
    """Every printed paragraph in reading order, keep rules set (R1, R2). sealed: the
    closing part of a sealed document (7.3.5.1); bold_lead: the run-in leads in bold 仿宋
    (R4, export option run_in_lead="bold-fangsong")."""
    blocks = title_blocks(draft) + intro_blocks(draft)
    for section, level, number in draft.walk_with_level():
        blocks += section_blocks(section, level, number, bold_lead)
    tail = attachment_blocks(draft) + closing_blocks(draft, sealed)
    keep_closing_with_body(blocks, tail)
    blocks += tail + appendix_blocks(draft)
    if blocks and blocks[-1].table is not None:
        end = blank()  # Word ends a document with a paragraph, never with a table
        end.landscape = blocks[-1].landscape
        blocks.append(end)
    return blocks
