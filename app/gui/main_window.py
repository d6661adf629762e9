"""The main window: the outline (section tree) on the left, the section editor on the right.

The window is the shell: menus, docks, status bar and routing. What it edits is a
DraftSession (app.gui.document.session): the draft, its file, lock, undo stack and
autosave, and the one writer of the draft. Dialogs and panels are handed the session
(and the editor where they select text), never the window.

The form (menus, splitter, status bar) is forms/main_window.ui, loaded at run time with
QUiLoader into this QMainWindow subclass.

Undo: ONE stack per session for everything that is not typing (tree operations, headings
committed from the heading line, 文档信息, 全部替换, fixes); typing uses the text widget's
own history, and Ctrl+Z goes to what has the focus (app.gui.focus_undo). Each visited
section keeps its own body document and history while the draft is open. A structural
step that changes a section's text reloads that section's document, and a renumbered
run-in lead is redrawn outside the history. Typing reaches the draft debounced
(SectionEditor.flush): after a pause, on section switch, focus leaving the editor, and
before save, autosave, find and export.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextEdit,
    QToolBar,
    QWidget,
)

from app import __version__
from app.core import paths
from app.core.draftfile import load_draft
from app.core.errors import DraftLockedError, ZongjieError
from app.core.fileio import DraftLock
from app.core.model import Draft
from app.gui.doc_info import edit_doc_info
from app.gui.document.autosave import Autosaver
from app.gui.document.session import DraftSession
from app.gui.document.tree_model import SectionTreeModel
from app.gui.export_dialog import ExportController
from app.gui.find_replace import FindReplaceDialog
from app.gui.focus_undo import FocusUndo
from app.gui.forms import load_form
from app.gui.outline_view import OutlineView
from app.gui.section_editor import SectionEditor
from app.gui.settings import Settings, save_settings
from app.gui.status_line import StatusLine
from app.gui.window_menus import fill_autosave_menu, fill_recent_menu, fill_template_menu

if TYPE_CHECKING:  # the panel and the import preview are loaded on first use (start-up time)
    from app.core.checks import Finding
    from app.gui.check_panel import CheckController

DRAFT_SUFFIX = ".json"
IMPORT_SUFFIXES = (".txt", ".docx")
STATUS_DELAY_MS = 150

_open_windows: list[MainWindow] = []


@atexit.register
def _release_locks_at_exit() -> None:
    """A script or test that ends without closing its windows leaves no lock files behind."""
    for window in _open_windows:
        window.session.release_lock()


def open_windows() -> list[MainWindow]:
    return list(_open_windows)


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
        self.settings = settings
        self.session = DraftSession(settings.autosave_seconds, recovery_key, self)
        self.editor = SectionEditor(self.session, self)
        self.session.set_pending_text(self.editor)
        self.findChild(QWidget, "editorHost").layout().addWidget(self.editor)
        self.outline = self._make_outline()
        self.splitter: QSplitter = self.findChild(QSplitter, "splitter")
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(settings.splitter_sizes or [320, 780])
        self.find_dialog: FindReplaceDialog | None = None
        self.check_dock: QDockWidget | None = None
        self.check_controller: CheckController | None = None
        self.focus_undo = FocusUndo(self.session, self.editor)
        self.status = StatusLine(self.statusBar(), self.session, self.editor)
        self.exports = ExportController(
            self.session, settings, self.action("actionExport"), self.statusBar(), self
        )
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._update_status)
        self._wire_actions()
        self._wire_session()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        QApplication.instance().focusChanged.connect(self._focus_changed)
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

    @property
    def export_worker(self) -> QThread | None:
        return self.exports.worker

    # -- construction -----------------------------------------------------------

    def _make_outline(self) -> OutlineView:
        outline = OutlineView(self.findChild(QWidget, "leftPane"))
        outline.setModel(self.session.tree)
        outline.set_undo_stack(self.session.undo_stack)
        self.findChild(QWidget, "leftPane").layout().addWidget(outline)
        outline.sectionSelected.connect(self.show_section)
        outline.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.findChild(QMenu, "menuSection").addActions(outline.actions())
        return outline

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        assert found is not None, name
        return found

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
            ("actionAbout", None, self.about),
            ("actionCheckPanel", None, self.toggle_check_panel),
        ]
        for name, key, slot in bindings:
            action = self.action(name)
            if key is not None:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
        # Ctrl+H is the Replace key on Windows and Linux desktops; Qt has none on Linux.
        if self.action("actionReplace").shortcut().isEmpty():
            self.action("actionReplace").setShortcut(QKeySequence("Ctrl+H"))
        self.action("actionExport").setShortcut(QKeySequence("Ctrl+E"))
        # Qt's StandardKey.Quit is empty on some desktops (and on Windows): Ctrl+Q everywhere.
        self.action("actionQuit").setShortcut(QKeySequence("Ctrl+Q"))
        # StandardKey.Close lists Ctrl+F4 first; the menu shows the first key: Ctrl+W.
        close_keys = QKeySequence.keyBindings(keys.Close)
        ctrl_w = QKeySequence("Ctrl+W")
        self.action("actionClose").setShortcuts([ctrl_w, *(k for k in close_keys if k != ctrl_w)])
        self.intro_button: QPushButton = self.findChild(QPushButton, "introButton")
        self.intro_button.setCheckable(True)  # pressed while the opening paragraphs are shown
        self.intro_button.clicked.connect(self.show_intro)
        self.action("actionReopenLast").setChecked(self.settings.reopen_last)
        self.action("actionReopenLast").toggled.connect(self._set_reopen_last)
        self.action("actionLangZh").setChecked(self.settings.language != "en")
        self.action("actionLangEn").setChecked(self.settings.language == "en")
        self.action("actionLangZh").triggered.connect(lambda: self._set_language("zh_CN"))
        self.action("actionLangEn").triggered.connect(lambda: self._set_language("en"))
        recent: QMenu = self.findChild(QMenu, "menuRecent")
        recent.aboutToShow.connect(
            lambda: fill_recent_menu(recent, self.settings.recent_files, self.open_path)
        )
        fill_autosave_menu(
            self.findChild(QMenu, "menuAutosave"),
            self.settings.autosave_seconds,
            self.set_autosave_interval,
        )
        fill_template_menu(self.findChild(QMenu, "menuNew"), self.new_from_template)
        edit_menu: QMenu = self.findChild(QMenu, "menuEdit")
        undo, redo = self.action("actionUndo"), self.action("actionRedo")
        edit_menu.aboutToShow.connect(lambda: self.focus_undo.update_actions(undo, redo))
        # Enabled states are computed for the open menu only; the keys must always work.
        edit_menu.aboutToHide.connect(lambda: undo.setEnabled(True))
        edit_menu.aboutToHide.connect(lambda: redo.setEnabled(True))
        edit_menu.addSeparator()
        toolbar: QToolBar = self.findChild(QToolBar, "mainToolBar")
        for action in self.editor.format_actions():
            edit_menu.addAction(action)
            toolbar.addAction(action)

    def _wire_session(self) -> None:
        session = self.session
        session.stepDone.connect(self._after_step)
        session.stateChanged.connect(self._update_title)
        session.autosaveFailed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        session.tree.focusRequested.connect(self._focus_section)
        self.editor.textEdited.connect(self._on_typing)
        self.editor.countChanged.connect(self.status.add_chars)

    # -- the draft ------------------------------------------------------------------

    def set_draft(
        self, draft: Draft, path: Path | None, select_id: str | None = None, dirty: bool = False
    ) -> None:
        """Show a draft (already loaded); the previous one is gone (callers asked first)."""
        self.editor.show_nothing()
        self.intro_button.setChecked(False)
        self.editor.forget_documents()
        problem = self.session.replace(draft, path, dirty=dirty)
        if problem is not None:
            QMessageBox.warning(self, self.tr("草稿正被编辑"), problem.message)
        self.status.recount(draft)
        tree = self.session.tree
        first = select_id if select_id and tree.has_section(select_id) else None
        if first is None and draft.sections:
            first = draft.sections[0].id
        if first is not None:
            self.outline.select_section(first)
            self.show_section(first)
        elif draft.intro:
            self.show_intro()
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

    # -- selection --------------------------------------------------------------------

    def show_section(self, section_id: str) -> None:
        tree = self.session.tree
        if not section_id or not tree.has_section(section_id):
            return
        section = tree.section(section_id)
        if self.editor.section is section:
            return
        self.editor.show_section(section, tree.number_of(section_id), self._caption(section_id))
        self.intro_button.setChecked(False)
        self._update_status()

    def show_place(self, section_id: str) -> None:
        """Show a section, or the intro for "" (as app.core.search names it)."""
        if not section_id:
            self.show_intro()
        else:
            self.outline.select_section(section_id)
            self.show_section(section_id)

    def _caption(self, section_id: str) -> str:
        tree = self.session.tree
        level = tree.level_of(section_id) + 1
        number = tree.number_of(section_id) or self.tr("不编号")
        text = self.tr("第 %1 级小节 · 序号 %2").replace("%1", str(level)).replace("%2", number)
        if tree.section(section_id).run_in:
            text += self.tr(" · 标题与正文连排（导出时同一段）")
        return text

    def show_intro(self) -> None:
        self.outline.select_section(None)  # the intro is not a node of the outline
        self.editor.show_intro(self.draft.intro)
        self.intro_button.setChecked(True)
        self.editor.body.setFocus()
        self._update_status()

    def _focus_section(self, section_id: str) -> None:
        if self.session.tree.has_section(section_id):
            self.outline.select_section(section_id)

    def current_section_id(self) -> str | None:
        return self.editor.section.id if self.editor.section is not None else None

    # -- editing hooks ---------------------------------------------------------------

    def _on_typing(self) -> None:
        self.session.note_typing()
        self._status_timer.start()

    def _after_step(self) -> None:
        """Any step on the undo stack (done, undone, redone): numbers, counts, editor text."""
        self.status.recount(self.draft)
        section, tree = self.editor.section, self.session.tree
        if section is not None and tree.has_section(section.id):
            self.editor.sync_from_model(tree.number_of(section.id))
            self.editor.caption.setText(self._caption(section.id))
        elif self.editor.intro is not None:
            self.editor.sync_from_model("")
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
        head = f"{title} - {name}" if title else name
        self.setWindowTitle(f"{head}[*] - " + self.tr("工作总结编辑器"))
        self.setWindowModified(self.is_dirty())
        self._status_timer.start()

    def _update_status(self) -> None:
        self.status.update()
        self.setWindowModified(self.is_dirty())

    # -- files --------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else str(paths.drafts_dir())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开草稿"), start, self.tr("工作总结草稿 (*.json);;所有文件 (*)")
        )
        if name:
            self.open_path(Path(name))

    def _target_window(self) -> MainWindow:
        """Where an opened, imported or new draft goes: this window when it is empty."""
        return self if self.is_pristine() else MainWindow(self.settings)

    def open_path(self, path: Path, select_id: str | None = None) -> MainWindow | None:
        """Open a draft file in this window (when pristine) or a new one."""
        path = Path(path)
        for window in _open_windows:
            if window.path is not None and window.path == path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:
            draft = load_draft(path)
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("无法打开草稿"), exc.message)
            return None
        target = self._target_window()
        target.set_draft(draft, path, select_id)
        target.show()
        self._remember(path)
        return target

    def new_from_template(self, template: Path) -> MainWindow | None:
        try:
            draft = load_draft(template)
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("无法新建"), exc.message)
            return None
        target = self._target_window()
        target.set_draft(draft, None)
        target.show()
        return target

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._saved(self.session.save, self.path)

    def save_as(self) -> bool:
        fallback = self.session.title() or self.tr("工作总结")
        suggested = self.path or paths.drafts_dir() / fallback
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("另存为"),
            str(suggested.with_suffix(DRAFT_SUFFIX)),
            self.tr("工作总结草稿 (*.json)"),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != DRAFT_SUFFIX:
            path = path.with_name(path.name + DRAFT_SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save under a new name: the lock moves to the new file."""
        return self._saved(lambda: self.session.save_to(path), Path(path).resolve())

    def _saved(self, write: Callable[[], None], path: Path) -> bool:
        """Run a save of the session; say what went wrong, or where it went."""
        try:
            write()
        except DraftLockedError as exc:
            QMessageBox.warning(self, self.tr("草稿正被编辑"), exc.message)
            return False
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), exc.message)
            return False
        self._remember(path)
        self.statusBar().showMessage(self.tr("已保存到 %1").replace("%1", str(path)), 4000)
        self._update_title()
        self._update_status()
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_draft = str(Path(path).resolve())
        save_settings(self.settings)

    def set_autosave_interval(self, seconds: int) -> None:
        """Applies to every open window at once, and to later sessions."""
        self.settings.autosave_seconds = seconds
        save_settings(self.settings)
        for window in _open_windows:
            window.autosave.set_interval(seconds)

    # -- closing --------------------------------------------------------------------

    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("保存修改"))
        name = self.path.name if self.path else self.tr("未命名草稿")
        box.setText(self.tr("“%1”有未保存的修改。要在关闭前保存吗？").replace("%1", name))
        box.setInformativeText(self.tr("选择“不保存”将丢弃上次保存以来的修改。"))
        save = box.addButton(self.tr("保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("不保存"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def maybe_save(self) -> bool:
        """True when the window may close (saved, discarded or nothing to save)."""
        self.flush()
        if not self.is_dirty():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def quit_all(self) -> bool:
        """退出: close every window, each asking about its unsaved changes.

        Windows with unsaved changes are asked first (this one first), so 取消 on any
        prompt stops the quit before a window has closed."""
        others = [w for w in _open_windows if w is not self]
        ordered = sorted([self, *others], key=lambda w: not w.is_dirty())
        # all() stops at the first window that stays open (its user chose 取消).
        return all(window.close() for window in ordered if window in _open_windows)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self.exports.wait()  # a running export finishes writing its file
        self._save_window_settings()
        self.session.close()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        if self in _open_windows:
            _open_windows.remove(self)
        event.accept()

    def _save_window_settings(self) -> None:
        if self.path is not None:
            self.settings.last_draft = str(self.path)
            self.settings.last_section = self.current_section_id() or ""
        self.settings.splitter_sizes = list(self.splitter.sizes())
        self.settings.window_geometry = bytes(self.saveGeometry().toHex().data()).decode("ascii")
        save_settings(self.settings)

    # -- drag and drop --------------------------------------------------------------

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.suffix.lower() in (DRAFT_SUFFIX, *IMPORT_SUFFIXES):
                    return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop returns, so a message box never blocks the drag source.
        if path.suffix.lower() == DRAFT_SUFFIX:
            QTimer.singleShot(0, lambda: self.open_path(path))
        else:
            QTimer.singleShot(0, lambda: self.import_dialog(path))

    # -- dialogs and panels ---------------------------------------------------------

    def import_dialog(self, path: Path | None = None) -> None:
        """Import a .txt/.docx (asks for one when no path is given) through the preview."""
        from app.gui.import_dialog import run_import_dialog  # the importer: on first use

        self._open_imported(run_import_dialog(self, path=str(path) if path else None))

    def paste_import(self) -> None:
        """粘贴导入: the text copied from a web page, a chat or Word, through the preview.

        A .txt/.docx file copied in the file manager is imported as that file (its text
        on the clipboard would only be the file's path)."""
        from app.gui.import_dialog import run_import_dialog  # the importer: on first use

        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        for url in mime.urls() if mime is not None and mime.hasUrls() else []:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES:
                self.import_dialog(Path(url.toLocalFile()))
                return
        self._open_imported(run_import_dialog(self, text=clipboard.text()))

    def _open_imported(self, draft: Draft | None) -> None:
        """An accepted import opens as new, unsaved work (here when this window is empty)."""
        if draft is None:
            return
        target = self._target_window()
        target.set_draft(draft, None, dirty=True)
        target.show()

    def export_dialog(self) -> None:
        self.exports.run_dialog()

    def edit_doc_info(self) -> None:
        if edit_doc_info(self, self.session):
            self._update_title()

    def show_find(self, replace: bool) -> None:
        self.flush()
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.session, self.editor, self.show_place, self)
        self.find_dialog.open_for(replace, self._selected_text())

    def _selected_text(self) -> str:
        widget = self.focus_undo.focused_text_widget()
        if isinstance(widget, QTextEdit):
            return widget.textCursor().selectedText().replace("\u2029", " ")
        if isinstance(widget, QLineEdit):
            return widget.selectedText()
        return ""

    def toggle_check_panel(self, checked: bool) -> None:
        dock, controller = self._ensure_check_dock()
        dock.setVisible(checked)
        controller.scheduler.set_enabled(checked)
        if checked:
            controller.refresh()

    def _ensure_check_dock(self) -> tuple[QDockWidget, CheckController]:
        """The 规范检查 panel lives in a dock on the right (created on first use)."""
        if self.check_dock is None or self.check_controller is None:
            from app.gui.check_panel import CheckController, CheckPanel  # the checker: on first use

            panel = CheckPanel(self)
            dock = QDockWidget(self.tr("规范检查"), self)
            dock.setObjectName("checkDock")
            dock.setWidget(panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [max(300, self.width() // 4)], Qt.Orientation.Horizontal)
            self.check_controller = CheckController(
                panel, self.session.tree, flush=self.flush, navigate=self.go_to_finding
            )
            dock.visibilityChanged.connect(self._check_dock_visibility)
            self.check_dock = dock
        return self.check_dock, self.check_controller

    def _check_dock_visibility(self, visible: bool) -> None:
        self.action("actionCheckPanel").setChecked(visible)
        if self.check_controller is not None:
            self.check_controller.scheduler.set_enabled(visible)

    def go_to_finding(self, finding: Finding) -> None:
        """Show where a 规范检查 finding is and select its text."""
        from app.gui.check_panel import select_in_editor  # loaded with the panel

        location = finding.location
        if location.field.startswith("meta."):
            self.edit_doc_info()
            return
        if location.field == "intro":
            self.show_intro()
        elif location.section_id and self.session.tree.has_section(location.section_id):
            self.show_place(location.section_id)
        select_in_editor(self.editor, finding)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于工作总结编辑器"),
            self.tr(
                "<h3>工作总结编辑器 %1</h3><p>按提纲写工作总结，自动编排序号，"
                "按 GB/T 9704-2012《党政机关公文格式》导出 Word 文档。</p>"
            ).replace("%1", __version__),
        )

    def _set_reopen_last(self, on: bool) -> None:
        self.settings.reopen_last = on
        save_settings(self.settings)

    def _set_language(self, language: str) -> None:
        self.settings.language = language
        self.action("actionLangZh").setChecked(language != "en")
        self.action("actionLangEn").setChecked(language == "en")
        save_settings(self.settings)
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在下次启动时更改。"))
