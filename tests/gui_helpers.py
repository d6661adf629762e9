"""Helpers for the GUI tests: real windows, real events, answered message boxes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from app.gui.main_window import MainWindow, open_windows
from app.gui.section_editor import SectionEditor
from app.gui.settings import Settings


def type_chinese(widget: QWidget, text: str) -> None:
    """What an input method does: commit the composed text in one event."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def answer_message_box(button_text: str, seen: list[str] | None = None, tries: int = 200) -> None:
    """Click the button labelled `button_text` on the next modal message box.

    "OK" also matches Qt's Chinese "确定" (when a test ran with Qt's translations)."""
    accepted = {button_text, "确定"} if button_text == "OK" else {button_text}

    def attempt(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if seen is not None:
                seen.append(box.text())
            for button in box.buttons():
                if (
                    isinstance(button, QAbstractButton)
                    and button.text().replace("&", "") in accepted
                ):
                    button.click()
                    return
            raise AssertionError(
                f"no button {button_text!r} in {[b.text() for b in box.buttons()]}"
            )
        if left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def on_next_dialog(
    kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 300
) -> list[QWidget]:
    """Call act(dialog) on the next modal dialog of this kind (e.g. click its OK button).

    Returns a list that holds the dialog once it was seen, so a test can check it was."""
    seen: list[QWidget] = []

    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            act(widget)
            return
        if left:
            QTimer.singleShot(10, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
    return seen


def copy_sample(sample: Path, folder: Path, name: str = "草稿.json") -> Path:
    target = folder / name
    shutil.copy(sample, target)
    return target


def forget_changes(window: MainWindow) -> None:
    """Let a test window close without the unsaved-changes prompt."""
    window.editor._write_timer.stop()
    window.editor.body.document().setModified(False)
    window.editor.heading.setModified(False)
    window.session.forget_unsaved()


def close_all_windows() -> None:
    from app.gui.main import remove_translators

    for window in open_windows():
        forget_changes(window)
        window.close()
    remove_translators(QApplication.instance())


def new_window(settings: Settings | None = None) -> MainWindow:
    window = MainWindow(settings or Settings())
    window.resize(1100, 720)
    window.show()
    return window


def run_until(condition: Callable[[], bool], timeout_ms: int = 3000) -> bool:
    """Process events until condition() is true (False on timeout)."""
    import time

    end = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.005)
    return condition()


class ModalGuard:
    """Closes a modal dialog nobody answers within a few seconds, so a test fails, not hangs."""

    def __init__(self, patience_s: float = 3.0) -> None:
        import time

        self._time = time.monotonic
        self.patience = patience_s
        self.stuck: list[str] = []
        self._seen: tuple[object, float] | None = None
        self.timer = QTimer()
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            self._seen = None
            return
        if self._seen is None or self._seen[0] is not widget:
            self._seen = (widget, self._time())
        elif self._time() - self._seen[1] > self.patience:
            text = widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle()
            self.stuck.append(text)
            widget.close()
            self._seen = None

    def stop(self) -> None:
        self.timer.stop()


class WriterIntoShown:
    """The TextWriter of an editor tested alone: writes into the Section (or intro list)
    the editor shows, as the session does for a section of the open draft."""

    def __init__(self) -> None:
        self.editor: SectionEditor | None = None

    def write_body(self, section_id: str | None, body: list) -> None:
        assert self.editor is not None
        if section_id is None:
            assert self.editor.intro is not None
            self.editor.intro[:] = body
        else:
            assert self.editor.section is not None and self.editor.section.id == section_id
            self.editor.section.body = body

    def rename(self, section_id: str, heading: str) -> None:
        assert self.editor is not None and self.editor.section is not None
        self.editor.section.heading = heading


def standalone_editor() -> SectionEditor:
    """A SectionEditor outside a window (its writes go into the shown section)."""
    writer = WriterIntoShown()
    editor = SectionEditor(writer)
    writer.editor = editor
    return editor
