"""导出 Word: choose the layout options and the file, export without freezing the window.

The export runs in a worker thread on a snapshot of the draft, so the window
keeps repainting (busy cursor, status message) and typing meanwhile cannot race with it.
Afterwards the user can open the file or its folder.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.errors import ZongjieError
from app.core.model import Draft
from app.gui.dialog_buttons import ok_cancel_buttons
from app.gui.document.session import DraftSession
from app.gui.settings import Settings, save_settings


class ExportDialog(QDialog):
    """The options of app.core.export.writer.ExportOptions, in words a user knows."""

    def __init__(self, parent: QWidget, options: dict[str, Any], target: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出 Word"))
        self.setMinimumWidth(560)
        self.fonts = QComboBox(self)
        self.fonts.addItem(
            self.tr("公文标准字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体）"), "official"
        )
        self.fonts.addItem(self.tr("Windows 自带字体（宋体加粗、仿宋、楷体、黑体）"), "windows")
        self.fonts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.latin = QComboBox(self)
        self.latin.addItem(self.tr("与所在文字相同的字体"), "body")
        self.latin.addItem(self.tr("Times New Roman"), "times")
        self.run_in_lead = QComboBox(self)
        self.run_in_lead.addItem(self.tr("与所在层级的标题相同（第二层为楷体）"), "kaiti")
        self.run_in_lead.addItem(self.tr("仿宋加粗"), "bold-fangsong")
        self.sealed = QCheckBox(self.tr("加盖印章（落款按有印章的格式排）"), self)
        self.level3_bold = QCheckBox(self.tr("第三层标题“1.”加粗"), self)
        self._select(self.fonts, options.get("font_profile", "official"))
        self._select(self.latin, options.get("latin_font", "body"))
        self._select(self.run_in_lead, options.get("run_in_lead", "kaiti"))
        self.sealed.setChecked(bool(options.get("sealed", False)))
        self.level3_bold.setChecked(bool(options.get("level3_bold", False)))
        self.path = QLineEdit(str(target), self)
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("字体："), self.fonts)
        form.addRow(self.tr("数字和英文："), self.latin)
        form.addRow(self.tr("“一是”引导句："), self.run_in_lead)
        form.addRow("", self.sealed)
        form.addRow("", self.level3_bold)
        form.addRow(self.tr("保存到："), path_row)
        note = QLabel(
            self.tr("版式按 GB/T 9704-2012：A4 纸，每页 22 行、每行 28 字，页码在页脚。"), self
        )
        note.setWordWrap(True)
        buttons = ok_cancel_buttons(self, self.tr("导出"), self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 Word"), self.path.text(), self.tr("Word 文档 (*.docx)")
        )
        if name:
            self.path.setText(name)

    def options(self) -> dict[str, Any]:
        return {
            "font_profile": self.fonts.currentData(),
            "latin_font": self.latin.currentData(),
            "sealed": self.sealed.isChecked(),
            "level3_bold": self.level3_bold.isChecked(),
            "run_in_lead": self.run_in_lead.currentData(),
        }

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


class ExportWorker(QThread):
    """Runs export_docx off the GUI thread; `done` carries "" or the Chinese error message."""

    done = Signal(str)

    def __init__(self, draft: Draft, path: Path, options: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.draft, self.path, self.options = draft, path, options

    def run(self) -> None:
        # The export modules load with the first export, not at start-up.
        from app.core.export.writer import ExportOptions, export_docx

        try:
            export_docx(self.draft, self.path, ExportOptions(**self.options))
        except ZongjieError as exc:
            self.done.emit(exc.message)
            return
        except Exception:  # a bug: say so, and keep the window usable
            traceback.print_exc()
            self.done.emit(
                QCoreApplication.translate(
                    "ExportDialog",
                    "导出时程序出错，没有生成 Word 文件。草稿未受影响；请保存草稿后重试，"
                    "或把草稿文件发给技术支持。",
                )
            )
            return
        self.done.emit("")


def default_target(session: DraftSession) -> Path:
    if session.path is not None:
        return session.path.with_suffix(".docx")
    fallback = QCoreApplication.translate("ExportDialog", "工作总结")
    return paths.drafts_dir() / f"{session.title().strip() or fallback}.docx"


class ExportController(QObject):
    """Exports a session's draft, one export at a time, without freezing the window.

    Collaborators are handed in: the session (what to export), the settings (remembered
    options), the 导出 action (disabled while an export runs) and the status bar."""

    def __init__(
        self,
        session: DraftSession,
        settings: Settings,
        action: QAction,
        status: QStatusBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.action, self.status, self.parent_widget = action, status, parent
        self.worker: ExportWorker | None = None

    def run_dialog(self) -> ExportWorker | None:
        """Ask for options and a file, then export in the background."""
        parent = self.parent_widget
        dialog = ExportDialog(parent, self.settings.export_options, default_target(self.session))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options, target = dialog.options(), dialog.target()
        if target.exists() and not _confirm_replace(parent, target):
            return None
        self.settings.export_options = options
        save_settings(self.settings)
        return self.start(target, options)

    def start(self, target: Path, options: dict[str, Any]) -> ExportWorker:
        snapshot = self.session.snapshot()  # the worker gets its own copy
        worker = ExportWorker(snapshot, target, options, self.parent_widget)
        self.action.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.status.showMessage(QCoreApplication.translate("ExportDialog", "正在导出 Word……"))
        worker.done.connect(lambda error: self._finished(worker, target, error))
        self.worker = worker
        worker.start()
        return worker

    def wait(self) -> None:
        """A closing window lets a running export finish writing its file."""
        if self.worker is not None:
            self.worker.wait()

    def _finished(self, worker: ExportWorker, target: Path, error: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.action.setEnabled(True)
        self.status.clearMessage()
        if error:
            QMessageBox.warning(
                self.parent_widget, QCoreApplication.translate("ExportDialog", "导出失败"), error
            )
        else:
            self.status.showMessage(
                QCoreApplication.translate("ExportDialog", "已导出到 %1").replace(
                    "%1", str(target)
                ),
                8000,
            )
            offer_open(self.parent_widget, target)
        self.worker = None
        worker.deleteLater()


def _confirm_replace(parent: QWidget, target: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportDialog", "导出 Word"),
        QCoreApplication.translate(
            "ExportDialog", "“%1”已经存在。要用新导出的文档替换它吗？"
        ).replace("%1", target.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def offer_open(parent: QWidget, target: Path) -> str:
    """After an export: open the file, open its folder, or close. Returns the choice."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ExportDialog", "导出完成"))
    box.setText(
        QCoreApplication.translate("ExportDialog", "已导出 Word 文档：\n%1").replace(
            "%1", str(target)
        )
    )
    open_file = box.addButton(
        QCoreApplication.translate("ExportDialog", "打开文件"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        QCoreApplication.translate("ExportDialog", "打开所在文件夹"),
        QMessageBox.ButtonRole.ActionRole,
    )
    close = box.addButton(
        QCoreApplication.translate("ExportDialog", "关闭"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_file)
    box.setEscapeButton(close)
    box.exec()
    if box.clickedButton() is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return "file"
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))
        return "folder"
    return "close"
