"""最近打开 and 打开 show the section last shown in a draft: a small bounded map in the
settings (path -> section id); damaged or unknown values fall back to the first section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT
from gui_helpers import copy_sample, new_window
from PySide6.QtWidgets import QMenu

from app.core.draftfile import load_draft
from app.gui.main_window import open_windows
from app.gui.opening import show_opened
from app.gui.settings import (
    MAX_REMEMBERED_SECTIONS,
    Settings,
    load_settings,
    save_settings,
    settings_path,
)

# -- the settings ----------------------------------------------------------------------------


def test_the_section_is_remembered_per_draft_and_survives_a_restart(tmp_path: Path) -> None:
    settings = Settings()
    settings.remember_section(tmp_path / "甲.json", "s03")
    settings.remember_section(tmp_path / "乙.json", "s09")
    assert settings.section_for(tmp_path / "甲.json") == "s03"
    assert settings.section_for(tmp_path / "." / "乙.json") == "s09", "by the resolved path"
    assert settings.section_for(tmp_path / "丙.json") is None
    save_settings(settings)
    assert load_settings().section_for(tmp_path / "甲.json") == "s03"
    settings.remember_section(tmp_path / "甲.json", None)
    assert settings.section_for(tmp_path / "甲.json") is None, "None forgets it"


def test_the_map_keeps_the_newest_entries_only(tmp_path: Path) -> None:
    settings = Settings()
    for n in range(MAX_REMEMBERED_SECTIONS + 5):
        settings.remember_section(tmp_path / f"{n}.json", f"s{n}")
    assert len(settings.section_by_draft) == MAX_REMEMBERED_SECTIONS == 20
    assert settings.section_for(tmp_path / "0.json") is None, "the oldest forgotten first"
    settings.remember_section(tmp_path / "5.json", "s05")  # used again: now the newest
    settings.remember_section(tmp_path / "new.json", "s1")
    assert settings.section_for(tmp_path / "5.json") == "s05"
    assert settings.section_for(tmp_path / "6.json") is None


@pytest.mark.parametrize(
    "stored",
    [
        "s03",
        ["s03"],
        42,
        None,
        {"/a.json": 5, "/b.json": ["s1"], "": "s1", "/c.json": ""},
        {"/a.json": "x" * 500},
    ],
)
def test_a_damaged_map_falls_back_to_no_memory(stored: object) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    data = {"recent_files": ["/a.json"], "section_by_draft": stored}
    settings_path().write_text(json.dumps(data), encoding="utf-8")
    settings = load_settings()
    assert settings.section_by_draft == {} and settings.section_for("/a.json") is None
    assert settings.recent_files == ["/a.json"], "the rest of the settings is kept"
    assert settings.load_warning == ""


def test_good_entries_survive_beside_damaged_ones_and_a_long_map_is_cut() -> None:
    stored = {f"/d{n}.json": f"s{n}" for n in range(30)}
    stored["/bad.json"] = 7  # type: ignore[assignment]
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"section_by_draft": stored}), encoding="utf-8")
    kept = load_settings().section_by_draft
    assert list(kept) == [f"/d{n}.json" for n in range(10, 30)]


# -- opening ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("guarded_windows")
def test_an_opened_draft_shows_its_remembered_section(sample_copy: Path) -> None:
    settings = Settings()
    settings.remember_section(sample_copy, "s05")
    window = new_window(settings)
    assert show_opened(window, load_draft(sample_copy), sample_copy, settings) is True
    assert window.current_section_id() == "s05"
    assert window.outline.currentIndex().isValid()


@pytest.mark.usefixtures("guarded_windows")
def test_an_asked_for_section_wins_and_an_unknown_one_falls_back(
    sample_copy: Path, tmp_path: Path
) -> None:
    settings = Settings()
    settings.remember_section(sample_copy, "s05")
    window = new_window(settings)
    show_opened(window, load_draft(sample_copy), sample_copy, settings, "s09")
    assert window.current_section_id() == "s09"
    other = copy_sample(SAMPLE_DRAFT, tmp_path, "另一份.json")
    settings.remember_section(other, "no-such-section")
    second = new_window(settings)
    show_opened(second, load_draft(other), other, settings)
    assert second.current_section_id() == "s01", "the first section, as before"


@pytest.mark.usefixtures("guarded_windows")
def test_after_wiring_recent_menu_reopens_on_the_last_selected_section(
    sample_copy: Path, tmp_path: Path
) -> None:
    first = new_window()
    first.open_path(sample_copy)
    first.outline.select_section("s04")
    assert first.current_section_id() == "s04"
    other = copy_sample(SAMPLE_DRAFT, tmp_path, "第二份.json")
    second = first.open_path(other)
    assert second is not None and second is not first
    first.close()  # the draft closes on s04
    menu = second.findChild(QMenu, "menuRecent")
    menu.aboutToShow.emit()
    [entry] = [a for a in menu.actions() if a.statusTip() == str(sample_copy.resolve())]
    entry.trigger()
    [reopened] = [w for w in open_windows() if w.path == sample_copy.resolve()]
    assert reopened.current_section_id() == "s04"
