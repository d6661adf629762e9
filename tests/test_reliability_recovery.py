"""Recovery entries without Qt: one atomic file, robust listing, damaged entries set aside
once, old-format entries converted, kills during autosave never lose an entry; and a
damaged settings file kept aside with a message."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core import fileio, recovery
from app.core.draftfile import dumps, load_draft
from app.core.model import Draft, Meta, Paragraph, Section


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


DEAD_PID = _dead_pid()


def _draft(title: str = "2024年工作总结", n: int = 3) -> Draft:
    return Draft(
        meta=Meta(title=title),
        sections=[Section(f"第{i}部分", [Paragraph.plain("正文" * (i + 1))]) for i in range(n)],
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "recovery"
    target.mkdir()
    return target


def test_an_entry_is_written_listed_read_and_discarded(folder: Path, tmp_path: Path) -> None:
    original = tmp_path / "草稿.json"
    original.write_bytes(dumps(_draft()))
    unsaved = _draft("未保存的标题")
    recovery.write_entry("abc123", unsaved, original, "", folder)
    assert [p.name for p in folder.iterdir()] == ["abc123.recovery"]
    listing = recovery.list_entries(folder=folder)
    assert listing.problems == []
    (entry,) = listing.entries
    assert entry.key == "abc123" and entry.original == str(original)
    assert entry.title == "未保存的标题" and "草稿.json" in entry.describe()
    assert abs(entry.saved_at - time.time()) < 60
    assert dumps(recovery.read_entry(entry)) == dumps(unsaved)
    assert not entry.original_changed_since()
    recovery.discard_entry("abc123", folder)
    assert list(folder.iterdir()) == []


def test_entries_of_open_windows_and_live_processes_are_not_offered(folder: Path) -> None:
    recovery.write_entry("mine", _draft(), None, "", folder)
    assert recovery.list_entries({"mine"}, folder).entries == []
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        data = recovery.encode_entry("theirs", dumps(_draft()))
        header, body = data.split(b"\n", 1)
        info = json.loads(header.split(b" ", 2)[2])
        info.update(pid=child.pid, start=fileio.process_start_time(child.pid))
        (folder / "theirs.recovery").write_bytes(
            recovery.MAGIC + b"2 " + json.dumps(info).encode() + b"\n" + body
        )
        assert [e.key for e in recovery.list_entries({"mine"}, folder).entries] == []
    finally:
        child.kill()
        child.wait()
    assert [e.key for e in recovery.list_entries({"mine"}, folder).entries] == ["theirs"]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        recovery.MAGIC + b"2 {not json}\n{}",
        recovery.MAGIC + b"2 []\n{}",
        recovery.MAGIC + b"9 {}\n{}",
        recovery.MAGIC + b'2 {"saved_at": "gestern", "pid": "x"}\n{"format": "zongjie-draft"',
        recovery.MAGIC + b'2 {"saved_at": 1e400}\n' + b"[" * 3000,
        recovery.MAGIC + b"2 {}" + b" " * 70000,
    ],
)
def test_a_damaged_entry_is_reported_once_and_set_aside(folder: Path, content: bytes) -> None:
    (folder / "bad.recovery").write_bytes(content)
    recovery.write_entry("good", _draft(), None, "", folder)
    first = recovery.list_entries(folder=folder)
    assert [e.key for e in first.entries] == ["good"]
    assert len(first.problems) == 1 and "bad.recovery" in first.problems[0]
    assert "已损坏" in first.problems[0] and "Error" not in first.problems[0]
    assert (folder / "damaged" / "bad.recovery").read_bytes() == content
    again = recovery.list_entries(folder=folder)
    assert again.problems == [] and [e.key for e in again.entries] == ["good"]


def test_old_format_entries_are_converted_even_with_a_bad_saved_at(folder: Path) -> None:
    (folder / "old1.json").write_bytes(dumps(_draft("旧格式")))
    (folder / "old1.info.json").write_text(
        json.dumps(
            {"original": "/x/草稿.json", "title": "旧格式", "saved_at": "昨天", "pid": DEAD_PID}
        ),
        encoding="utf-8",
    )
    listing = recovery.list_entries(folder=folder)
    assert listing.problems == []
    (entry,) = listing.entries
    assert entry.title == "旧格式" and entry.original == "/x/草稿.json" and entry.saved_at > 0
    assert sorted(p.name for p in folder.iterdir()) == ["old1.recovery"]
    assert recovery.read_entry(entry).meta.title == "旧格式"


def test_an_old_copy_whose_info_was_never_written_is_offered(folder: Path) -> None:
    (folder / "k1.json").write_bytes(dumps(_draft("只有副本")))
    (entry,) = recovery.list_entries(folder=folder).entries
    assert entry.title == "只有副本" and entry.original == ""


def test_an_old_info_without_its_copy_is_set_aside(folder: Path) -> None:
    (folder / "k2.info.json").write_text(f'{{"pid": {DEAD_PID}, "saved_at": 0}}', encoding="utf-8")
    listing = recovery.list_entries(folder=folder)
    assert listing.entries == [] and len(listing.problems) == 1
    assert (folder / "damaged" / "k2.info.json").exists()


def test_a_damaged_old_copy_is_set_aside(folder: Path) -> None:
    (folder / "k3.json").write_bytes(b'{"format": "zongjie-draft", "vers')
    (folder / "k3.info.json").write_text(f'{{"pid": {DEAD_PID}}}', encoding="utf-8")
    listing = recovery.list_entries(folder=folder)
    assert listing.entries == [] and len(listing.problems) == 1
    assert sorted(p.name for p in (folder / "damaged").iterdir()) == ["k3.info.json", "k3.json"]


def test_reading_an_entry_damaged_after_listing_raises_the_apps_error(folder: Path) -> None:
    recovery.write_entry("k4", _draft(), None, "", folder)
    (entry,) = recovery.list_entries(folder=folder).entries
    entry.file.write_bytes(b"overwritten")
    with pytest.raises(recovery.RecoveryError) as caught:
        recovery.read_entry(entry)
    assert "已损坏" in caught.value.message
    assert not entry.file.exists()


def test_a_copy_older_than_the_saved_draft_says_so(folder: Path, tmp_path: Path) -> None:
    original = tmp_path / "草稿.json"
    original.write_bytes(dumps(_draft()))
    recovery.write_entry("k5", _draft("崩溃前"), original, "", folder)
    (entry,) = recovery.list_entries(folder=folder).entries
    later = time.time() + 120
    os.utime(original, (later, later))  # another window saved the draft afterwards
    assert entry.original_changed_since()


def test_a_missing_folder_lists_nothing() -> None:
    listing = recovery.list_entries(folder=Path("/nonexistent/zongjie/recovery"))
    assert listing.entries == [] and listing.problems == []


def test_the_default_folder_is_the_apps_recovery_folder() -> None:
    from app.core import paths

    path = recovery.write_entry("k6", _draft())
    assert path.parent == paths.recovery_dir()
    assert [e.key for e in recovery.list_entries().entries] == ["k6"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL")
def test_kills_during_the_first_autosave_never_lose_an_entry(folder: Path) -> None:
    """200 kills while the first entry is written: either no entry yet, or one that is
    offered and reads back whole; no temporary file survives the next listing."""
    import random

    rng = random.Random(5)
    draft = _draft(n=200)
    expected = dumps(draft)
    offered = 0
    for n in range(200):
        key = f"k{n}"
        pid = os.fork()
        if pid == 0:
            try:
                recovery.write_entry(key, draft, None, "", folder)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, 0.012))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        listing = recovery.list_entries(folder=folder)
        assert listing.problems == []
        keys = [e.key for e in listing.entries]
        exists = (folder / f"{key}.recovery").exists()
        assert (key in keys) == exists
        for entry in listing.entries:
            assert dumps(recovery.read_entry(entry)) == expected
            entry.remove()
            offered += 1
        assert list(folder.iterdir()) == [], sorted(p.name for p in folder.iterdir())
    assert offered > 0


# -- settings ---------------------------------------------------------------------------


def test_a_damaged_settings_file_is_kept_aside_with_a_message() -> None:
    from app.gui.settings import Settings, load_settings, save_settings, settings_path

    path = settings_path()
    path.write_bytes(b'{"recent_files": ["/a/\xe8\x8d\x89\xe7\xa8\xbf.json"], "autosave_sec')
    settings = load_settings()
    assert settings.recent_files == [] and settings.load_warning
    assert "已损坏" in settings.load_warning and "damaged" in settings.load_warning
    (aside,) = path.parent.glob("settings.json.damaged-*")
    assert b"recent_files" in aside.read_bytes()
    assert not path.exists()
    assert save_settings(Settings(recent_files=["/b.json"])) is None
    assert "load_warning" not in json.loads(path.read_text(encoding="utf-8"))
    again = load_settings()
    assert again.recent_files == ["/b.json"] and again.load_warning == ""


@pytest.mark.parametrize("content", [b"[]", b"\xff\xfe\x00", b"null", b"[" * 5000])
def test_settings_that_are_not_an_object_are_damaged_too(content: bytes) -> None:
    from app.gui.settings import load_settings, settings_path

    settings_path().write_bytes(content)
    assert load_settings().load_warning


def test_no_settings_file_is_no_warning() -> None:
    from app.gui.settings import load_settings

    assert load_settings().load_warning == ""


def test_a_restored_draft_loads_as_a_draft(folder: Path, tmp_path: Path) -> None:
    """read_entry gives a Draft that saves and loads like any other."""
    recovery.write_entry("k7", _draft("恢复"), None, "", folder)
    (entry,) = recovery.list_entries(folder=folder).entries
    target = tmp_path / "恢复.json"
    target.write_bytes(dumps(recovery.read_entry(entry)))
    assert load_draft(target).meta.title == "恢复"
