"""Benchmark: the tracked-changes export of the 100-page draft changed in 200 places
(tracked_docx_bytes: both states laid out, compared place by place, written with w:ins,
w:del, w:rPrChange, w:pPrChange), beside the plain export of the same draft.

    python tests/bench_tracked.py

No target in issue #14; the figure says what a 导出修订稿 costs over a plain export.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))

from bench_versions import PLACES, changed_in_places  # noqa: E402
from benchdata import load_bench_draft  # noqa: E402

from app.core.export.writer import build_docx_bytes  # noqa: E402
from app.core.tracked import accepted, rejected, tracked_document, tracked_docx_bytes  # noqa: E402

ROUNDS = 7


def median_ms(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    old = load_bench_draft()
    new = changed_in_places(old, PLACES)
    for paragraph in [p for s in new.walk() for p in s.body][:20:4]:
        for run in paragraph.runs:
            run.bold = True  # five restyled paragraphs: w:rPrChange
    blocks = tracked_document(old, new, "起草人", "2026-12-02T08:00:00Z")
    changed = sum(1 for t in blocks for r in t.block.runs if r.change is not None)
    assert [b.text for b in accepted(blocks)] != [b.text for b in rejected(blocks)]
    print(f"  {len(blocks)} paragraphs, {changed} changed runs")
    tracked = median_ms(lambda: tracked_docx_bytes(old, new, "起草人"))
    plain = median_ms(lambda: build_docx_bytes(new))
    print(
        f"tracked export, 100 pages, {PLACES} places: {tracked:.0f} ms "
        f"(plain export of the same draft: {plain:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
