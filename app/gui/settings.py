"""User settings: one JSON file in paths.config_dir(), written with fileio.atomic_write.

Unknown keys are ignored and wrong types fall back to the default, so a hand-edited or
damaged settings file never stops the app from starting. A file that cannot be read as
settings at all (not JSON, not an object, not UTF-8) is kept aside as
`settings.json.damaged-<time>` before defaults are used, and `Settings.load_warning` holds
the Chinese message the window shows once (empty when the file was fine or absent).

`language` is a `Language` (app.gui.language); `review_author` is the name written into
tracked changes and versions, stored under the key "review/author".

`section_by_draft` remembers the section last shown in each draft (at most
MAX_REMEMBERED_SECTIONS, the oldest forgotten first), so a draft opened from 最近打开 or
打开 shows it again; entries that are not a path and an id are dropped on load.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.core import paths
from app.core.errors import ZongjieError
from app.core.fileio import atomic_write
from app.core.i18n import N_
from app.gui.language import Language

SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 4 * 1024 * 1024  # recent files and a geometry: a few KB
_TRANSIENT = {"load_warning"}
MAX_RECENT = 10
MAX_REMEMBERED_SECTIONS = 20
MAX_SECTION_ID_CHARS = 200  # ids the app makes are a few characters
MAX_PATH_CHARS = 4096
_LIST_ELEMENT_TYPES = {"recent_files": str, "splitter_sizes": int}
MAX_AUTHOR_CHARS = 100  # a name, as Word keeps it for a tracked change
# Attributes stored under another key in settings.json.
_KEYS = {"review_author": "review/author"}


@dataclass
class Settings:
    autosave_seconds: int = 30
    reopen_last: bool = True
    last_draft: str = ""
    last_section: str = ""
    recent_files: list[str] = field(default_factory=list)
    export_options: dict[str, Any] = field(default_factory=dict)
    language: Language = Language.CHINESE
    window_geometry: str = ""  # hex of QMainWindow.saveGeometry()
    splitter_sizes: list[int] = field(default_factory=list)
    # draft path (resolved) -> the id of the section last shown; the newest entry last
    section_by_draft: dict[str, str] = field(default_factory=dict)
    review_author: str = ""  # who made a change (tracked changes, versions); "" = ask
    preview_shown: bool = False  # 页面预览 (视图 menu) as the last window left it
    preview_zoom: int = 0  # its zoom in percent; 0 = 适合宽度
    preview_columns: int = 1  # its pages side by side (1 or 2)
    # Not saved: set by load_settings when the file was damaged and kept aside.
    load_warning: str = field(default="", compare=False, repr=False)

    def add_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]

    def remember_section(self, path: Path | str, section_id: str | None) -> None:
        """The section shown last in this draft (None or "": forget it)."""
        key = str(Path(path).resolve())
        self.section_by_draft.pop(key, None)
        if section_id and len(section_id) <= MAX_SECTION_ID_CHARS:
            self.section_by_draft[key] = section_id
        self.section_by_draft = _newest_sections(self.section_by_draft)

    def section_for(self, path: Path | str) -> str | None:
        """The section shown last in this draft, or None (then the first one is shown)."""
        return self.section_by_draft.get(str(Path(path).resolve())) or None


def _newest_sections(value: object) -> dict[str, str]:
    """The well-formed entries of a section map (path -> id), the newest at most
    MAX_REMEMBERED_SECTIONS; anything else (a damaged or hand-edited value) is dropped."""
    if not isinstance(value, dict):
        return {}
    kept: dict[str, str] = {
        key: item
        for key, item in value.items()
        if isinstance(key, str)
        and isinstance(item, str)
        and 0 < len(key) <= MAX_PATH_CHARS
        and 0 < len(item) <= MAX_SECTION_ID_CHARS
    }
    return dict(list(kept.items())[-MAX_REMEMBERED_SECTIONS:])


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load_settings() -> Settings:
    """The saved settings, or defaults for anything missing or unreadable.

    A damaged file is renamed to settings.json.damaged-<time> (the user's recent files
    can be found there) and `load_warning` says so.
    """
    settings = Settings()
    path = settings_path()
    try:
        raw = path.read_bytes() if path.stat().st_size <= MAX_SETTINGS_BYTES else None
    except FileNotFoundError:
        return settings
    except OSError:
        return settings  # unreadable (permissions): defaults, the file left alone
    data = None
    if raw is not None:
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            data = None
    if not isinstance(data, dict):
        settings.load_warning = _keep_damaged(path)
        return settings
    for item in fields(Settings):
        if item.name in _TRANSIENT:
            continue
        value = data.get(_KEYS.get(item.name, item.name))
        default = getattr(settings, item.name)
        if isinstance(default, StrEnum) and isinstance(value, str):
            value = _member(type(default), value)
        if value is None or type(value) is not type(default):
            continue
        element_type = _LIST_ELEMENT_TYPES.get(item.name)
        if element_type and not all(type(v) is element_type for v in value):
            continue
        setattr(settings, item.name, value)
    settings.autosave_seconds = min(3600, max(5, settings.autosave_seconds))
    settings.section_by_draft = _newest_sections(settings.section_by_draft)
    settings.review_author = settings.review_author.strip()[:MAX_AUTHOR_CHARS]
    return settings


def _member(kind: type[StrEnum], value: str) -> StrEnum | None:
    try:
        return kind(value)
    except ValueError:
        return None


def _keep_damaged(path: Path) -> str:
    """Rename the damaged settings file aside; the message for the user."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
    except OSError:
        return N_(
            "设置文件“{path}”已损坏，本次使用默认设置（最近打开的文件等已清空）。"
            "损坏的文件没能另存，请检查文件夹权限。",
            path=str(path),
        )
    return N_(
        "设置文件已损坏，本次使用默认设置（最近打开的文件等已清空）。"
        "原来的设置文件已另存为“{aside}”，可以把它发给技术支持。",
        aside=str(aside),
    )


def save_settings(settings: Settings) -> str | None:
    """Write the settings; returns the Chinese error message when that failed."""
    values = {_KEYS.get(k, k): v for k, v in asdict(settings).items() if k not in _TRANSIENT}
    data = json.dumps(values, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        atomic_write(settings_path(), data, backup=False)
    except ZongjieError as exc:
        return exc.message
    return None
