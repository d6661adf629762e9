"""Appendices: the documents attached after the body (附件1 / 附件2 …), not chapters of it.

An attached document starts at a label alone on its line ("附件", "附件1", "附件 2") that
follows the text and stands over a title. Its title goes to 附件说明 when the text has none,
its content to an appendix of the draft: its own title, opening text and section tree,
whose 一、 and 1. start again and never join the body's numbering.
"""

from __future__ import annotations

from app.core.importer.closing import mark_trailing_noise
from app.core.importer.frame import ATTACHED_DOCUMENT, DOC_WORD, is_title_line, title_text
from app.core.importer.headings import mark_headings
from app.core.importer.levels import decide_levels
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import find_marker

MAX_TITLE_LINES = 2  # an attached document's title over two lines at most


def appendix_starts(lines: list[SourceLine]) -> list[int]:
    """Where each attached document starts: a 附件 label alone on its line, after some text
    (a label at the very top is the page's furniture over the document itself), with a line
    after it that can be a title."""
    starts: list[int] = []
    seen_text = False
    for n, line in enumerate(lines):
        if line.is_blank:
            continue
        if seen_text and ATTACHED_DOCUMENT.match(line.text):
            following = _next_text(lines, n)
            if following is not None and is_title_line(lines[following]):
                starts.append(n)
                continue
        seen_text = True
    return starts


def classify_appendix(part: list[SourceLine]) -> list[str]:
    """Roles in one attached document: label, title, then headings and text of its own."""
    part[0].role = LineRole.APPENDIX
    i = _next_text(part, 0)
    taken = 0
    joined = ""
    while i is not None and taken < MAX_TITLE_LINES and is_title_line(part[i]):
        if find_marker(part[i].text) is not None or (joined and DOC_WORD.search(joined)):
            break
        part[i].role = LineRole.APPENDIX_TITLE
        part[i].heading = title_text(part[i].text)
        joined += part[i].heading
        taken += 1
        i = _next_text(part, i)
    start = len(part) if i is None else i
    mark_headings(part, start, mark_trailing_noise(part, start) + 1)
    return decide_levels(part)


def _next_text(lines: list[SourceLine], n: int) -> int | None:
    for k in range(n + 1, len(lines)):
        if not lines[k].is_blank:
            return k
    return None
