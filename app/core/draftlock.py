"""The draft lock, and the file primitives it shares with fileio (no other app imports).

fileio.DraftLock is this lock with its failures told in Chinese and the draft folder
tidied when the lock is taken; use that one. Also here: temporary names that say whose
they are (`<host>-<pid>-<random>`), whole-file writes, and process identity (alive, start
time, boot id) for the staleness rules of locks, temporary files and recovery entries.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DraftLockedError, ZongjieError
from app.core.i18n import N_, Text

LOCK_SUFFIX = ".lock"


def _host_tag(host: str | None = None) -> str:
    return hashlib.sha1((host or socket.gethostname()).encode("utf-8")).hexdigest()[:6]


def _temp_tag() -> str:
    """`<host>-<pid>-<random>`: unique per call, and says whose it is."""
    return f"{_host_tag()}-{os.getpid()}-{secrets.token_hex(4)}"


_in_progress: set[str] = set()  # temporary files this process is writing right now


def resolve_target(path: Path) -> Path:
    """The file a write to `path` must replace: a symlink is followed to its target."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _write_new_file(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist), write `data`, fsync; removes it on failure."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    os.close(fd)


@dataclass
class LockHolder:
    """Who holds a draft's lock, as recorded in the lock file."""

    host: str
    pid: int | None
    user: str
    since: float | None  # when the lock was taken (seconds since the epoch)
    heartbeat: float | None  # when it was last refreshed

    def describe(self) -> Text:
        when = _format_time(self.since)
        host = self.host or N_("未知")
        if self.user:
            return N_(
                "计算机 {host}，用户 {user}，自 {when} 起", host=host, user=self.user, when=when
            )
        return N_("计算机 {host}，自 {when} 起", host=host, when=when)


def _format_time(stamp: float | None) -> str:
    if stamp is None:
        return N_("时间不详")
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))
    except (TypeError, ValueError, OverflowError, OSError):
        return N_("时间不详")


