"""The main window: the outline (section tree) on the left, the section editor on the right.

The form (menus, splitter, status bar) is forms/main_window.ui, loaded at run time with
QUiLoader into this QMainWindow subclass; behaviour is wired here.

Undo story (what Ctrl+Z undoes where)
-------------------------------------
* Each window has ONE QUndoStack for everything that is not typing: tree operations
  (insert, delete, rename, move, indent, numbering style per level), headings committed
  from the heading line (recorded as a rename), document information, and 全部替换.
* Typing in the section editor (heading line or body) uses the widget's own undo
  history. Each visited section keeps its own body document and history while the
  draft is open, so switching away and back does not lose it. A heading is committed
  (one rename on the stack) when the user leaves the heading line.
* Ctrl+Z goes to what has the keyboard focus: in the body or heading line it undoes
  typing first; when that history is empty it falls through to the window's stack. In
  the outline (or any other place) it undoes the last structural step. The 编辑 menu's
  撤销/重做 do the same as the key in the widget that has the focus, and their text says
  what will be undone ("撤销输入" or "撤销 重命名为…").
* A structural step that changes a section's text (undo of a replace-all, say)
  reloads that section's document, and a renumbered run-in lead is redrawn outside
  the history: in both cases that section's typing history starts again.
* Typing reaches the model debounced (SectionEditor.flush): after a pause, on section
  switch, focus leaving the editor, and before save, autosave, find and export.
"""

from __future__ import annotations

import atexit
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QThread,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
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
    QLabel,
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

from app.core import paths
from app.core.draftfile import load_draft, save_draft
from app.core.errors import ZongjieError
from app.core.fileio import DraftLock
from app.core.model import Draft
from app.gui.autosave import Autosaver
from app.gui.forms import load_form
from app.gui.outline_view import OutlineView
from app.gui.section_editor import SectionEditor
from app.gui.settings import Settings, save_settings
from app.gui.tree_commands import RenameCommand
from app.gui.tree_model import SectionTreeModel

DRAFT_SUFFIX = ".json"
IMPORT_SUFFIXES = (".txt", ".docx")
GRID_LINES, GRID_CHARS = 22, 28  # GB/T 9704 page: 22 lines of 28 characters
STATUS_DELAY_MS = 150
TEMPLATE_ORDER = (
    "年度工作总结",
    "上半年工作总结和下半年工作安排",
    "季度工作总结",
    "述职报告",
    "空白",
)

_open_windows: list[MainWindow] = []


@atexit.register
def _release_locks_at_exit() -> None:
    """A script or test that ends without closing its windows leaves no lock files behind."""
    for window in _open_windows:
        window._release_lock()


def template_label(stem: str) -> str:
    """A template's name as the 新建 menu shows it (literal calls, so lupdate finds them)."""
    labels = {
        "年度工作总结": QCoreApplication.translate("Templates", "年度工作总结"),
        "上半年工作总结和下半年工作安排": QCoreApplication.translate(
            "Templates", "上半年工作总结和下半年工作安排"
        ),
        "季度工作总结": QCoreApplication.translate("Templates", "季度工作总结"),
        "述职报告": QCoreApplication.translate("Templates", "述职报告"),
        "空白": QCoreApplication.translate("Templates", "空白"),
    }
    return labels.get(stem, stem)


def open_windows() -> list[MainWindow]:
    return list(_open_windows)


def app_icon() -> QIcon:
    return QIcon(str(paths.resources_dir() / "icons" / "zongjie.svg"))


