"""Benchmark: the 100-page bench draft with 20 tables of 30 rows (issue 13): in-process
export to .docx <= 0.2 s and paginate <= 150 ms, medians after a warm-up run.

    .venv/bin/python tests/bench_tables.py [--runs N]

The tables (5 columns: 序号, 工作任务 of 6-30 characters, 责任单位, 完成情况, 金额; a
header row and a 合计 row) go into 20 sections spread over the draft, after their first
paragraph. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchdata import load_bench_draft  # noqa: E402

from app.core.model import Draft, Table  # noqa: E402

EXPORT_TARGET_S = 0.2
PAGINATE_TARGET_S = 0.15
TABLES = 20
ROWS = 30
TASK = "推进重点项目建设落实全年目标任务确保按期完成并通过验收"


def table(number: int) -> Table:
    rows = [["序号", "工作任务", "责任单位", "完成情况", "金额（万元）"]]
    for i in range(1, ROWS - 1):
        task = TASK[: 6 + (i * 7) % 25]
        rows.append(
            [str(i), task, f"第{i % 5 + 1}科室", "已完成" if i % 3 else "推进中", f"{i * 37:,}"]
        )
    rows.append(["合计", "", "", "", f"{sum(i * 37 for i in range(1, ROWS - 1)):,}"])
    made = Table.plain(rows, caption=f"表{number} 重点工作完成情况表")
    made.col_widths = [700, 3600, 1600, 1400, 1544]
    return made


def bench_draft() -> Draft:
    draft = load_bench_draft()
    sections = [s for s in draft.walk() if s.body]
    step = max(1, len(sections) // TABLES)
    for n, section in enumerate(sections[::step][:TABLES], start=1):
        section.body.insert(1, table(n))
    return draft


def median_time(func: object, runs: int) -> float:
    assert callable(func)
    func()  # warm-up: imports, the title segmenter
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from app.core.export.writer import export_docx
    from app.core.pagination import paginate

    draft = bench_draft()
    assert sum(len(s.tables()) for s in draft.walk()) == TABLES
    pages = paginate(draft)
    print(
        f"draft: {draft.char_count()} characters, {TABLES} tables of {ROWS} rows -> {pages.page_count} pages"
    )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "tables.docx"
        exported = median_time(lambda: export_docx(draft, out), args.runs)
        size = out.stat().st_size
    paginated = median_time(lambda: paginate(draft), args.runs)
    print(f"export   (in-process, median of {args.runs}): {exported:.3f} s  ({size / 1024:.0f} KB)")
    print(f"paginate (in-process, median of {args.runs}): {paginated * 1000:.0f} ms")
    ok = exported <= EXPORT_TARGET_S and paginated <= PAGINATE_TARGET_S
    print(
        "target met"
        if ok
        else f"TARGET MISSED (export <= {EXPORT_TARGET_S} s, paginate <= {PAGINATE_TARGET_S * 1000:.0f} ms)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
