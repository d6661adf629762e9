"""Benchmark: comparing two versions of the 100-page draft that differ in 200 places
(target ≤ 100 ms), and bringing back a review with 200 changes (target ≤ 1 s); also what
versions cost a save (the day's version checked in the index) and taking one.

The 200 places are spread over the draft's paragraphs with a fixed seed: a replaced
phrase, an inserted clause, a deleted one, in turn. The review is the draft's paragraphs
as the export prints them, bookmarked by section, with 200 replacements by two reviewers
written as Word writes w:del + w:ins and a comment on every tenth (tests/review_helpers.py);
the figure is reading the .docx and placing every change and comment (read_review).
Run: .venv/bin/python tests/bench_versions.py
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import review_helpers as rh  # noqa: E402
from benchdata import load_bench_draft  # noqa: E402

from app.core.compare import compare  # noqa: E402
from app.core.draftfile import save_draft  # noqa: E402
from app.core.model import Draft, Run  # noqa: E402
from app.core.review import read_review  # noqa: E402
from app.core.versions import VersionKind, VersionStore  # noqa: E402

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


def reviewed_docx(draft: Draft, changes: int) -> bytes:
    """Our export's paragraphs with `changes` tracked replacements by two reviewers, one
    every 40 characters of the long body paragraphs, and a comment on every tenth."""
    paragraphs = rh.exported(draft)
    made = 0
    comments = []
    for para in paragraphs:
        texts = [i for i, item in enumerate(para) if item[0] == "t" and len(item[1]) > 60]
        if not texts or made >= changes:
            continue
        k = texts[0]
        text = para[k][1]
        items: list[tuple[str, ...]] = []
        pos = 0
        for at in range(10, len(text) - 10, 40):
            if made >= changes:
                break
            author = "张科长" if made % 2 else "李处长"
            items += [
                ("t", text[pos:at]),
                ("del", text[at : at + 3], author),
                ("ins", "进一步", author),
            ]
            if made % 10 == 0:
                cid = str(len(comments))
                items += [("cs", cid), ("ce", cid), ("cref", cid)]
                comments.append((cid, author, "请再斟酌"))
            pos = at + 3
            made += 1
        items.append(("t", text[pos:]))
        para[k : k + 1] = items
    assert made == changes, made
    return rh.docx(paragraphs, tuple(comments))


def bench_review() -> float:
    draft = load_bench_draft()
    data = reviewed_docx(draft, PLACES)
    review = read_review(draft, data, "审阅.docx")
    assert len(review.suggestions) == PLACES and not review.unplaced, len(review.suggestions)
    print(f"  {len(review.suggestions)} suggestions, {len(review.comments)} comments placed")
    return median_ms(lambda: read_review(draft, data, "审阅.docx"))


def bench_save_with_versions() -> tuple[float, float, float]:
    """A save of the 100-page draft alone, and with 200 versions beside it (the save asks
    the index whether today has a version); and taking one version by hand."""
    draft = load_bench_draft()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "总结.json"
        alone = median_ms(lambda: save_draft(draft, path))
        store = VersionStore(path)
        for day in range(200):
            moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=day)
            store.take(draft, VersionKind.DAILY, now=moment, note=str(day))

        def save_and_check() -> None:
            save_draft(draft, path)
            store.take_daily(draft)

        beside = median_ms(save_and_check)
        take = median_ms(lambda: store.take(draft, VersionKind.MANUAL, "手动"))
    return alone, beside, take


def main() -> int:
    compare_ms = bench_compare()
    print(
        f"compare, 100 pages, {PLACES} places: {compare_ms:.1f} ms (target ≤ {COMPARE_TARGET_MS})"
    )
    review_ms = bench_review()
    print(f"review back, {PLACES} changes: {review_ms:.1f} ms (target ≤ {REVIEW_TARGET_MS})")
    alone, beside, take = bench_save_with_versions()
    print(
        f"save, 100 pages: {alone:.1f} ms alone, {beside:.1f} ms with 200 versions beside "
        f"(the day's version checked); taking a version: {take:.1f} ms"
    )
    return 0 if compare_ms <= COMPARE_TARGET_MS and review_ms <= REVIEW_TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
