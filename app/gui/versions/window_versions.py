"""The 审阅 menu of a window: 保存版本…, 版本历史…, 导出修订稿… (the changes since a version as
Word revisions), 带回审阅意见… (a reviewed .docx as suggestions and comments) and the
审阅 panel. Handed the window (menus, docks, dialogs' parent), the session, the section
view (to show a place), the settings (export options, the author name) and the import
(to offer a .docx of another draft as a new draft)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from app.core.errors import ZongjieError
from app.core.versions import VersionStore
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change
from app.gui.section_view import SectionView
from app.gui.settings import Settings
from app.gui.versions.auto import keep_export_version

if TYPE_CHECKING:
    from app.core.review import NotThisDraftError
    from app.gui.review.panel import ReviewPanel
    from app.gui.versions.dialog import VersionsDialog

# The versions dialog, the tracked export and the review reader (with the Word reader and
# the writer under them: ~70 ms of imports) load with the first use of the 审阅 menu, not
# at start-up (tests/bench_gui.py).


class WindowVersions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: DraftSession,
        view: SectionView,
        settings: Settings,
        import_file: Callable[[Path], object],
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.view, self.settings = window, session, view, settings
        self.import_file = import_file
        self.dock: QDockWidget | None = None
        self.panel: ReviewPanel | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("menuReview")
        self.actions: dict[str, QAction] = {}
        for key, slot in (
            ("take", self.take_version),
            ("history", self.show_versions),
            ("tracked", self.export_tracked),
            ("review", self.bring_review),
            ("panel", self.show_panel),
        ):
            action = QAction(window)
            action.setObjectName(f"actionReview_{key}")
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[key] = action
            self.menu.addAction(action)
            if key in ("history", "review"):
                self.menu.addSeparator()
        bar = window.menuBar()
        help_menu = window.findChild(QMenu, "menuHelp")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            bar.addMenu(self.menu)
        self._retranslate()
        on_language_change(window, self._retranslate)

    def _retranslate(self) -> None:
        """The 审阅 menu and dock in the interface language."""
        self.menu.setTitle(QCoreApplication.translate("Review", "审阅(&R)"))
        for key, text in (
            ("take", QCoreApplication.translate("Review", "保存版本…")),
            ("history", QCoreApplication.translate("Review", "版本历史…")),
            ("tracked", QCoreApplication.translate("Review", "导出修订稿…")),
            ("review", QCoreApplication.translate("Review", "带回审阅意见…")),
            ("panel", QCoreApplication.translate("Review", "审阅面板")),
        ):
            self.actions[key].setText(text)
        if self.dock is not None:
            self.dock.setWindowTitle(QCoreApplication.translate("Review", "审阅"))

    def author(self) -> str:
        return self.settings.review_author

    def show_place(self, section_id: str | None) -> None:
        if section_id is None:
            self.view.show_intro()
        elif self.session.tree.has_section(section_id):
            self.view.show_place(section_id)

    # -- versions -------------------------------------------------------------------------

    def take_version(self) -> None:
        from app.gui.versions.dialog import take_version_by_hand

        version = take_version_by_hand(self.session, self.window)
        if version is not None:
            text = QCoreApplication.translate("Review", "已保存版本 %1").replace("%1", version.id)
            self.window.statusBar().showMessage(text, 4000)

    def show_versions(self) -> VersionsDialog:
        from app.gui.versions.dialog import VersionsDialog

        dialog = VersionsDialog(self.session, self.window)
        dialog.show()
        return dialog

    def export_tracked(self, version_id: str | None = None, target: Path | None = None) -> bool:
        """导出修订稿…: pick a version and a file; the draft is written with its changes
        since that version as Word revisions by the review/author setting."""
        path = self.session.path
        versions = VersionStore(path).versions() if path is not None else []
        if not versions:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("Review", "导出修订稿"),
                QCoreApplication.translate(
                    "Review",
                    "还没有可以比较的版本。请先“保存版本…”或导出一次，修改后再导出修订稿。",
                ),
            )
            return False
        if version_id is None:
            labels = [
                f"{v.id}  {v.date.replace('T', ' ')[:16]}  {v.note}".rstrip() for v in versions
            ]
            chosen, ok = QInputDialog.getItem(
                self.window,
                QCoreApplication.translate("Review", "导出修订稿"),
                QCoreApplication.translate("Review", "标出自哪个版本以来的修改："),
                labels,
                len(labels) - 1,
                False,
            )
            if not ok:
                return False
            version_id = versions[labels.index(chosen)].id
        if target is None:
            suggested = (
                str(
                    path.with_name(
                        path.stem + QCoreApplication.translate("Review", "（修订稿）") + ".docx"
                    )
                )
                if path
                else ""
            )
            name, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("Review", "导出修订稿"),
                suggested,
                QCoreApplication.translate("Review", "Word 文件 (*.docx)"),
            )
            if not name:
                return False
            target = Path(name)
        from app.core.export.writer import ExportOptions
        from app.core.tracked import export_tracked

        try:
            old = VersionStore(path).load(version_id) if path is not None else None
            if old is None:
                return False
            # a copy for review: the draft's open comments go along (ExportOptions.comments)
            options = ExportOptions(**{**self.settings.export_options, "comments": True})
            export_tracked(old, self.session.snapshot(), target, self.author(), options)
        except ZongjieError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Review", "导出修订稿失败"),
                tr_core(exc.message),
            )
            return False
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Review", "已导出修订稿：%1").replace("%1", str(target)),
            8000,
        )
        keep_export_version(self.session, self.window.statusBar())  # as every export does
        return True

    # -- bringing a review back -------------------------------------------------------------

    def show_panel(self) -> ReviewPanel:
        if self.panel is None or self.dock is None:
            from app.gui.review.panel import ReviewPanel

            self.panel = ReviewPanel(self.session, self.author, self.show_place)
            self.dock = QDockWidget(self.window)
            self.dock.setObjectName("reviewDock")
            self._retranslate()
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()
        return self.panel

    def bring_review(self, source: Path | None = None) -> bool:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("Review", "带回审阅意见"),
                str(self.session.path.parent) if self.session.path else "",
                QCoreApplication.translate("Review", "Word 文件 (*.docx)"),
            )
            if not name:
                return False
            source = Path(name)
        from app.core.review import NotThisDraftError, read_review_file
        from app.core.tracked import DEFAULT_AUTHOR

        self.session.flush()
        try:
            own = self.author() or DEFAULT_AUTHOR  # who wrote a tracked export's own revisions
            review = read_review_file(self.session.draft, source, own)
        except NotThisDraftError as exc:
            self._offer_import(source, exc)
            return False
        except ZongjieError as exc:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Review", "无法带回审阅意见"),
                tr_core(exc.message),
            )
            return False
        self.show_panel().show_review(review)
        return True

    def _offer_import(self, source: Path, problem: NotThisDraftError) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Review", "不是这份草稿的导出文件"))
        box.setText(tr_core(problem.message))
        as_new = box.addButton(
            QCoreApplication.translate("Review", "作为新草稿导入…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is as_new:
            self.import_file(source)
