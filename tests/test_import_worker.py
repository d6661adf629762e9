"""The import analysed off the GUI thread: progress after a moment, 取消, the same draft.

A "slow machine" is made by holding the real import at one phase (a gate on its monitor)
until the test lets it go, so whether the progress dialog shows never depends on how
fast this machine is. The delay before the dialog is the real one (300 ms).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from benchdata import bench_path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

import app.gui.import_dialog as import_dialog
from app.core import limits
from app.core.importer import (
    ImportCancelledError,
    ImportMonitor,
    ImportPhase,
    ImportResult,
    import_file,
)
from app.core.model import Draft, Section
from app.gui.import_dialog import ImportDialog, run_import_dialog
from app.gui.import_worker import (
    PROGRESS_DELAY_MS,
    AnalysisTask,
    ImportProgressDialog,
    analyse_in_background,
)

REAL_IMPORT = import_file


def outline(draft: Draft) -> object:
    """A draft without its random section ids, to compare two imports of one file."""

    def section(s: Section) -> object:
        return (s.heading, s.run_in, s.budget, s.body, [section(c) for c in s.children])

    return (draft.meta, draft.numbering, draft.intro, [section(s) for s in draft.sections])


@pytest.fixture(scope="module")
def big_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 100-page bench text repeated: 3.5 MB, 6,100 lines, within the import limits."""
    bench = bench_path("draft100.txt").read_text(encoding="utf-8")
    text = "\n".join([bench] * 20)
    size, lines = len(text.encode("utf-8")), text.count("\n") + 1
    assert size < limits.IMPORT_MAX_TEXT_BYTES and lines < limits.IMPORT_MAX_LINES
    assert size > 3 * 1024 * 1024
    path = tmp_path_factory.mktemp("big") / "全年工作总结（汇编）.txt"
    path.write_text(text, encoding="utf-8")
    return path


class Gate:
    """Holds the import at `phase` until opened; records how the job ended."""

    def __init__(self, phase: ImportPhase) -> None:
        self.phase = phase
        self.event = threading.Event()
        self.reached = threading.Event()
        self.outcome: list[BaseException | ImportResult] = []

    def import_file(self, path: Path, monitor: ImportMonitor | None = None) -> ImportResult:
        gate = self
        assert monitor is not None, "the dialog passes a monitor"

        class Held:
            def report(self, phase: ImportPhase, fraction: float) -> None:
                monitor.report(phase, fraction)
                if phase is gate.phase:
                    gate.reached.set()
                    gate.event.wait(20)

            def cancelled(self) -> bool:
                return monitor.cancelled()

        try:
            result = REAL_IMPORT(path, Held())
        except BaseException as exc:
            self.outcome.append(exc)
            raise
        self.outcome.append(result)
        return result


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(ImportPhase.CLASSIFY)
    monkeypatch.setattr(import_dialog, "import_file", held.import_file)
    yield held
    held.event.set()  # never leave a pool thread waiting
    deadline = time.monotonic() + 10
    while AnalysisTask.RUNNING and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)


def when_shown(act: Callable[[ImportProgressDialog], None], seen: list[object]) -> QTimer:
    """Every 10 ms: once a progress dialog is visible, act on it (once)."""
    timer = QTimer()
    timer.setInterval(10)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ImportProgressDialog) and widget.isVisible():
                timer.stop()
                seen.append(widget)
                act(widget)
                return

    timer.timeout.connect(poll)
    timer.start()
    return timer


def previews(monkeypatch: pytest.MonkeyPatch) -> list[ImportDialog]:
    """The previews opened (each accepted at once, as if the user clicked 导入)."""
    opened: list[ImportDialog] = []

    def exec_(self: ImportDialog) -> QDialog.DialogCode:
        opened.append(self)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", exec_)
    return opened


