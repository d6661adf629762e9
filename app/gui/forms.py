"""The one way forms are loaded: Qt Designer .ui files from forms/, at run time.

QUiLoader normally creates a new top-level widget; `load_form` fills an existing one
(a QMainWindow or QDialog subclass) so the class keeps its own methods and signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QLayout, QWidget

W = TypeVar("W", bound=QObject)


def forms_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "forms"


class _IntoLoader(QUiLoader):
    """QUiLoader that fills an existing top-level widget instead of creating one."""

    def __init__(self, base: QWidget) -> None:
        super().__init__(base)
        self._base = base

    def createWidget(  # noqa: N802 - Qt's name
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        if parent is None:
            return self._base
        return super().createWidget(class_name, parent, name)


def load_form(base: QWidget, file_name: str) -> None:
    """Build the widgets of forms/<file_name> into `base`."""
    form = QFile(str(forms_dir() / file_name))
    if not form.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"form missing: {file_name}")
    # A new QUiLoader loads every Designer plugin it finds (Qt Quick, WebEngine, PySide's
    # own): 30 ms and 8 MB at start-up for nothing, as the forms use standard widgets only.
    # Hide the plugin folders while it is built.
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        loader = _IntoLoader(base)
        loader.setLanguageChangeEnabled(True)  # the form retranslates itself (设置)
    finally:
        QCoreApplication.setLibraryPaths(library_paths)
    try:
        loader.load(form)
    finally:
        form.close()


def form_child(base: QWidget, kind: type[W], name: str) -> W:
    """A widget or action the form declares (findChild, typed): a missing one is a broken
    .ui file, reported by name rather than as a None used later."""
    found = base.findChild(kind, name)
    if found is None:
        raise RuntimeError(f"{name} ({kind.__name__}) missing from the form")
    return found


def child_layout(base: QWidget, name: str) -> QLayout:
    """The layout of a placeholder widget the form declares (where code adds widgets)."""
    layout = form_child(base, QWidget, name).layout()
    if layout is None:
        raise RuntimeError(f"{name} has no layout in the form")
    return layout
