"""Versions kept beside a draft: taken, listed oldest first, read back, pruned, and safe
through a kill during a save."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import time
from pathlib import Path

import pytest

from app.core import versions as versions_module
from app.core.draftfile import load_draft, save_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.versions import (
    VersionIndexError,
    VersionKind,
    VersionNotFoundError,
    VersionStore,
    versions_folder,
)

TZ = dt.timezone(dt.timedelta(hours=8))


def _draft(text: str = "第一段") -> Draft:
    return Draft(
        meta=Meta(title="2026年工作总结"),
        sections=[Section("主要工作", [Paragraph.plain(text)], id="s1")],
    )


def test_a_draft_without_versions_lists_none_and_keeps_its_file_format(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    save_draft(_draft(), path)
    before = path.read_bytes()
    assert VersionStore(path).versions() == []
    VersionStore(path).take(_draft("第二段"), note="给科长")
    assert path.read_bytes() == before  # versions never touch the draft's own file
    assert load_draft(path) == _draft()


def test_versions_are_listed_oldest_first_and_read_back(tmp_path: Path) -> None:
    store = VersionStore(tmp_path / "总结.json")
    first = store.take(_draft("初稿"), note="初稿", now=dt.datetime(2026, 3, 1, 9, 0, tzinfo=TZ))
    second = store.take(_draft("二稿"), VersionKind.EXPORT, now=dt.datetime(2026, 3, 2, tzinfo=TZ))
    assert first is not None and second is not None
    listed = store.versions()
    assert [(v.id, v.note, v.kind) for v in listed] == [
        ("1", "初稿", VersionKind.MANUAL),
        ("2", "", VersionKind.EXPORT),
    ]
    assert listed[0].date == "2026-03-01T09:00:00+08:00"
    assert store.load("1") == _draft("初稿")
    assert store.load("2").sections[0].body[0].text == "二稿"


def test_an_automatic_version_of_an_unchanged_draft_is_skipped(tmp_path: Path) -> None:
    store = VersionStore(tmp_path / "总结.json")
    assert store.take(_draft(), VersionKind.EXPORT) is not None
    assert store.take(_draft(), VersionKind.EXPORT) is None
    assert store.take(_draft(), VersionKind.MANUAL, note="定稿") is not None
    assert len(store.versions()) == 2


def test_the_first_save_of_a_day_takes_one_version(tmp_path: Path) -> None:
    store = VersionStore(tmp_path / "总结.json")
    morning = dt.datetime(2026, 3, 1, 8, 0, tzinfo=TZ)
    assert store.take_daily(_draft("早上"), now=morning) is not None
    assert store.take_daily(_draft("中午"), now=morning.replace(hour=12)) is None
    assert store.take_daily(_draft("次日"), now=morning + dt.timedelta(days=1)) is not None
    assert [v.kind for v in store.versions()] == [VersionKind.DAILY, VersionKind.DAILY]


def test_only_automatic_versions_are_pruned_oldest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(versions_module, "VERSIONS_MAX_AUTO", 3)
    store = VersionStore(tmp_path / "总结.json")
    store.take(_draft("手工"), note="手工")
    for i in range(5):
        store.take(_draft(f"导出{i}"), VersionKind.EXPORT)
    listed = store.versions()
    assert [v.id for v in listed] == ["1", "4", "5", "6"]
    assert store.load("4").sections[0].body[0].text == "导出2"
    assert sorted(p.name for p in store.folder.iterdir()) == [
        "index.json",
        "v0001.json",
        "v0004.json",
        "v0005.json",
        "v0006.json",
    ]


def test_an_unknown_version_is_named_in_the_message(tmp_path: Path) -> None:
    store = VersionStore(tmp_path / "总结.json")
    store.take(_draft())
    with pytest.raises(VersionNotFoundError) as caught:
        store.load("7")
    assert "“7”" in caught.value.message and "总结.json" in caught.value.message


def test_a_damaged_index_is_a_message_not_a_crash(tmp_path: Path) -> None:
    store = VersionStore(tmp_path / "总结.json")
    store.take(_draft())
    store.index_path.write_text('{"format": "zongjie-versions", "versions": [{"id": "x"', "utf-8")
    with pytest.raises(VersionIndexError) as caught:
        store.versions()
    assert "总结.json.versions" in caught.value.message


def test_a_version_file_without_its_index_entry_is_still_listed(tmp_path: Path) -> None:
    """What a kill between the version file and the index leaves."""
    store = VersionStore(tmp_path / "总结.json")
    store.take(_draft("一"), note="一")
    save_draft(_draft("二"), store.folder / "v0002.json")
    assert [v.id for v in store.versions()] == ["1", "2"]
    assert store.load("2").sections[0].body[0].text == "二"
    third = store.take(_draft("三"))
    assert third is not None and third.id == "3"
    index = json.loads(store.index_path.read_text("utf-8"))
    assert [v["id"] for v in index["versions"]] == ["1", "2", "3"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL")
def test_versions_survive_kills_during_taking(tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    big = Draft(sections=[Section(f"节{i}", [Paragraph.plain("字" * 2000)]) for i in range(100)])
    store = VersionStore(path)
    store.take(_draft("保留"), note="保留")
    for delay in (0, 0.001, 0.003, 0.006, 0.01, 0.02):
        pid = os.fork()
        if pid == 0:
            try:
                VersionStore(path).take(big, note="被中断")
            finally:
                os._exit(0)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        listed = VersionStore(path).versions()
        assert listed[0].note == "保留"
        for version in listed:  # every listed version reads back whole
            VersionStore(path).load(version.id)
    assert VersionStore(path).load("1") == _draft("保留")
    assert versions_folder(path).name == "总结.json.versions"
    VersionStore(path).take(_draft("之后"), note="之后")  # the next take tidies up
    leftovers = [p.name for p in versions_folder(path).iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
