"""导出 PDF… and 打印…: the current pages (the tracker's, repaginated with the typing
written) to a PDF file or through Qt's print dialog, drawn by the preview's painter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QStatusBar, QWidget

from app.core import paths
from app.core.errors import ZongjieError
from app.core.pagination import Pagination
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.pages.output import print_pages, write_pdf
from app.gui.pages.page_style import PageStyle
from app.gui.pages.tracker import PageTracker

PDF_SUFFIX = ".pdf"


def default_pdf_target(session: DraftSession) -> Path:
    if session.path is not None:
        return session.path.with_suffix(PDF_SUFFIX)
    fallback = QCoreApplication.translate("PageOutput", "工作总结")
    return paths.drafts_dir() / f"{session.title().strip() or fallback}{PDF_SUFFIX}"


class PageFileActions(QObject):
    """Handed the session (what to print), the tracker (its pages), the status bar and
    the widget that parents the dialogs."""

    def __init__(
        self, session: DraftSession, tracker: PageTracker, status: QStatusBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.session, self.tracker, self.status, self.parent_widget = (
            session,
            tracker,
            status,
            parent,
        )

    def current_pages(self) -> tuple[Pagination, PageStyle]:
        """The pages of the draft as it is now (typing and a heading being typed included),
        and the style they are drawn in."""
        self.session.flush()
        self.tracker.refresh()
        pages, style = self.tracker.pagination, self.tracker.style
        assert pages is not None and style is not None, "refresh() lays the pages out"
        return pages, style

    def export_pdf(self) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            QCoreApplication.translate("PageOutput", "导出 PDF"),
            str(default_pdf_target(self.session)),
            QCoreApplication.translate("PageOutput", "PDF 文件 (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != PDF_SUFFIX:
            target = target.with_name(target.name + PDF_SUFFIX)
        return self.write_pdf_to(target)

    def write_pdf_to(self, target: Path) -> Path | None:
        """Write the PDF (no questions); a failure is shown. Returns the file written."""
        pages, style = self.current_pages()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            write_pdf(target, pages, style, self.session.title())
        except ZongjieError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("PageOutput", "无法导出 PDF"),
                tr_core(exc.message),
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self.status.showMessage(
            QCoreApplication.translate("PageOutput", "已导出 PDF（%1 页）：%2")
            .replace("%1", str(pages.page_count))
            .replace("%2", str(target)),
            8000,
        )
        return target

    def print_dialog(self) -> int:
        """Qt's print dialog, then the pages; returns the pages printed (0: cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(
            self.session.title() or QCoreApplication.translate("PageOutput", "工作总结")
        )
        pages, _style = self.current_pages()
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setMinMax(1, pages.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the current pages on a set-up printer (the pages of its range)."""
        pages, style = self.current_pages()
        try:
            printed = print_pages(printer, pages, style)
        except ZongjieError as exc:
            QMessageBox.warning(
                self.parent_widget,
                QCoreApplication.translate("PageOutput", "无法打印"),
                tr_core(exc.message),
            )
            return 0
        self.status.showMessage(
            QCoreApplication.translate("PageOutput", "已发送打印：%1 页").replace(
                "%1", str(printed)
            ),
            8000,
        )
        return printed
