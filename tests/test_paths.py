"""Where files go: the platform's folders from appdirs, or everything under ZONGJIE_HOME."""

from __future__ import annotations

from pathlib import Path

import appdirs
import pytest

from app.core import paths


def test_zongjie_home_moves_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONGJIE_HOME", str(tmp_path / "便携"))
    assert paths.data_dir() == tmp_path / "便携" / "data"
    assert paths.config_dir() == tmp_path / "便携" / "config"
    assert paths.recovery_dir() == tmp_path / "便携" / "data" / "recovery"
    assert paths.drafts_dir().is_dir()


def test_without_it_the_platform_folders_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ZONGJIE_HOME")
    monkeypatch.setattr(
        appdirs, "user_data_dir", lambda name, appauthor: str(tmp_path / "share" / name)
    )
    monkeypatch.setattr(
        appdirs, "user_config_dir", lambda name, appauthor: str(tmp_path / "conf" / name)
    )
    assert paths.data_dir() == tmp_path / "share" / "zongjie"
    assert paths.config_dir() == tmp_path / "conf" / "zongjie"
    assert paths.config_dir().is_dir()
