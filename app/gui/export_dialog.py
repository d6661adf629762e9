"""导出 Word: choose the layout options and the file, export without freezing the window.

The dialog warns when this machine lacks a face of the chosen font profile (and offers
the profile it can print). Before writing, the export gate (app/gui/export_gate.py) lists
what would go to print wrongly: the user goes to a problem, exports anyway or cancels.
The export runs in a worker thread on a snapshot of the draft, so the window
keeps repainting (busy cursor, status message) and typing meanwhile cannot race with it.
Afterwards the user can open the file or its folder; when the system cannot open it, a
notice says so and shows the path to copy.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from app.core.fonts import InstalledFonts, installed_fonts, missing_faces, printable_profile
from app.core.model import Draft
from app.gui import gc_hold
from app.gui.core_text import tr_core
from app.gui.dialog_buttons import ok_cancel_buttons
from app.gui.document.session import DraftSession
from app.gui.settings import Settings, save_settings
from app.gui.versions.auto import keep_export_version

if TYPE_CHECKING:
    from app.core.checks import Finding


class ExportDialog(QDialog):
    """The options of app.core.export.writer.ExportOptions, in words a user knows."""

    def __init__(
        self,
        parent: QWidget,
        options: dict[str, Any],
        target: Path,
        installed: InstalledFonts | None = None,
        open_comments: int = 0,
    ) -> None:
        super().__init__(parent)
        self.installed = installed
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
        # 包含批注: for a copy sent for review; never remembered, the official copy has none
        self.comments = QCheckBox(
            self.tr("包含批注（%1 条未解决的批注，送审用；正式文本不要勾选）").replace(
                "%1", str(open_comments)
            ),
            self,
        )
        self.comments.setObjectName("includeComments")
        self.comments.setVisible(open_comments > 0)
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
        self.font_warning = QLabel(self)
        self.font_warning.setObjectName("fontWarning")
        self.font_warning.setWordWrap(True)
        self.font_warning.setStyleSheet("color: #9a3412;")
        self.switch_fonts = QPushButton(self)
        self.switch_fonts.setObjectName("switchFonts")
        self.switch_fonts.clicked.connect(self._switch_to_printable)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.font_warning, 1)
        warning_row.addWidget(self.switch_fonts, 0, Qt.AlignmentFlag.AlignTop)
        self.fonts.currentIndexChanged.connect(self._update_font_warning)
        self.latin.currentIndexChanged.connect(self._update_font_warning)
        self._update_font_warning()
        form = QFormLayout()
        form.addRow(self.tr("字体："), self.fonts)
        form.addRow("", warning_row)
        form.addRow(self.tr("数字和英文："), self.latin)
        form.addRow(self.tr("“一是”引导句："), self.run_in_lead)
        form.addRow("", self.sealed)
        form.addRow("", self.level3_bold)
        if open_comments > 0:
            form.addRow("", self.comments)
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

    def _update_font_warning(self) -> None:
        """Name the faces of the chosen profile this machine lacks; offer the one it has."""
        installed = self.installed
        missing = (
            missing_faces(installed, self.fonts.currentData(), self.latin.currentData())
            if installed is not None
            else ()
        )
        self.font_warning.setVisible(bool(missing))
        other = printable_profile(installed, self.latin.currentData()) if installed else None
        offer = bool(missing) and other is not None and other != self.fonts.currentData()
        self.switch_fonts.setVisible(offer)
        if not missing:
            return
        self.font_warning.setText(
            self.tr("本机没有安装：%1。在本机打印时，这些文字会换成别的字体。").replace(
                "%1", self.tr("、", "between the names of a list").join(missing)
            )
        )
        if offer and other is not None:
            index = self.fonts.findData(other)
            short = {"official": self.tr("公文标准字体"), "windows": self.tr("Windows 自带字体")}
            self.switch_fonts.setText(
                self.tr("改用“%1”").replace("%1", short.get(other, self.fonts.itemText(index)))
            )
            self.switch_fonts.setToolTip(self.fonts.itemText(index))

    def _switch_to_printable(self) -> None:
        if self.installed is not None:
            other = printable_profile(self.installed, self.latin.currentData())
            if other is not None:
                self._select(self.fonts, other)

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

    def with_comments(self) -> bool:
        """The draft's open comments go into this export (ExportOptions.comments)."""
        return self.comments.isVisibleTo(self) and self.comments.isChecked()

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
            self.done.emit(tr_core(exc.message))  # a str signal drops the templates
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


def open_comments(draft: Draft) -> int:
    """The comments an export with ExportOptions.comments carries: the unresolved ones."""
    sections = [*draft.walk(), *(s for a in draft.appendices for s in a.walk())]
    return sum(1 for s in sections for c in s.comments if not c.resolved)


def default_target(session: DraftSession) -> Path:
    if session.path is not None:
        return session.path.with_suffix(".docx")
    fallback = QCoreApplication.translate("ExportDialog", "工作总结")
    return paths.drafts_dir() / f"{session.title().strip() or fallback}.docx"


