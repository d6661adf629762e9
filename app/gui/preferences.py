"""设置 for a window: the 编辑 → 设置… action (Preferences on macOS), its dialog, and the
文件 menu's own setting items (启动时打开上次的草稿, 自动保存恢复副本的间隔).

A choice is saved in the settings at once. The autosave interval applies to every open
session; a new interface language applies at once to every open window (the forms and
the widgets that retranslate themselves) and the message that says so is in the new
language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.forms import form_child
from app.gui.language import Language, language_of, on_language_change, switch_language
from app.gui.settings import Settings, save_settings
from app.gui.settings_dialog import SettingsChoice, SettingsDialog
from app.gui.window_menus import fill_autosave_menu


class Preferences(QObject):
    """Built on the window's form; `sessions` lists every open session (all windows)."""

    def __init__(
        self, settings: Settings, window: QMainWindow, sessions: Callable[[], list[DraftSession]]
    ) -> None:
        super().__init__(window)
        self.settings, self.window, self._sessions = settings, window, sessions
        reopen_last = form_child(window, QAction, "actionReopenLast")
        reopen_last.setChecked(settings.reopen_last)
        reopen_last.toggled.connect(self._set_reopen_last)
        self._fill_autosave_menu()
        # Another window's 设置 may have changed them: the 文件 menu shows what is set now.
        form_child(window, QMenu, "menuFile").aboutToShow.connect(self._show_current)
        # The language is chosen in 设置 now, not under 帮助.
        form_child(window, QMenu, "menuLanguage").menuAction().setVisible(False)
        self.action = QAction(window)
        self.action.setObjectName("actionSettings")
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.action.triggered.connect(self.open_dialog)
        edit = form_child(window, QMenu, "menuEdit")
        edit.addSeparator()
        edit.addAction(self.action)
        self._retranslate()
        on_language_change(window, self._retranslate)

    def _retranslate(self) -> None:
        self.action.setText(self.tr("设置(&G)…"))
        self.action.setStatusTip(self.tr("界面语言、自动保存、导出默认选项和作者姓名"))
        self._fill_autosave_menu()

    def _fill_autosave_menu(self) -> None:
        # Looked up each time: a Python wrapper of a form's menu kept from earlier can go
        # stale (PySide hands out a new one) although the menu itself is still there.
        menu = form_child(self.window, QMenu, "menuAutosave")
        menu.clear()
        for group in menu.findChildren(QActionGroup):
            group.deleteLater()
        fill_autosave_menu(menu, self.settings.autosave_seconds, self.set_autosave_interval)

    def _show_current(self) -> None:
        form_child(self.window, QAction, "actionReopenLast").setChecked(self.settings.reopen_last)
        self._fill_autosave_menu()

    # -- the dialog --------------------------------------------------------------------

    def open_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self.window, self.settings)
        dialog.accepted.connect(lambda: self.apply(dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply(self, choice: SettingsChoice) -> None:
        """Save what the dialog chose and put it into effect."""
        old_language = language_of(self.settings.language)
        self.settings.reopen_last = choice.reopen_last
        self.settings.review_author = choice.review_author
        self.settings.export_options = dict(choice.export_options)
        self.settings.language = choice.language
        form_child(self.window, QAction, "actionReopenLast").setChecked(choice.reopen_last)
        self.set_autosave_interval(choice.autosave_seconds)  # saves the settings
        if choice.language is not old_language:
            self.set_language(choice.language)

    def set_autosave_interval(self, seconds: int) -> None:
        """Applies to every open window at once, and to later sessions."""
        self.settings.autosave_seconds = seconds
        self._save()
        for session in self._sessions():
            session.autosave.set_interval(seconds)
        self._fill_autosave_menu()

    def _set_reopen_last(self, on: bool) -> None:
        if on != self.settings.reopen_last:
            self.settings.reopen_last = on
            self._save()

    def set_language(self, language: Language) -> None:
        """The interface in `language` from now on, without a restart."""
        self.settings.language = language
        self._save()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        switch_language(app, language.value)
        # The translators are in place: these words are already in the new language.
        QMessageBox.information(
            self.window,
            self.tr("界面语言"),
            self.tr("界面语言已更改。窗口中个别部分的文字在下次启动程序后才会切换。"),
        )

    def _save(self) -> None:
        problem = save_settings(self.settings)
        if problem is not None:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Preferences", "设置没有保存"),
                tr_core(problem),
            )
