"""The draft as the sequence of printed blocks the export writes, with their keep rules.

One block is one paragraph of the .docx, in the same order and with the same text as
app.core.export.body writes it: title (title_lines, 7.3.1) → subtitle → one blank line
→ intro → for each section its heading ("一、……", the number derived) or its run-in
paragraph ("一是……。正文", zh.lead.run_in_lead) and its body paragraphs → 附件说明 (a blank
line, then "附件：1.……" with the name aligned) → blank line(s), 署名, 成文日期.

Placement rules, the same ones the export writes (layout.py, "placement rules"):

R1  a heading keeps with the next paragraph (keep_next): no heading line ends a page
    before its text. The export writes w:keepNext on the heading styles and nothing
    else (no keepLines), so a heading of two lines may still split like any paragraph;
    a run-in item with no body text is a heading line and keeps the same way, one with
    body text is body text.
R2  the closing part (附件说明, 署名, 成文日期 and the blank lines before them) keeps
    together and never splits (keep_next on each but the last, keep_together on each);
    the paragraph before it keeps with it, with widow control on that paragraph alone,
    so at least its last CLOSING_PULLS_BODY_LINES lines go along (and as many stay, or
    it moves whole). The body otherwise has no widow/orphan control: full pages have
    22 lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core import layout
from app.core.export import closing
from app.core.export.title_lines import title_lines
from app.core.model import Draft, Paragraph
from app.core.zh.lead import run_in_lead

# The rules' switches and figures live in layout.py beside the export's; read them there.
HEADINGS_KEEP = layout.HEADING_KEEPS_WITH_NEXT
CLOSING_KEEPS = layout.CLOSING_KEEPS_TOGETHER
WIDOW_LINES = layout.CLOSING_PULLS_BODY_LINES  # w:widowControl: 2 lines each side


@dataclass(slots=True)
class Piece:
    """Text in one face within a block, and where it came from."""

    text: str
    role: str
    section: str | None = None
    paragraph: int | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(slots=True)
class Block:
    """One printed paragraph: its text, where its lines start (in 字 from the left edge of
    the text block: first line, other lines) and its keep rules."""

    role: str
    pieces: list[Piece]
    first_zi: float = layout.FIRST_LINE_INDENT_ZI
    rest_zi: float = 0.0
    right_zi: float = 0.0
    align: str = "both"  # both / center / right
    size_pt: float = layout.BODY_PT
    grid: bool = True  # on the 28-cell character grid (the title is not)
    level: int | None = None
    section: str | None = None
    paragraph: int | None = None
    keep_next: bool = False
    keep_together: bool = False
    widow: int = 0
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def _pieces(paragraph: Paragraph, role: str, section: str | None, index: int | None) -> list[Piece]:
    return [
        Piece(r.text, role, section, index, r.bold, r.italic, r.underline)
        for r in paragraph.normalized().runs
    ]


def _blank() -> Block:
    return Block("blank", [], first_zi=0)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def title_blocks(draft: Draft) -> list[Block]:
    out = []
    lines = title_lines(draft.meta.title)
    if lines:
        out.append(
            Block(
                "title",
                [Piece("\n".join(lines), "title")],
                first_zi=0,
                align="center",
                size_pt=layout.TITLE_PT,
                grid=False,
            )
        )
    subtitle = _lines(draft.meta.subtitle)
    if subtitle:
        out.append(Block("subtitle", [Piece("\n".join(subtitle), "subtitle")], 0, align="center"))
    if out:
        out.extend(_blank() for _ in range(layout.BLANK_LINES_AFTER_TITLE))
    return out


def section_blocks(draft: Draft, bold_lead: bool = False) -> list[Block]:
    out: list[Block] = []
    for section, level, number in draft.walk_with_level():
        body = [
            (i, p)
            for i, p in enumerate(section.body)
            if isinstance(p, Paragraph) and p.text.strip()
        ]
        if section.run_in:
            lead = run_in_lead(number, section.heading)
            pieces = [Piece(lead, "run_in", section.id, bold=bold_lead)]  # R4
            paragraph = None
            if body:
                paragraph, first = body[0]
                pieces += _pieces(first, "run_in", section.id, paragraph)
                body = body[1:]
            out.append(
                Block(
                    "run_in",
                    pieces,
                    level=level,
                    section=section.id,
                    paragraph=paragraph,
                    keep_next=HEADINGS_KEEP and paragraph is None,
                )
            )
        else:
            text = number + section.heading.strip()
            out.append(
                Block(
                    "heading",
                    [Piece(text, "heading", section.id)],
                    level=level,
                    section=section.id,
                    keep_next=HEADINGS_KEEP,
                )
            )
        out.extend(
            Block("body", _pieces(p, "body", section.id, i), section=section.id, paragraph=i)
            for i, p in body
        )
    return out


def attachment_blocks(draft: Draft) -> list[Block]:
    lines = closing.attachment_lines(draft.meta.attachments)
    if not lines:
        return []
    number = layout.ATTACHMENT_NUMBER_ZI if len(lines) > 1 else 0
    first = layout.ATTACHMENT_FIRST_ZI
    name_start = first + layout.ATTACHMENT_LABEL_ZI + number
    out = [_blank()]  # 7.3.4: 正文下空一行
    for text, is_first in lines:
        hanging = name_start - first if is_first else number
        out.append(
            Block(
                "attachment",
                [Piece(text, "attachment")],
                first_zi=name_start - hanging,
                rest_zi=name_start,
                extra={"left_zi": name_start, "hanging_zi": hanging},
            )
        )
    return out


def closing_blocks(draft: Draft, sealed: bool) -> list[Block]:
    part = closing.closing_part(draft.meta.author, draft.meta.date, sealed=sealed)
    if part is None:
        return []
    out = [_blank() for _ in range(part.blank_lines)]
    for role, text, right in part.lines:
        out.append(Block(role, [Piece(text, role)], 0, right_zi=right, align="right"))
    return out


def printed_blocks(draft: Draft, sealed: bool = False, bold_lead: bool = False) -> list[Block]:
    """Every printed paragraph in reading order, keep rules set (R1, R2); bold_lead: the
    run-in leads in bold 仿宋 (R4, export option run_in_lead="bold-fangsong")."""
    blocks = title_blocks(draft)
    blocks += [
        Block("intro", _pieces(p, "intro", None, i), paragraph=i)
        for i, p in enumerate(draft.intro)
        if isinstance(p, Paragraph) and p.text.strip()
    ]
    blocks += section_blocks(draft, bold_lead)
    tail = attachment_blocks(draft) + closing_blocks(draft, sealed)
    if tail and CLOSING_KEEPS:
        for block in tail:
            block.keep_together = True
            block.keep_next = True
        tail[-1].keep_next = False
        if blocks:
            blocks[-1].keep_next = True
            blocks[-1].widow = WIDOW_LINES
    return blocks + tail