def test_a_big_import_shows_progress_and_cancel_returns_nothing(
    qtbot, big_text: Path, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    opened = previews(monkeypatch)
    seen: list[object] = []
    shown: dict[str, object] = {}
    ticks = [0]
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    ticker.start(20)
    started = time.monotonic()

    def cancel(dialog: ImportProgressDialog) -> None:
        # The job is held at CLASSIFY: wait until the dialog says so, then click 取消.
        qtbot.waitUntil(lambda: "识别标题" in dialog.labelText(), timeout=5000)
        shown.update(
            after=time.monotonic() - started,
            label=dialog.labelText(),
            value=dialog.value(),
            title=dialog.windowTitle(),
            button=dialog.cancel_button.text(),
            modal=dialog.isModal(),
            ticks=ticks[0],
        )
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    poller = when_shown(cancel, seen)
    draft = run_import_dialog(None, path=big_text)
    poller.stop()
    ticker.stop()

    assert draft is None, "cancelled: no draft"
    assert opened == [], "cancelled: no preview opened"
    assert len(seen) == 1
    assert shown["after"] >= PROGRESS_DELAY_MS / 1000 - 0.02, "not before the delay"
    assert str(shown["label"]).startswith("正在分析“全年工作总结（汇编）.txt”……")
    assert "识别标题、层级和落款" in str(shown["label"])
    assert shown["value"] == 25 and shown["button"] == "取消" and shown["modal"]
    assert int(str(shown["ticks"])) >= 10, "the GUI thread kept running while it analysed"
    assert not any(
        isinstance(w, ImportProgressDialog) and w.isVisible()
        for w in QApplication.topLevelWidgets()
    ), "the progress dialog is gone"
    # The job, let go, stops at its next checkpoint without a result.
    gate.event.set()
    qtbot.waitUntil(lambda: not AnalysisTask.RUNNING, timeout=10000)
    assert len(gate.outcome) == 1 and isinstance(gate.outcome[0], ImportCancelledError)


def test_escape_on_the_progress_dialog_cancels_too(
    qtbot, big_text: Path, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    opened = previews(monkeypatch)
    seen: list[object] = []
    poller = when_shown(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape), seen)
    assert run_import_dialog(None, path=big_text) is None
    poller.stop()
    assert seen and opened == []
    gate.event.set()
    qtbot.waitUntil(lambda: not AnalysisTask.RUNNING, timeout=10000)
    assert isinstance(gate.outcome[0], ImportCancelledError)


def test_a_cancel_after_the_draft_was_built_still_returns_nothing(
    qtbot, big_text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    """Held after its last checkpoint, the job returns a whole result; cancelled before
    the GUI thread received it, that result is dropped, never opened."""
    late = Gate(ImportPhase.DONE)
    monkeypatch.setattr(import_dialog, "import_file", late.import_file)
    opened = previews(monkeypatch)
    seen: list[object] = []

    def cancel(dialog: ImportProgressDialog) -> None:
        assert late.reached.wait(10)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    poller = when_shown(cancel, seen)
    try:
        assert run_import_dialog(None, path=big_text) is None
    finally:
        late.event.set()
    poller.stop()
    qtbot.waitUntil(lambda: not AnalysisTask.RUNNING, timeout=10000)
    assert seen and opened == []
    assert isinstance(late.outcome[0], ImportResult), "the job itself finished"


def test_a_slow_import_left_to_finish_opens_the_preview_with_the_same_draft(
    qtbot, big_text: Path, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    opened = previews(monkeypatch)
    seen: list[object] = []
    steps: list[tuple[ImportPhase, int]] = []
    show_phase = ImportProgressDialog.show_phase

    def record(self: ImportProgressDialog, phase: ImportPhase, percent: int) -> None:
        steps.append((phase, percent))
        show_phase(self, phase, percent)

    monkeypatch.setattr(ImportProgressDialog, "show_phase", record)
    poller = when_shown(lambda dialog: gate.event.set(), seen)
    draft = run_import_dialog(None, path=big_text)
    poller.stop()
    assert seen, "it took longer than the delay: progress was shown"
    assert draft is not None and len(opened) == 1
    assert outline(draft) == outline(REAL_IMPORT(big_text).draft)
    # It opens where the job is (held at CLASSIFY), then follows it to the end.
    percents = [percent for _, percent in steps]
    assert steps[1] == (ImportPhase.CLASSIFY, 25) and percents == sorted(percents)
    assert (ImportPhase.BUILD, 85) in steps


def test_a_big_import_returns_the_same_draft_as_before(
    qtbot, big_text: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    opened = previews(monkeypatch)
    draft = run_import_dialog(None, path=big_text)
    assert draft is not None and len(opened) == 1
    expected = REAL_IMPORT(big_text)
    assert outline(draft) == outline(expected.draft)
    assert len(draft.sections) == 20 * len(REAL_IMPORT(bench_path("draft100.txt")).draft.sections)
    assert opened[0].model.rowCount() == sum(1 for line in expected.lines if not line.is_blank)


def test_a_small_file_opens_the_preview_without_a_progress_dialog(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    opened = previews(monkeypatch)
    seen: list[object] = []
    poller = when_shown(lambda d: None, seen)
    started = time.monotonic()
    draft = run_import_dialog(None, path=bench_path("draft100.txt"))
    elapsed = time.monotonic() - started
    poller.stop()
    assert seen == [], "no dialog flashes for a small file"
    assert draft is not None and len(opened) == 1
    assert outline(draft) == outline(REAL_IMPORT(bench_path("draft100.txt")).draft)
    assert elapsed < PROGRESS_DELAY_MS / 1000 + 1.0


def test_pasted_text_goes_through_the_worker_too(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    opened = previews(monkeypatch)
    draft = run_import_dialog(None, text="一是加强组织领导。成立专班。\n二是强化督查。每月通报。\n")
    assert draft is not None and [s.heading for s in draft.sections] == ["加强组织领导", "强化督查"]
    assert opened[0].source_label.text().startswith("来源：粘贴的文字")


def test_a_bad_file_still_shows_its_message(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    pdf = tmp_path / "总结.txt"
    pdf.write_bytes(b"%PDF-1.7\n" + b"\x00\x01" * 100)
    assert run_import_dialog(None, path=pdf) is None
    assert len(shown) == 1 and "这是 PDF 文件" in shown[0]


def test_a_bug_in_the_job_is_raised_in_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    threads: list[threading.Thread] = []

    def job(monitor: ImportMonitor) -> ImportResult:
        threads.append(threading.current_thread())
        raise RuntimeError("程序缺陷")

    with pytest.raises(RuntimeError, match="程序缺陷"):
        analyse_in_background(None, job)
    assert threads and threads[0] is not threading.main_thread(), "it ran on the pool"
    assert not AnalysisTask.RUNNING


def test_cancelling_an_import_in_a_window_leaves_it_unchanged(
    qtbot, big_text: Path, gate: Gate, guarded_windows: None
) -> None:  # noqa: ANN001
    from gui_helpers import new_window

    from app.gui.main_window import open_windows

    window = new_window()
    qtbot.addWidget(window)
    before = (outline(window.session.draft), window.session.path, window.windowTitle())
    windows = len(open_windows())
    seen: list[object] = []
    poller = when_shown(lambda d: d.cancel_button.click(), seen)
    window.imports.import_file(big_text)
    poller.stop()
    assert seen, "progress was shown"
    assert (outline(window.session.draft), window.session.path, window.windowTitle()) == before
    assert len(open_windows()) == windows, "no window opened"
    assert not any(isinstance(w, ImportDialog) for w in QApplication.topLevelWidgets())


def test_a_docx_goes_through_the_worker_with_the_same_draft(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001 - pytest-qt fixture
    from app.core.export.writer import export_docx

    path = tmp_path / "总结.docx"
    export_docx(REAL_IMPORT(bench_path("draft100.txt")).draft, path)
    opened = previews(monkeypatch)
    draft = run_import_dialog(None, path=path)
    assert draft is not None and len(opened) == 1
    assert outline(draft) == outline(REAL_IMPORT(path).draft)
    assert opened[0].source_label.text().startswith("来源：总结.docx")
