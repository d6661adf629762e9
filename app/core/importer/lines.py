"""The unit of import: one source line (a paragraph of a .docx) and the role it plays."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from app.core.model import Paragraph, Run

# A chat tool's Markdown bold (**加强领导。**): formatting, never text (plaintext.py, and
# the cells of a Markdown table, text_tables.py).
MARKDOWN_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")


class LineRole(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    HEADING = "heading"
    BODY = "body"
    NOISE = "noise"  # website furniture around the text: proposed for removal
    AUTHOR = "author"  # 发文机关署名
    DATE = "date"  # 成文日期
    ATTACHMENT = "attachment"  # 附件说明
    APPENDIX = "appendix"  # the 附件1 label that starts an attached document (an appendix)
    APPENDIX_TITLE = "appendix-title"  # that document's title
    RECIPIENT = "recipient"  # 主送机关 (Meta.recipient)
    DOC_NUMBER = "doc-number"  # 发文字号 (Meta.doc_number)
    TABLE = "table"  # a table found in aligned text, placed whole (text_tables.py)
    BLANK = "blank"


@dataclass(slots=True)
class SourceLine:
    """One line of the source and what the importer made of it.

    `text` is the line without surrounding white space. For a HEADING, `heading` is the
    stored heading (marker and a closing 。 removed), `marker` the stripped marker, `kind`
    its marker kind and `number` the number the marker states (a NumberStyle value, "none", "unnumbered", or one of
    markers.KEPT_MARKER_KINDS: 第一部分/第一章/第一节/2.1, whose marker stays in the
    heading) and `run_in_body` the body text after the lead sentence of a run-in heading
    ("" otherwise). `keep` is the
    preview's tick box: noise starts unticked; an unticked line is left out of the draft.
    """

    index: int
    text: str
    role: LineRole = LineRole.BODY
    level: int = 0
    runs: list[Run] = field(default_factory=list)
    run_in_body: str = ""
    marker: str = ""
    kind: str = ""
    number: int = 0  # the number the source printed in its marker (0: none, or unreadable)
    heading: str = ""
    keep: bool = True
    outline_level: int | None = None  # from a Word heading style or outline level
    emphasized: bool = False  # the whole line bold or in a heading font (黑体, 楷体) in Word
    title_style: bool = False  # Word's "Title" style
    lead_length: int | None = None  # a run-in lead sentence set apart by font/bold in Word
    # Layout, not text, wherever it stands: a PDF's page number or running header, a rule
    # ("---", "————"). Noise (proposed for removal); paragraphs are joined across it.
    page_furniture: bool = False
    contents_entry: bool = False  # a Word table-of-contents entry (TOC style, tab + page)
    # A marked line whose sequence reads as a list ("（1）……；（2）……。", one-sentence items
    # after "如下："): a feature of the level decision, which keeps such lines text.
    list_item: bool = False

    @property
    def is_blank(self) -> bool:
        return self.role == LineRole.BLANK

    def paragraph(self) -> Paragraph:
        """The whole line as a paragraph, with its formatting when it came from Word."""
        if self.runs:
            return Paragraph(list(self.runs)).normalized()
        return Paragraph.plain(self.text)

    def body_paragraph(self) -> Paragraph:
        """The run-in body (text after the lead sentence) with its formatting."""
        start = len(self.text) - len(self.run_in_body)
        if not self.runs:
            return Paragraph.plain(self.run_in_body)
        return Paragraph(slice_runs(self.runs, start, len(self.text))).normalized()


def slice_runs(runs: list[Run], start: int, end: int) -> list[Run]:
    """The runs covering text[start:end] of the joined run texts, formats kept."""
    result: list[Run] = []
    position = 0
    for run in runs:
        run_start, run_end = position, position + len(run.text)
        position = run_end
        lo, hi = max(start, run_start), min(end, run_end)
        if lo < hi:
            piece = run.text[lo - run_start : hi - run_start]
            result.append(Run(piece, run.bold, run.italic, run.underline))
    return result


def runs_for_line(runs: list[Run]) -> list[Run]:
    """Runs with the line's leading and trailing white space removed (text is stripped too)."""
    text = "".join(r.text for r in runs)
    stripped = text.strip()
    if not stripped:
        return []
    start = len(text) - len(text.lstrip())
    return slice_runs(runs, start, start + len(stripped))


def display_width(text: str, count_spaces: bool = False) -> int:
    """Width in half-width cells: a Chinese character or full-width sign takes two."""
    return sum(1 if ch.isascii() else 2 for ch in text if count_spaces or not ch.isspace())
