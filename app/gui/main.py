"""Start the window: `python -m app [DRAFT]`, `python -m app.gui [DRAFT]`, or the `zongjie` script.

Order of start-up: settings, translators (ours and Qt's own so its dialogs speak
Chinese too), crash recovery offer, then the draft named on the command line or the
last draft (a setting), and show. Heavy modules (python-docx, the export engine, the
import dialog) are imported only when their menu item is used.

ZONGJIE_STARTUP_PROBE=1 makes the app print `shown <epoch seconds>` after the first paint
and quit: tests/bench_gui.py measures start-up with it.
"""

from __future__ import annotations

import os
import resource
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core import recovery
from app.core.errors import ZongjieError
from app.core.suffixes import IMPORT_SUFFIXES
from app.gui.core_text import tr_core
from app.gui.document.autosave import orphaned_entries
from app.gui.file_prompts import ask_choice
from app.gui.language import LANGUAGES, install_translators, remove_translators
from app.gui.main_window import MainWindow, app_icon, open_windows
from app.gui.settings import Settings, load_settings

__all__ = ["LANGUAGES", "install_translators", "remove_translators", "run"]


def _path_argument(args: Sequence[str]) -> Path | None:
    for arg in args:
        if not arg.startswith("-"):
            return Path(arg)
    return None


def run(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "zongjie"])
    assert isinstance(app, QApplication)  # the windows need a widgets application
    app.setApplicationName("zongjie")
    settings = load_settings()
    install_translators(app, settings.language if settings.language in LANGUAGES else "zh_CN")
    app.setApplicationDisplayName(app.translate("Main", "工作总结编辑器"))
    app.setWindowIcon(app_icon())
    sys.excepthook = _save_everything_and_report
    if settings.load_warning:  # the damaged settings file was kept aside: say so once
        QMessageBox.warning(
            None,
            QCoreApplication.translate("Main", "设置已恢复为默认"),
            tr_core(settings.load_warning),
        )
    restored = offer_recovery(None, settings)
    path = _path_argument(args)
    if restored and path is None:
        return app.exec()  # the restored windows are the session
    window = MainWindow(settings)
    _restore_geometry(window, settings.window_geometry)
    if path is not None and path.suffix.lower() in IMPORT_SUFFIXES:
        window.show()
        window.import_dialog(path)
    elif path is not None:
        window.open_path(path)
    elif settings.reopen_last and settings.last_draft:
        last = Path(settings.last_draft)
        if last.exists():
            window.open_path(last, settings.last_section or None)
    window.show()
    if os.environ.get("ZONGJIE_STARTUP_PROBE"):
        QTimer.singleShot(0, lambda: _report_shown(app))
    return app.exec()


def _save_everything_and_report(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """An unexpected error in the app: write every window's recovery copy, then say so.

    The error is also printed (stderr) for a bug report; the app keeps running.
    """
    traceback.print_exception(kind, error, tb)
    for window in open_windows():
        try:
            window.autosave.note_change()
            window.autosave.write_if_needed()
        except Exception:  # noqa: BLE001 - the recovery copy is best effort here
            traceback.print_exc()
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Main", "程序内部错误"),
        QCoreApplication.translate(
            "Main",
            "程序遇到了一个内部错误（%1）。未保存的内容已写入恢复文件；"
            "请尽快保存草稿，必要时重新启动程序，启动时可以恢复。",
        ).replace("%1", kind.__name__),
    )


def _restore_geometry(window: QWidget, hex_text: str) -> None:
    if not hex_text:
        return
    if all(c in "0123456789abcdefABCDEF" for c in hex_text):
        window.restoreGeometry(QByteArray.fromHex(hex_text.encode("ascii")))


def _report_shown(app: QApplication) -> None:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"shown {time.time():.6f} maxrss_kb {peak_kb}", flush=True)

    for widget in app.topLevelWidgets():
        if widget.isWindow() and widget.isVisible():
            print(f"window {widget.windowTitle()}", flush=True)
        widget.setWindowModified(False)
    for window in open_windows():  # os._exit skips atexit: no lock may stay behind
        window.session.release_lock()
    os._exit(0)  # the probe measures start-up only; skip the close prompts and teardown


def offer_recovery(parent: QWidget | None, settings: Settings) -> list[MainWindow]:
    """Ask about each orphaned entry; restored drafts open in new windows (unsaved).

    Damaged entries were set aside by the listing: said once here, never again. A copy
    whose draft was saved again after it was written opens untitled, so that saving it
    cannot overwrite the newer draft without the user choosing the file."""
    listing = orphaned_entries()
    if listing.problems:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Recovery", "恢复文件已损坏"),
            "\n\n".join(tr_core(problem) for problem in listing.problems),
        )
    restored: list[MainWindow] = []
    untitled = QCoreApplication.translate("Recovery", "未命名草稿")
    for entry in listing.entries:
        answer = _ask_restore(parent, tr_core(entry.describe(untitled)))
        if answer == "discard":
            entry.remove()
        if answer != "restore":
            continue
        try:
            draft = recovery.read_entry(entry)
        except ZongjieError as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("Recovery", "无法恢复"), tr_core(exc.message)
            )
            continue
        original = Path(entry.original) if entry.original else None
        if original is not None and entry.original_changed_since():
            QMessageBox.information(
                parent,
                QCoreApplication.translate("Recovery", "恢复未保存的内容"),
                QCoreApplication.translate(
                    "Recovery",
                    "“%1”在这份恢复内容写下之后又保存过。恢复的内容将作为未命名草稿打开，"
                    "请用“另存为”保存，以免覆盖较新的草稿。",
                ).replace("%1", original.name),
            )
            original = None
        window = MainWindow(settings, recovery_key=entry.key)
        window.restore_recovered(draft, original)
        window.show()
        restored.append(window)
    return restored


def _ask_restore(parent: QWidget | None, described: str) -> str:
    """'restore', 'discard' or 'later'."""
    roles = QMessageBox.ButtonRole
    question = QCoreApplication.translate(
        "Recovery", "上次程序意外结束，留下了未保存的内容：\n%1\n\n要恢复吗？"
    )
    return ask_choice(
        parent,
        QCoreApplication.translate("Recovery", "恢复未保存的内容"),
        question.replace("%1", described),
        [
            ("restore", QCoreApplication.translate("Recovery", "恢复"), roles.AcceptRole),
            ("discard", QCoreApplication.translate("Recovery", "丢弃"), roles.DestructiveRole),
            ("later", QCoreApplication.translate("Recovery", "以后再说"), roles.RejectRole),
        ],
    )
