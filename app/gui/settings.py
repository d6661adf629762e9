"""User settings: one JSON file in paths.config_dir(), written with fileio.atomic_write.

Unknown keys are ignored and wrong types fall back to the default, so a hand-edited or
damaged settings file never stops the app from starting.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.core import paths
from app.core.errors import ZongjieError
from app.core.fileio import atomic_write

SETTINGS_FILE = "settings.json"
MAX_RECENT = 10
_LIST_ELEMENT_TYPES = {"recent_files": str, "splitter_sizes": int}


@dataclass
class Settings:
    autosave_seconds: int = 30
    reopen_last: bool = True
    last_draft: str = ""
    last_section: str = ""
    recent_files: list[str] = field(default_factory=list)
    export_options: dict[str, Any] = field(default_factory=dict)
    language: str = "zh_CN"  # "zh_CN" or "en"
    window_geometry: str = ""  # hex of QMainWindow.saveGeometry()
    splitter_sizes: list[int] = field(default_factory=list)

    def add_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load_settings() -> Settings:
    """The saved settings, or defaults for anything missing or unreadable."""
    settings = Settings()
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return settings
    if not isinstance(data, dict):
        return settings
    for item in fields(Settings):
        value = data.get(item.name)
        default = getattr(settings, item.name)
        if value is None or type(value) is not type(default):
            continue
        element_type = _LIST_ELEMENT_TYPES.get(item.name)
        if element_type and not all(type(v) is element_type for v in value):
            continue
        setattr(settings, item.name, value)
    settings.autosave_seconds = max(5, settings.autosave_seconds)
    return settings


def save_settings(settings: Settings) -> str | None:
    """Write the settings; returns the Chinese error message when that failed."""
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        atomic_write(settings_path(), data, backup=False)
    except ZongjieError as exc:
        return exc.message
    return None