class MainWindow(QMainWindow):
    """One draft in one window. See the module docstring for the undo story."""

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
        self.path: Path | None = None
        self.lock: DraftLock | None = None
        self._text_dirty = False
        self._total_chars = 0
        self._paragraph_count = 0
        self._section_count = 0
        self.undo_stack = QUndoStack(self)
        self.model = SectionTreeModel(Draft(), self)
        self.model.set_undo_stack(self.undo_stack)
        self.editor = SectionEditor(self)
        self.findChild(QWidget, "editorHost").layout().addWidget(self.editor)
        self.outline = self._make_outline()
        self.splitter: QSplitter = self.findChild(QSplitter, "splitter")
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(settings.splitter_sizes or [320, 780])
        self.find_dialog = None
        self.export_worker: QThread | None = None
        self.check_dock: QDockWidget | None = None
        self.check_controller = None
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._update_status)
        self._make_status_bar()
        self._wire_actions()
        self._wire_editor()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.autosave = Autosaver(self, recovery_key)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        _open_windows.append(self)
        self.set_draft(draft if draft is not None else Draft(), path)

    # -- construction -----------------------------------------------------------

    def _make_outline(self) -> QWidget:
        outline = OutlineView(self.findChild(QWidget, "leftPane"))
        outline.setModel(self.model)
        outline.set_undo_stack(self.undo_stack)
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
        # Inside the heading line and the body, the text widgets take these keys first
        # (Qt's ShortcutOverride); eventFilter lets Ctrl+Z fall through when no typing is left.
        self.intro_button: QPushButton = self.findChild(QPushButton, "introButton")
        self.intro_button.setCheckable(True)  # pressed while the opening paragraphs are shown
        self.intro_button.clicked.connect(self.show_intro)
        self.action("actionReopenLast").setChecked(self.settings.reopen_last)
        self.action("actionReopenLast").toggled.connect(self._set_reopen_last)
        self.action("actionLangZh").setChecked(self.settings.language != "en")
        self.action("actionLangEn").setChecked(self.settings.language == "en")
        self.action("actionLangZh").triggered.connect(lambda: self._set_language("zh_CN"))
        self.action("actionLangEn").triggered.connect(lambda: self._set_language("en"))
        self.findChild(QMenu, "menuRecent").aboutToShow.connect(self._fill_recent_menu)
        self._fill_autosave_menu()
        self._fill_template_menu()
        edit_menu: QMenu = self.findChild(QMenu, "menuEdit")
        edit_menu.aboutToShow.connect(self._update_undo_actions)
        # Enabled states are computed for the open menu only; the keys must always work.
        edit_menu.aboutToHide.connect(lambda: self.action("actionUndo").setEnabled(True))
        edit_menu.aboutToHide.connect(lambda: self.action("actionRedo").setEnabled(True))
        edit_menu.addSeparator()
        toolbar: QToolBar = self.findChild(QToolBar, "mainToolBar")
        for action in self.editor.format_actions():
            edit_menu.addAction(action)
            toolbar.addAction(action)
        self.undo_stack.indexChanged.connect(self._after_structure_change)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.model.focusRequested.connect(self._focus_section)

    def _wire_editor(self) -> None:
        self.editor.textEdited.connect(self._on_typing)
        self.editor.countChanged.connect(self._on_count_changed)
        self.editor.bodyWritten.connect(self._on_body_written)
        self.editor.headingCommitted.connect(self._on_heading_committed)
        self.editor.body.installEventFilter(self)
        self.editor.heading.installEventFilter(self)

    def _make_status_bar(self) -> None:
        self.status_sections = QLabel(self)
        self.status_section_chars = QLabel(self)
        self.status_total_chars = QLabel(self)
        self.status_pages = QLabel(self)
        self.status_saved = QLabel(self)
        for label in (
            self.status_sections,
            self.status_section_chars,
            self.status_total_chars,
            self.status_pages,
            self.status_saved,
        ):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    # -- the draft ------------------------------------------------------------------

    @property
    def draft(self) -> Draft:
        return self.model.draft()

    def set_draft(self, draft: Draft, path: Path | None, select_id: str | None = None) -> None:
        """Show a draft (already loaded); the previous one is gone (callers asked first)."""
        self.editor.show_nothing()
        self.intro_button.setChecked(False)
        self.editor.forget_documents()
        self._release_lock()
        self.model.setDraft(draft)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.path = Path(path).resolve() if path else None
        self._text_dirty = False
        self._take_lock(quiet=False)
        self._recount()
        first = select_id if select_id and self.model.has_section(select_id) else None
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
        self.set_draft(draft, original if original and original.parent.exists() else None)
        self._text_dirty = True
        self.autosave.note_change()
        self._update_title()
        self._update_status()

    def is_dirty(self) -> bool:
        return self._text_dirty or not self.undo_stack.isClean() or self.editor.is_pending()

    def is_pristine(self) -> bool:
        """An untitled, untouched window that may be reused for the next opened draft."""
        return (
            self.path is None
            and not self.is_dirty()
            and not self.draft.sections
            and not self.draft.intro
        )

    def _recount(self) -> None:
        draft = self.draft
        self._total_chars = draft.char_count()
        sections = list(draft.walk())
        self._section_count = len(sections)
        self._paragraph_count = len(draft.intro) + sum(len(s.body) for s in sections)

    # -- selection --------------------------------------------------------------------

    def show_section(self, section_id: str) -> None:
        if not section_id or not self.model.has_section(section_id):
            return
        section = self.model.section(section_id)
        if self.editor.section is section:
            return
        self.editor.show_section(
            section, self.model.number_of(section_id), self._caption(section_id)
        )
        self.intro_button.setChecked(False)
        self._update_status()

    def _caption(self, section_id: str) -> str:
        section = self.model.section(section_id)
        level = self.model.level_of(section_id) + 1
        number = self.model.number_of(section_id) or self.tr("不编号")
        text = self.tr("第 %1 级小节 · 序号 %2").replace("%1", str(level)).replace("%2", number)
        if section.run_in:
            text += self.tr(" · 标题与正文连排（导出时同一段）")
        return text

    def show_intro(self) -> None:
        self.outline.select_section(None)  # the intro is not a node of the outline
        self.editor.show_intro(self.draft.intro)
        self.intro_button.setChecked(True)
        self.editor.body.setFocus()
        self._update_status()

    def _focus_section(self, section_id: str) -> None:
        if self.model.has_section(section_id):
            self.outline.select_section(section_id)

    def current_section_id(self) -> str | None:
        return self.editor.section.id if self.editor.section is not None else None

    # -- editing hooks ---------------------------------------------------------------

    def _on_typing(self) -> None:
        if not self._text_dirty:
            self._text_dirty = True
            self._update_title()
        self.autosave.note_change()
        self._status_timer.start()

    def _on_count_changed(self, old: int, new: int) -> None:
        self._total_chars += new - old

    def _on_body_written(self, section_id: str) -> None:
        if section_id != SectionEditor.INTRO_ID and self.model.has_section(section_id):
            self.model.section_changed(section_id)

    def _on_heading_committed(self, section_id: str, old: str, new: str) -> None:
        if self.model.has_section(section_id) and old != new:
            self.undo_stack.push(RenameCommand(self.model, section_id, new))

    def _after_structure_change(self) -> None:
        """Any step on the undo stack (done, undone, redone): numbers, counts, editor text."""
        self._recount()
        section = self.editor.section
        if section is not None and self.model.has_section(section.id):
            self.editor.sync_from_model(self.model.number_of(section.id))
            self.editor.caption.setText(self._caption(section.id))
        elif self.editor.intro is not None:
            self.editor.sync_from_model("")
        self.autosave.note_change()
        self._update_title()
        self._update_status()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        inside = (self.editor.body, self.editor.heading)
        if old in inside and new not in inside:
            self.editor.flush()

    def flush(self) -> None:
        """Write pending typing into the model (before save, find, export, autosave)."""
        self.editor.flush()

    # -- undo / redo / clipboard through the focus --------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """In the editor, Ctrl+Z with no typing left to undo falls through to the stack."""
        is_undo_key = event.type() == QEvent.Type.ShortcutOverride and event.matches(
            QKeySequence.StandardKey.Undo
        )
        if is_undo_key and not self._text_undo_available(watched):
            self.editor.flush()
            self.undo_stack.undo()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _text_undo_available(self, widget: object) -> bool:
        if isinstance(widget, QTextEdit):
            return widget.document().isUndoAvailable()
        if isinstance(widget, QLineEdit):
            return widget.isUndoAvailable()
        return False

    def _focused_text_widget(self) -> QTextEdit | QLineEdit | None:
        widget = QApplication.focusWidget()
        return widget if widget in (self.editor.body, self.editor.heading) else None

    def undo(self) -> None:
        widget = self._focused_text_widget()
        if widget is not None and self._text_undo_available(widget):
            widget.undo()
            return
        self.editor.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        widget = self._focused_text_widget()
        if isinstance(widget, QTextEdit) and widget.document().isRedoAvailable():
            widget.redo()
            return
        if isinstance(widget, QLineEdit) and widget.isRedoAvailable():
            widget.redo()
            return
        self.editor.flush()
        self.undo_stack.redo()

    def _update_undo_actions(self) -> None:
        widget = self._focused_text_widget()
        undo, redo = self.action("actionUndo"), self.action("actionRedo")
        if widget is not None and self._text_undo_available(widget):
            undo.setText(self.tr("撤销输入"))
            undo.setEnabled(True)
        else:
            undo.setEnabled(self.undo_stack.canUndo())
            text = self.undo_stack.undoText()
            undo.setText(self.tr("撤销") + (f" {text}" if text else ""))
        text_redo = (isinstance(widget, QTextEdit) and widget.document().isRedoAvailable()) or (
            isinstance(widget, QLineEdit) and widget.isRedoAvailable()
        )
        redo.setEnabled(text_redo or self.undo_stack.canRedo())
        text = self.undo_stack.redoText()
        redo.setText(self.tr("重做") + (f" {text}" if text and not text_redo else ""))

    def _to_focus(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    # -- title and status bar ---------------------------------------------------------

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("未命名草稿")
        title = self.draft.meta.title.replace("\n", "")
        head = f"{title} - {name}" if title else name
        self.setWindowTitle(f"{head}[*] - " + self.tr("工作总结编辑器"))
        self.setWindowModified(self.is_dirty())
        self._status_timer.start()

    def _update_status(self) -> None:
        live = self.editor.live_count()
        total = self._total_chars - self.editor._count + live
        self.status_sections.setText(self.tr("%n 个小节", "", self._section_count))
        if self.editor.current_id is None:
            self.status_section_chars.setText(self.tr("本节 —"))
        else:
            here = self.tr("开头 %1 字") if self.editor.intro is not None else self.tr("本节 %1 字")
            self.status_section_chars.setText(here.replace("%1", str(live)))
        self.status_total_chars.setText(self.tr("全文 %1 字").replace("%1", str(total)))
        self.status_pages.setText(
            self.tr("约 %1 页").replace("%1", str(self.estimated_pages(total)))
        )
        if self.is_dirty():
            self.status_saved.setText(self.tr("有未保存的修改"))
        elif self.path is None:
            self.status_saved.setText(self.tr("新草稿，尚未保存"))
        else:
            self.status_saved.setText(self.tr("已保存"))
        self.setWindowModified(self.is_dirty())

    def estimated_pages(self, total_chars: int) -> int:
        """Pages on the 22 × 28 grid: text lines, plus one line per heading, plus half a
        line per paragraph for its ragged end, plus title lines; never below 1."""
        lines = total_chars / GRID_CHARS + self._section_count + self._paragraph_count * 0.5 + 3
        return max(1, round(lines / GRID_LINES + 0.49))

    # -- files --------------------------------------------------------------------

    def _take_lock(self, quiet: bool) -> bool:
        if self.path is None:
            return True
        if self.lock is not None and self.lock.held and self.lock.draft_path == self.path:
            return True
        lock = DraftLock(self.path)
        try:
            lock.acquire()
        except ZongjieError as exc:
            if not quiet:
                QMessageBox.warning(self, self.tr("草稿正被编辑"), exc.message)
            return False
        self.lock = lock
        return True

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else str(paths.drafts_dir())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开草稿"), start, self.tr("工作总结草稿 (*.json);;所有文件 (*)")
        )
        if name:
            self.open_path(Path(name))

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
        target = self if self.is_pristine() else MainWindow(self.settings)
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
        target = self if self.is_pristine() else MainWindow(self.settings)
        target.set_draft(draft, None)
        target.show()
        return target

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = self.path or paths.drafts_dir() / (
            self.draft.meta.title.replace("\n", "") or self.tr("工作总结")
        )
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
        path = Path(path).resolve()
        if path == self.path:
            return self._write(path)
        old_lock, self.lock = self.lock, None
        old_path, self.path = self.path, path
        if not self._take_lock(quiet=False) or not self._write(path):
            self._release_lock()
            self.lock, self.path = old_lock, old_path
            return False
        if old_lock is not None:
            old_lock.release()
        return True

    def _write(self, path: Path) -> bool:
        self.flush()
        if not self._take_lock(quiet=False):
            return False
        try:
            save_draft(self.draft, path)
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), exc.message)
            return False
        self.undo_stack.setClean()
        self._text_dirty = False
        self.autosave.discard()
        self._remember(path)
        self.statusBar().showMessage(self.tr("已保存到 %1").replace("%1", str(path)), 4000)
        self._update_title()
        self._update_status()
        return True

    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.settings.last_draft = str(Path(path).resolve())
        save_settings(self.settings)

    def _fill_recent_menu(self) -> None:
        menu: QMenu = self.findChild(QMenu, "menuRecent")
        menu.clear()
        self.settings.recent_files = [p for p in self.settings.recent_files if Path(p).exists()]
        for number, name in enumerate(self.settings.recent_files, start=1):
            path = Path(name)
            # "&1 name — folder": a digit to pick it by keyboard, the name first to read.
            shown = f"{path.name} — {path.parent}".replace("&", "&&")  # a literal &
            action = menu.addAction(f"&{number % 10} {shown}")
            action.setStatusTip(name)
            action.triggered.connect(lambda checked=False, p=name: self.open_path(Path(p)))
        if not self.settings.recent_files:
            menu.addAction(self.tr("（无）")).setEnabled(False)

    def _fill_autosave_menu(self) -> None:
        menu: QMenu = self.findChild(QMenu, "menuAutosave")
        group = QActionGroup(menu)
        for seconds, label in (
            (15, self.tr("15 秒")),
            (30, self.tr("30 秒")),
            (60, self.tr("1 分钟")),
            (300, self.tr("5 分钟")),
        ):
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(seconds == self.settings.autosave_seconds)
            group.addAction(action)
            action.triggered.connect(lambda checked=False, s=seconds: self.set_autosave_interval(s))

    def set_autosave_interval(self, seconds: int) -> None:
        """Applies to every open window at once, and to later sessions."""
        self.settings.autosave_seconds = seconds
        save_settings(self.settings)
        for window in _open_windows:
            window.autosave.set_interval(seconds)

    def _fill_template_menu(self) -> None:
        menu: QMenu = self.findChild(QMenu, "menuNew")
        folder = paths.resources_dir() / "templates"
        found = {p.stem: p for p in folder.glob("*.json")}
        ordered = [found.pop(n) for n in TEMPLATE_ORDER if n in found] + sorted(found.values())
        for template in ordered:
            action = menu.addAction(template_label(template.stem))
            action.triggered.connect(lambda checked=False, t=template: self.new_from_template(t))
        if ordered:
            first = menu.actions()[-1] if ordered[-1].stem == "空白" else None
            if first is not None:
                first.setShortcut(QKeySequence(QKeySequence.StandardKey.New))

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
        if self.export_worker is not None:  # a running export finishes writing its file
            self.export_worker.wait()
        self.autosave.discard()
        self.autosave.stop()
        self._save_window_settings()
        self._release_lock()
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

    # -- other windows and dialogs --------------------------------------------------

    def import_dialog(self, path: Path | None = None) -> None:
        """Import a .txt/.docx (asks for one when no path is given) through the preview."""
        from app.gui.import_dialog import run_import_dialog

        self._open_imported(run_import_dialog(self, path=str(path) if path else None))

    def paste_import(self) -> None:
        """粘贴导入: the text copied from a web page, a chat or Word, through the preview.

        A .txt/.docx file copied in the file manager is imported as that file (its text
        on the clipboard would only be the file's path)."""
        from app.gui.import_dialog import run_import_dialog

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
        target = self if self.is_pristine() else MainWindow(self.settings)
        target.set_draft(draft, None)
        target._text_dirty = True
        target._update_title()
        target._update_status()
        target.show()

    def export_dialog(self) -> None:
        self.flush()
        from app.gui.export_dialog import run_export_dialog

        run_export_dialog(self)

    def edit_doc_info(self) -> None:
        from app.gui.doc_info import edit_doc_info

        if edit_doc_info(self, self.draft, self.undo_stack):
            self._update_title()

    def show_find(self, replace: bool) -> None:
        from app.gui.find_replace import FindReplaceDialog

        self.flush()
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self)
        self.find_dialog.open_for(replace, self._selected_text())

    def _selected_text(self) -> str:
        widget = self._focused_text_widget()
        if isinstance(widget, QTextEdit):
            return widget.textCursor().selectedText().replace("\u2029", " ")
        if isinstance(widget, QLineEdit):
            return widget.selectedText()
        return ""

    def toggle_check_panel(self, checked: bool) -> None:
        dock = self._ensure_check_dock()
        dock.setVisible(checked)
        self.check_controller.scheduler.set_enabled(checked)
        if checked:
            self.check_controller.refresh()

    def _ensure_check_dock(self) -> QDockWidget:
        """The 规范检查 panel lives in a dock on the right (created on first use)."""
        if self.check_dock is None:
            from app.gui.check_panel import CheckController, CheckPanel

            panel = CheckPanel(self)
            dock = QDockWidget(self.tr("规范检查"), self)
            dock.setObjectName("checkDock")
            dock.setWidget(panel)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [max(300, self.width() // 4)], Qt.Orientation.Horizontal)
            self.check_controller = CheckController(
                panel, self.model, flush=self.flush, navigate=self.go_to_finding
            )
            dock.visibilityChanged.connect(self._check_dock_visibility)
            self.check_dock = dock
        return self.check_dock

    def _check_dock_visibility(self, visible: bool) -> None:
        self.action("actionCheckPanel").setChecked(visible)
        self.check_controller.scheduler.set_enabled(visible)

    def go_to_finding(self, finding: object) -> None:
        """Show where a 规范检查 finding is and select its text."""
        from app.gui.check_panel import select_in_editor

        location = finding.location  # type: ignore[attr-defined]
        if location.field.startswith("meta."):
            self.edit_doc_info()
            return
        if location.field == "intro":
            self.show_intro()
        elif location.section_id and self.model.has_section(location.section_id):
            self.outline.select_section(location.section_id)
            self.show_section(location.section_id)
        select_in_editor(self.editor, finding)

    def about(self) -> None:
        from app import __version__

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
