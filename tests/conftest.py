"""Test setup: Qt offscreen before any Qt import, and an isolated ZONGJIE_HOME per test."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DRAFT = REPO / "resources" / "samples" / "2020年上半年工作总结.json"
DATA = Path(__file__).resolve().parent / "data"  # test inputs, inside the repository
RESOURCES = REPO / "resources"
_WRITTEN_BESIDE = (".versions", ".lock", ".bak", ".tmp")


@pytest.fixture(autouse=True)
def zongjie_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data and config folders: no test touches the user's files."""
    home = tmp_path_factory.mktemp("zongjie_home")
    monkeypatch.setenv("ZONGJIE_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def source_language_after() -> Iterator[None]:
    """A test that switched the interface language (设置, the English tests) leaves the source
    strings behind it: the next test's buttons read "Yes", not Qt's Chinese "是". And no
    modifier key stays down: Qt keeps the modifiers of the last key event (a Ctrl+Z
    click leaves Ctrl "held"), and QTableView.selectRow then toggles instead of selects."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QWidget

        if QApplication.instance() is not None and QApplication.keyboardModifiers():
            release = QWidget()
            for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
                QTest.keyRelease(release, key)
            release.deleteLater()
    language = sys.modules.get("app.gui.language")
    if language is not None:
        from PySide6.QtCore import QCoreApplication, QLocale

        app = QCoreApplication.instance()
        if app is not None:
            language.remove_translators(app)
        QLocale.setDefault(QLocale.system())


@pytest.fixture(autouse=True)
def resources_untouched() -> Iterator[None]:
    """Nothing a test runs writes into resources/ (a version, a lock, a backup of the
    bundled sample or a template): fail the test that did, and clean it up."""
    yield
    written = [p for p in RESOURCES.rglob("*") if p.name.endswith(_WRITTEN_BESIDE)]
    for path in written:
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    assert not written, f"the test wrote into resources/: {[p.name for p in written]}"


@pytest.fixture
def sample_draft_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample draft, copied: reading commands may still write beside their draft (an
    export keeps a version in NAME.json.versions/), and nothing may land in resources/."""
    folder = tmp_path_factory.mktemp("sample")
    return Path(shutil.copy2(SAMPLE_DRAFT, folder / SAMPLE_DRAFT.name))


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A copy of the sample draft that a test may open, edit, save and lock."""
    from gui_helpers import copy_sample

    return copy_sample(SAMPLE_DRAFT, tmp_path)


@pytest.fixture
def guarded_windows(qtbot):  # type: ignore[no-untyped-def]
    """For window tests: a dialog nobody answers fails the test instead of hanging it, and
    every window is closed afterwards."""
    from gui_helpers import ModalGuard, close_all_windows

    guard = ModalGuard()
    yield
    guard.stop()
    close_all_windows()
    assert not guard.stuck, f"unanswered dialog: {guard.stuck}"


@pytest.fixture(autouse=True)
def collect_qt_garbage(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """After a Qt test, delete what it scheduled for deletion and collect its Python garbage.

    Without this, wrappers of Qt objects from earlier tests were collected at an arbitrary
    later moment (pytest's final gc pass) after Qt had freed their C++ side, and the whole
    run ended in a segmentation fault although every test had passed.
    """
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()
    gc.collect()
