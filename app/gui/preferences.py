"""The window's setting menus: 启动时打开上次的草稿, 界面语言, 自动保存间隔. A choice is saved in
the settings at once; the autosave interval applies to every open session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from app.gui.document.session import DraftSession
from app.gui.settings import Settings, save_settings
from app.gui.window_menus import fill_autosave_menu


class Preferences(QObject):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget,
        reopen_last: QAction,
        languages: dict[str, QAction],
        autosave_menu: QMenu,
        sessions: Callable[[], list[DraftSession]],
    ) -> None:
        super().__init__(parent)
        self.settings, self.parent_widget = settings, parent
        self.languages, self._sessions = languages, sessions
        reopen_last.setChecked(settings.reopen_last)
        reopen_last.toggled.connect(self._set_reopen_last)
        for language, action in languages.items():
            action.setChecked(language == ("en" if settings.language == "en" else "zh_CN"))
            action.triggered.connect(lambda checked=False, lang=language: self.set_language(lang))
        fill_autosave_menu(autosave_menu, settings.autosave_seconds, self.set_autosave_interval)

    def set_autosave_interval(self, seconds: int) -> None:
        """Applies to every open window at once, and to later sessions."""
        self.settings.autosave_seconds = seconds
        save_settings(self.settings)
        for session in self._sessions():
            session.autosave.set_interval(seconds)

    def _set_reopen_last(self, on: bool) -> None:
        self.settings.reopen_last = on
        save_settings(self.settings)

    def set_language(self, language: str) -> None:
        self.settings.language = language
        for code, action in self.languages.items():
            action.setChecked(code == language)
        save_settings(self.settings)
        QMessageBox.information(
            self.parent_widget, self.tr("界面语言"), self.tr("界面语言将在下次启动时更改。")
        )
