"""Backups (草稿.json.bak): a damaged draft's message names its backup only when there is
one; a backup opens as an untitled, unsaved draft, so 保存 never writes into it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT
from gui_helpers import copy_sample, new_window
from PySide6.QtWidgets import QFileDialog

from app.core.draftfile import existing_backup, load_draft
from app.core.errors import DamagedJsonError, EmptyFileError
from app.gui.opening import backup_note, is_backup, open_filter, original_of, show_opened
from app.gui.settings import Settings

DAMAGED = b'{"format": "zongjie-draft", "version": 1, "sections": ['


# -- the core's messages -------------------------------------------------------------------


def test_a_damaged_draft_names_its_backup_when_there_is_one(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    path.write_bytes(DAMAGED)
    copy_sample(SAMPLE_DRAFT, tmp_path, "草稿.json.bak")
    with pytest.raises(DamagedJsonError) as caught:
        load_draft(path)
    assert caught.value.backup == tmp_path / "草稿.json.bak"
    assert "“草稿.json.bak”" in caught.value.message and "草稿备份" in caught.value.message
    assert path.read_bytes() == DAMAGED


def test_a_damaged_draft_without_a_backup_names_none(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    path.write_bytes(DAMAGED)
    with pytest.raises(DamagedJsonError) as caught:
        load_draft(path)
    message = caught.value.message
    assert caught.value.backup is None
    assert ".bak" not in message and "没有它的备份" in message
    assert "第 1 行" in message and "文件未作任何改动" in message


def test_a_folder_named_like_the_backup_is_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    path.write_bytes(DAMAGED)
    (tmp_path / "草稿.json.bak").mkdir()
    assert existing_backup(path) is None
    with pytest.raises(DamagedJsonError) as caught:
        load_draft(path)
    assert ".bak" not in caught.value.message


@pytest.mark.parametrize("has_backup", [True, False])
def test_an_empty_draft_names_its_backup_only_when_there_is_one(
    tmp_path: Path, has_backup: bool
) -> None:
    path = tmp_path / "草稿.json"
    path.write_bytes(b"")
    if has_backup:
        copy_sample(SAMPLE_DRAFT, tmp_path, "草稿.json.bak")
    with pytest.raises(EmptyFileError) as caught:
        load_draft(path)
    assert ("“草稿.json.bak”" in caught.value.message) is has_backup
    assert "空文件" in caught.value.message


# -- telling a backup ----------------------------------------------------------------------


def test_backups_are_told_by_name(qapp) -> None:
    assert is_backup(Path("/a/草稿.json.bak")) and is_backup(Path("X.JSON.BAK"))
    assert not is_backup(Path("草稿.json")) and not is_backup(Path(".json.bak"))
    assert not is_backup(Path("草稿.bak"))
    assert original_of(Path("/a/草稿.json.bak")) == Path("/a/草稿.json")
    assert "草稿备份 (*.json.bak)" in open_filter().split(";;")
    assert open_filter().split(";;")[0] == "工作总结草稿 (*.json)", "drafts stay the default"
    assert "请用“另存为”保存" in backup_note(Path("/a/草稿.json.bak"))


# -- opening a backup in a window ----------------------------------------------------------


@pytest.mark.usefixtures("guarded_windows")
def test_a_backup_opens_untitled_and_save_never_writes_into_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = copy_sample(SAMPLE_DRAFT, tmp_path, "草稿.json.bak")
    before = backup.read_bytes()
    window = new_window()
    assert show_opened(window, load_draft(backup), backup, Settings()) is False, (
        "a backup is not remembered in 最近打开"
    )
    assert window.path is None and window.is_dirty(), "unsaved, with no path of its own"
    assert window.draft.meta.title == "2020年上半年工作总结"
    assert "这是备份文件" in window.statusBar().currentMessage()
    assert window.lock is None and not (tmp_path / "草稿.json.bak.lock").exists()
    started: list[str] = []

    def answer(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        started.append(start)
        return (start, filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    window.action("actionSave").trigger()  # Ctrl+S
    assert started == [str(tmp_path / "草稿.json")], "另存为 starts at the draft it backs up"
    assert window.path == (tmp_path / "草稿.json").resolve() and not window.is_dirty()
    assert backup.read_bytes() == before


@pytest.mark.usefixtures("guarded_windows")
def test_restoring_a_backup_over_its_draft_keeps_the_draft_as_the_new_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "草稿.json"
    draft.write_bytes(DAMAGED)
    backup = copy_sample(SAMPLE_DRAFT, tmp_path, "草稿.json.bak")
    window = new_window()
    show_opened(window, load_draft(backup), backup, Settings())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda p, c, start, f: (start, f))
    assert window.save()
    assert load_draft(draft).meta.title == "2020年上半年工作总结"
    assert backup.read_bytes() == DAMAGED, "the replaced draft is kept: nothing is lost"


@pytest.mark.usefixtures("guarded_windows")
def test_after_wiring_the_open_dialog_offers_backups_and_opens_them_untitled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = copy_sample(SAMPLE_DRAFT, tmp_path, "草稿.json.bak")
    filters: list[str] = []

    def answer(parent, caption, start, offered):  # type: ignore[no-untyped-def]
        filters.append(offered)
        return (str(backup), "草稿备份 (*.json.bak)")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    window = new_window()
    window.action("actionOpen").trigger()
    assert filters and "草稿备份 (*.json.bak)" in filters[0]
    assert window.path is None and window.is_dirty()
    assert str(backup.resolve()) not in window.settings.recent_files
