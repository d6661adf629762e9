"""Crash-recovery entries: unsaved work copied aside, offered again after a crash (no Qt).

One entry is ONE file, `KEY.recovery`, in paths.recovery_dir(), written with
fileio.atomic_write, so the copy and what it belongs to appear together or not at all:

    ZONGJIE-RECOVERY 2 {"key": …, "original": …, "title": …, "saved_at": …, "pid": …, …}\\n
    <the draft file's bytes, exactly as draftfile.dumps writes them>

The first line is the information (one line of JSON); the rest is an ordinary draft,
validated by draftfile.loads when the entry is listed and when it is read.

    write_entry(key, draft, original=path, title=…)    # every autosave
    listing = list_entries(live_keys)                   # at start: entries nobody owns
    listing.entries, listing.problems                   # problems: messages, shown once
    draft = read_entry(entry)                           # restore
    discard_entry(key)                                  # after a clean save or close

Entries of the older format (KEY.json, the copy, beside KEY.info.json) are still found:
listing converts each orphaned one into a KEY.recovery file; a copy whose info file was
never written is offered too, with what the copy itself tells. A damaged entry (or an
info file without its copy) is moved to the `damaged/` subfolder, reported once in
`problems`, and never stops the listing.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core import fileio, paths
from app.core.errors import ZongjieError
from app.core.i18n import N_, Text
from app.core.model import Draft

MAGIC = b"ZONGJIE-RECOVERY "
FORMAT_VERSION = 2
SUFFIX = ".recovery"
LEGACY_INFO_SUFFIX = ".info.json"
LEGACY_COPY_SUFFIX = ".json"
DAMAGED_FOLDER = "damaged"
MAX_INFO_BYTES = 64 * 1024
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_TEMP = re.compile(
    r"^\.(?P<name>.+)\.[0-9a-f]{6}-\d{1,10}-[0-9a-f]{1,16}\.tmp$|^\..+\.[A-Za-z0-9_]{8}\.tmp$"
)


class RecoveryError(ZongjieError):
    """A recovery entry could not be written or read; the message says what to do."""


@dataclass
class RecoveryEntry:
    key: str
    file: Path  # the KEY.recovery file (for an old-format copy: the KEY.json copy)
    original: str  # the draft's own path, "" for an untitled draft
    title: str
    saved_at: float  # seconds since the epoch
    pid: int | None = None
    host: str = ""
    original_mtime: float | None = None  # the draft file's time when this copy was written
    legacy_files: tuple[Path, ...] = ()

    def when(self) -> str:
        try:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        except (ValueError, OverflowError, OSError):
            return N_("时间不详")

    def describe(self, untitled: str = N_("未命名草稿")) -> Text:
        """《标题》草稿.json（2024-05-01 10:30） — the GUI passes its translated "untitled"."""
        name = Path(self.original).name if self.original else untitled
        if self.title:
            return N_("《{title}》{name}（{when}）", title=self.title, name=name, when=self.when())
        return N_("{name}（{when}）", name=name, when=self.when())

    def original_changed_since(self) -> bool:
        """Whether the draft file was saved (by any window) after this copy was written.

        Restoring the copy and saving it would then overwrite newer work: ask first.
        """
        if not self.original:
            return False
        try:
            mtime = Path(self.original).stat().st_mtime
        except OSError:
            return False
        if self.original_mtime is not None:
            return abs(mtime - self.original_mtime) > 1e-3
        return mtime > self.saved_at

    def remove(self) -> None:
        discard_entry(self.key, folder=self.file.parent)


@dataclass
class Listing:
    entries: list[RecoveryEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # Chinese, one per entry set aside


def _folder(folder: Path | None) -> Path:
    return Path(folder) if folder is not None else paths.recovery_dir()


def entry_path(key: str, folder: Path | None = None) -> Path:
    if not _KEY.match(key):
        raise ValueError(f"bad recovery key {key!r}")
    return _folder(folder) / f"{key}{SUFFIX}"


# -- writing ----------------------------------------------------------------------------


def encode_entry(
    key: str,
    draft_bytes: bytes,
    original: Path | str | None = None,
    title: str = "",
    saved_at: float | None = None,
    original_mtime: float | None = None,
) -> bytes:
    info: dict[str, Any] = {
        "key": key,
        "original": str(original) if original else "",
        "title": title,
        "saved_at": time.time() if saved_at is None else saved_at,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "start": fileio.process_start_time(os.getpid()),
        "boot": fileio.boot_id(),
    }
    if original_mtime is None and original:
        with contextlib.suppress(OSError):
            original_mtime = Path(original).stat().st_mtime
    info["original_mtime"] = original_mtime
    header = json.dumps(info, ensure_ascii=True)  # one line: newlines in strings are \n
    return MAGIC + f"{FORMAT_VERSION} {header}\n".encode("ascii") + draft_bytes


def write_entry(
    key: str,
    draft: Draft,
    original: Path | str | None = None,
    title: str = "",
    folder: Path | None = None,
) -> Path:
    """Write (or replace) the entry in one atomic step; raises ZongjieError (FileAccessError)."""
    from app.core.draftfile import dumps

    target = entry_path(key, folder)
    data = encode_entry(key, dumps(draft), original, title or draft.meta.title)
    fileio.atomic_write(target, data, backup=False)
    return target


def discard_entry(key: str, folder: Path | None = None) -> None:
    """Remove the entry (either format); never raises."""
    base = _folder(folder)
    if not _KEY.match(key):
        return
    for name in (f"{key}{SUFFIX}", f"{key}{LEGACY_COPY_SUFFIX}", f"{key}{LEGACY_INFO_SUFFIX}"):
        with contextlib.suppress(OSError):
            (base / name).unlink()


# -- reading ----------------------------------------------------------------------------


class _Damaged(Exception):
    """`reason`: a few words ("文件不完整"), or a whole message of its own ending in 。."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _split(raw: bytes) -> tuple[dict[str, Any], bytes]:
    if not raw.startswith(MAGIC):
        raise _Damaged(N_("不是恢复文件") if raw.strip() else N_("文件是空的"))
    newline = raw.find(b"\n", 0, MAX_INFO_BYTES)
    if newline < 0:
        raise _Damaged(N_("文件不完整"))
    head = raw[len(MAGIC) : newline]
    version, _, info_text = head.partition(b" ")
    if version != str(FORMAT_VERSION).encode():
        raise _Damaged(N_("由更新版本的程序写入") if version.isdigit() else N_("文件头有误"))
    try:
        info = json.loads(info_text.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _Damaged(N_("文件头有误")) from None
    if not isinstance(info, dict):
        raise _Damaged(N_("文件头有误"))
    return info, raw[newline + 1 :]


def _number(value: object) -> float | None:
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value < 1e11
    ):
        return float(value)
    return None


