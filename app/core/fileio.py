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

DraftLock (the lock itself lives in app/core/draftlock.py) is re-exported from here with
its failures in Chinese; taking it tidies the draft's folder like a save does.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path

from app.core import draftlock
from app.core.draftlock import (
    LOCK_SUFFIX,
    LockHolder,
    _host_tag,
    _in_progress,
    _temp_tag,
    _write_new_file,
    boot_id,
    process_alive,
    process_start_time,
    resolve_target,
)
from app.core.errors import (
    DiskFullError,
    FileAccessError,
    MissingFileError,
    PermissionDeniedError,
    WriteFailedError,
)
from app.core.i18n import N_, Text

BACKUP_SUFFIX = ".bak"

# Tests replace this to simulate a failure between writing the temp file and replacing.
_before_replace: Callable[[Path], None] | None = None

# A temporary file whose owner cannot be checked (another computer, an older version of the
# app) is left alone until it is this old: no save takes a minute to write its file.
TEMP_MAX_AGE_SECONDS = 60.0


class ReadFailedError(FileAccessError):
    """Reading failed for a reason other than permission or a missing file."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            N_("无法读取“{name}”：{reason}。文件未作任何改动。", name=path.name, reason=reason)
        )


class ReadOnlyFileError(FileAccessError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            N_(
                "“{name}”是只读文件，没有保存。请在文件属性中取消“只读”后再保存，"
                "或用“另存为”保存到新文件。原文件保持不变。",
                name=path.name,
            )
        )


class LockFailedError(FileAccessError):
    """The lock file could not be written (full disk, read-only folder…); no lock is left."""

    def __init__(self, draft: Path, reason: str) -> None:
        super().__init__(
            N_(
                "无法为“{name}”建立编辑锁（{reason}）。草稿没有任何改动；"
                "请清理磁盘或检查文件夹权限后再打开，或把草稿另存到其他位置。",
                name=draft.name,
                reason=reason,
            )
        )


# errno → what it means, in words a user understands (never the English strerror).
_ERRNO_WORDS: dict[int, Text] = {
    errno.EISDIR: N_("这是一个文件夹，不是文件"),
    errno.ENOTDIR: N_("路径中有一部分不是文件夹"),
    errno.EIO: N_("读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）"),
    errno.ENAMETOOLONG: N_("文件名或路径太长"),
    errno.ELOOP: N_("路径中的快捷方式（符号链接）互相指向，形成了循环"),
    errno.EMFILE: N_("同时打开的文件太多"),
    errno.ENFILE: N_("系统同时打开的文件太多"),
    errno.EBUSY: N_("文件正被其他程序占用"),
    errno.ETXTBSY: N_("文件正被其他程序占用"),
    errno.EEXIST: N_("同名文件已存在"),
    errno.EXDEV: N_("不能跨磁盘移动文件"),
    errno.EINVAL: N_('文件名或路径不合法（可能含有 \\ / : * ? " < > | 等字符）'),
    errno.EFBIG: N_("文件超过了磁盘允许的大小"),
    errno.ENODEV: N_("设备不可用"),
    errno.ENXIO: N_("设备不可用"),
    errno.ENOTEMPTY: N_("文件夹不是空的"),
    errno.ETIMEDOUT: N_("网络连接超时"),
    errno.ENOMEM: N_("内存不足"),
}
for _name, _words in (
    ("ESTALE", N_("网络共享上的文件已失效，请重新连接共享文件夹")),
    ("EHOSTDOWN", N_("网络上的计算机没有响应")),
    ("ENOTSUP", N_("这个磁盘或共享文件夹不支持所需的操作")),
    ("EOPNOTSUPP", N_("这个磁盘或共享文件夹不支持所需的操作")),
    ("ENOLCK", N_("磁盘不支持文件锁")),
):
    if hasattr(errno, _name):
        _ERRNO_WORDS[getattr(errno, _name)] = _words


def os_error_words(exc: OSError) -> Text:
    """The Chinese words for an OS error (the number only when we have no words for it)."""
    if exc.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[exc.errno]
    winerror = getattr(exc, "winerror", None)
    if winerror in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return N_("文件正被其他程序占用")
    if exc.errno:
        return N_("系统错误（错误号 {number}）", number=exc.errno)
    return N_("系统错误")


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


def _temp_pattern(name: str) -> re.Pattern[str]:
    # ours: .NAME.[bak.|lock.]<host>-<pid>-<rand>.tmp; older versions: mkstemp's
    # .NAME.<8 chars>.tmp and NAME.bak.tmp.
    escaped = re.escape(name)
    return re.compile(
        rf"^(?:\.{escaped}\.(?P<kind>bak\.|lock\.)?"
        rf"(?:(?P<host>[0-9a-f]{{6}})-(?P<pid>\d{{1,10}})-[0-9a-f]{{1,16}}|[A-Za-z0-9_]{{8}})\.tmp"
        rf"|(?P<oldbak>{escaped}\.bak\.tmp))$"
    )


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
            raise WriteFailedError(target, N_("同名的文件夹已存在，这是一个文件夹，不是文件"))
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


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _backup_warning(path: Path, exc: OSError | None = None) -> str:
    backup = path.name + BACKUP_SUFFIX
    if path.with_name(backup).is_dir():
        reason = N_("“{backup}”是一个文件夹", backup=backup)
    else:
        reason = os_error_words(exc) if exc is not None else N_("原因不明")
    return N_(
        "“{name}”已保存，但没能保留上一版本的备份（{reason}）。如需备份，请移走或改名“{backup}”。",
        name=path.name,
        reason=reason,
        backup=backup,
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
            raise ReadFailedError(path, N_("这是一个文件夹，不是文件"))
        if not stat.S_ISREG(info.st_mode):
            raise ReadFailedError(path, N_("这不是普通文件（可能是设备或管道）"))
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


class DraftLock(draftlock.DraftLock):
    __doc__ = draftlock.DraftLock.__doc__

    def acquire(self) -> None:
        """Take the lock (raises DraftLockedError naming the holder, or LockFailedError);
        opening a draft this way also cleans up after a killed save of it."""
        if not self.held:
            tidy_draft_folder(self.draft_path)
        super().acquire()

    def _failure(self, exc: OSError) -> Exception:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return LockFailedError(self.draft_path, N_("磁盘空间不足"))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return LockFailedError(self.draft_path, N_("没有在这个文件夹中写文件的权限"))
        if exc.errno == errno.ENOENT:
            return MissingFileError(self.draft_path.parent)
        return LockFailedError(self.draft_path, os_error_words(exc))


__all__ = [
    "BACKUP_SUFFIX",
    "LOCK_SUFFIX",
    "DraftLock",
    "LockFailedError",
    "LockHolder",
    "ReadFailedError",
    "ReadOnlyFileError",
    "atomic_write",
    "boot_id",
    "os_error_words",
    "process_alive",
    "process_start_time",
    "read_bytes",
    "resolve_target",
    "tidy_draft_folder",
    "translate_os_error",
]
