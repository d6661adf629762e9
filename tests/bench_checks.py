"""Benchmark: 规范检查 of the 100-page bench draft (target ≤ 0.1 s), and re-checking after
one edit with the incremental Checker (target: less than a full check).

Run: .venv/bin/python tests/bench_checks.py [repeats]
Prints medians (the machine is shared, single timings are noisy) and exits 1 when a
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

from app.core.checks import Checker, check_draft  # noqa: E402
from app.core.model import Paragraph  # noqa: E402

FULL_TARGET = 0.1


def timed(func) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main(repeats: int = 15) -> int:
    draft = load_bench_draft()
    chars = draft.char_count()
    findings = check_draft(draft)  # warm-up: imports, regex compilation

    full = [timed(lambda: check_draft(draft)) for _ in range(repeats)]

    checker = Checker()
    checker.check(draft)
    unchanged = [timed(lambda: checker.check(draft)) for _ in range(repeats)]

    # One edit: a character typed into one paragraph in the middle of the draft.
    sections = [s for s in draft.walk() if s.body]
    target = sections[len(sections) // 2]
    edits = []
    for i in range(repeats):
        target.body[0] = Paragraph.plain(target.body[0].text + "加强学习，"[i % 5])
        edits.append(timed(lambda: checker.check(draft)))
        assert checker.misses == 1, checker.misses

    full_ms, edit_ms, same_ms = (statistics.median(x) * 1000 for x in (full, edits, unchanged))
    print(
        f"draft: {chars} characters, {sum(1 for _ in draft.walk())} sections, {len(findings)} findings"
    )
    print(
        f"full check (check_draft, cold cache):   median {full_ms:6.1f} ms  (min {min(full) * 1000:.1f})"
    )
    print(
        f"re-check after one edit (Checker):      median {edit_ms:6.1f} ms  (min {min(edits) * 1000:.1f})"
    )
    print(f"re-check with nothing changed:          median {same_ms:6.1f} ms")
    ok = full_ms / 1000 <= FULL_TARGET and edit_ms < full_ms
    print(
        "targets met" if ok else f"TARGET MISSED (full ≤ {FULL_TARGET * 1000:.0f} ms, edit < full)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
