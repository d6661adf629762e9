"""Kill-during-save soak: a forked child saves one draft in a loop; it is SIGKILLed at a
random moment, again and again. After each kill the draft must be one complete version,
and after the next save/open (tidy_draft_folder) the .bak must be the version before it
and no temporary file may be left.

Run: .venv/bin/python tests/soak_save.py [KILLS] [FOLDER]   (default 5,000 kills)
The test suite runs the same harness with a few hundred kills (test_reliability_saves.py).
POSIX only (fork).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import fileio  # noqa: E402


def content(version: int) -> bytes:
    """Version `version` of the draft: different sizes, so a torn write would show."""
    pad = "工作总结" * (50 + (version * 37) % 400)
    return json.dumps({"v": version, "pad": pad}, ensure_ascii=False).encode("utf-8")


def version_of(data: bytes) -> int:
    """The version these bytes are, or raise AssertionError when they are not one exactly."""
    version = json.loads(data.decode("utf-8"))["v"]
    assert data == content(version), "draft is not exactly one saved version"
    return version


def _child(path: Path, start: int) -> None:
    try:
        version = start
        while True:
            version += 1
            fileio.atomic_write(path, content(version))
    finally:
        os._exit(0)


def check(path: Path) -> int:
    """The invariants after a kill (runs the next open's tidy first). Returns the version."""
    version = version_of(path.read_bytes())
    fileio.tidy_draft_folder(path)
    backup = path.with_name(path.name + ".bak")
    if version > 1:
        assert backup.exists(), "no backup"
        assert version_of(backup.read_bytes()) == version - 1, (
            f".bak is version {version_of(backup.read_bytes())}, draft is {version}"
        )
    leftovers = sorted(
        p.name for p in path.parent.iterdir() if p.name not in (path.name, backup.name)
    )
    assert not leftovers, f"left behind: {leftovers}"
    return version


def soak(folder: Path, kills: int, seed: int = 1, max_delay: float = 0.004) -> dict[str, int]:
    """Kill a saving child `kills` times; returns counts. Raises AssertionError on a gap."""
    rng = random.Random(seed)
    path = folder / "草稿.json"
    fileio.atomic_write(path, content(1))
    versions_seen = 0
    for _ in range(kills):
        start = version_of(path.read_bytes())
        pid = os.fork()
        if pid == 0:
            _child(path, start)
        time.sleep(rng.uniform(0, max_delay))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        versions_seen = check(path)
    return {"kills": kills, "last_version": versions_seen}


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp(prefix="soak_save_"))
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    result = soak(folder, kills)
    elapsed = time.perf_counter() - start
    print(
        f"{result['kills']} kills in {elapsed:.1f} s, {result['last_version']} versions saved; "
        "every draft one complete version, every .bak the version before it, no leftovers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
