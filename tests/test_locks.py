"""The draft lock: written whole or not at all, stale by a rule that survives pid reuse,
restarts and other computers, kept alive by refresh(), and readable by the command line."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core import fileio
from app.core.errors import DraftLockedError
from app.core.fileio import DraftLock, LockFailedError


def _write_lock(draft: Path, **record: object) -> Path:
    lock = draft.with_name(draft.name + ".lock")
    lock.write_text(json.dumps(record), encoding="utf-8")
    return lock


@pytest.fixture
def sleeper():  # type: ignore[no-untyped-def]
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child
    child.kill()
    child.wait()


def test_the_lock_records_who_and_when(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.json"
    with DraftLock(draft) as lock:
        record = json.loads(lock.path.read_text(encoding="utf-8"))
        assert record["pid"] == os.getpid() and record["host"] == socket.gethostname()
        assert record["token"] == lock.token and record["heartbeat"] >= record["time"]
    assert not lock.path.exists()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_full_disk_gives_the_chinese_message_and_leaves_no_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "草稿.json"
    draft.write_bytes(b"{}")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full)
    with pytest.raises(LockFailedError) as caught:
        DraftLock(draft).acquire()
    monkeypatch.undo()
    assert "磁盘空间不足" in caught.value.message and "No space" not in caught.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["草稿.json"]  # no .lock, no temp file
    with DraftLock(draft) as lock:  # and once there is room, the lock works
        assert lock.held


def test_a_lock_of_a_live_process_holds(tmp_path: Path, sleeper: subprocess.Popen) -> None:
    draft = tmp_path / "草稿.json"
    _write_lock(
        draft,
        host=socket.gethostname(),
        pid=sleeper.pid,
        start=fileio.process_start_time(sleeper.pid),
        boot=fileio.boot_id(),
        time=time.time(),
        user="张三",
    )
    with pytest.raises(DraftLockedError) as caught:
        DraftLock(draft).acquire()
    assert "张三" in caught.value.message


@pytest.mark.skipif(fileio.process_start_time(os.getpid()) is None, reason="no process start times")
def test_a_reused_pid_does_not_keep_a_dead_lock(tmp_path: Path, sleeper: subprocess.Popen) -> None:
    """The pid lives, but it is another process than the one that took the lock."""
    draft = tmp_path / "草稿.json"
    start = fileio.process_start_time(sleeper.pid)
    assert start is not None
    _write_lock(draft, host=socket.gethostname(), pid=sleeper.pid, start=start - 500, time=0)
    with DraftLock(draft) as lock:
        assert lock.held


@pytest.mark.skipif(fileio.boot_id() is None, reason="no boot id")
def test_a_lock_from_before_a_restart_is_stale(tmp_path: Path, sleeper: subprocess.Popen) -> None:
    draft = tmp_path / "草稿.json"
    _write_lock(draft, host=socket.gethostname(), pid=sleeper.pid, boot="another-boot", time=0)
    with DraftLock(draft) as lock:
        assert lock.held


def test_another_computers_lock_is_stale_once_its_heartbeat_stops(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.json"
    now = time.time()
    _write_lock(draft, host="另一台电脑", pid=1, time=now - 86400, heartbeat=now - 60)
    with pytest.raises(DraftLockedError):  # refreshed a minute ago: alive, however old
        DraftLock(draft).acquire()
    stale = now - DraftLock.STALE_SECONDS - 60
    _write_lock(draft, host="另一台电脑", pid=1, time=stale, heartbeat=stale)
    with DraftLock(draft) as lock:  # a crash on the other computer: free within minutes
        assert lock.held
    assert (
        DraftLock.STALE_SECONDS < 3600 and DraftLock.REFRESH_SECONDS * 3 <= DraftLock.STALE_SECONDS
    )


def test_refresh_keeps_a_long_held_lock_alive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "草稿.json"
    lock = DraftLock(draft)
    lock.acquire()
    later = time.time() + 2 * 86400  # two days with the window open
    monkeypatch.setattr(fileio.time, "time", lambda: later)
    assert lock.refresh()
    record = json.loads(lock.path.read_text(encoding="utf-8"))
    assert record["heartbeat"] == later and record["token"] == lock.token
    monkeypatch.undo()
    lock.release()


def test_refresh_says_when_the_lock_was_taken_over(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.json"
    lock = DraftLock(draft)
    lock.acquire()
    _write_lock(
        draft, host="另一台电脑", pid=7, token="theirs", time=time.time(), heartbeat=time.time()
    )
    assert lock.refresh() is False
    assert not lock.held
    lock.release()  # does not remove the other computer's lock
    assert json.loads(lock.path.read_text(encoding="utf-8"))["token"] == "theirs"


def test_refresh_recreates_a_deleted_lock(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.json"
    lock = DraftLock(draft)
    lock.acquire()
    lock.path.unlink()
    assert lock.refresh() and lock.path.exists()
    lock.release()


def test_the_command_line_can_ask_who_holds_the_lock(
    tmp_path: Path, sleeper: subprocess.Popen
) -> None:
    draft = tmp_path / "草稿.json"
    assert DraftLock.holder(draft) is None
    DraftLock.check_not_locked(draft)  # no lock: nothing raised
    _write_lock(draft, host=socket.gethostname(), pid=sleeper.pid, time=time.time(), user="李四")
    holder = DraftLock.holder(draft)
    assert holder is not None and holder.pid == sleeper.pid and holder.user == "李四"
    with pytest.raises(DraftLockedError) as caught:
        DraftLock.check_not_locked(draft)
    assert "李四" in caught.value.message and socket.gethostname() in caught.value.message
    sleeper.kill()
    sleeper.wait()
    assert DraftLock.holder(draft) is None  # stale: nobody holds it


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"[]", b'{"pid": "x", "host": 5}', b'{"pid": 1e400}', b"\xff\xfe", b"[" * 5000],
)
def test_a_damaged_lock_file_never_raises_anything_else(tmp_path: Path, content: bytes) -> None:
    draft = tmp_path / "草稿.json"
    lock = draft.with_name("草稿.json.lock")
    lock.write_bytes(content)
    old = time.time() - 3600
    os.utime(lock, (old, old))
    DraftLock.holder(draft)  # never raises
    with DraftLock(draft) as taken:
        assert taken.held


def test_two_processes_racing_for_one_lock_get_it_once(tmp_path: Path) -> None:
    draft = tmp_path / "草稿.json"
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[2]);"
        "from app.core.fileio import DraftLock; from app.core.errors import DraftLockedError;"
        "lock = DraftLock(sys.argv[1])\n"
        "try:\n lock.acquire(); print('got', flush=True); time.sleep(1.5)\n"
        "except DraftLockedError: print('refused', flush=True)\n"
    )
    repo = str(Path(__file__).resolve().parents[1])
    children = [
        subprocess.Popen(
            [sys.executable, "-c", code, str(draft), repo], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outputs = sorted(child.communicate(timeout=30)[0].strip() for child in children)
    assert outputs == ["got", "refused", "refused"]