class DraftLock:
    """An exclusive lock file `NAME.lock` beside a draft, so two windows don't both write it.

    The lock records host, pid, the process's start time, the boot id, a random token and
    a heartbeat. It is written completely under a temporary name and then hard-linked into
    place, so it appears whole or not at all (a full disk leaves no lock behind).

    Staleness: a lock taken on this computer is stale when its process is gone, when the
    computer has restarted since (boot id), or when the pid now belongs to another process
    (start time differs). A lock from another computer (a shared folder) is stale when its
    heartbeat is older than STALE_SECONDS; the window holding it calls `refresh()` every
    REFRESH_SECONDS to keep it alive.
    """

    STALE_SECONDS = 15 * 60
    REFRESH_SECONDS = 2 * 60

    def __init__(self, draft_path: Path) -> None:
        self.draft_path = Path(draft_path)
        real = resolve_target(self.draft_path)  # a link and its target share one lock
        self.path = real.with_name(real.name + LOCK_SUFFIX)
        self.held = False
        self.token = secrets.token_hex(8)
        self._since = 0.0

    # -- public ------------------------------------------------------------------------

    def acquire(self) -> None:
        """Take the lock (raises DraftLockedError naming the holder, or LockFailedError)."""
        if self.held:
            return
        self._since = time.time()
        for _ in range(3):
            if self._create():
                self.held = True
                return
            owner = self._read_owner()
            if not self._is_stale(owner):
                raise DraftLockedError(self.draft_path, self._describe(owner))
            self._remove_stale(owner)
        raise DraftLockedError(self.draft_path, self._describe(self._read_owner()))

    def refresh(self) -> bool:
        """The heartbeat: rewrite the lock with the current time. Call every REFRESH_SECONDS.

        Returns False when the lock is no longer ours (another window took it over after
        judging it stale, e.g. this computer slept); `held` is then False. Never raises.
        """
        if not self.held:
            return False
        owner = self._read_owner()
        if owner.get("token") != self.token:
            if not self.path.exists() and self._create_quietly():
                return True
            self.held = False
            return False
        tmp = self.path.with_name(f".{self.path.name}.{_temp_tag()}.tmp")
        try:
            _write_new_file(tmp, self._record())
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            if self._read_owner().get("token") == self.token:
                self.path.unlink()
        except OSError:
            pass

    @classmethod
    def holder(cls, draft_path: Path) -> LockHolder | None:
        """Who holds a live lock on this draft, or None (no lock, or a stale one)."""
        probe = cls(draft_path)
        owner = probe._read_owner()
        if not probe.path.exists() or probe._is_stale(owner):
            return None
        return _holder_of(owner)

    @classmethod
    def check_not_locked(cls, draft_path: Path) -> None:
        """Raise DraftLockedError naming the holder when a window is editing this draft."""
        owner = cls.holder(draft_path)
        if owner is not None:
            raise DraftLockedError(Path(draft_path), owner.describe())

    def __enter__(self) -> DraftLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- the file ----------------------------------------------------------------------

    def _record(self) -> bytes:
        now = time.time()
        record = {
            "app": "zongjie",
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "start": process_start_time(os.getpid()),
            "boot": boot_id(),
            "user": _user_name(),
            "token": self.token,
            "time": self._since or now,
            "heartbeat": now,
        }
        return json.dumps(record, ensure_ascii=False).encode("utf-8")

    def _create(self) -> bool:
        """Make the lock file appear whole; False when it exists already."""
        tmp = self.path.with_name(f".{self.path.name}.{_temp_tag()}.tmp")
        _in_progress.add(str(tmp))
        try:
            _write_new_file(tmp, self._record())
            try:
                os.link(tmp, self.path)
                return True
            except FileExistsError:
                return False
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS):
                    raise
                return self._create_exclusive()  # no hard links here (FAT, some shares)
        except OSError as exc:
            failure = self._failure(exc)
            if failure is exc:
                raise
            raise failure from exc
        finally:
            _in_progress.discard(str(tmp))
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _create_exclusive(self) -> bool:
        try:
            _write_new_file(self.path, self._record())  # removes the file if writing fails
        except FileExistsError:
            return False
        return True

    def _create_quietly(self) -> bool:
        try:
            return self._create()
        except (OSError, ZongjieError):
            return False

    def _failure(self, exc: OSError) -> Exception:
        """The error to raise when the lock file cannot be written (fileio: in Chinese)."""
        return exc

    def _read_owner(self) -> dict[str, object]:
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(64 * 1024)
            data = json.loads(raw.decode("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError, RecursionError):
            return {}

    def _is_stale(self, owner: dict[str, object]) -> bool:
        if not owner:
            # Unreadable or empty: a crash while an older version wrote it, or a lock that
            # vanished meanwhile. Old enough means stale.
            try:
                return time.time() - self.path.stat().st_mtime > 5
            except OSError:
                return True
        pid, host = owner.get("pid"), owner.get("host")
        if host == socket.gethostname() and _is_int(pid):
            assert isinstance(pid, int)
            if pid == os.getpid():
                return False  # another window of this process
            recorded_boot = owner.get("boot")
            current_boot = boot_id()
            if isinstance(recorded_boot, str) and current_boot and recorded_boot != current_boot:
                return True  # the computer has restarted since
            if not process_alive(pid):
                return True
            recorded_start = owner.get("start")
            current_start = process_start_time(pid)
            if _is_number(recorded_start) and current_start is not None:
                assert isinstance(recorded_start, (int, float))
                return abs(recorded_start - current_start) > 1.0  # the pid was reused
            return False
        # Another computer: only its heartbeat tells (by its clock; keep clocks in sync).
        beats = [float(v) for v in (owner.get("heartbeat"), owner.get("time")) if _is_number(v)]  # type: ignore[arg-type]
        return time.time() - max(beats, default=0.0) > self.STALE_SECONDS

    def _remove_stale(self, owner: dict[str, object]) -> None:
        """Move a stale lock aside, without removing one another process made meanwhile."""
        aside = self.path.with_name(f".{self.path.name}.{_temp_tag()}.tmp")
        try:
            os.replace(self.path, aside)
        except OSError:
            return
        try:
            moved = json.loads(aside.read_bytes().decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            moved = {}
        if isinstance(moved, dict) and moved.get("token") != owner.get("token") and moved:
            with contextlib.suppress(OSError):  # a fresh lock: put it back
                os.link(aside, self.path)
        with contextlib.suppress(OSError):
            aside.unlink()

    def _describe(self, owner: dict[str, object]) -> str:
        return _holder_of(owner).describe()


def _holder_of(owner: dict[str, object]) -> LockHolder:
    pid, since, beat = owner.get("pid"), owner.get("time"), owner.get("heartbeat")
    return LockHolder(
        host=str(owner.get("host", "") or ""),
        pid=pid if _is_int(pid) else None,  # type: ignore[arg-type]
        user=str(owner.get("user", "") or ""),
        since=float(since) if _is_number(since) else None,  # type: ignore[arg-type]
        heartbeat=float(beat) if _is_number(beat) else None,  # type: ignore[arg-type]
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31


def _is_number(value: object) -> bool:
    import math

    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and abs(value) < 1e12
    )


def _user_name() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is fine
        return ""


def boot_id() -> str | None:
    """An id that changes whenever this computer restarts (Linux), else None."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read().strip() or None
    except OSError:
        return None


def process_start_time(pid: int) -> float | None:
    """When the process started (a number that differs for a reused pid), or None."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_start_time(pid)
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            raw = handle.read()
        fields = raw[raw.rindex(b")") + 2 :].split()
        return float(fields[19])  # starttime, in clock ticks since boot
    except (OSError, ValueError, IndexError):
        return None


def _windows_start_time(pid: int) -> float | None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)
    if not handle:
        return None
    try:
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *[ctypes.byref(t) for t in times]):
            return None
        created = times[0]
        return float((created.dwHighDateTime << 32) | created.dwLowDateTime) / 1e7
    finally:
        kernel32.CloseHandle(handle)


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (lock and recovery owners)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    if not _is_int(pid):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    except OSError:
        return False
    try:  # a killed process its parent has not collected yet (a zombie) is gone too
        with open(f"/proc/{pid}/stat", "rb") as handle:
            raw = handle.read()
        return raw[raw.rindex(b")") + 2 : raw.rindex(b")") + 3] != b"Z"
    except (OSError, ValueError):
        return True
