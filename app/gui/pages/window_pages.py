"""The pages in a window: the 页面预览 dock (视图 menu), 导出 PDF… and 打印… (文件 menu),
and the paginator's page count in the status bar.

One PageTracker per window keeps the pages current (after steps, write-backs and, while
the preview is shown, typing in the editor or the meta bar); the status bar shows its
count, and the preview, the PDF and the printer draw its pages. The preview is made on
first show. A click on a preview line shows that section in the editor and selects the
paragraph, a click on the title or the closing part opens 文档信息 at its field; moving
the editor's cursor highlights its paragraph in the preview and scrolls to it. Whether
the preview is shown, its zoom and its pages side by side are kept in the settings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextTable
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from app.core.model import Draft, Section
from app.core.place import Place
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change
from app.gui.meta_bar import MetaBar
from app.gui.pages.tracker import PageTracker
from app.gui.section_editor import SectionEditor
from app.gui.section_view import SectionView
from app.gui.settings import Settings
from app.gui.status_line import StatusLine
from app.gui.tables.blocks import body_units
from app.gui.tables.places import body_place

if TYPE_CHECKING:
    from app.gui.pages.file_actions import PageFileActions
    from app.gui.pages.preview import PreviewPanel


def with_heading(draft: Draft, section_id: str, heading: str) -> Draft:
    """A view of `draft` in which one section has another heading (the draft itself and
    its other sections are shared, not copied, and not changed)."""

    def swap(sections: list[Section]) -> list[Section]:
        out, changed = [], False
        for section in sections:
            if section.id == section_id:
                out.append(replace(section, heading=heading))
                changed = True
                continue
            children = swap(section.children)
            if children is not section.children:
                out.append(replace(section, children=children))
                changed = True
            else:
                out.append(section)
        return out if changed else sections

    return replace(draft, sections=swap(draft.sections))


def select_paragraph(editor: SectionEditor, paragraph: int | None) -> None:
    """In the shown section: the heading line (None) or body[paragraph], selected (a
    table: all of it)."""
    if paragraph is None:
        if editor.section is not None:
            editor.heading.setFocus()
            editor.heading.selectAll()
        return
    document = editor.body.document()
    units = body_units(document)
    if not 0 <= paragraph < len(units):
        return
    unit = units[paragraph]
    cursor = QTextCursor(document)
    if isinstance(unit, QTextTable):
        cursor.setPosition(unit.firstPosition())
        cursor.setPosition(unit.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    else:
        start = unit.position() + (editor.body.lead_length if unit.blockNumber() == 0 else 0)
        cursor.setPosition(min(start, document.characterCount() - 1))
        end = unit.position() + max(0, unit.length() - 1)
        cursor.setPosition(max(cursor.position(), end), QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()


def cursor_paragraph(editor: SectionEditor) -> int:
    """The index in the section's body of the paragraph or table the cursor is in."""
    body = editor.body
    document, cursor = body.document(), body.textCursor()
    if not document.rootFrame().childFrames():  # no table: a block is a paragraph
        return cursor.blockNumber()
    return body_place(document, cursor.position(), body.lead_length)[0]


