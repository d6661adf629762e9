"""An import analysed off the GUI thread, with a progress dialog only when it takes a while.

    result = analyse_in_background(parent, lambda monitor: import_file(path, monitor), name)

The job runs on Qt's global thread pool and talks to the GUI thread through the signals
of an `AnalysisTask` (queued connections). For the first PROGRESS_DELAY_MS nothing is
shown but the wait cursor (a small file feels instant, no dialog flashes); the GUI thread
keeps processing paint and timer events, and the user's clicks wait until then, as they
did while the import ran on the GUI thread. A longer import shows `ImportProgressDialog`:
"正在分析……" with the phase and a percentage, and 取消. Cancelling returns None at once
(the window is left as it was and no preview opens); the job itself stops at its next
checkpoint (app/core/importer/progress.py) and its result, if any, is thrown away.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.core.importer import ImportCancelledError, ImportPhase, ImportResult
from app.gui import gc_hold
from app.gui.placement import centre_on

PROGRESS_DELAY_MS = 300
"""An import that ends sooner shows no progress dialog at all."""

AnalysisJob = Callable[["ThreadMonitor"], ImportResult]


class ThreadMonitor:
    """The ImportMonitor of one task: reports go out as queued signals, and cancelling is
    an Event, both safe to use from the pool thread."""

    def __init__(self, task: AnalysisTask) -> None:
        self._task = task
        self._cancel = threading.Event()

    def report(self, phase: ImportPhase, fraction: float) -> None:
        self._task.progressed.emit(phase, max(0, min(100, round(fraction * 100))))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class AnalysisTask(QObject):
    """One job on the thread pool. Lives in the GUI thread; `ended` is emitted there once
    the job has returned or raised (also after a cancel). A running task keeps itself
    alive (RUNNING) until then, so its signals never outlive it."""

    progressed = Signal(object, int)  # ImportPhase, percent done
    _finished_in_worker = Signal(object, object)  # ImportResult | None, BaseException | None
    ended = Signal()

    RUNNING: set[AnalysisTask] = set()

    def __init__(self, job: AnalysisJob) -> None:
        super().__init__()
        self._job = job
        self.monitor = ThreadMonitor(self)
        self.done = False
        self.result: ImportResult | None = None
        self.error: BaseException | None = None
        self.phase, self.percent = ImportPhase.READ, 0  # the last progress reported
        self.progressed.connect(self._remember, Qt.ConnectionType.QueuedConnection)
        self._finished_in_worker.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        AnalysisTask.RUNNING.add(self)
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        self.monitor.cancel()

    def _run(self) -> None:  # on the pool thread
        try:
            result = self._job(self.monitor)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
            self._finished_in_worker.emit(None, exc)
        else:
            self._finished_in_worker.emit(result, None)

    def _remember(self, phase: ImportPhase, percent: int) -> None:
        self.phase, self.percent = phase, percent

    def _on_finished(self, result: ImportResult | None, error: BaseException | None) -> None:
        self.result, self.error, self.done = result, error, True
        AnalysisTask.RUNNING.discard(self)
        self.ended.emit()


def _marked(label: object) -> str:
    """A QT_TRANSLATE_NOOP result as the str it is (PySide6's stub declares `object`)."""
    return cast(str, label)


_PHASE_LABELS: dict[ImportPhase, str] = {
    ImportPhase.READ: _marked(QT_TRANSLATE_NOOP("ImportProgressDialog", "读取文件")),
    ImportPhase.DECODE: _marked(QT_TRANSLATE_NOOP("ImportProgressDialog", "识别文字编码")),
    ImportPhase.SPLIT: _marked(QT_TRANSLATE_NOOP("ImportProgressDialog", "分行、合并断行")),
    ImportPhase.PARSE_DOCX: _marked(
        QT_TRANSLATE_NOOP("ImportProgressDialog", "读取 Word 文档的段落和样式")
    ),
    ImportPhase.CLASSIFY: _marked(
        QT_TRANSLATE_NOOP("ImportProgressDialog", "识别标题、层级和落款")
    ),
    ImportPhase.BUILD: _marked(QT_TRANSLATE_NOOP("ImportProgressDialog", "生成提纲")),
    ImportPhase.DONE: _marked(QT_TRANSLATE_NOOP("ImportProgressDialog", "打开预览")),
}


def phase_label(phase: ImportPhase) -> str:
    """A phase as the progress dialog names it (interface language)."""
    return QCoreApplication.translate("ImportProgressDialog", _PHASE_LABELS[phase])


class ImportProgressDialog(QProgressDialog):
    """正在分析……: the file, the phase and its percentage, and 取消."""

    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setWindowTitle(self.tr("导入"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 100)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("中") * 26)
        # The dialog's own button, relabelled: setCancelButton would leave the old
        # button's Esc shortcut behind beside the new one's, and Esc would do nothing.
        self.setCancelButtonText(self.tr("取消"))
        self.cancel_button = cast(QPushButton, self.findChild(QPushButton))
        self.cancel_button.setObjectName("cancelImport")
        self._source = source
        self.show_phase(ImportPhase.READ, 0)

    def show_phase(self, phase: ImportPhase, percent: int) -> None:
        heading = (
            self.tr("正在分析“%1”……").replace("%1", self._source)
            if self._source
            else self.tr("正在分析粘贴的文字……")
        )
        self.setLabelText(f"{heading}\n{phase_label(phase)}")
        self.setValue(percent)


def analyse_in_background(
    parent: QWidget | None, job: AnalysisJob, source: str = ""
) -> ImportResult | None:
    """Run `job` on the thread pool; its result, or None if the user cancelled.

    The job's own errors (ZongjieError and bugs alike) are raised here, in the GUI thread,
    as if it had run here. `source` names the file in the progress dialog."""
    task = AnalysisTask(job)
    loop = QEventLoop()
    task.ended.connect(loop.quit)
    # Python's cyclic garbage collector runs in whichever thread allocates: left alone it
    # could finalize a dropped widget (a closed preview's items) on the pool thread, which
    # Qt does not survive (a crash now and then). Collect here, in the GUI thread, and keep
    # it from running until the job has ended (or the user cancelled).
    gc_hold.hold()
    try:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            task.start()
            delay = QTimer()
            delay.setSingleShot(True)
            delay.timeout.connect(loop.quit)
            delay.start(PROGRESS_DELAY_MS)
            if not task.done:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            delay.stop()
        finally:
            QGuiApplication.restoreOverrideCursor()
        finished = task.done or _wait_with_progress(parent, task, loop, source)
    finally:
        gc_hold.release()
    if not finished:
        task.cancel()  # the job stops at its next checkpoint; its outcome is dropped
        return None
    if isinstance(task.error, ImportCancelledError):
        return None
    if task.error is not None:
        raise task.error
    return task.result


def _wait_with_progress(
    parent: QWidget | None, task: AnalysisTask, loop: QEventLoop, source: str
) -> bool:
    """Show the progress dialog until the task ends (True) or the user cancels (False)."""
    dialog = ImportProgressDialog(source, parent)
    dialog.show_phase(task.phase, task.percent)  # where the job is by now
    cancelled = False

    def cancel() -> None:
        nonlocal cancelled
        if not task.done:
            cancelled = True
            task.cancel()
            loop.quit()

    task.progressed.connect(dialog.show_phase)
    dialog.canceled.connect(cancel)  # the button, Esc and the window's close box
    dialog.rejected.connect(cancel)
    dialog.adjustSize()
    centre_on(dialog, parent)
    dialog.show()
    if not task.done:
        loop.exec()
    task.progressed.disconnect(dialog.show_phase)
    dialog.canceled.disconnect(cancel)
    dialog.rejected.disconnect(cancel)
    dialog.hide()
    dialog.deleteLater()
    return not cancelled
