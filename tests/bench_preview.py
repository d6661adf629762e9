"""Page preview benchmark: typing with the preview open, and how soon the pages follow.

    .venv/bin/python tests/bench_preview.py [--keys 200] [--gap-ms 120]

The window with the 100-page draft (tests/benchdata.py) and the 页面预览 dock shown, the
cursor at the end of the longest section. Each key is an input method's commit
(QInputMethodEvent, as bench_gui.py), followed by processing all pending events.

- keystroke: the time to handle one key, keys `--gap-ms` apart as a typist's (so the
  debounced repagination runs between keys, as it does while typing). Target p95 ≤ 5 ms.
- blocked: the longest single repagination + repaint of the pages in view, the most a
  key arriving at the wrong moment waits.
- updated: from a key to the preview painted with that key's text in it (debounce,
  write-back, paginate, repaint). Target ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--gap-ms", type=float, default=120)
    parser.add_argument(
        "--hidden", action="store_true", help="keystrokes with the preview hidden, to compare"
    )
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtGui import QInputMethodEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from benchdata import load_bench_draft

    from app.core.draftfile import save_draft
    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    os.environ.setdefault("ZONGJIE_HOME", tempfile.mkdtemp(prefix="bench_preview_"))
    path = Path(tempfile.mkdtemp(prefix="bench_preview_draft_")) / "draft100.json"
    save_draft(load_bench_draft(), path)
    window = MainWindow(Settings())
    window.resize(1400, 860)
    window.open_path(path)
    window.show()
    window.pages.preview_action.trigger()
    panel, tracker = window.pages.panel, window.pages.tracker
    assert panel is not None
    if args.hidden:
        window.pages.preview_action.trigger()
    app.processEvents()
    pages = tracker.page_count()
    sections = list(window.draft.walk())
    biggest = max(sections, key=lambda s: len(s.body_text))
    window.show_place(biggest.id)
    body = window.editor.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    app.processEvents()

    blocked: list[float] = []
    fired: list[float] = []  # when each repagination started and ended (perf_counter)
    done: list[float] = []
    clock = QElapsedTimer()

    def timed_refresh(original=tracker.refresh) -> None:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        fired.append(started)
        original()
        panel.canvas.repaint()  # the pages in view, painted now
        done.append(time.perf_counter())
        blocked.append(done[-1] - started)

    tracker._timer.timeout.disconnect()
    tracker._timer.timeout.connect(timed_refresh)

    def commit(text: str) -> tuple[float, float]:
        """(when the key was sent, how long handling it took)"""
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        started = time.perf_counter()
        QApplication.sendEvent(body, event)
        app.processEvents()
        return started, time.perf_counter() - started

    def idle(ms: float) -> None:
        clock.start()
        while clock.elapsed() < ms:
            app.processEvents()
            time.sleep(0.001)

    key_times, updated, waited = [], [], []
    for n in range(args.keys):
        marker = f"标{n}"
        sent, took = commit(marker)
        key_times.append(took)
        idle(args.gap_ms)
        if args.hidden:
            continue
        assert done and done[-1] > sent, "no repagination after the key"
        printed = "".join(ln.text for page in tracker.pagination.pages for ln in page.lines)
        assert marker in printed, "the preview does not show the key"
        updated.append(done[-1] - sent)
        waited.append(fired[-1] - sent)

    ms = lambda values: statistics.median(values) * 1000  # noqa: E731
    p95 = lambda values: sorted(values)[int(len(values) * 0.95)] * 1000  # noqa: E731
    print(
        f"100-page draft: {pages} pages, preview {'hidden' if args.hidden else 'open'}, {args.keys} keys {args.gap_ms:.0f} ms apart"
    )
    print(f"keystroke: median {ms(key_times):.2f} ms, p95 {p95(key_times):.2f} ms (target <= 5)")
    if args.hidden:
        print("(preview hidden: keystrokes only)")
        window.session.forget_unsaved()
        window.editor.body.document().setModified(False)
        window.close()
        return 0
    print(
        f"repagination + repaint (GUI thread blocked): median {ms(blocked):.1f} ms, "
        f"max {max(blocked) * 1000:.1f} ms over {len(blocked)} runs"
    )
    print(
        f"last key -> preview updated and painted: median {ms(updated):.1f} ms, "
        f"p95 {p95(updated):.1f} ms, max {max(updated) * 1000:.1f} ms (target <= 100; "
        f"of which the debounce until the repagination starts: median {ms(waited):.1f} ms)"
    )
    window.session.forget_unsaved()
    window.editor.body.document().setModified(False)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