def _text(value: object, limit: int = 4096) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _pid(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31:
        return value
    return None


def _load_draft_bytes(raw: bytes, path: Path) -> Draft:
    from app.core.draftfile import loads

    try:
        return loads(raw, path)
    except ZongjieError as exc:
        raise _Damaged(exc.message) from None
    except (ValueError, TypeError, RecursionError, MemoryError, UnicodeError):
        raise _Damaged(N_("草稿内容有误")) from None


def _read_raw(path: Path) -> bytes:
    from app.core.draftfile import MAX_DRAFT_BYTES

    try:
        return fileio.read_bytes(path, MAX_DRAFT_BYTES + MAX_INFO_BYTES)
    except ZongjieError as exc:
        raise _Damaged(exc.message) from None


def _entry_from(path: Path, info: dict[str, Any], mtime: float) -> RecoveryEntry:
    key = path.name[: -len(SUFFIX)]
    return RecoveryEntry(
        key=key,
        file=path,
        original=_text(info.get("original")),
        title=_text(info.get("title"), 500),
        saved_at=_number(info.get("saved_at")) or mtime,
        pid=_pid(info.get("pid")),
        host=_text(info.get("host"), 255),
        original_mtime=_number(info.get("original_mtime")),
    )


def read_entry(entry: RecoveryEntry) -> Draft:
    """The draft saved in the entry; raises RecoveryError (the entry is then set aside)."""
    try:
        raw = _read_raw(entry.file)
        body = raw if entry.file.name.endswith(LEGACY_COPY_SUFFIX) else _split(raw)[1]
        return _load_draft_bytes(body, entry.file)
    except _Damaged as exc:
        _set_aside(entry.file.parent, [entry.file, *entry.legacy_files])
        raise RecoveryError(_damaged_message(entry.file, exc.reason)) from None


def _damaged_message(file: Path, reason: str) -> Text:
    if reason.endswith("。"):  # a whole message (the draft reader's): it ends in its stop
        return N_(
            "恢复文件“{name}”已损坏，无法恢复：{reason}"
            "它已移到恢复文件夹中的“{folder}”子文件夹，不会再提示。",
            name=file.name,
            reason=reason,
            folder=DAMAGED_FOLDER,
        )
    return N_(
        "恢复文件“{name}”已损坏，无法恢复（{reason}）。"
        "它已移到恢复文件夹中的“{folder}”子文件夹，不会再提示。",
        name=file.name,
        reason=reason,
        folder=DAMAGED_FOLDER,
    )


def _is_orphaned(key: str, info: dict[str, Any], live_keys: set[str]) -> bool:
    """Nobody owns the entry: no window of this process, no running process that wrote it."""
    if key in live_keys:
        return False
    pid = _pid(info.get("pid"))
    host = info.get("host")
    if pid is None or pid == os.getpid():
        return True
    if isinstance(host, str) and host and host != socket.gethostname():
        return True  # written on another computer (a portable folder): nobody here owns it
    boot = info.get("boot")
    current_boot = fileio.boot_id()
    if isinstance(boot, str) and current_boot and boot != current_boot:
        return True
    if not fileio.process_alive(pid):
        return True
    start = _number(info.get("start"))
    now_start = fileio.process_start_time(pid)
    return start is not None and now_start is not None and abs(start - now_start) > 1.0


def list_entries(
    live_keys: set[str] | frozenset[str] = frozenset(), folder: Path | None = None
) -> Listing:
    """Entries no running window owns (left by a crash), oldest first. Never raises.

    `live_keys`: the keys of this process's open windows. Damaged entries are moved to
    `damaged/` and named in `problems`, so each is reported once.
    """
    base = _folder(folder)
    live = set(live_keys)
    listing = Listing()
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return listing
    _tidy_temps(base, names)
    for name in names:
        try:
            if name.endswith(SUFFIX) and _KEY.match(name[: -len(SUFFIX)]):
                _list_one(base / name, live, listing)
            elif name.endswith(LEGACY_INFO_SUFFIX) and _KEY.match(name[: -len(LEGACY_INFO_SUFFIX)]):
                _list_legacy(base, name[: -len(LEGACY_INFO_SUFFIX)], live, listing)
            elif (
                name.endswith(LEGACY_COPY_SUFFIX)
                and not name.endswith(LEGACY_INFO_SUFFIX)
                and _KEY.match(name[: -len(LEGACY_COPY_SUFFIX)])
                and f"{name[: -len(LEGACY_COPY_SUFFIX)]}{LEGACY_INFO_SUFFIX}" not in names
            ):
                _list_legacy(base, name[: -len(LEGACY_COPY_SUFFIX)], live, listing)
        except Exception as exc:  # noqa: BLE001 - one bad entry never stops the start
            listing.problems.append(
                _damaged_message(base / name, N_("意外错误 {kind}", kind=type(exc).__name__))
            )
            _set_aside(base, [base / name])
    listing.entries.sort(key=lambda e: e.saved_at)
    return listing


def _list_one(path: Path, live: set[str], listing: Listing) -> None:
    key = path.name[: -len(SUFFIX)]
    if key in live:
        return
    try:
        mtime = path.stat().st_mtime
        raw = _read_raw(path)
        info, body = _split(raw)
        if not _is_orphaned(key, info, live):
            return
        _load_draft_bytes(body, path)
    except _Damaged as exc:
        listing.problems.append(_damaged_message(path, exc.reason))
        _set_aside(path.parent, [path])
        return
    except OSError:
        return  # gone meanwhile
    listing.entries.append(_entry_from(path, info, mtime))


def _list_legacy(base: Path, key: str, live: set[str], listing: Listing) -> None:
    """KEY.json + KEY.info.json (before format 2): convert an orphaned one."""
    if key in live:
        return
    copy, info_file = base / f"{key}{LEGACY_COPY_SUFFIX}", base / f"{key}{LEGACY_INFO_SUFFIX}"
    info: dict[str, Any] = {}
    if info_file.exists():
        try:
            loaded = json.loads(_read_raw(info_file).decode("utf-8"))
            info = loaded if isinstance(loaded, dict) else {}
        except (_Damaged, ValueError, RecursionError):
            info = {}
    if not _is_orphaned(key, info, live):
        return
    if not copy.exists():
        listing.problems.append(_damaged_message(info_file, N_("只有说明文件，没有恢复的内容")))
        _set_aside(base, [info_file])
        return
    try:
        mtime = copy.stat().st_mtime
        raw = _read_raw(copy)
        draft = _load_draft_bytes(raw, copy)
    except _Damaged as exc:
        listing.problems.append(_damaged_message(copy, exc.reason))
        _set_aside(base, [copy, info_file])
        return
    except OSError:
        return
    info.setdefault("title", draft.meta.title)
    saved_at = _number(info.get("saved_at")) or mtime
    new = base / f"{key}{SUFFIX}"
    try:  # convert: the new file first, then the old ones go
        fileio.atomic_write(
            new,
            encode_entry(
                key, raw, _text(info.get("original")), _text(info.get("title"), 500), saved_at
            ),
            backup=False,
        )
    except ZongjieError:
        listing.entries.append(
            RecoveryEntry(
                key,
                copy,
                _text(info.get("original")),
                _text(info.get("title"), 500),
                saved_at,
                _pid(info.get("pid")),
                legacy_files=(info_file,),
            )
        )
        return
    for old in (copy, info_file):
        with contextlib.suppress(OSError):
            old.unlink()
    converted = dict(info, saved_at=saved_at, original_mtime=None)
    listing.entries.append(_entry_from(new, converted, mtime))


def _set_aside(base: Path, files: list[Path]) -> None:
    """Move files into base/damaged/ (never raises; deletes what cannot be moved)."""
    target = base / DAMAGED_FOLDER
    with contextlib.suppress(OSError):
        target.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for file in files:
        if not file.exists():
            continue
        destination = target / file.name
        if destination.exists():
            destination = target / f"{file.name}.{stamp}-{os.getpid()}"
        try:
            os.replace(file, destination)
        except OSError:
            with contextlib.suppress(OSError):
                file.unlink()


def _tidy_temps(base: Path, names: list[str]) -> None:
    """Temporary files of killed autosaves (only ours, by name): removed."""
    seen: set[str] = set()
    for name in names:
        match = _TEMP.match(name)
        if match is None:
            continue
        owner = match.group("name")
        if owner is None:
            owner = name[1:].rsplit(".", 2)[0]
        if owner not in seen:
            seen.add(owner)
            fileio.tidy_draft_folder(base / owner)
