"""Benchmark: importing the 100-page text (../shared/bench/draft100.txt) must take ≤ 0.2 s per 100 KB.

Run: .venv/bin/python tests/bench_import.py [ROUNDS]
Times in-process (the machine is shared; process start-up would drown the figure) and
prints medians: reading + decoding + classifying + building the draft, then the parts.
Exit 1 when the median per 100 KB is over the target.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchdata import bench_path  # noqa: E402
from wrap_helpers import display_chunks

from app.core.importer import analyse_text, build_draft, import_file, read_text_file  # noqa: E402

TARGET_PER_100KB = 0.2


def _median(rounds: int, work) -> float:  # noqa: ANN001 - a callable
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    path = bench_path("draft100.txt")
    size = path.stat().st_size
    text, _ = read_text_file(path)
    result = import_file(path)
    sections = sum(1 for _ in result.draft.walk())
    whole = _median(rounds, lambda: import_file(path))
    decode = _median(rounds, lambda: read_text_file(path))
    analyse = _median(rounds, lambda: analyse_text(text))
    rebuild = _median(rounds, lambda: build_draft(result.lines))
    per_100kb = whole * 100 * 1024 / size
    print(
        f"{path.name}: {size:,} bytes ({size / 1024:.0f} KiB), {len(result.lines)} lines, {sections} sections"
    )
    print(f"import_file (read+decode+classify+build), median of {rounds}: {whole * 1000:.1f} ms")
    print(f"  per 100 KB: {per_100kb * 1000:.1f} ms (target ≤ {TARGET_PER_100KB * 1000:.0f} ms)")
    print(f"  read+decode {decode * 1000:.1f} ms, classify+build {analyse * 1000:.1f} ms")
    print(f"  rebuild after a role change (build_draft): {rebuild * 1000:.1f} ms")
    pdf_per_100kb = _bench_pdf_copy(text, rounds)
    _bench_docx(rounds)
    longest = _bench_corpus(rounds)
    return 0 if max(per_100kb, pdf_per_100kb) <= TARGET_PER_100KB and longest <= TARGET else 1


TARGET = 0.2  # s, for the longest realistic text of the corpus


def _bench_corpus(rounds: int) -> float:
    """Each text of the import corpus (tests/data/import_corpus): the slowest one."""
    corpus = Path(__file__).resolve().parent / "data" / "import_corpus"
    slowest, name = 0.0, ""
    for path in sorted(p for p in corpus.iterdir() if p.suffix != ".json"):
        took = _median(rounds, lambda path=path: import_file(path))
        if took > slowest:
            slowest, name = took, path.name
    print(f"corpus: slowest text {name}: {slowest * 1000:.1f} ms (target ≤ {TARGET * 1000:.0f} ms)")
    return slowest


def _pdf_copy(text: str, cells: int = 60, page_lines: int = 40) -> str:
    """The same text as copied out of a PDF: broken every `cells` half-width cells, with a
    page number line at a line break whenever `page_lines` lines have passed (the slowest
    path: unwrapping)."""
    out: list[str] = []
    for line in text.split("\n"):
        first, *rest = display_chunks(line, cells)
        out.append(first)
        for chunk in rest:
            if len(out) % page_lines == 0:
                out.append(f"— {len(out) // page_lines} —")
            out.append(chunk)
    return "\n".join(out)


def _bench_pdf_copy(text: str, rounds: int) -> float:
    wrapped = _pdf_copy(text)
    size = len(wrapped.encode("utf-8"))
    sections = sum(1 for _ in analyse_text(wrapped).draft.walk())
    took = _median(rounds, lambda: analyse_text(wrapped))
    per_100kb = took * 100 * 1024 / size
    print(
        f"as copied from a PDF (hard-wrapped, page numbers): {size / 1024:.0f} KiB, "
        f"{sections} sections, classify+build {took * 1000:.1f} ms, per 100 KB {per_100kb * 1000:.1f} ms"
    )
    return per_100kb


def _bench_docx(rounds: int) -> None:
    """The same 100 pages as an exported .docx (when the exporter is there): for the record."""
    try:
        from app.core.export.writer import export_docx
    except ModuleNotFoundError:
        print("docx: exporter not available, skipped")
        return
    import tempfile

    from benchdata import load_bench_draft

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft100.docx"
        export_docx(load_bench_draft(), path)
        result = import_file(path)
        sections = sum(1 for _ in result.draft.walk())
        took = _median(max(5, rounds // 3), lambda: import_file(path))
        print(
            f"docx: {path.stat().st_size / 1024:.0f} KB, {sections} sections, import {took * 1000:.1f} ms"
        )


if __name__ == "__main__":
    sys.exit(main())
