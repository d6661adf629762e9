"""Benchmark: the paginator on the 100-page bench draft (target ≤ 100 ms), both renderer
profiles, after a warm-up (imports; the title's segmenter loads once per process).

Run: .venv/bin/python tests/bench_pagination.py [repeats]
Prints medians (the machine is shared, single timings are noisy) and exits 1 when the
target is missed.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdata import load_bench_draft  # noqa: E402

from app.core.pagination import LIBREOFFICE, WORD, paginate  # noqa: E402

TARGET_S = 0.1


def main(repeats: int = 15) -> int:
    draft = load_bench_draft()
    result = paginate(draft)  # warm-up
    lines = sum(len(page.lines) for page in result.pages)
    print(
        f"draft: {draft.char_count()} characters, {sum(1 for _ in draft.walk())} sections -> "
        f"{result.page_count} pages, {lines} lines"
    )
    worst = 0.0
    for metrics in (LIBREOFFICE, WORD):
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            paginate(draft, metrics=metrics)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        worst = max(worst, median)
        print(
            f"paginate ({metrics.name:11}): median {median * 1000:6.1f} ms"
            f"  (min {min(times) * 1000:.1f}, target {TARGET_S * 1000:.0f})"
        )
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
