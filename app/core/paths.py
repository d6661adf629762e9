"""Where the app keeps drafts, autosaves, backups and settings.

appdirs gives the platform's folders (%LOCALAPPDATA%\\zongjie on Windows, ~/.local/share
and ~/.config on Linux); ZONGJIE_HOME moves all of them under one folder, for tests and
for a portable copy on a USB stick. The backup of a draft's previous save sits beside
the draft, not here.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "zongjie"


def _app_folder(kind: str) -> Path:
    """The app's "data" or "config" folder, created on first use."""
    home = os.environ.get("ZONGJIE_HOME")
    if home:
        folder = Path(home) / kind
    else:
        import appdirs  # only here: tests and portable use never need it

        find = appdirs.user_data_dir if kind == "data" else appdirs.user_config_dir
        folder = Path(find(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir() -> Path:
    """The default drafts folder and the autosave/recovery files live under here."""
    return _app_folder("data")


def config_dir() -> Path:
    """Settings (JSON) live here."""
    return _app_folder("config")


def recovery_dir() -> Path:
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def drafts_dir() -> Path:
    folder = data_dir() / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resources_dir() -> Path:
    """The repository's resources/ folder (templates, samples, schema, translations)."""
    return Path(__file__).resolve().parents[2] / "resources"
