"""The draft's text as WordprocessingML paragraphs, in reading order.

Title (broken into balanced lines, 7.3.1) → subtitle → one blank line → intro → sections
(heading paragraphs with their derived numbers and outline levels, run-in items as one
paragraph) → 附件说明 → 署名 and 成文日期.

Paragraphs are built as `Para` values with their role and keep properties, the placement
rules of app.core.layout (R1 headings keep with the next paragraph, R2 the closing part
keeps together and with the last body lines) are applied to that list, and only then is
it written as XML: no editing of generated XML.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core import layout
from app.core.export import closing
from app.core.export.ooxml import empty_paragraph, indent_xml, paragraph_xml, run_props, run_xml
from app.core.export.parts import StyleFonts, heading_style_id
from app.core.export.title_lines import title_lines
from app.core.model import Draft, Paragraph, Section
from app.core.zh.lead import run_in_lead

MAX_OUTLINE_LEVEL = 8  # w:outlineLvl 0..8; 9 means body text


@dataclass(frozen=True, slots=True)
class Para:
    """One printed paragraph before it is written: its runs, layout and keep properties.

    role: "title", "subtitle", "blank", "intro", "heading" (a heading line on its own),
    "run-in" (lead and body text in one paragraph), "body", "attachment", "signature",
    "date". keep_next / keep_lines / widow_control: None inherits the style's value.
    """

    role: str
    runs: tuple[str, ...] = ()
    style: str | None = None
    jc: str | None = None
    ind: str = ""
    outline_level: int | None = None
    exact_widths: bool = False
    keep_next: bool | None = None
    keep_lines: bool | None = None
    widow_control: bool | None = None

    def xml(self) -> str:
        if self.role == "blank" and self.keep_next is None and self.keep_lines is None:
            return empty_paragraph()
        return paragraph_xml(
            self.runs,
            style=self.style,
            jc=self.jc,
            ind=self.ind,
            outline_level=self.outline_level,
            keep_next=self.keep_next,
            keep_lines=self.keep_lines,
            widow_control=self.widow_control,
            exact_widths=self.exact_widths,
        )


BLANK = Para("blank")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _body_runs(
    paragraph: Paragraph, base_props: str = "", bold_default: bool = False
) -> tuple[str, ...]:
    """Runs of a body paragraph, bold/italic/underline kept.

    base_props pins the body font when the paragraph style is a heading (run-in items);
    bold_default says whether that style is bold, so plain runs switch it off again.
    """
    runs = []
    for run in paragraph.normalized().runs:
        bold: bool | None = run.bold if (run.bold or bold_default) else None
        props = base_props + run_props(bold=bold, italic=run.italic, underline=run.underline)
        runs.append(run_xml(run.text, props))
    return tuple(runs)


def title_block(draft: Draft) -> list[Para]:
    out = []
    lines = title_lines(draft.meta.title)
    if lines:
        # One paragraph, lines joined by w:br: the user's own breaks, or balanced lines
        # broken between words (7.3.1, title_lines).
        out.append(Para("title", (run_xml("\n".join(lines)),), style="Title"))
    subtitle_lines = _lines(draft.meta.subtitle)
    if subtitle_lines:
        out.append(Para("subtitle", (run_xml("\n".join(subtitle_lines)),), style="Subtitle"))
    if out:
        out.extend(BLANK for _ in range(layout.BLANK_LINES_AFTER_TITLE))
    return out


def section_paragraphs(
    section: Section, level: int, number: str, fonts: StyleFonts, bold_lead: bool = False
) -> list[Para]:
    style = heading_style_id(level)
    # Levels past the fourth print like the fourth but keep their own outline level.
    outline = min(level, MAX_OUTLINE_LEVEL) if level >= layout.LEVEL_COUNT else None
    body = [p for p in section.body if isinstance(p, Paragraph) and p.text.strip()]
    out = []
    if section.run_in:
        # The editor shows the same lead: both compose it with run_in_lead.
        # R4: the lead in its level's face (the style), or in bold body face.
        lead_props = run_props(fonts.body, bold=True) if bold_lead else ""
        runs: tuple[str, ...] = (run_xml(run_in_lead(number, section.heading), lead_props),)
        role = "heading"
        if body:
            body_props = run_props(fonts.body)
            runs += _body_runs(body[0], body_props, bold_default=fonts.level_bold(level))
            body = body[1:]
            role = "run-in"
        out.append(Para(role, runs, style=style, outline_level=outline))
    else:
        text = number + section.heading.strip()
        out.append(Para("heading", (run_xml(text),), style=style, outline_level=outline))
    out.extend(Para("body", _body_runs(p)) for p in body)
    return out


def attachment_block(draft: Draft) -> list[Para]:
    lines = closing.attachment_lines(draft.meta.attachments)
    if not lines:
        return []
    numbered = len(lines) > 1
    label = layout.ATTACHMENT_LABEL_ZI
    number = layout.ATTACHMENT_NUMBER_ZI if numbered else 0
    first = layout.ATTACHMENT_FIRST_ZI
    name_start = first + label + number  # wrapped lines align with the first name character
    out = [BLANK]  # 7.3.4: 正文下空一行
    for text, is_first in lines:
        hanging = name_start - first if is_first else number
        ind = indent_xml(left_zi=name_start, hanging_zi=hanging)
        out.append(Para("attachment", (run_xml(text),), ind=ind, jc="both"))
    return out


def closing_block(draft: Draft, sealed: bool) -> list[Para]:
    part = closing.closing_part(draft.meta.author, draft.meta.date, sealed=sealed)
    if part is None:
        return []
    out = [BLANK for _ in range(part.blank_lines)]
    for role, text, right in part.lines:
        ind = indent_xml(first_zi=0, right_zi=right)
        # 7.3.5.2 places the date's first character 2 字 right of the 署名's, counting a
        # digit as half a 字: no Chinese-digit gaps, or "2024年1月5日" grows by ~1 字.
        out.append(Para(role, (run_xml(text),), ind=ind, jc="right", exact_widths=True))
    return out


def keep_headings_with_next(paragraphs: list[Para]) -> list[Para]:
    """R1 (layout.HEADING_KEEPS_WITH_NEXT): the heading styles carry keepNext; a run-in
    paragraph, body text to the reader, switches it off."""
    return [replace(p, keep_next=False) if p.role == "run-in" else p for p in paragraphs]


def keep_closing_with_body(main: list[Para], tail: list[Para]) -> list[Para]:
    """R2 (layout.CLOSING_KEEPS_TOGETHER): 附件说明, 署名 and 成文日期, with their blank
    lines, keep together (keepNext on each but the last, keepLines on each) and the last
    body paragraph keeps with them, widow control on for it alone, so at least its last
    CLOSING_PULLS_BODY_LINES lines come along: no page holds only the closing part."""
    if not tail:
        return main
    together = [replace(p, keep_next=True, keep_lines=True) for p in tail[:-1]]
    together.append(replace(tail[-1], keep_lines=True))
    if main:
        last = main[-1]
        # widow control only matters for a paragraph that can split; a heading line keeps
        # with the next by its style already.
        main = main[:-1] + [replace(last, keep_next=True, widow_control=True)]
    return main + together


def body_paragraphs(draft: Draft, fonts: StyleFonts, sealed: bool, bold_lead: bool) -> list[Para]:
    """Every printed paragraph of the draft, the placement rules applied."""
    parts = title_block(draft)
    parts.extend(
        Para("intro", _body_runs(p))
        for p in draft.intro
        if isinstance(p, Paragraph) and p.text.strip()
    )
    for section, level, number in draft.walk_with_level():
        parts.extend(section_paragraphs(section, level, number, fonts, bold_lead))
    parts = keep_headings_with_next(parts)
    tail = attachment_block(draft) + closing_block(draft, sealed)
    return keep_closing_with_body(parts, tail)


def body_xml(draft: Draft, fonts: StyleFonts, sealed: bool, bold_lead: bool = False) -> str:
    # Word wants at least one paragraph before the section properties.
    paragraphs = body_paragraphs(draft, fonts, sealed, bold_lead)
    return "".join(p.xml() for p in paragraphs) or empty_paragraph()
