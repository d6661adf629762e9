"""The 规范检查 dock of a window, made on first use (the checker loads only then)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from app.core.place import Place
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change
from app.gui.section_view import SectionView

if TYPE_CHECKING:
    from app.core.checks import Finding
    from app.gui.check_panel import CheckController


class CheckDock(QObject):
    """Shows or hides the panel in a dock on the right of `window`; the toggle `action`
    follows the dock's visibility. A clicked finding is shown by the SectionView and
    selected in its editor; a finding in the document information opens 文档信息 with its
    field focused and the matched text selected."""

    def __init__(self, window: QMainWindow, session: DraftSession, action: QAction) -> None:
        super().__init__(window)
        self.window, self.session, self.action = window, session, action
        self.view: SectionView | None = None
        self.dock: QDockWidget | None = None
        self.controller: CheckController | None = None

    def navigate_with(self, view: SectionView) -> None:
        """Findings in a section or the intro are shown in `view`; for a finding in the
        document information the dock opens 文档信息 itself, at the finding's field."""
        self.view = view

    def go_to(self, finding: Finding) -> None:
        """Show where a finding is and select its text."""
        # Loaded with the panel (the checker and the dialog are not needed at start-up).
        from app.gui.check_panel import select_in_editor
        from app.gui.doc_info import edit_doc_info

        location, view = finding.location, self.view
        if Place(location.field).is_meta:
            # The session's stateChanged tells the window to show a changed title.
            edit_doc_info(self.window, self.session, focus=location)
            return
        if view is None:
            return
        if location.field == Place.INTRO:
            view.show_intro()
        elif location.section_id and self.session.tree.has_section(location.section_id):
            view.show_place(location.section_id)
        select_in_editor(view.editor, finding)

    def toggle(self, checked: bool) -> None:
        dock, controller = self._ensure()
        dock.setVisible(checked)
        controller.scheduler.set_enabled(checked)
        if checked:
            controller.refresh()

    def _ensure(self) -> tuple[QDockWidget, CheckController]:
        if self.dock is None or self.controller is None:
            # The checker's rules and word lists load here, not at start-up.
            from app.gui.check_panel import CheckController, CheckPanel

            window = self.window
            panel = CheckPanel(window, self.session.tree)
            dock = QDockWidget(window)
            dock.setObjectName("checkDock")
            self._retitle(dock)
            on_language_change(dock, lambda: self._retitle(dock))
            dock.setWidget(panel)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            window.resizeDocks([dock], [max(300, window.width() // 4)], Qt.Orientation.Horizontal)
            self.controller = CheckController(
                panel, self.session.tree, flush=self.session.flush, navigate=self.go_to
            )
            dock.visibilityChanged.connect(self._visibility)
            self.dock = dock
        return self.dock, self.controller

    @staticmethod
    def _retitle(dock: QDockWidget) -> None:
        dock.setWindowTitle(QCoreApplication.translate("MainWindow", "规范检查"))

    def _visibility(self, visible: bool) -> None:
        self.action.setChecked(visible)
        if self.controller is not None:
            self.controller.scheduler.set_enabled(visible)
