"""Every file the app writes goes through `atomic_write`; drafts are guarded by `DraftLock`.

atomic_write: write a temporary file in the same folder (a name unique to this process and
call: `.NAME.<host>-<pid>-<random>.tmp`), flush, fsync, then `os.replace` it into place.
With `backup=True` the previous version is kept as `NAME.bak`: before the replace, a hard
link (or a copy) of the current file is made under a unique temporary name, and only after
the draft has been replaced is that link renamed to `NAME.bak`. A save killed at any point
leaves the old draft with its old backup, or the new draft with the old draft still held
by the temporary link; `tidy_draft_folder` (run by the next save and when a lock is taken,
i.e. when the draft is opened) finishes that rename, so `.bak` is always the version
before the draft, and removes the temporary files of killed saves.

A symlinked draft is written through the link (the real file is replaced, the link stays).
A read-only draft is refused with a message. A `.bak` that cannot be kept (it is a folder)
does not stop the save: atomic_write returns a warning to show instead.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import socket
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
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
LOCK_SUFFIX = ".lock"

# Tests replace this to simulate a failure between writing the temp file and replacing.
_before_replace: Callable[[Path], None] | None = None

# A temporary file whose owner cannot be checked (another computer, an older version of the
# app) is left alone until it is this old: no save takes a minute to write its file.
TEMP_MAX_AGE_SECONDS = 60.0


class ReadFailedError(FileAccessError):
    """Reading failed for a reason other than permission or a missing file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"无法读取“{path.name}”：{reason}。文件未作任何改动。")


class ReadOnlyFileError(FileAccessError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"“{path.name}”是只读文件，没有保存。请在文件属性中取消“只读”后再保存，"
            "或用“另存为”保存到新文件。原文件保持不变。"
        )


class LockFailedError(FileAccessError):
    """The lock file could not be written (full disk, read-only folder…); no lock is left."""

    def __init__(self, draft: Path, reason: str) -> None:
        super().__init__(
            f"无法为“{draft.name}”建立编辑锁（{reason}）。草稿没有任何改动；"
            "请清理磁盘或检查文件夹权限后再打开，或把草稿另存到其他位置。"
        )


# errno → what it means, in words a user understands (never the English strerror).
_ERRNO_WORDS: dict[int, str] = {
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOTDIR: "路径中有一部分不是文件夹",
    errno.EIO: "读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.ELOOP: "路径中的快捷方式（符号链接）互相指向，形成了循环",
    errno.EMFILE: "同时打开的文件太多",
    errno.ENFILE: "系统同时打开的文件太多",
    errno.EBUSY: "文件正被其他程序占用",
    errno.ETXTBSY: "文件正被其他程序占用",
    errno.EEXIST: "同名文件已存在",
    errno.EXDEV: "不能跨磁盘移动文件",
    errno.EINVAL: '文件名或路径不合法（可能含有 \\ / : * ? " < > | 等字符）',
    errno.EFBIG: "文件超过了磁盘允许的大小",
    errno.ENODEV: "设备不可用",
    errno.ENXIO: "设备不可用",
    errno.ENOTEMPTY: "文件夹不是空的",
    errno.ETIMEDOUT: "网络连接超时",
    errno.ENOMEM: "内存不足",
}
for _name, _words in (
    ("ESTALE", "网络共享上的文件已失效，请重新连接共享文件夹"),
    ("EHOSTDOWN", "网络上的计算机没有响应"),
    ("ENOTSUP", "这个磁盘或共享文件夹不支持所需的操作"),
    ("EOPNOTSUPP", "这个磁盘或共享文件夹不支持所需的操作"),
    ("ENOLCK", "磁盘不支持文件锁"),
):
    if hasattr(errno, _name):
        _ERRNO_WORDS[getattr(errno, _name)] = _words


def os_error_words(exc: OSError) -> str:
    """The Chinese words for an OS error (the number only when we have no words for it)."""
    if exc.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[exc.errno]
    winerror = getattr(exc, "winerror", None)
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return "文件正被其他程序占用"
    if exc.errno:
        return f"系统错误（错误号 {exc.errno}）"
    return "系统错误"


