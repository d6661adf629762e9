"""Review comments in the .docx (ECMA-376 Part 1 §17.13.4): the comments part
(w:comments/w:comment with author, date and text) and the range marks in the body
(w:commentRangeStart, w:commentRangeEnd and the w:commentReference run after it), from the
marks app.core.printed.comments puts on the printed document."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.export.ooxml import NS_DECL, escape, paragraph_xml, run_xml
from app.core.printed.model import CommentMark, MarkKind, PrintedComment


def comment_mark_xml(mark: CommentMark) -> str:
    if mark.kind is MarkKind.START:
        return f'<w:commentRangeStart w:id="{mark.comment}"/>'
    return (
        f'<w:commentRangeEnd w:id="{mark.comment}"/>'
        f'<w:r><w:commentReference w:id="{mark.comment}"/></w:r>'
    )


def word_date(iso: str) -> str | None:
    """An ISO 8601 date as w:date wants it (xsd:dateTime, UTC when the zone is known), or
    None when there is none to give."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if when.tzinfo is not None:
        return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return when.strftime("%Y-%m-%dT%H:%M:%S")


def comments_xml(comments: list[PrintedComment]) -> str:
    items = []
    for comment in comments:
        date = word_date(comment.date)
        attrs = f'w:id="{comment.id}" w:author="{escape(comment.author)}"'
        if date:
            attrs += f' w:date="{date}"'
        initials = comment.author.strip()[:1]
        if initials:
            attrs += f' w:initials="{escape(initials)}"'
        lines = comment.text.split("\n") or [""]
        body = "".join(paragraph_xml([run_xml(line)] if line else []) for line in lines)
        items.append(f"<w:comment {attrs}>{body}</w:comment>")
    return f"<w:comments {NS_DECL}>{''.join(items)}</w:comments>"
