"""Atomic saves, backups, the draft lock, and OS errors turned into messages."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core import fileio
from app.core.draftfile import load_draft, save_draft
from app.core.errors import DiskFullError, DraftLockedError, PermissionDeniedError
from app.core.fileio import DraftLock, atomic_write
from app.core.model import Section


def test_save_keeps_previous_version_as_backup(tmp_path: Path, sample_draft_path: Path) -> None:
    path = tmp_path / "草稿.json"
    draft = load_draft(sample_draft_path)
    save_draft(draft, path)
    first = path.read_bytes()
    draft.sections.append(Section("新增部分"))
    save_draft(draft, path)
    assert (tmp_path / "草稿.json.bak").read_bytes() == first
    assert load_draft(path).sections[-1].heading == "新增部分"


def test_save_failing_midway_leaves_old_file_intact(
    tmp_path: Path, sample_draft_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "草稿.json"
    draft = load_draft(sample_draft_path)
    save_draft(draft, path)
    before = path.read_bytes()

    def crash(_: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(fileio, "_before_replace", crash)
    draft.sections[0].heading = "改过的标题"
    with pytest.raises(fileio.WriteFailedError) as caught:
        save_draft(draft, path)
    assert "原文件保持不变" in caught.value.message
    assert path.read_bytes() == before
    assert load_draft(path).sections[0].heading == "上半年主要工作"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_disk_full_is_reported_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"old")

    def full(_: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio, "_before_replace", full)
    with pytest.raises(DiskFullError) as caught:
        atomic_write(path, b"new")
    assert "磁盘空间不足" in caught.value.message
    assert path.read_bytes() == b"old"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_gives_permission_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PermissionDeniedError):
            atomic_write(folder / "a.json", b"x")
    finally:
        folder.chmod(0o700)


def test_permission_error_maps_to_message(tmp_path: Path) -> None:
    error = fileio.translate_os_error(
        OSError(errno.EACCES, "denied"), tmp_path / "a.json", writing=True
    )
    assert isinstance(error, PermissionDeniedError)
    assert "没有权限保存到" in error.message


def test_second_writer_is_refused(tmp_path: Path) -> None:
    draft_path = tmp_path / "草稿.json"
    with DraftLock(draft_path):
        second = DraftLock(draft_path)
        with pytest.raises(DraftLockedError) as caught:
            second.acquire()
        assert "正在被另一个窗口编辑" in caught.value.message
    # released: now the second one gets it
    with DraftLock(draft_path) as again:
        assert again.held


def test_lock_held_by_another_live_process_is_refused(tmp_path: Path) -> None:
    draft_path = tmp_path / "草稿.json"
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(30)"],
    )
    try:
        lock_file = draft_path.with_name("草稿.json.lock")
        lock_file.write_text(
            json.dumps({"host": socket.gethostname(), "pid": child.pid, "time": 0})
        )
        with pytest.raises(DraftLockedError):
            DraftLock(draft_path).acquire()
    finally:
        child.kill()
        child.wait()
    # the owner died: the lock is stale and is taken over
    lock = DraftLock(draft_path)
    lock.acquire()
    assert json.loads(lock.path.read_text())["pid"] == os.getpid()
    lock.release()
    assert not lock.path.exists()


def test_stale_lock_from_other_host_expires(tmp_path: Path) -> None:
    draft_path = tmp_path / "草稿.json"
    lock_path = draft_path.with_name("草稿.json.lock")
    lock_path.write_text(json.dumps({"host": "另一台电脑", "pid": 1, "time": 0}))
    with DraftLock(draft_path) as lock:
        assert lock.held
    lock_path.write_text(json.dumps({"host": "另一台电脑", "pid": 1, "time": time.time()}))
    with pytest.raises(DraftLockedError):
        DraftLock(draft_path).acquire()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_files_get_ordinary_permissions_and_saves_keep_them(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        path = tmp_path / "新草稿.json"
        atomic_write(path, b"{}")
        assert path.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600
        path.chmod(0o640)
        atomic_write(path, b"{ }")
        assert path.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old_mask)


def test_a_file_open_in_word_is_named_as_the_likely_cause(tmp_path: Path) -> None:
    """Windows reports a .docx that Word holds open as a permission error."""
    exported = tmp_path / "总结.docx"
    exported.write_bytes(b"PK")
    error = fileio.translate_os_error(OSError(errno.EACCES, "denied"), exported, writing=True)
    assert "正在 Word、WPS 或其他程序中打开" in error.message
    new = fileio.translate_os_error(
        OSError(errno.EACCES, "denied"), tmp_path / "新.docx", writing=True
    )
    assert "Word" not in new.message  # a file that doesn't exist yet can't be open anywhere


def test_a_read_failure_is_not_called_a_save(tmp_path: Path) -> None:
    error = fileio.translate_os_error(
        OSError(errno.EIO, "Input/output error"), tmp_path / "a.json", writing=False
    )
    assert "无法读取" in error.message and "无法保存" not in error.message
    assert "Input/output error" not in error.message


def test_a_save_keeps_no_temporary_file_and_returns_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    assert atomic_write(path, b"one") is None
    assert atomic_write(path, b"two") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["草稿.json", "草稿.json.bak"]
