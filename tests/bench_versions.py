"""Benchmark: comparing two versions of the 100-page draft that differ in 200 places
(target ≤ 100 ms), and bringing back a review with 200 changes (target ≤ 1 s).

The 200 places are spread over the draft's paragraphs with a fixed seed: a replaced
phrase, an inserted clause, a deleted one, in turn. The review is our
own tracked export of the draft in which 200 changes were written as a reviewer's
w:ins/w:del (tests/review_helpers.py); the figure is reading it and placing every change.
Run: .venv/bin/python tests/bench_versions.py
"""

from __future__ import annotations

import copy
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdata import load_bench_draft  # noqa: E402

from app.core.compare import compare  # noqa: E402
from app.core.model import Draft, Run  # noqa: E402

ROUNDS = 15
PLACES = 200
COMPARE_TARGET_MS = 100
REVIEW_TARGET_MS = 1000


def changed_in_places(draft: Draft, places: int, seed: int = 14) -> Draft:
    """A copy of `draft` with `places` edits, spread over its long paragraphs (several,
    40 characters apart, in a paragraph when there are fewer paragraphs than places)."""
    new = copy.deepcopy(draft)
    long = [p for s in new.walk() for p in s.body if len(p.text) > 60]
    rng = random.Random(seed)
    rng.shuffle(long)
    texts = {id(p): p.text for p in long}
    edits: dict[int, list[int]] = {}
    placed = 0
    for attempt in range(places * 20):
        if placed == places:
            break
        paragraph = long[attempt % len(long)]
        at = 10 + 40 * len(edits.setdefault(id(paragraph), []))
        if at + 10 < len(texts[id(paragraph)]):
            edits[id(paragraph)].append(at)
            placed += 1
    assert placed == places, placed
    for paragraph in long:
        text = texts[id(paragraph)]
        for k, at in enumerate(sorted(edits.get(id(paragraph), []), reverse=True)):
            if k % 3 == 0:
                text = text[:at] + "进一步" + text[at + 3 :]
            elif k % 3 == 1:
                text = text[:at] + "，切实加强统筹协调" + text[at:]
            else:
                text = text[:at] + text[at + 4 :]
        paragraph.runs = [Run(text)]
    return new


def median_ms(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_compare() -> float:
    old = load_bench_draft()
    new = changed_in_places(old, PLACES)
    result = compare(old, new)
    print(f"  {result.hunk_count} changes found in {len(result.changed())} sections")
    assert result.hunk_count >= PLACES * 0.9, result.hunk_count  # neighbours may merge
    return median_ms(lambda: compare(old, new))


def main() -> int:
    compare_ms = bench_compare()
    ok = compare_ms <= COMPARE_TARGET_MS
    print(
        f"compare, 100 pages, {PLACES} places: {compare_ms:.1f} ms (target ≤ {COMPARE_TARGET_MS})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
