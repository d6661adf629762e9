"""A compared section as HTML for a QTextBrowser: deletions struck through in red,
insertions underlined in green, formatting changes on a yellow ground; and a version's
whole text (the read-only view)."""

from __future__ import annotations

import html

from app.core.compare import SectionComparison, Segment
from app.core.flat import PARAGRAPH_BREAK, OpKind, Style, TableTokens
from app.core.model import Draft, Paragraph, Table

DELETED_CSS = "color:#b3261e;text-decoration:line-through;"
INSERTED_CSS = "color:#146c2e;text-decoration:underline;"
RESTYLED_CSS = "background:#fff3b0;"


def _styled(text: str, style: Style) -> str:
    out = html.escape(text)
    if Style.BOLD in style:
        out = f"<b>{out}</b>"
    if Style.ITALIC in style:
        out = f"<i>{out}</i>"
    if Style.UNDERLINE in style:
        out = f"<u>{out}</u>"
    return out


def segments_html(segments: list[Segment], tokens: TableTokens) -> str:
    """Marked text; "\\n" between paragraphs becomes a paragraph break (an inserted or
    deleted one shows as ¶ in its colour)."""
    parts: list[str] = ["<p>"]
    for segment in segments:
        pieces = tokens.shown(segment.text).split(PARAGRAPH_BREAK)
        for index, piece in enumerate(pieces):
            if index:
                if segment.kind is not OpKind.EQUAL:
                    css = DELETED_CSS if segment.kind is OpKind.DELETE else INSERTED_CSS
                    parts.append(f'<span style="{css}">¶</span>')
                parts.append("</p><p>")
            if not piece:
                continue
            body = _styled(piece, segment.style)
            if segment.kind is OpKind.DELETE:
                body = f'<span style="{DELETED_CSS}">{body}</span>'
            elif segment.kind is OpKind.INSERT:
                body = f'<span style="{INSERTED_CSS}">{body}</span>'
            elif segment.old_style is not None:
                body = f'<span style="{RESTYLED_CSS}">{body}</span>'
            parts.append(body)
    parts.append("</p>")
    return "".join(parts)


def section_html(item: SectionComparison) -> str:
    """The section's number and heading, then its body, both marked."""
    heading = segments_html(item.heading, item.tokens)[len("<p>") : -len("</p>")]
    if item.section_id is not None:
        number = item.new_number or item.old_number
        if item.old_number and item.new_number and item.old_number != item.new_number:
            number = (
                f'<span style="{DELETED_CSS}">{html.escape(item.old_number)}</span>'
                f'<span style="{INSERTED_CSS}">{html.escape(item.new_number)}</span>'
            )
        else:
            number = html.escape(number)
        heading = f"<h3>{number}{heading}</h3>"
    else:
        heading = ""
    return heading + segments_html(item.body, item.tokens)


def draft_html(draft: Draft) -> str:
    """A whole draft as read-only HTML: title, intro, numbered headings and paragraphs."""
    parts = [f"<h2 align='center'>{html.escape(draft.meta.title)}</h2>"] if draft.meta.title else []
    parts += [_block_html(b) for b in draft.intro]
    for section, level, number in draft.walk_with_level():
        tag = f"h{min(3 + level, 6)}"
        parts.append(f"<{tag}>{html.escape(number + section.heading)}</{tag}>")
        parts += [_block_html(b) for b in section.body]
    for line in (draft.meta.author, draft.meta.date):
        if line:
            parts.append(f"<p align='right'>{html.escape(line)}</p>")
    return "".join(parts)


def _block_html(block: Paragraph | Table) -> str:
    if isinstance(block, Table):
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{html.escape(c.text)}</td>" for c in row if not c.covered)
            + "</tr>"
            for row in block.rows
        )
        caption = f"<p align='center'>{html.escape(block.caption)}</p>" if block.caption else ""
        return f"{caption}<table border='1' cellspacing='0' cellpadding='3'>{rows}</table>"
    runs = "".join(
        _styled(
            r.text,
            (Style.BOLD if r.bold else Style.PLAIN)
            | (Style.ITALIC if r.italic else Style.PLAIN)
            | (Style.UNDERLINE if r.underline else Style.PLAIN),
        )
        for r in block.runs
    )
    return f"<p>{runs}</p>"
