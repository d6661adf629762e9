"""The printed page: the draft laid out on the GB/T 9704 grid (22 lines × 28 characters),
as the .docx export prints it. Qt-free; no file is read or written.

    from app.core.pagination import paginate
    pages = paginate(draft).pages   # pages → lines → spans

- the blocks laid out are app.core.printed's (printed_document): title lines, subtitle,
  intro, headings by level, run-in items, body paragraphs, 附件说明, 署名, 成文日期, with
  the keep rules R1 and R2, the same list the .docx writer writes.
- linebreak: character widths and the Chinese line-breaking rules.
- metrics: what a renderer makes of the grid (LibreOffice 25.2 or Word), and the
  renderer differences, in one place.
- paginator: lines of each block, then pages with the keep rules.
- model: the data classes returned (Pagination, Page, Line, Span).
"""

from __future__ import annotations

from app.core.pagination.metrics import LIBREOFFICE, LIBREOFFICE_STANDIN, METRICS, WORD, Metrics
from app.core.pagination.model import CellBox, Line, Page, Pagination, Span
from app.core.pagination.paginator import paginate

__all__ = [
    "CellBox",
    "LIBREOFFICE",
    "LIBREOFFICE_STANDIN",
    "METRICS",
    "WORD",
    "Line",
    "Metrics",
    "Page",
    "Pagination",
    "Span",
    "paginate",
]