class ExportController(QObject):
    """Exports a session's draft, one export at a time, without freezing the window.

    Collaborators are handed in: the session (what to export), the settings (remembered
    options), the 导出 action (disabled while an export runs), the status bar, `navigate`
    (shows a finding's place, as the 规范检查 rows do; None: the gate offers no 转到) and
    `fonts` (the machine's installed fonts)."""

    def __init__(
        self,
        session: DraftSession,
        settings: Settings,
        action: QAction,
        status: QStatusBar,
        parent: QWidget,
        navigate: Callable[[Finding], None] | None = None,
        fonts: Callable[[], InstalledFonts] = installed_fonts,
    ) -> None:
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.action, self.status, self.parent_widget = action, status, parent
        self.navigate, self.fonts = navigate, fonts
        self.worker: ExportWorker | None = None

    def run_dialog(self) -> ExportWorker | None:
        """Ask for options and a file, pass the gate, then export in the background."""
        parent = self.parent_widget
        installed = self.fonts()
        dialog = ExportDialog(
            parent,
            self.settings.export_options,
            default_target(self.session),
            installed,
            open_comments(self.session.draft),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options, target = dialog.options(), dialog.target()
        self.settings.export_options = options
        save_settings(self.settings)
        if dialog.with_comments():
            options = {**options, "comments": True}
        if not self.pass_gate(options, installed):
            return None
        if target.exists() and not _confirm_replace(parent, target):
            return None
        return self.start(target, options)

    def pass_gate(self, options: dict[str, Any], installed: InstalledFonts) -> bool:
        """List what would go to print wrongly; True when the user exports anyway (or
        nothing is listed). 转到 shows the problem's place and cancels the export."""
        # The checker, the paginator and the writer's options load with the first export.
        from app.core.export.writer import ExportOptions
        from app.core.export_gate import export_problems
        from app.gui.export_gate import GateChoice, ask_gate

        problems = export_problems(self.session.snapshot(), ExportOptions(**options), installed)
        answer = ask_gate(self.parent_widget, problems, can_go_to=self.navigate is not None)
        if answer.choice is GateChoice.GO_TO and answer.problem and answer.problem.finding:
            if self.navigate is not None:
                self.navigate(answer.problem.finding)
            return False
        return answer.choice is GateChoice.EXPORT

    def start(self, target: Path, options: dict[str, Any]) -> ExportWorker:
        snapshot = self.session.snapshot()  # the worker gets its own copy
        keep_export_version(self.session, self.status)  # each export keeps a version
        worker = ExportWorker(snapshot, target, options, self.parent_widget)
        self.action.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.status.showMessage(QCoreApplication.translate("ExportDialog", "正在导出 Word……"))
        # A bound slot, not a lambda: Qt drops the queued signal when the controller (and
        # its window) is gone, where a lambda ran on and opened a box on a deleted window.
        worker.done.connect(self._worker_done)
        self.worker = worker
        gc_hold.hold()  # no collection in the export's thread (app.gui.gc_hold)
        worker.start()
        return worker

    def wait(self) -> None:
        """A closing window lets a running export finish writing its file; nothing is
        offered afterwards (the window is going), and the busy cursor is given back."""
        worker = self.worker
        if worker is not None:
            worker.wait()
            worker.done.disconnect(self._worker_done)
            QGuiApplication.restoreOverrideCursor()
            self.worker = None
            gc_hold.release()

    def _worker_done(self, error: str) -> None:
        if self.worker is not None:
            gc_hold.release()
            self._finished(self.worker, self.worker.path, error)

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
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            show_open_failure(parent, target, folder=False)
        return "file"
    if box.clickedButton() is open_folder:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent))):
            show_open_failure(parent, target.parent, folder=True)
        return "folder"
    return "close"


def show_open_failure(parent: QWidget, path: Path, *, folder: bool) -> QDialog:
    """The system could not open `path` (no program for .docx, no file manager): say so
    and show the path, selectable, with a button that copies it. Not blocking: the user
    can look at the window (or a file manager) while it stays open."""
    dialog = QDialog(parent)
    dialog.setObjectName("openFailure")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", "无法打开"))
    message = (
        QCoreApplication.translate(
            "ExportDialog", "系统没能打开文件所在的文件夹。文件已经导出，位置是："
        )
        if folder
        else QCoreApplication.translate(
            "ExportDialog",
            "系统没能打开这个文件（可能没有安装 Word、WPS 等能打开 .docx 的程序）。"
            "文件已经导出，位置是：",
        )
    )
    label = QLabel(message, dialog)
    label.setWordWrap(True)
    shown = QLineEdit(str(path), dialog)
    shown.setObjectName("openFailurePath")
    shown.setReadOnly(True)
    shown.setCursorPosition(0)
    copy = QPushButton(QCoreApplication.translate("ExportDialog", "复制路径"), dialog)
    copy.setObjectName("copyPath")
    copy.clicked.connect(lambda: _copy_path(shown, copy))
    close = QPushButton(QCoreApplication.translate("ExportDialog", "关闭"), dialog)
    close.clicked.connect(dialog.close)
    close.setDefault(True)
    row = QHBoxLayout()
    row.addWidget(shown, 1)
    row.addWidget(copy)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addLayout(row)
    layout.addLayout(buttons)
    dialog.setMinimumWidth(520)
    dialog.open()
    shown.selectAll()
    return dialog


def _copy_path(shown: QLineEdit, button: QPushButton) -> None:
    QGuiApplication.clipboard().setText(shown.text())
    button.setText(QCoreApplication.translate("ExportDialog", "已复制"))
