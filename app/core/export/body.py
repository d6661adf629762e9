"""The draft's text as WordprocessingML paragraphs, in reading order.

Title (line breaks kept) → subtitle → one blank line → intro → sections (heading
paragraphs with their derived numbers and outline levels, run-in items as one paragraph)
→ 附件说明 → 署名 and 成文日期.
"""

from __future__ import annotations

import re

from app.core import layout
from app.core.export import closing
from app.core.export.ooxml import empty_paragraph, indent_xml, paragraph_xml, run_props, run_xml
from app.core.export.parts import StyleFonts, heading_style_id
from app.core.model import Draft, Paragraph, Section
from app.core.zh.lead import run_in_lead

MAX_OUTLINE_LEVEL = 8  # w:outlineLvl 0..8; 9 means body text


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _body_runs(paragraph: Paragraph, base_props: str = "", bold_default: bool = False) -> list[str]:
    """Runs of a body paragraph, bold/italic/underline kept.

    base_props pins the body font when the paragraph style is a heading (run-in items);
    bold_default says whether that style is bold, so plain runs switch it off again.
    """
    runs = []
    for run in paragraph.normalized().runs:
        bold: bool | None = run.bold if (run.bold or bold_default) else None
        props = base_props + run_props(bold=bold, italic=run.italic, underline=run.underline)
        runs.append(run_xml(run.text, props))
    return runs


def title_block(draft: Draft) -> list[str]:
    out = []
    title_lines = _lines(draft.meta.title)
    if title_lines:
        # One paragraph, lines joined by w:br: the user chose where the title breaks (7.3.1).
        out.append(paragraph_xml([run_xml("\n".join(title_lines))], style="Title"))
    subtitle_lines = _lines(draft.meta.subtitle)
    if subtitle_lines:
        out.append(paragraph_xml([run_xml("\n".join(subtitle_lines))], style="Subtitle"))
    if out:
        out.extend(empty_paragraph() for _ in range(layout.BLANK_LINES_AFTER_TITLE))
    return out


def section_paragraphs(section: Section, level: int, number: str, fonts: StyleFonts) -> list[str]:
    style = heading_style_id(level)
    # Levels past the fourth print like the fourth but keep their own outline level.
    outline = min(level, MAX_OUTLINE_LEVEL) if level >= layout.LEVEL_COUNT else None
    body = [p for p in section.body if p.text.strip()]
    out = []
    if section.run_in:
        # The editor shows the same lead: both compose it with run_in_lead.
        runs = [run_xml(run_in_lead(number, section.heading))]
        if body:
            body_props = run_props(fonts.body)
            runs += _body_runs(body[0], body_props, bold_default=fonts.level_bold(level))
            body = body[1:]
        out.append(paragraph_xml(runs, style=style, outline_level=outline))
    else:
        text = number + section.heading.strip()
        out.append(paragraph_xml([run_xml(text)], style=style, outline_level=outline))
    out.extend(paragraph_xml(_body_runs(p)) for p in body)
    return out


def attachment_block(draft: Draft) -> list[str]:
    lines = closing.attachment_lines(draft.meta.attachments)
    if not lines:
        return []
    numbered = len(lines) > 1
    label = layout.ATTACHMENT_LABEL_ZI
    number = layout.ATTACHMENT_NUMBER_ZI if numbered else 0
    first = layout.ATTACHMENT_FIRST_ZI
    name_start = first + label + number  # wrapped lines align with the first name character
    out = [empty_paragraph()]  # 7.3.4: 正文下空一行
    for text, is_first in lines:
        hanging = name_start - first if is_first else number
        ind = indent_xml(left_zi=name_start, hanging_zi=hanging)
        out.append(paragraph_xml([run_xml(text)], ind=ind, jc="both"))
    return out


def closing_block(draft: Draft, sealed: bool) -> list[str]:
    author = draft.meta.author.strip()
    date = closing.normalize_date(draft.meta.date) if draft.meta.date.strip() else ""
    if not author and not date:
        return []
    indents = closing.closing_indents(author, date, sealed=sealed)
    blank = (
        layout.BLANK_LINES_BEFORE_SIGNATURE_SEALED
        if sealed
        else layout.BLANK_LINES_BEFORE_SIGNATURE
    )
    out = [empty_paragraph() for _ in range(blank)]
    for text, right in ((author, indents.signature), (date, indents.date)):
        if text and right is not None:
            ind = indent_xml(first_zi=0, right_zi=right)
            # 7.3.5.2 places the date's first character 2 字 right of the 署名's, counting a
            # digit as half a 字: no Chinese-digit gaps, or "2024年1月5日" grows by ~1 字.
            out.append(paragraph_xml([run_xml(text)], ind=ind, jc="right", exact_widths=True))
    return out


def with_keep_next(paragraph: str) -> str:
    """The same paragraph, kept on one page with the next one (w:keepNext)."""
    if "<w:keepNext/>" in paragraph:
        return paragraph
    if paragraph == "<w:p/>":
        return empty_paragraph(keep_next=True)
    if "<w:pStyle " in paragraph:
        end = paragraph.index("/>", paragraph.index("<w:pStyle ")) + 2
        return paragraph[:end] + "<w:keepNext/>" + paragraph[end:]
    if paragraph.startswith("<w:p><w:pPr>"):
        return paragraph.replace("<w:p><w:pPr>", "<w:p><w:pPr><w:keepNext/>", 1)
    return paragraph.replace("<w:p>", "<w:p><w:pPr><w:keepNext/></w:pPr>", 1)


# A last body paragraph up to this many lines is pulled onto the closing part's page.
# LibreOffice honours w:keepNext by moving the whole paragraph (measured: a 12-line
# paragraph left page 5 of the sample with 8 of 22 lines), so a long one is not chained:
# past three lines the gap would be worse than the rare page that starts with 附件说明.
MAX_CHAINED_LINES = 3
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def estimated_lines(paragraph: str) -> int:
    """Printed lines of a body paragraph: its characters plus the 2-字 indent, 28 a line."""
    chars = sum(len(t) for t in _TEXT.findall(paragraph)) + layout.FIRST_LINE_INDENT_ZI
    return -(-chars // layout.CHARS_PER_LINE)


def keep_tail_with_body(main: list[str], tail: list[str]) -> list[str]:
    """附件说明, 署名 and 成文日期 stay together on one page, and should not stand on a page
    without body text ("此页无正文"): a short last body paragraph is chained to them with
    keepNext, so at worst the page before ends MAX_CHAINED_LINES lines early (7.3.5.5
    allows adjusting spacing to fit the closing part). A longer one is left free, because
    moving it whole would leave most of a page blank."""
    if not tail:
        return main
    chained = [with_keep_next(p) for p in tail[:-1]] + tail[-1:]
    if main and estimated_lines(main[-1]) <= MAX_CHAINED_LINES:
        main = main[:-1] + [with_keep_next(main[-1])]
    return main + chained


def body_xml(draft: Draft, fonts: StyleFonts, sealed: bool) -> str:
    parts = title_block(draft)
    parts.extend(paragraph_xml(_body_runs(p)) for p in draft.intro if p.text.strip())
    for section, level, number in draft.walk_with_level():
        parts.extend(section_paragraphs(section, level, number, fonts))
    tail = attachment_block(draft) + closing_block(draft, sealed)
    parts = keep_tail_with_body(parts, tail)
    # Word wants at least one paragraph before the section properties.
    return "".join(parts) or empty_paragraph()
