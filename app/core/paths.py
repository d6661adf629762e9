"""Where the app keeps drafts, autosaves, backups and settings.

appdirs gives the platform's folders (%APPDATA% on Windows, ~/.local/share and
~/.config on Linux). ZONGJIE_HOME moves all of them under one folder, for tests
and for a portable copy on a USB stick.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "zongjie"


def _home_override() -> Path | None:
    value = os.environ.get("ZONGJIE_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Drafts folder default, autosave/recovery files and backups live under here."""
    home = _home_override()
    if home is not None:
        folder = home / "data"
    else:
        import appdirs

        folder = Path(appdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir() -> Path:
    """Settings (JSON) live here."""
    home = _home_override()
    if home is not None:
        folder = home / "config"
    else:
        import appdirs

        folder = Path(appdirs.user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
