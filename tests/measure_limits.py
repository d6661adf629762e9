"""Time and memory of every hostile import case, each in its own process.

Run: .venv/bin/python tests/measure_limits.py [REPO_ROOT] [TIMEOUT_S]
REPO_ROOT (default: this checkout) lets the same cases run against an older copy of the
app (e.g. `git archive <commit> app | tar -x -C /tmp/old`). Each child gets at most 3 GB
of address space and TIMEOUT_S seconds (default 20); prints wall time, peak RSS and the
outcome (the error type and the start of its message).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

CHILD = """
import sys, time
sys.path.insert(0, sys.argv[1])
from app.core.importer import import_file
start = time.perf_counter()
try:
    result = import_file(sys.argv[2])
    outcome = f"accepted, {len(result.lines)} lines"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {getattr(exc, 'message', str(exc))[:70]}"
import resource
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{time.perf_counter() - start:.2f}|{peak:.0f}|{outcome}")
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def _text_cases() -> dict[str, bytes]:
    return {
        "text_3e6_lines.txt": b"x\n" * 3_000_000,
        "text_13MB.txt": "字".encode() * (13 * 1024 * 1024 // 3),
        "text_4MB_bench_x23.txt": (HERE.parent.parent / "shared/bench/draft100.txt").read_bytes()
        * 23,
    }


def main() -> int:
    from test_docx_limits import _cases

    root = sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent)
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    cases = {f"{k}.docx": v for k, v in _cases().items()} | _text_cases()
    folder = Path(tempfile.mkdtemp(prefix="measure_limits_"))
    print(f"{'case':36} {'size':>9} {'wall':>7} {'in-proc':>7} {'peak':>9}  outcome")
    for name, data in cases.items():
        path = folder / name
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, root, str(path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                preexec_fn=_limit_memory,
            )
            out, err = child.communicate(timeout=timeout)
            inner, _, rest = out.strip().partition("|")
            rss, _, outcome = rest.partition("|")
            if not outcome:
                outcome = (err.strip().splitlines() or ["(no output)"])[-1][:80]
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            inner, rss, outcome = "-", "-", f"still running after {timeout:.0f} s (killed)"
        wall = time.perf_counter() - start
        print(f"{name:36} {len(data) / 1024:8.0f}K {wall:6.2f}s {inner:>7} {rss:>8}M  {outcome}")
        path.unlink()
    print(
        "wall: the whole child process (start-up ~0.1 s); in-proc: the import alone; peak RSS of the child"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
