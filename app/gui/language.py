"""The interface language: which translators are installed, switched while the app runs.

Our strings are written in Chinese (the source language); English comes from
resources/translations/zongjie_en.qm, and Qt's own dialogs get its Chinese from Qt's
qtbase_zh_CN. `switch_language` swaps the translators; Qt then sends every widget a
LanguageChange event: the forms retranslate themselves (app.gui.forms loads them with
language change on), and a widget that builds its texts in code redoes them in
`changeEvent`, or through `on_language_change(widget, redo)`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)

from app.core import paths


class Language(StrEnum):
    """The languages of the interface; the values are what settings.json stores."""

    CHINESE = "zh_CN"
    ENGLISH = "en"

    @property
    def own_name(self) -> str:
        """The language's name in itself, as a language menu shows it (never translated)."""
        return "中文" if self is Language.CHINESE else "English"


LANGUAGES = tuple(language.value for language in Language)
_installed: list[QTranslator] = []


def language_of(value: str) -> Language:
    """A stored setting as a Language (anything unknown: Chinese)."""
    try:
        return Language(value)
    except ValueError:
        return Language.CHINESE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators of `language` (on top of any already installed)."""
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language_of(language) is Language.ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ours = QTranslator(app)
        if ours.load(str(paths.resources_dir() / "translations" / "zongjie_en.qm")):
            translators.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt_own = QTranslator(app)
        if qt_own.load("qtbase_zh_CN", qt_folder):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    return translators


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source strings (also what tests do between languages)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def switch_language(app: QCoreApplication, language: str) -> None:
    """The interface in `language` from now on, in every open window."""
    remove_translators(app)
    install_translators(app, language)


class _LanguageWatcher(QObject):
    """Lives as long as the watched widget: its timer never fires for a widget gone."""

    def __init__(self, watched: QObject, redo: Callable[[], object]) -> None:
        super().__init__(watched)
        # After the event has reached everyone (a form resets its own texts first).
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(redo)
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == _LANGUAGE_CHANGE:
            self._later.start()
        return False


_LANGUAGE_CHANGE = QEvent.Type.LanguageChange


def on_language_change(widget: QObject, redo: Callable[[], object]) -> None:
    """Call `redo` (texts built in code) after each change of the interface language."""
    _LanguageWatcher(widget, redo)
