"""Versions of a draft: named, dated copies of the whole draft, kept beside it.

Storage: a folder beside the draft, `NAME.json.versions/`, holding one draft file per
version (`v0001.json`, the ordinary draft format, so a version opens read-only like any
draft) and `index.json` with each version's id, date, note, kind and digest. Why beside
the draft and not inside it:

* saving and autosaving a 100-page draft stays as fast as it was: a save writes the draft
  alone, never the versions (inside the file, every save would rewrite all of them);
* a kill during any save loses no version: each version file and the index are written
  with `atomic_write` (temporary file, fsync, rename), the version file first. A kill
  between the two leaves a version file the index does not list; `VersionStore.versions`
  finds it and lists it (dated by its file time, without its note), so nothing is lost;
* a draft written before versions existed (or copied without its folder) simply has no
  versions: its own file format is unchanged, and the previous release reads it.

A version is taken by hand (保存版本, with a note), on each export and on the first save of
a day; an automatic one is skipped when the draft is unchanged since the latest version
(same digest). Ids are "1", "2", … in the order taken (never reused), dates ISO 8601 with
the local offset. Only automatic versions are pruned, oldest first, past
VERSIONS_MAX_AUTO; versions taken by hand are kept until the user deletes them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.core.draftfile import dumps, loads
from app.core.errors import FileAccessError, ZongjieError
from app.core.fileio import atomic_write, read_bytes, tidy_draft_folder, translate_os_error
from app.core.i18n import N_
from app.core.limits import DRAFT_MAX_BYTES, MB
from app.core.model import Draft

VERSIONS_SUFFIX = ".versions"
INDEX_NAME = "index.json"
INDEX_FORMAT = "zongjie-versions"

VERSIONS_MAX_AUTO = 200
"""Automatic versions (export, first save of a day) kept per draft; older ones are pruned.
A year of daily work makes about 250 such versions of a 0.2 MB draft: 40 MB at most."""

VERSIONS_MAX_COUNT = 2_000
"""Versions listed from one index (automatic and by hand); an index listing more is not
ours and is refused rather than read."""

VERSIONS_INDEX_MAX_BYTES = 4 * MB
"""Size of index.json (one entry is about 150 bytes; 2,000 entries are 0.3 MB)."""

VERSION_NOTE_MAX_CHARS = 500
"""Characters of a version's note (what changed, for whom it was made)."""

_FILE_NAME = re.compile(r"^v(\d{1,9})\.json$")


class VersionKind(StrEnum):
    MANUAL = "manual"  # 保存版本, by hand
    EXPORT = "export"  # taken when the draft was exported
    DAILY = "daily"  # the first save of a day


class VersionError(ZongjieError):
    """A version could not be listed, taken or read; the draft itself is untouched."""


class VersionNotFoundError(VersionError):
    def __init__(self, draft: Path, version_id: str) -> None:
        self.version_id = version_id
        super().__init__(
            N_(
                "“{name}”没有编号为“{id}”的版本。请用 versions 命令或“版本”窗口查看已有的版本。",
                name=draft.name,
                id=version_id,
            )
        )


