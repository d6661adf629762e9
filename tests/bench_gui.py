"""GUI benchmark: start-up to the shown window, keystroke cost, peak memory.

    .venv/bin/python tests/bench_gui.py [--runs 5] [--keys 300]

Start-up: a subprocess runs `python -m app.gui DRAFT` (offscreen) with the 100-page draft;
ZONGJIE_STARTUP_PROBE makes it print the wall-clock time right after the first paint and
quit. Start-up = that time minus the time just before the process was spawned, so it
includes the interpreter's own start. A bare PySide6 window (QMainWindow + QTreeView +
QTextEdit) is measured the same way for comparison.

Keystroke: in this process, the window with the small sample draft and with the 100-page
draft; each key is a QKeyEvent press+release (Chinese text, as an input method's key
would deliver it) or a QInputMethodEvent commit, followed by processing all pending events
(layout, paint, timers). Median per key. Targets: start-up ≤ 0.6 s, keystroke ≤ 5 ms and
independent of draft size, peak memory with the 100-page draft ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTreeView, QTextEdit
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); s = QSplitter(); s.addWidget(QTreeView()); s.addWidget(QTextEdit()); w.setCentralWidget(s)
w.show()
def done():
    print(f"shown {time.time():.6f} maxrss_kb 0", flush=True); import os; os._exit(0)
QTimer.singleShot(0, done)
app.exec()
"""


def _spawn_until_shown(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.time()
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
    for line in out.stdout.splitlines():
        if line.startswith("shown "):
            parts = line.split()
            return float(parts[1]) - start, int(parts[3])
    raise RuntimeError(f"no probe output: {out.stdout}\n{out.stderr}")


def compile_app_bytecode() -> None:
    """Write app/'s .pyc files, as the first start after an install does.

    Without them every start compiles ~40 modules from source (+0.15-0.2 s here); this
    machine sets PYTHONDONTWRITEBYTECODE=1, which would hide what users see from the
    second start on. The "first start" figure is measured too, before this runs.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(REPO / "app")], env=env, check=True
    )


def remove_app_bytecode() -> None:
    """Delete app/'s __pycache__ folders (generated, git-ignored) for the first-start figure."""
    import shutil

    for cache in (REPO / "app").rglob("__pycache__"):
        shutil.rmtree(cache)


def startup(draft_path: Path, runs: int, label: str) -> None:
    # No .pyc is written during the runs, so "first start" stays a first start.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ZONGJIE_STARTUP_PROBE="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    times, peaks, bare = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env["ZONGJIE_HOME"] = home
            seconds, peak = _spawn_until_shown(
                [sys.executable, "-m", "app.gui", str(draft_path)], env
            )
        times.append(seconds)
        peaks.append(peak)
        bare.append(_spawn_until_shown([sys.executable, "-c", BARE_WINDOW], env)[0])
    print(
        f"start-up to shown window, 100-page draft, {label}: median {statistics.median(times):.3f} s "
        f"(runs: {', '.join(f'{t:.3f}' for t in times)})"
    )
    print(f"bare PySide6 tree+text window, same machine: median {statistics.median(bare):.3f} s")
    print(
        f"peak memory (maxrss) with the 100-page draft open: median {statistics.median(peaks) / 1024:.0f} MB"
    )


def keystrokes(small: Path, large: Path, keys: int) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    def measure(path: Path, label: str) -> None:
        window = MainWindow(Settings())
        window.resize(1100, 720)
        window.open_path(path)
        window.show()
        sections = list(window.draft.walk())
        biggest = max(sections, key=lambda s: len(s.body_text))
        window.outline.select_section(biggest.id)
        window.show_section(biggest.id)
        body = window.editor.body
        body.setFocus()
        body.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        key_times, ime_times = [], []
        for i in range(keys):
            started = time.perf_counter()
            QApplication.sendEvent(
                body,
                QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "字"
                ),
            )
            QApplication.sendEvent(
                body,
                QKeyEvent(
                    QEvent.Type.KeyRelease, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "字"
                ),
            )
            app.processEvents()
            key_times.append(time.perf_counter() - started)
            event = QInputMethodEvent("", [])
            event.setCommitString("写")
            started = time.perf_counter()
            QApplication.sendEvent(body, event)
            app.processEvents()
            ime_times.append(time.perf_counter() - started)
            if i % 50 == 49:  # let the debounced write-back happen now and then, as in real typing
                window.flush()
        ms = lambda values: statistics.median(values) * 1000  # noqa: E731
        p95 = lambda values: sorted(values)[int(len(values) * 0.95)] * 1000  # noqa: E731
        print(
            f"keystroke, {label} ({len(sections)} sections, section of {len(biggest.body_text)} chars): "
            f"key median {ms(key_times):.2f} ms (p95 {p95(key_times):.2f}), "
            f"input-method commit median {ms(ime_times):.2f} ms (p95 {p95(ime_times):.2f})"
        )
        QApplication.sendEvent(
            body,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "末"
            ),
        )
        flush_started = time.perf_counter()
        window.flush()
        print(
            f"  debounced write-back of that section: {(time.perf_counter() - flush_started) * 1000:.2f} ms"
        )
        window.editor.body.document().setModified(False)
        window.session.forget_unsaved()
        window.close()
        app.processEvents()

    measure(small, "small sample draft")
    measure(large, "100-page draft")
    visit_everything(large)


def visit_everything(path: Path) -> None:
    """Peak memory after showing every section once (each keeps its own text document)."""
    import resource

    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    app = QApplication.instance()
    window = MainWindow(Settings())
    window.open_path(path)
    window.show()
    started = time.perf_counter()
    sections = list(window.draft.walk())
    for section in sections:
        window.outline.select_section(section.id)
        app.processEvents()
    per_section = (time.perf_counter() - started) / len(sections) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"switching sections: {per_section:.1f} ms each; peak memory of this process after "
        f"visiting all {len(sections)} sections (3 windows opened in total): {peak:.0f} MB"
    )
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("draft", nargs="?", help="the 100-page draft as a .json (made if omitted)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    from benchdata import load_bench_draft

    from app.core.draftfile import save_draft

    folder = Path(tempfile.mkdtemp(prefix="bench_gui_"))
    os.environ["ZONGJIE_HOME"] = str(folder / "home")
    large = Path(args.draft) if args.draft else folder / "draft100.json"
    if not args.draft:
        save_draft(load_bench_draft(), large)
    small = folder / "sample.json"
    small.write_bytes((REPO / "resources" / "samples" / "2020年上半年工作总结.json").read_bytes())
    print(f"100-page draft: {large} ({large.stat().st_size / 1024:.0f} KB)")
    remove_app_bytecode()
    startup(large, args.runs, "first start (no .pyc for app/)")
    compile_app_bytecode()
    startup(large, args.runs, "every later start")
    keystrokes(small, large, args.keys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
