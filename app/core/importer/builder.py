"""Build a Draft from classified lines; the preview calls it again after every role change."""

from __future__ import annotations

from collections import Counter

from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import KIND_NONE
from app.core.importer.structure import attachment_names
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import DEFAULT_STYLES, NumberStyle

_STYLE_VALUES = {style.value for style in NumberStyle}


def build_draft(lines: list[SourceLine], keep_noise: bool = False) -> Draft:
    """The draft the lines describe. Unticked lines are left out; noise too unless kept.

    A NOISE line that is kept (ticked, or keep_noise) becomes body text where it stands.
    """
    meta = Meta()
    title_parts: list[str] = []
    subtitles: list[str] = []
    authors: list[str] = []
    attachments: list[SourceLine] = []
    intro: list[Paragraph] = []
    sections: list[Section] = []
    stack: list[Section] = []
    kinds: dict[int, list[str]] = {}

    def add_body(paragraph: Paragraph) -> None:
        (stack[-1].body if stack else intro).append(paragraph)

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
        elif role == LineRole.ATTACHMENT:
            attachments.append(line)
        elif role == LineRole.HEADING:
            level = min(max(line.level, 0), len(stack))
            del stack[level:]
            section = Section(heading=line.heading or line.text, run_in=bool(line.run_in_body))
            if line.run_in_body:
                section.body.append(line.body_paragraph())
            (stack[-1].children if stack else sections).append(section)
            stack.append(section)
            kinds.setdefault(level, []).append(line.kind or KIND_NONE)
        else:
            add_body(line.paragraph())
    meta.title = _join_title(title_parts)
    meta.subtitle = "\n".join(subtitles)
    meta.author = "\n".join(authors)
    meta.attachments = attachment_names(attachments)
    return Draft(meta=meta, numbering=numbering_for(kinds), intro=intro, sections=sections)


def _join_title(parts: list[str]) -> str:
    title = ""
    for part in parts:
        if title and title[-1].isascii() and title[-1].isalnum() and part[:1].isascii():
            title += " "
        title += part
    return title


def numbering_for(kinds: dict[int, list[str]]) -> list[NumberStyle]:
    """The numbering style per level: the marker kind most headings of that level carry.

    A level whose headings carry no number takes the default style of its level (一、 for
    level 1) when no other level uses it, else "none": the top sections of a summary are
    normally numbered 一、, but where 一、 is already taken below them they stay unnumbered.
    """
    depth = max([4, *(level + 1 for level in kinds)])
    found: dict[int, NumberStyle | None] = {}
    for level, level_kinds in kinds.items():
        kind = Counter(level_kinds).most_common(1)[0][0]
        if kind == KIND_NONE:  # (before the style check: "none" is also a style value)
            found[level] = None  # decided below
        elif kind in _STYLE_VALUES:
            found[level] = NumberStyle(kind)
        else:
            found[level] = NumberStyle.NONE  # 第一部分: the marker stays in the heading
    used = {style for style in found.values() if style is not None}
    styles: list[NumberStyle] = []
    for level in range(depth):
        style = found.get(level)
        if style is None:
            default = DEFAULT_STYLES[level] if level < len(DEFAULT_STYLES) else NumberStyle.NONE
            if level in found:  # unnumbered headings at this level
                style = default if default not in used else NumberStyle.NONE
            else:  # no heading this deep: the default that is still free
                free = [s for s in DEFAULT_STYLES if s not in used]
                style = default if default not in used else (free[0] if free else NumberStyle.NONE)
            used.add(style)
        styles.append(style)
    return styles