class VersionIndexError(VersionError):
    def __init__(self, index: Path, problem: str) -> None:
        super().__init__(
            N_(
                "版本目录“{folder}”中的索引无法读取（{problem}）。草稿本身没有改动；"
                "请把该目录移走或改名后再试，版本文件仍在其中。",
                folder=index.parent.name,
                problem=problem,
            )
        )


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One version as listed: `date` is ISO 8601 with the local offset."""

    id: str
    date: str
    note: str
    kind: VersionKind
    digest: str

    @property
    def number(self) -> int:
        return int(self.id)

    @property
    def day(self) -> dt.date:
        return dt.datetime.fromisoformat(self.date).date()

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "date": self.date, "note": self.note, "kind": self.kind.value}


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def versions_folder(draft_path: Path) -> Path:
    draft_path = Path(draft_path)
    return draft_path.with_name(draft_path.name + VERSIONS_SUFFIX)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class VersionStore:
    """The versions of the draft at `draft_path` (the folder is made with the first one)."""

    def __init__(self, draft_path: Path) -> None:
        self.draft_path = Path(draft_path)
        self.folder = versions_folder(self.draft_path)
        self.index_path = self.folder / INDEX_NAME

    # -- reading ------------------------------------------------------------------

    def versions(self) -> list[VersionInfo]:
        """Every version, oldest first (an empty list when the draft has none)."""
        listed = self._read_index()
        known = {v.id for v in listed}
        for version_id, path in self._files():
            if version_id not in known:  # written by a save killed before its index
                listed.append(self._recovered(version_id, path))
        return sorted(listed, key=lambda v: v.number)

    def get(self, version_id: str) -> VersionInfo:
        for version in self.versions():
            if version.id == version_id.strip():
                return version
        raise VersionNotFoundError(self.draft_path, version_id)

    def latest(self) -> VersionInfo | None:
        versions = self.versions()
        return versions[-1] if versions else None

    def path_of(self, version_id: str) -> Path:
        return self.folder / f"v{int(version_id):04d}.json"

    def load(self, version_id: str) -> Draft:
        """The draft as it was in that version (raises VersionNotFoundError, DraftLoadError)."""
        version = self.get(version_id)
        path = self.path_of(version.id)
        try:
            raw = read_bytes(path, limit=DRAFT_MAX_BYTES)
        except FileAccessError:
            raise VersionNotFoundError(self.draft_path, version_id) from None
        return loads(raw, path)

    def has_version_on(self, day: dt.date) -> bool:
        return any(v.day == day for v in self.versions())

    # -- taking -------------------------------------------------------------------

    def take(
        self,
        draft: Draft,
        kind: VersionKind = VersionKind.MANUAL,
        note: str = "",
        now: dt.datetime | None = None,
    ) -> VersionInfo | None:
        """Keep a copy of `draft` as a new version. An automatic one is skipped (None)
        when the draft is the latest version's; one by hand is always taken."""
        data = dumps(draft)
        digest = digest_of(data)
        versions = self.versions()
        if kind is not VersionKind.MANUAL and versions and versions[-1].digest == digest:
            return None
        number = max((v.number for v in versions), default=0) + 1
        moment = (now or _now()).isoformat(timespec="seconds")
        note = note.strip()[:VERSION_NOTE_MAX_CHARS]
        version = VersionInfo(str(number), moment, note, kind, digest)
        try:
            self.folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise translate_os_error(exc, self.folder, writing=True) from exc
        for leftover in (self.path_of(version.id), self.index_path):
            tidy_draft_folder(leftover)  # temporary files of a take that was killed
        atomic_write(self.path_of(version.id), data, backup=False)  # the copy first
        versions.append(version)
        versions = self._pruned(versions)
        self._write_index(versions)
        return version

    def take_daily(self, draft: Draft, now: dt.datetime | None = None) -> VersionInfo | None:
        """The first save of a day keeps a version (None: there is one of today already)."""
        now = now or _now()
        if self.has_version_on(now.date()):
            return None
        return self.take(draft, VersionKind.DAILY, now=now)

    def delete(self, version_id: str) -> None:
        version = self.get(version_id)
        rest = [v for v in self.versions() if v.id != version.id]
        self._write_index(rest)  # the index first: a kill leaves a file listed again
        try:
            os.unlink(self.path_of(version.id))
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise translate_os_error(exc, self.path_of(version.id), writing=True) from exc

    def copy_to(self, draft_path: Path) -> bool:
        """Give the draft saved under a new name (另存为) these versions too. Nothing is
        merged: a draft that has versions of its own keeps them. The copy is made in a
        temporary folder and renamed into place, so a kill leaves no half folder."""
        target = versions_folder(Path(draft_path))
        if not self.folder.is_dir() or target.exists():
            return False
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            shutil.rmtree(temp, ignore_errors=True)
            shutil.copytree(self.folder, temp)
            os.replace(temp, target)
        except OSError as exc:
            shutil.rmtree(temp, ignore_errors=True)
            raise translate_os_error(exc, target, writing=True) from exc
        return True

    # -- the folder ------------------------------------------------------------------

    def _pruned(self, versions: list[VersionInfo]) -> list[VersionInfo]:
        auto = [v for v in versions if v.kind is not VersionKind.MANUAL]
        excess = {v.id for v in auto[: max(0, len(auto) - VERSIONS_MAX_AUTO)]}
        if not excess:
            return versions
        kept = [v for v in versions if v.id not in excess]
        self._write_index(kept)  # before the files go, so none is listed without its file
        for version_id in excess:
            # a file left behind is listed again, never a listed file missing
            with contextlib.suppress(OSError):
                os.unlink(self.path_of(version_id))
        return kept

    def _files(self) -> list[tuple[str, Path]]:
        try:
            names = os.listdir(self.folder)
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            return []
        except OSError as exc:
            raise translate_os_error(exc, self.folder, writing=False) from exc
        found = []
        for name in names:
            match = _FILE_NAME.match(name)
            if match:
                found.append((str(int(match.group(1))), self.folder / name))
        return found[:VERSIONS_MAX_COUNT]

    def _recovered(self, version_id: str, path: Path) -> VersionInfo:
        try:
            stat = path.stat()
            moment = dt.datetime.fromtimestamp(stat.st_mtime).astimezone()
            digest = digest_of(read_bytes(path, limit=DRAFT_MAX_BYTES))
        except (OSError, ZongjieError):
            moment, digest = _now(), ""
        date = moment.isoformat(timespec="seconds")
        return VersionInfo(version_id, date, "", VersionKind.MANUAL, digest)

    def _read_index(self) -> list[VersionInfo]:
        try:
            raw = read_bytes(self.index_path, limit=VERSIONS_INDEX_MAX_BYTES)
        except FileAccessError:
            if self.index_path.exists():
                raise
            return []
        except ZongjieError as exc:
            raise VersionIndexError(self.index_path, exc.message) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            entries = data["versions"] if data.get("format") == INDEX_FORMAT else None
            if not isinstance(entries, list) or len(entries) > VERSIONS_MAX_COUNT:
                raise ValueError
            return [_entry(item) for item in entries]
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise VersionIndexError(self.index_path, N_("内容不是版本索引")) from None

    def _write_index(self, versions: list[VersionInfo]) -> None:
        entries = [dict(v.to_json(), digest=v.digest) for v in versions]
        data = {"format": INDEX_FORMAT, "version": 1, "versions": entries}
        text = json.dumps(data, ensure_ascii=False, indent=1)
        atomic_write(self.index_path, text.encode("utf-8"), backup=False)


def _entry(item: Any) -> VersionInfo:
    version_id = str(int(item["id"]))
    date = str(item["date"])
    dt.datetime.fromisoformat(date)  # raises ValueError on a bad date
    note = str(item.get("note", ""))[:VERSION_NOTE_MAX_CHARS]
    kind = VersionKind(item.get("kind", VersionKind.MANUAL.value))
    return VersionInfo(version_id, date, note, kind, str(item.get("digest", "")))
