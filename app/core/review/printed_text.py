"""A section's text as the export prints it, and the way back from a printed position to
the section's heading or body.

The export prints a section as its heading line (number + heading) and one paragraph per
non-empty body paragraph; a run-in section prints its lead (run_in_lead: number, heading,
。) and its first body paragraph as one paragraph; a table prints its caption as a line
(which is not body text: a change in it is not placed) and its cells as a table (not
lines here). `PrintedSection.text` joins those lines with "\\n", the way a reviewed document's
section reads; `locate` turns a range of it into the heading's or the body's own offsets
(the body as app.core.compare.body_text joins it, "\\n" between blocks).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.compare import Part
from app.core.flat import PARAGRAPH_BREAK, TableTokens, body_text
from app.core.model import Block, Paragraph, Table
from app.core.zh.lead import run_in_lead


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # in the printed text
    end: int
    body_index: int | None  # the body block this line prints (None: the heading alone)
    body_from: int  # where the body's own text starts in the line (after a run-in lead)


@dataclass(frozen=True, slots=True)
class Located:
    """A printed range in the section's own text: `part` and offsets in it; `paragraph`
    is the body block the range starts in (None for the heading)."""

    part: Part
    start: int
    end: int
    paragraph: int | None


class PrintedSection:
    def __init__(self, number: str, heading: str, body: list[Block], run_in: bool) -> None:
        self.heading = heading
        self.body = body
        self.tokens = TableTokens()
        self.body_text = body_text(body, self.tokens)
        starts: list[int] = []
        pos = 0
        for block in body:
            starts.append(pos)
            pos += (1 if isinstance(block, Table) else len(block.text)) + len(PARAGRAPH_BREAK)
        self.block_starts = starts
        printed = [
            i
            for i, b in enumerate(body)
            if (isinstance(b, Paragraph) and b.text.strip())
            or (isinstance(b, Table) and b.caption.strip())
        ]
        lines: list[_Line] = []
        texts: list[str] = []
        self.heading_skip = len(heading) - len(heading.lstrip())
        # the export joins the first printed block to a run-in lead only when it is a
        # paragraph (a table, with a caption or without, stays a block of its own)
        first_block = next(
            (i for i, b in enumerate(body) if isinstance(b, Table) or b.text.strip()), None
        )
        first_text = (
            first_block
            if first_block is not None and not isinstance(body[first_block], Table)
            else None
        )
        if run_in:
            lead = run_in_lead(number, heading)
            self.heading_span = (len(number), len(number) + len(heading.strip()))
            first = first_text if first_text is not None and printed[0] == first_text else None
            if first is not None:
                printed.pop(0)
            line = lead + (self._text(first) if first is not None else "")
            texts.append(line)
            lines.append(_Line(0, len(line), first, len(lead)))
        else:
            line = number + heading.strip()
            self.heading_span = (len(number), len(line))
            texts.append(line)
            lines.append(_Line(0, len(line), None, len(line)))
        for index in printed:
            start = sum(len(t) + 1 for t in texts)
            text = self._text(index)
            texts.append(text)
            # a table's caption prints as a line of its own, but it is not body text
            editable = index if isinstance(body[index], Paragraph) else None
            lines.append(_Line(start, start + len(text), editable, 0))
        self.lines = lines
        self.text = PARAGRAPH_BREAK.join(texts)

    def _text(self, index: int) -> str:
        block = self.body[index]
        return block.caption.strip() if isinstance(block, Table) else block.text

    def _body_offset(self, pos: int) -> int | None:
        """The body offset a printed position stands at (None: not in the body)."""
        for line in self.lines:
            if line.body_index is None:
                continue
            begin = line.start + line.body_from
            if begin <= pos <= line.end:
                return self.block_starts[line.body_index] + pos - begin
            if pos == line.end + 1:  # the printed break: the next printed line's start
                continue
        return None

    def _body_range(self, start: int, end: int) -> tuple[int, int] | None:
        a = self._body_offset(start)
        # an end at a line's end maps to that paragraph's end, never the next one's start
        b = self._body_offset(end)
        if a is None or b is None or b < a:
            return None
        return a, b

    def _paragraph_of(self, body_offset: int) -> int:
        index = 0
        for i, start in enumerate(self.block_starts):
            if start <= body_offset:
                index = i
        return index

    def locate(self, start: int, end: int) -> Located | None:
        """Where printed [start, end) lies in the heading or the body; None when it
        crosses from one into the other or touches the derived number."""
        head_begin, head_end = self.heading_span
        if head_begin <= start <= end <= head_end:
            skip = self.heading_skip
            return Located(Part.HEADING, start - head_begin + skip, end - head_begin + skip, None)
        found = self._body_range(start, end)
        if found is None:
            return None
        a, b = found
        return Located(Part.BODY, a, b, self._paragraph_of(a))
