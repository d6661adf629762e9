"""Benchmark: save and load of the 100-page draft against a bare json dump/load of the same data.

Target: ours ≤ 3× bare. "Bare" writes the same dict with json.dumps + write (and, to be
fair about what durability costs, also with fsync + rename); load is read + json.loads.
Run: .venv/bin/python tests/bench_storage.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchdata import load_bench_draft  # noqa: E402

from app.core.draftfile import draft_to_dict, load_draft, save_draft  # noqa: E402

ROUNDS = 40


def median_ms(fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    draft = load_bench_draft()
    data = draft_to_dict(draft)
    with tempfile.TemporaryDirectory() as folder:
        ours = Path(folder) / "draft.json"
        bare = Path(folder) / "bare.json"

        def bare_save() -> None:
            bare.write_bytes(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))

        def bare_save_durable() -> None:
            tmp = bare.with_suffix(".tmp")
            with open(tmp, "wb") as handle:
                handle.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, bare)

        def bare_load() -> None:
            json.loads(bare.read_bytes())

        save_ms = median_ms(lambda: save_draft(draft, ours))
        load_ms = median_ms(lambda: load_draft(ours))
        bare_save_ms = median_ms(bare_save)
        bare_durable_ms = median_ms(bare_save_durable)
        bare_load_ms = median_ms(bare_load)
        size_kb = ours.stat().st_size / 1024

    print(
        f"draft: {sum(1 for _ in draft.walk())} sections, {draft.char_count()} characters, {size_kb:.0f} KB"
    )
    print(
        f"save (atomic, fsync, .bak): {save_ms:.2f} ms   bare dump+write: {bare_save_ms:.2f} ms "
        f"(x{save_ms / bare_save_ms:.1f})   bare with fsync+rename: {bare_durable_ms:.2f} ms "
        f"(x{save_ms / bare_durable_ms:.1f})"
    )
    print(
        f"load (validate, build model): {load_ms:.2f} ms   bare read+loads: {bare_load_ms:.2f} ms "
        f"(x{load_ms / bare_load_ms:.1f})"
    )


if __name__ == "__main__":
    main()