class WindowPages(QObject):
    """See the module docstring. Handed the window (menus and docks), the session, the
    editor and its SectionView (navigation), the settings (export options, the preview's
    state) and the status line; `follow_meta` hands it the meta bar, whose typing shows
    on the pages."""

    def __init__(
        self,
        window: QMainWindow,
        session: DraftSession,
        view: SectionView,
        settings: Settings,
        status: StatusLine,
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.view, self.status = window, session, view, status
        self.settings = settings
        self.meta_bar: MetaBar | None = None
        self.editor: SectionEditor = view.editor
        self.tracker = PageTracker(
            self.draft_as_typed,
            lambda: self.editor.flush(include_heading=False),
            lambda: settings.export_options,  # 导出 Word's last choice: what it exports
            self,
        )
        self._files: PageFileActions | None = None  # made on first use (start-up time)
        self.dock: QDockWidget | None = None
        self.panel: PreviewPanel | None = None
        self.preview_action = QAction(window)
        self.preview_action.setObjectName("actionPagePreview")
        self.preview_action.setCheckable(True)
        self.preview_action.triggered.connect(self.show_preview)
        self.pdf_action = QAction(window)
        self.pdf_action.setObjectName("actionExportPdf")
        self.pdf_action.triggered.connect(lambda: self.files.export_pdf())
        self.print_action = QAction(window)
        self.print_action.setObjectName("actionPrint")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(lambda: self.files.print_dialog())
        self._wire()
        self._add_to_menus()
        self._retranslate()
        on_language_change(window, self._retranslate)
        if settings.preview_shown:  # as the last session left it, once the draft is in
            QTimer.singleShot(0, self, lambda: self.show_preview(True))

    def _retranslate(self) -> None:
        """The actions, the 视图 menu and the dock in the interface language."""
        self.preview_action.setText(QCoreApplication.translate("PagePreview", "页面预览"))
        self.pdf_action.setText(QCoreApplication.translate("PagePreview", "导出 PDF…"))
        self.print_action.setText(QCoreApplication.translate("PagePreview", "打印…"))
        self.view_menu.setTitle(QCoreApplication.translate("PagePreview", "视图(&V)"))
        if self.dock is not None:
            self.dock.setWindowTitle(self.preview_action.text())

    def _wire(self) -> None:
        session, editor, tracker = self.session, self.editor, self.tracker
        for signal in (session.stepDone, session.draftReplaced, editor.bodyWritten):
            signal.connect(tracker.schedule)
        editor.textEdited.connect(tracker.note_typing)
        # Another draft: its estimate until its pages are laid out, not the last one's count.
        session.draftReplaced.connect(lambda: self.status.show_pages(None))
        tracker.paginated.connect(lambda: self.status.show_pages(tracker.page_count()))
        editor.body.cursorPositionChanged.connect(self._follow_editor)
        self.view.shown.connect(self._follow_editor)
        self.tracker.paginated.connect(self._follow_editor)

    def follow_meta(self, bar: MetaBar) -> None:
        """The pages show 标题, 署名 and 成文日期 as typed in `bar`, before they are
        committed (on leaving the field), as they show the editor's typing."""
        self.meta_bar = bar
        bar.title.textChanged.connect(self.tracker.note_typing)
        bar.author.textEdited.connect(self.tracker.note_typing)
        bar.date.textEdited.connect(self.tracker.note_typing)

    def _add_to_menus(self) -> None:
        """导出 PDF… and 打印… in 文件 after 导出 Word; a 视图 menu before 帮助."""
        window = self.window
        file_menu = window.findChild(QMenu, "menuFile")
        help_menu = window.findChild(QMenu, "menuHelp")
        export = window.findChild(QAction, "actionExport")
        if file_menu is not None:
            actions = file_menu.actions()
            index = actions.index(export) + 1 if export in actions else len(actions)
            following = actions[index] if index < len(actions) else None
            for action in (self.pdf_action, self.print_action):
                file_menu.insertAction(following, action)  # type: ignore[arg-type]
        self.view_menu = QMenu(window)
        self.view_menu.setObjectName("menuView")
        self.view_menu.addAction(self.preview_action)
        bar = window.menuBar()
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), self.view_menu)
        else:
            bar.addMenu(self.view_menu)

    @property
    def files(self) -> PageFileActions:
        if self._files is None:
            # QtPrintSupport and the PDF writer load here, not at start-up.
            from app.gui.pages.file_actions import PageFileActions

            self._files = PageFileActions(
                self.session, self.tracker, self.window.statusBar(), self.window
            )
        return self._files

    # -- the dock -------------------------------------------------------------------------

    def show_preview(self, shown: bool) -> None:
        """页面预览 on or off (the 视图 menu's item); the next session starts so."""
        self.settings.preview_shown = shown
        if shown and self.dock is None:
            self._make_dock()
        if self.dock is not None:
            self.dock.setVisible(shown)
            if shown:
                self.dock.raise_()  # in front of a dock it shares a tab with
        self.preview_action.setChecked(shown)
        self.tracker.set_live(shown)

    def _make_dock(self) -> None:
        from app.gui.pages.preview import PreviewPanel  # the painter loads with the preview

        window = self.window
        self.panel = panel = PreviewPanel(self.tracker, self.go_to, self.open_doc_info, window)
        panel.print_requested.connect(lambda: self.files.print_dialog())
        panel.set_view_state(self.settings.preview_zoom, self.settings.preview_columns)
        panel.viewChanged.connect(self._remember_view)
        dock = QDockWidget(window)
        dock.setObjectName("pagePreviewDock")
        dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.resizeDocks([dock], [max(360, window.width() // 3)], Qt.Orientation.Horizontal)
        dock.visibilityChanged.connect(self._visibility)
        self.dock = dock
        self._retranslate()

    def _visibility(self, visible: bool) -> None:
        # Its own close button, or a tab behind another dock: the menu item follows, and
        # the pages follow typing only while they can be seen. Only its close button (the
        # dock hidden, the window still shown) changes what the next session starts with.
        if not shiboken6.isValid(self.window):
            return  # the window is being destroyed (its docks are hidden on the way out)
        self.preview_action.setChecked(visible)
        if visible != self.tracker.live:
            self.tracker.set_live(visible)
        if self.dock is not None and self.window.isVisible():
            self.settings.preview_shown = not self.dock.isHidden()

    def _remember_view(self) -> None:
        if self.panel is not None:
            self.settings.preview_zoom, self.settings.preview_columns = self.panel.view_state()

    def draft_as_typed(self) -> Draft:
        """The session's draft with the heading being typed in the heading line: it is
        committed (one undo step) only when the user leaves the line, but the pages show
        it as it is typed."""
        draft, section = self.session.draft, self.editor.section
        if self.meta_bar is not None:  # the meta bar's fields as typed (committed on leaving)
            meta, _problem = self.meta_bar.wanted_meta()
            if meta != draft.meta:
                draft = replace(draft, meta=meta)
        typed = self.editor.heading.text()
        if section is None or typed == section.heading:
            return draft
        return with_heading(draft, section.id, typed)

    # -- places -----------------------------------------------------------------------

    def go_to(self, section_id: str | None, paragraph: int | None) -> None:
        """A clicked preview line: show its section (or the intro) and select it."""
        if section_id is None and paragraph is None:
            return  # the title or the closing part: 文档信息 holds them
        self.view.show_place(section_id if section_id is not None else Place.INTRO)
        select_paragraph(self.editor, paragraph)

    def open_doc_info(self, field: Place, index: int = 0) -> None:
        """A clicked title or closing line: 文档信息 with that field's cursor (`index`:
        which 附件), as a 规范检查 finding there opens it."""
        # Loaded on first use, as the check dock loads them (start-up time).
        from app.core.checks.base import Location
        from app.gui.doc_info import edit_doc_info

        if self.meta_bar is not None:
            self.meta_bar.flush()  # a field being typed in is written first, not overwritten
        edit_doc_info(self.window, self.session, focus=Location(None, field, index, 0, 0))

    def _follow_editor(self) -> None:
        panel, editor = self.panel, self.editor
        if panel is None or not self.tracker.live:  # not made, hidden or behind a tab
            return
        if editor.current_id is None:
            return
        section = editor.section.id if editor.section is not None else None
        if editor.heading.hasFocus():
            panel.follow(section, None)
            return
        panel.follow(section, cursor_paragraph(editor))