def translate_os_error(exc: OSError, path: Path, writing: bool) -> FileAccessError:
    """Map an OSError to the typed error whose message tells the user what to do."""
    path = Path(path)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) and writing:
        return DiskFullError(path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PermissionDeniedError(path, writing)
    if exc.errno == errno.ENOENT:
        return MissingFileError(path.parent if writing else path)
    words = os_error_words(exc)
    return WriteFailedError(path, words) if writing else ReadFailedError(path, words)


# -- temporary names --------------------------------------------------------------------


def _host_tag(host: str | None = None) -> str:
    return hashlib.sha1((host or socket.gethostname()).encode("utf-8")).hexdigest()[:6]


def _temp_tag() -> str:
    """`<host>-<pid>-<random>`: unique per call, and says whose it is."""
    return f"{_host_tag()}-{os.getpid()}-{secrets.token_hex(4)}"


def _temp_pattern(name: str) -> re.Pattern[str]:
    # ours: .NAME.[bak.|lock.]<host>-<pid>-<rand>.tmp; older versions: mkstemp's
    # .NAME.<8 chars>.tmp and NAME.bak.tmp.
    escaped = re.escape(name)
    return re.compile(
        rf"^(?:\.{escaped}\.(?P<kind>bak\.|lock\.)?"
        rf"(?:(?P<host>[0-9a-f]{{6}})-(?P<pid>\d{{1,10}})-[0-9a-f]{{1,16}}|[A-Za-z0-9_]{{8}})\.tmp"
        rf"|(?P<oldbak>{escaped}\.bak\.tmp))$"
    )


_in_progress: set[str] = set()  # temporary files this process is writing right now


def resolve_target(path: Path) -> Path:
    """The file a write to `path` must replace: a symlink is followed to its target."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def tidy_draft_folder(path: Path) -> None:
    """Finish or clean up after a killed save of `path` (never raises).

    Our temporary files (by name: `.NAME.<host>-<pid>-<random>.tmp`, `.NAME.bak.….tmp`,
    `.NAME.lock.….tmp`, and the older `.NAME.xxxxxxxx.tmp`/`NAME.bak.tmp`) are removed when
    their process is gone (same computer) or, when that cannot be known, once older than
    TEMP_MAX_AGE_SECONDS. A backup link left between the two renames of a save is renamed
    to NAME.bak when the draft was already replaced, so the backup is the previous version.
    """
    path = resolve_target(Path(path))
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    pattern = _temp_pattern(path.name)
    here, now = _host_tag(), time.time()
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    for name in sorted(names):
        match = pattern.match(name)
        if match is None:
            continue
        file = path.parent / name
        if str(file) in _in_progress:
            continue
        host, pid = match.group("host"), match.group("pid")
        if host == here and pid is not None and int(pid) != os.getpid():
            abandoned = not process_alive(int(pid))
        else:
            try:
                abandoned = now - file.lstat().st_mtime > TEMP_MAX_AGE_SECONDS
            except OSError:
                continue
            if host == here and pid is not None and int(pid) == os.getpid():
                abandoned = True  # ours, and not being written: left by a failed call
        if not abandoned:
            continue
        with contextlib.suppress(OSError):
            if match.group("kind") == "bak." and _draft_was_replaced(file, path):
                if backup.is_dir():
                    file.unlink()
                else:
                    os.replace(file, backup)
            else:
                file.unlink()


def _draft_was_replaced(backup_link: Path, draft: Path) -> bool:
    """Whether the save that made this backup link got as far as replacing the draft."""
    try:
        if os.path.samefile(backup_link, draft):
            return False
        if backup_link.stat().st_size != draft.stat().st_size:
            return True
        return backup_link.read_bytes() != draft.read_bytes()
    except OSError:
        return False


# -- writing ----------------------------------------------------------------------------


def atomic_write(path: Path, data: bytes, *, backup: bool = True) -> str | None:
    """Replace `path` with `data` atomically; the old content survives as NAME.bak.

    Raises a FileAccessError (the file unchanged). Returns None, or a warning message when
    the draft was saved but its backup could not be kept (show it; nothing was lost).
    """
    path = Path(path)
    try:
        target = resolve_target(path)
    except OSError as exc:
        raise translate_os_error(exc, path, writing=True) from exc
    tidy_draft_folder(target)
    tmp: Path | None = None
    backup_tmp: Path | None = None
    warning: str | None = None
    try:
        existing = _existing_mode(target)
        if existing is not None and stat.S_ISDIR(existing):
            raise WriteFailedError(target, "同名的文件夹已存在，这是一个文件夹，不是文件")
        if existing is not None and not existing & 0o222:
            raise ReadOnlyFileError(target)
        tag = _temp_tag()
        tmp = target.with_name(f".{target.name}.{tag}.tmp")
        _in_progress.add(str(tmp))
        _write_new_file(tmp, data)
        if existing is not None:
            os.chmod(tmp, stat.S_IMODE(existing))  # keep the permissions the user gave it
        else:
            # a new draft or .docx gets the permissions any other program would give it
            # (0666 less the umask), not the private 0600 of a temporary file
            os.chmod(tmp, 0o666 & ~_current_umask())
        if existing is not None and backup:
            backup_tmp, warning = _link_backup(target, tag)
        if _before_replace is not None:
            _before_replace(target)
        os.replace(tmp, target)
        _in_progress.discard(str(tmp))
        tmp = None
        if backup_tmp is not None:
            try:
                os.replace(backup_tmp, target.with_name(target.name + BACKUP_SUFFIX))
                _in_progress.discard(str(backup_tmp))
                backup_tmp = None
            except OSError as exc:
                warning = _backup_warning(target, exc)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise translate_os_error(exc, target, writing=True) from exc
    finally:
        for leftover in (tmp, backup_tmp):
            if leftover is not None:
                _in_progress.discard(str(leftover))
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
    return warning


def _existing_mode(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None


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


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _backup_warning(path: Path, exc: OSError | None = None) -> str:
    backup = path.name + BACKUP_SUFFIX
    if path.with_name(backup).is_dir():
        reason = f"“{backup}”是一个文件夹"
    else:
        reason = os_error_words(exc) if exc is not None else "原因不明"
    return (
        f"“{path.name}”已保存，但没能保留上一版本的备份（{reason}）。"
        f"如需备份，请移走或改名“{backup}”。"
    )


def _link_backup(path: Path, tag: str) -> tuple[Path | None, str | None]:
    """A hard link (or a copy) of the current file under a temporary backup name."""
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    if backup.is_dir():
        return None, _backup_warning(path)
    tmp = path.with_name(f".{path.name}.bak.{tag}.tmp")
    _in_progress.add(str(tmp))
    try:
        os.link(path, tmp)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise
        try:  # file systems without hard links (FAT, some network shares)
            _write_new_file(tmp, Path(path).read_bytes())
        except OSError as copy_exc:
            _in_progress.discard(str(tmp))
            if copy_exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise
            return None, _backup_warning(path, copy_exc)
    return tmp, None


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
    """Read a file, mapping OS errors to typed ones; refuses files larger than `limit`.

    Only regular files are read (a pipe or a device would block or never end), and never
    more than `limit` bytes even if the file grows while it is read.
    """
    from app.core.errors import TooLargeError

    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadFailedError(path, "这是一个文件夹，不是文件")
        if not stat.S_ISREG(info.st_mode):
            raise ReadFailedError(path, "这不是普通文件（可能是设备或管道）")
        if limit is not None and info.st_size > limit:
            raise TooLargeError(path, info.st_size, limit)
        with open(path, "rb") as handle:
            data = handle.read() if limit is None else handle.read(limit + 1)
        if limit is not None and len(data) > limit:
            raise TooLargeError(path, len(data), limit)
        return data
    except OSError as exc:
        raise translate_os_error(exc, path, writing=False) from exc


# -- lock -------------------------------------------------------------------------------


@dataclass
class LockHolder:
    """Who holds a draft's lock, as recorded in the lock file."""

    host: str
    pid: int | None
    user: str
    since: float | None  # when the lock was taken (seconds since the epoch)
    heartbeat: float | None  # when it was last refreshed

    def describe(self) -> str:
        when = _format_time(self.since)
        who = f"用户 {self.user}，" if self.user else ""
        return f"计算机 {self.host or '未知'}，{who}自 {when} 起"


def _format_time(stamp: float | None) -> str:
    if stamp is None:
        return "时间不详"
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))
    except (TypeError, ValueError, OverflowError, OSError):
        return "时间不详"


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
        tidy_draft_folder(self.draft_path)  # opening a draft cleans up after a killed save
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
            raise self._failure(exc) from exc
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
        except FileAccessError:
            return False

    def _failure(self, exc: OSError) -> FileAccessError:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return LockFailedError(self.draft_path, "磁盘空间不足")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return LockFailedError(self.draft_path, "没有在这个文件夹中写文件的权限")
        if exc.errno == errno.ENOENT:
            return MissingFileError(self.draft_path.parent)
        return LockFailedError(self.draft_path, os_error_words(exc))

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
