"""The pages to a PDF file or a printer, drawn by the preview's painter (painter.py).

PDF: QPdfWriter on A4 without margins, so a twip of the page is a twip of the paper
(a landscape page on a turned sheet, as LibreOffice prints the export's landscape part);
Qt embeds the subsets of the faces it used, and the text stays text (selectable, and
found by a PDF reader). The file is written whole through fileio.atomic_write, so a
failed write leaves no half file and says why (a typed FileAccessError).
Print: any QPrinter (the print dialog's, or a PDF-format one in the tests), full page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from app.core import limits
from app.core.errors import ZongjieError
from app.core.fileio import atomic_write
from app.core.i18n import N_
from app.core.pagination import LIBREOFFICE, METRICS, Page, Pagination
from app.gui.pages.page_style import PageStyle
from app.gui.pages.painter import PagePainter, twips_to_device

PAGES_MAX = limits.PAGES_MAX  # one PDF or print job (a name of its own: tests lower it)
PDF_RESOLUTION_DPI = 1440  # one device unit per twip: no rounding of any position
PDF_CREATOR = "zongjie"


class PageOutputError(ZongjieError):
    """The pages could not be drawn on the device (a printer that refused to start)."""


class TooManyPagesError(PageOutputError):
    def __init__(self, pages: int) -> None:
        super().__init__(
            N_(
                "这份草稿排出来有 {pages} 页，超过了一次生成 PDF 或打印的上限 {limit} 页，"
                "没有生成。请把它分成几份草稿，分别生成。",
                pages=pages,
                limit=PAGES_MAX,
            )
        )


def a4_layout(landscape: bool = False) -> QPageLayout:
    """A4 without margins, upright or turned (a landscape page: sheet.py)."""
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))


def paint_pages(
    device: QPagedPaintDevice,
    pages: Sequence[Page],
    style: PageStyle,
    metrics: str,
    following: Page | None = None,
) -> int:
    """Each of `pages` on `device`, one sheet each; returns the pages drawn. `metrics`:
    Pagination.metrics; `following`: the page after the last one drawn, if any.
    More than PAGES_MAX pages are refused before anything is drawn."""
    if len(pages) > PAGES_MAX:
        raise TooManyPagesError(len(pages))
    if pages:  # a sheet's layout is set before the painter begins it, or before newPage
        device.setPageLayout(a4_layout(pages[0].landscape))
    painter = QPainter()
    if not painter.begin(device):
        raise PageOutputError(N_("无法开始打印或生成 PDF。请检查打印机是否可用，然后重试。"))
    try:
        twips_to_device(painter, device)
        page_painter = PagePainter(style, METRICS.get(metrics, LIBREOFFICE))
        for index, page in enumerate(pages):
            if index:
                device.setPageLayout(a4_layout(page.landscape))
                device.newPage()
            after = pages[index + 1] if index + 1 < len(pages) else following
            page_painter.paint(painter, page, following=after)
    finally:
        painter.end()
    return len(pages)


def pdf_bytes(pagination: Pagination, style: PageStyle, title: str = "") -> bytes:
    """The pages as a PDF document (A4, fonts embedded, text selectable)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(a4_layout())
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setCreator(PDF_CREATOR)
    writer.setTitle(title)
    paint_pages(writer, pagination.pages, style, pagination.metrics)
    del writer  # finishes the document into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(path: Path, pagination: Pagination, style: PageStyle, title: str = "") -> None:
    """Write the PDF to `path` (replaced whole; FileAccessError when it cannot be)."""
    atomic_write(path, pdf_bytes(pagination, style, title), backup=False)


def print_pages(printer: QPrinter, pagination: Pagination, style: PageStyle) -> int:
    """Print on `printer` at full page (the pages carry their own margins), the pages of
    its range when one was chosen in the print dialog."""
    printer.setFullPage(True)
    pages, first, last = pagination.pages, 1, pagination.page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or last, last)
    following = pages[last] if last < len(pages) else None
    return paint_pages(printer, pages[first - 1 : last], style, pagination.metrics, following)
