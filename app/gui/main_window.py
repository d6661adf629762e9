"""The main window: the outline (section tree) on the left, the section editor on the right.

The window is the shell: menus, docks, status bar and routing, built on the form
forms/main_window.ui. What it edits is a DraftSession (app.gui.document.session): the
draft, its file, lock, undo stack and autosave, and the one writer of the draft. Dialogs
and panels are handed the session (and the editor where they select text), never this.

Undo: one stack per session for every step that is not typing; typing uses the text
widget's own history, and Ctrl+Z goes to what has the focus (app.gui.focus_undo). Each
visited section keeps its own body document and history while the draft is open. Typing
reaches the draft debounced (SectionEditor.flush): after a pause, on section switch,
focus leaving the editor, and before save, autosave, find and export.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolBar,
    QWidget,
)

from app.core import paths
from app.core.draftfile import load_draft
from app.core.errors import ZongjieError
from app.core.fileio import DraftLock
from app.core.model import Draft
from app.gui.check_dock import CheckDock
from app.gui.core_text import tr_core
from app.gui.document.autosave import Autosaver
from app.gui.document.session import DraftSession
from app.gui.document.tree_model import SectionTreeModel
from app.gui.export_dialog import ExportController
from app.gui.file_prompts import DRAFT_SUFFIX, ask_open_path, dropped_file, tell_lock_lost
from app.gui.focus_undo import FocusUndo
from app.gui.forms import child_layout, form_child, load_form
from app.gui.help_dialogs import add_help_actions
from app.gui.import_actions import ImportActions
from app.gui.language import on_language_change
from app.gui.meta_bar import MetaBar, PendingParts
from app.gui.opening import show_opened
from app.gui.outline_view import OutlineView
from app.gui.pages.window_pages import WindowPages
from app.gui.placement import cascade_from, fit_on_screen
from app.gui.preferences import Preferences
from app.gui.read_only import lock_problem_title, read_only_mark
from app.gui.save_actions import SaveActions
from app.gui.section_editor import SectionEditor
from app.gui.section_view import SectionView
from app.gui.settings import Settings, save_settings
from app.gui.start_page import StartPage
from app.gui.status_line import StatusLine
from app.gui.versions.window_versions import WindowVersions
from app.gui.window_menus import (
    add_new_button,
    fill_recent_menu,
    fill_template_menu,
    set_desktop_shortcuts,
    show_about,
)
from app.gui.windows import OPEN

if TYPE_CHECKING:
    from app.gui.find_replace import FindReplaceDialog

STATUS_DELAY_MS = 150

_open_windows = OPEN  # this process's windows (app.gui.windows)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a window needs the QApplication"
    return app


def open_windows() -> list[MainWindow]:
    return [w for w in _open_windows if isinstance(w, MainWindow)]


def app_icon() -> QIcon:
    return QIcon(str(paths.resources_dir() / "icons" / "zongjie.svg"))


class MainWindow(QMainWindow):
    """One session in one window. See the module docstring."""

    def __init__(
        self,
        settings: Settings,
        draft: Draft | None = None,
        path: Path | None = None,
        recovery_key: str | None = None,
    ) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        load_form(self, "main_window.ui")
        fit_on_screen(self)
        self.settings = settings
        self.session = DraftSession(settings.autosave_seconds, recovery_key, self)
        self.editor = SectionEditor(self.session, self)
        self.meta_bar = MetaBar(self.session, self.edit_doc_info, self)
        self.session.set_pending_text(PendingParts(self.editor, self.meta_bar))
        self.start_page = StartPage(self.session, settings, self, self)
        self.start_page.install(self, self.meta_bar, self.editor)
        self.outline = self._make_outline()
        self.intro_button: QPushButton = form_child(self, QPushButton, "introButton")
        self.view = SectionView(self.session, self.outline, self.editor, self.intro_button)
        self.splitter: QSplitter = form_child(self, QSplitter, "splitter")
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(settings.splitter_sizes or [320, 780])
        self.find_dialog: FindReplaceDialog | None = None  # made on first 查找
        self.checks = CheckDock(self, self.session, self.action("actionCheckPanel"))
        self.checks.navigate_with(self.view)
        self.focus_undo = FocusUndo(self.session, self.editor)
        self.status = StatusLine(self.statusBar(), self.session, self.editor)
        self.saving = SaveActions(self.session, settings, self)
        self.imports = ImportActions(self, self._open_imported)
        self.exports = ExportController(
            self.session,
            settings,
            self.action("actionExport"),
            self.statusBar(),
            self,
            navigate=self.checks.go_to,
        )
        self.pages = WindowPages(self, self.session, self.view, settings, self.status)
        self.pages.follow_meta(self.meta_bar)
        self.versions = WindowVersions(self, self.session, self.view, settings, self.import_dialog)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._update_status)
        self._wire_actions()
        self._wire_session()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        _application().focusChanged.connect(self._focus_changed)
        _open_windows.append(self)
        self.set_draft(draft if draft is not None else Draft(), path)

    # -- what the session holds, for callers that know the window ----------------------

    @property
    def draft(self) -> Draft:
        return self.session.draft

    @property
    def model(self) -> SectionTreeModel:
        return self.session.tree

    @property
    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    @property
    def path(self) -> Path | None:
        return self.session.path

    @property
    def lock(self) -> DraftLock | None:
        return self.session.lock

    @property
    def autosave(self) -> Autosaver:
        return self.session.autosave

    # -- construction -----------------------------------------------------------

    def _make_outline(self) -> OutlineView:
        outline = OutlineView(form_child(self, QWidget, "leftPane"))
        outline.setModel(self.session.tree)
        outline.set_undo_stack(self.session.undo_stack)
        child_layout(self, "leftPane").addWidget(outline)
        outline.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        form_child(self, QMenu, "menuSection").addActions(outline.actions())
        return outline

    def action(self, name: str) -> QAction:
        return form_child(self, QAction, name)

    def _wire_actions(self) -> None:
        keys = QKeySequence.StandardKey
        bindings = [
            ("actionOpen", keys.Open, self.open_dialog),
            ("actionSave", keys.Save, self.save),
            ("actionSaveAs", keys.SaveAs, self.save_as),
            ("actionImport", None, self.import_dialog),
            ("actionPasteImport", None, self.paste_import),
            ("actionExport", None, self.export_dialog),
            ("actionClose", None, self.close),
            ("actionQuit", None, self.quit_all),
            ("actionUndo", keys.Undo, self.undo),
            ("actionRedo", keys.Redo, self.redo),
            ("actionCut", keys.Cut, lambda: self._to_focus("cut")),
            ("actionCopy", keys.Copy, lambda: self._to_focus("copy")),
            ("actionPaste", keys.Paste, lambda: self._to_focus("paste")),
            ("actionFind", keys.Find, lambda: self.show_find(replace=False)),
            ("actionReplace", keys.Replace, lambda: self.show_find(replace=True)),
            ("actionDocInfo", None, self.edit_doc_info),
            ("actionIntro", None, self.show_intro),
            ("actionAbout", None, lambda: show_about(self)),
            ("actionCheckPanel", None, self.toggle_check_panel),
        ]
        for name, key, slot in bindings:
            action = self.action(name)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
        set_desktop_shortcuts(self.action)
        add_help_actions(self, form_child(self, QMenu, "menuHelp"), self.action("actionAbout"))
        self.preferences = Preferences(self.settings, self, _open_windows.sessions)
        on_language_change(self, self._update_title)  # after the form's own texts
        recent: QMenu = form_child(self, QMenu, "menuRecent")
        recent.aboutToShow.connect(
            lambda: fill_recent_menu(recent, self.settings.recent_files, self.open_path)
        )
        new_menu: QMenu = form_child(self, QMenu, "menuNew")
        fill_template_menu(new_menu, self.new_from_template)
        toolbar: QToolBar = form_child(self, QToolBar, "mainToolBar")
        add_new_button(toolbar, self.action("actionNew"), new_menu, self.new_from_template)
        edit_menu: QMenu = form_child(self, QMenu, "menuEdit")
        self.focus_undo.follow_menu(edit_menu, self.action("actionUndo"), self.action("actionRedo"))
        edit_menu.addSeparator()
        edit_menu.addActions(self.editor.format_actions())
        toolbar.addActions(self.editor.format_actions())
        self.editor.body.table_actions.add_menu(self.menuBar())

    def _wire_session(self) -> None:
        session = self.session
        session.stepDone.connect(self._after_step)
        session.stateChanged.connect(self._update_title)
        note = lambda text: self.statusBar().showMessage(tr_core(text), 10000)  # noqa: E731
        session.autosaveFailed.connect(note)
        session.lockLost.connect(lambda: tell_lock_lost(self))
        self.view.shown.connect(self._update_status)
        self.editor.textEdited.connect(self._on_typing)
        self.editor.pasteNotice.connect(note)
        self.editor.countChanged.connect(self.status.add_chars)

    # -- the draft ------------------------------------------------------------------

    def set_draft(
        self, draft: Draft, path: Path | None, select_id: str | None = None, dirty: bool = False
    ) -> None:
        """Show a draft (already loaded); the previous one is gone (callers asked first)."""
        self.view.clear()
        problem = self.session.replace(draft, path, dirty=dirty)
        if problem is not None:
            QMessageBox.warning(self, lock_problem_title(problem), tr_core(problem.message))
        self.status.recount(draft)
        self.view.show_first(draft, select_id)
        self._update_title()
        self._update_status()

    def restore_recovered(self, draft: Draft, original: Path | None) -> None:
        """Show text rescued from a recovery file: unsaved until the user saves it."""
        keep = original if original and original.parent.exists() else None
        self.set_draft(draft, keep, dirty=True)

    def is_dirty(self) -> bool:
        return self.session.is_dirty()

    def is_pristine(self) -> bool:
        """An untitled, untouched window that may be reused for the next opened draft."""
        return self.session.is_pristine()

    def estimated_pages(self, total_chars: int) -> int:
        return self.status.estimated_pages(total_chars)

    def flush(self) -> None:
        """Write pending typing into the draft (before save, find, export, autosave)."""
        self.session.flush()

    # -- selection (app.gui.section_view) ---------------------------------------------

    def show_section(self, section_id: str) -> None:
        self.view.show_section(section_id)

    def show_place(self, section_id: str) -> None:
        self.view.show_place(section_id)

    def show_intro(self) -> None:
        self.view.show_intro()

    def current_section_id(self) -> str | None:
        return self.view.current_section_id()

    # -- editing hooks ---------------------------------------------------------------

    def _on_typing(self) -> None:
        self.session.note_typing()
        self._status_timer.start()

    def _after_step(self) -> None:
        """Any step on the undo stack (done, undone, redone): numbers, counts, editor text."""
        self.status.recount(self.draft)
        self.view.sync_after_step()
        self._update_title()
        self._update_status()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        inside = (self.editor.body, self.editor.heading)
        if old in inside and new not in inside:
            self.editor.flush()

    def undo(self) -> None:
        self.focus_undo.undo()

    def redo(self) -> None:
        self.focus_undo.redo()

    def _to_focus(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    # -- title and status bar ---------------------------------------------------------

    def _update_title(self) -> None:
        session = self.session
        name = session.path.name if session.path else self.tr("未命名草稿")
        title = session.title()
        head = (f"{title} - {name}" if title else name) + read_only_mark(session)
        self.setWindowTitle(f"{head}[*] - " + self.tr("工作总结编辑器"))
        self.setWindowModified(self.is_dirty())
        self._status_timer.start()

    def _update_status(self) -> None:
        self.status.update()
        self.setWindowModified(self.is_dirty())

    # -- files --------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = ask_open_path(self, self.path.parent if self.path else paths.drafts_dir())
        if path is not None:
            self.open_path(path)

    def _target_window(self) -> MainWindow:
        """Where an opened, imported or new draft goes: an empty window, else a cascaded one."""
        empty = _open_windows.empty(self)
        if isinstance(empty, MainWindow):
            return empty
        window = MainWindow(self.settings)
        cascade_from(window, self)
        return window

    def open_path(self, path: Path, select_id: str | None = None) -> MainWindow | None:
        """Open a draft file in an empty window (this one first) or a new one."""
        path = Path(path)
        shown = _open_windows.showing(path)
        if isinstance(shown, MainWindow):
            shown.raise_()
            shown.activateWindow()
            return shown
        try:
            draft = load_draft(path)
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("无法打开草稿"), tr_core(exc.message))
            return None
        target = self._target_window()
        if show_opened(target, draft, path, self.settings, select_id):
            self.saving.remember(path)
        target.show()
        return target

    def new_from_template(self, template: Path) -> MainWindow | None:
        try:
            draft = load_draft(template)
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("无法新建"), tr_core(exc.message))
            return None
        target = self._target_window()
        target.set_draft(draft, None)
        target.show()
        return target

    def save(self) -> bool:
        return self.saving.save()

    def save_as(self) -> bool:
        return self.saving.save_as()

    def save_to(self, path: Path) -> bool:
        return self.saving.save_to(path)

    # -- closing --------------------------------------------------------------------

    def quit_all(self) -> bool:
        return _open_windows.quit_all(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.saving.maybe_save():
            event.ignore()
            return
        self.exports.wait()  # a running export finishes writing its file
        self._save_window_settings()
        self.session.close()
        _application().focusChanged.disconnect(self._focus_changed)
        if self in _open_windows:
            _open_windows.remove(self)
        event.accept()

    def _save_window_settings(self) -> None:
        if self.path is not None:
            self.settings.last_draft = str(self.path)
            self.settings.last_section = self.current_section_id() or ""
            self.settings.remember_section(self.path, self.current_section_id())
        if all(self.splitter.sizes()):  # not the start page's hidden outline (0)
            self.settings.splitter_sizes = list(self.splitter.sizes())
        self.settings.window_geometry = bytes(self.saveGeometry().toHex().data()).decode("ascii")
        save_settings(self.settings)

    # -- drag and drop --------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_file(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_file(event)

    def _accept_file(self, event: QDragMoveEvent) -> None:
        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop returns, so a message box never blocks the drag source.
        QTimer.singleShot(0, lambda: self.open_any(path))

    def open_any(self, path: Path) -> None:
        """A draft opens; a .txt or .docx goes through the import preview."""
        if path.suffix.lower() == DRAFT_SUFFIX:
            self.open_path(path)
        else:
            self.import_dialog(path)

    # -- dialogs and panels ---------------------------------------------------------

    def import_dialog(self, path: Path | None = None) -> None:
        self.imports.import_file(path)

    def paste_import(self) -> None:
        self.imports.paste_import()

    def _open_imported(self, draft: Draft) -> None:
        """An accepted import opens as new, unsaved work (here when this window is empty)."""
        target = self._target_window()
        target.set_draft(draft, None, dirty=True)
        target.show()

    def export_dialog(self) -> None:
        self.exports.run_dialog()

    def edit_doc_info(self) -> None:
        from app.gui.doc_info import edit_doc_info  # dialogs load on first use (start-up)

        self.flush()  # a meta bar field being typed in is written first, not overwritten
        if edit_doc_info(self, self.session):
            self._update_title()

    def show_find(self, replace: bool) -> None:
        from app.gui.find_replace import FindReplaceDialog  # on first use (start-up)

        self.flush()
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.session, self.editor, self.show_place, self)
        self.find_dialog.open_for(replace, self.editor.selected_text())

    def toggle_check_panel(self, checked: bool) -> None:
        self.checks.toggle(checked)

    @property
    def check_dock(self) -> QDockWidget | None:
        return self.checks.dock
