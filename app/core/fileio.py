"""Every file the app writes goes through `atomic_write`; drafts are guarded by `DraftLock`.

atomic_write: write a temporary file in the same folder, flush, fsync, keep the previous
version as `NAME.bak`, then `os.replace` it into place. A crash or a full disk at any
point leaves either the old file or the new one, never a half-written one.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.core.errors import (
    DiskFullError,
    DraftLockedError,
    FileAccessError,
    MissingFileError,
    PermissionDeniedError,
    WriteFailedError,
)

BACKUP_SUFFIX = ".bak"

# Tests replace this to simulate a failure between writing the temp file and replacing.
_before_replace: Callable[[Path], None] | None = None


def translate_os_error(exc: OSError, path: Path, writing: bool) -> FileAccessError:
    """Map an OSError to the typed error whose message tells the user what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PermissionDeniedError(path, writing)
    if exc.errno == errno.ENOENT:
        return MissingFileError(path.parent if writing else path)
    return WriteFailedError(path, exc.strerror or str(exc))


def atomic_write(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Replace `path` with `data` atomically; the old content survives as NAME.bak."""
    path = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions the user gave the file.
            os.chmod(tmp_name, path.stat().st_mode & 0o7777)
            if backup:
                _replace_backup(path)
        else:
            # mkstemp makes the file private (0600); a new draft or .docx gets the same
            # permissions any other program would give it (0666 less the umask).
            os.chmod(tmp_name, 0o666 & ~_current_umask())
        if _before_replace is not None:
            _before_replace(path)
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(path.parent)
    except OSError as exc:
        raise translate_os_error(exc, path, writing=True) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _replace_backup(path: Path) -> None:
    """Hard-link (or copy) the current file to NAME.bak before it is replaced."""
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    tmp_backup = backup.with_name(backup.name + ".tmp")
    try:
        if tmp_backup.exists():
            tmp_backup.unlink()
        try:
            os.link(path, tmp_backup)
        except OSError:  # file systems without hard links (FAT, some network shares)
            tmp_backup.write_bytes(path.read_bytes())
        os.replace(tmp_backup, backup)
    finally:
        if tmp_backup.exists():
            tmp_backup.unlink()


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """Read a file, mapping OS errors to typed ones; refuses files larger than `limit`."""
    from app.core.errors import TooLargeError

    path = Path(path)
    try:
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise TooLargeError(path, size, limit)
        return path.read_bytes()
    except IsADirectoryError as exc:
        raise WriteFailedError(path, "这是一个文件夹，不是文件") from exc
    except OSError as exc:
        raise translate_os_error(exc, path, writing=False) from exc


# -- lock -----------------------------------------------------------------------


class DraftLock:
    """An exclusive lock file `NAME.lock` beside a draft, so two windows don't both write it.

    The lock records host, pid and time. A lock whose process is gone (same host) is
    stale and taken over; so is one whose owner has not refreshed it for STALE_SECONDS
    (a crashed session on another machine sharing the folder).
    """

    STALE_SECONDS = 24 * 3600

    def __init__(self, draft_path: Path) -> None:
        self.draft_path = Path(draft_path)
        self.path = self.draft_path.with_name(self.draft_path.name + ".lock")
        self.held = False

    def _owner_record(self) -> dict[str, object]:
        return {"host": socket.gethostname(), "pid": os.getpid(), "time": time.time()}

    def acquire(self) -> None:
        if self.held:
            return
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if self._is_stale():
                    with contextlib.suppress(FileNotFoundError):
                        self.path.unlink()
                    continue
                raise DraftLockedError(self.draft_path, self._describe_owner()) from None
            except OSError as exc:
                raise translate_os_error(exc, self.path, writing=True) from exc
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._owner_record(), handle)
            self.held = True
            return
        raise DraftLockedError(self.draft_path, self._describe_owner())

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            if self._read_owner().get("pid") == os.getpid():
                self.path.unlink()
        except OSError:
            pass

    def _read_owner(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _is_stale(self) -> bool:
        owner = self._read_owner()
        if not owner:
            # Unreadable or empty: a crash while writing the lock. Old enough means stale.
            try:
                return time.time() - self.path.stat().st_mtime > 5
            except OSError:
                return True
        pid, host, stamp = owner.get("pid"), owner.get("host"), owner.get("time")
        if host == socket.gethostname() and isinstance(pid, int):
            return pid != os.getpid() and not process_alive(pid)
        return isinstance(stamp, (int, float)) and time.time() - stamp > self.STALE_SECONDS

    def _describe_owner(self) -> str:
        owner = self._read_owner()
        stamp = owner.get("time")
        try:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError, OSError):
            when = "时间不详"
        return f"计算机 {owner.get('host', '未知')}，自 {when} 起"

    def __enter__(self) -> DraftLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (lock and recovery owners)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
