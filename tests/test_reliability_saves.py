"""Saves without gaps: kills at random moments, two writers at once, symlinks, read-only
drafts, a .bak that is a folder, leftovers of killed saves, and OS errors in Chinese."""

from __future__ import annotations

import errno
import os
import signal
import time
from pathlib import Path

import pytest

from app.core import fileio
from app.core.errors import FileAccessError, ZongjieError
from app.core.fileio import ReadFailedError, ReadOnlyFileError, atomic_write, read_bytes

posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork and SIGKILL")


@posix_only
def test_a_few_hundred_kills_during_save_leave_no_gap(tmp_path: Path) -> None:
    import soak_save

    start = time.perf_counter()
    result = soak_save.soak(tmp_path, kills=300, seed=15)
    assert result["kills"] == 300
    assert time.perf_counter() - start < 20


@posix_only
def test_kills_at_later_moments_too(tmp_path: Path) -> None:
    import soak_save

    soak_save.soak(tmp_path, kills=60, seed=3, max_delay=0.03)


@posix_only
def test_two_processes_saving_one_draft_never_collide(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    atomic_write(path, b"{}")
    children = []
    for n in range(2):
        pid = os.fork()
        if pid == 0:
            failures = 0
            try:
                for k in range(150):
                    try:
                        atomic_write(path, f'{{"writer": {n}, "k": {k}}}'.encode())
                    except ZongjieError:
                        failures += 1
            finally:
                os._exit(min(failures, 100))
        children.append(pid)
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children]
    assert codes == [0, 0]
    assert path.read_bytes().startswith(b'{"writer"')
    fileio.tidy_draft_folder(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["草稿.json", "草稿.json.bak"]


def test_backup_is_the_previous_version_after_each_save(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    for n in range(5):
        assert atomic_write(path, f"v{n}".encode()) is None
        if n:
            assert path.with_name("d.json.bak").read_bytes() == f"v{n - 1}".encode()


def test_a_save_killed_between_its_two_renames_is_finished_at_the_next_open(tmp_path: Path) -> None:
    """The draft was replaced but the backup link not yet renamed: tidy renames it."""
    path = tmp_path / "d.json"
    atomic_write(path, b"v1")
    atomic_write(path, b"v2")  # .bak = v1
    link = tmp_path / f".d.json.bak.{fileio._host_tag()}-999999-abcd.tmp"
    os.link(path, link)  # what a save of v3 made before it was killed...
    (tmp_path / "new").write_bytes(b"v3")
    os.replace(tmp_path / "new", path)  # ...after replacing the draft
    with fileio.DraftLock(path):  # opening the draft
        pass
    assert path.with_name("d.json.bak").read_bytes() == b"v2"
    assert not link.exists()


def test_leftovers_of_killed_saves_go_at_the_next_save_only_ours(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    atomic_write(path, b"old")
    dead = tmp_path / f".草稿.json.{fileio._host_tag()}-999999-0123abcd.tmp"  # pid gone
    old_style = tmp_path / ".草稿.json.k3j_x9zq.tmp"  # an older version's mkstemp name
    old_bak = tmp_path / "草稿.json.bak.tmp"
    fresh_other = tmp_path / f".草稿.json.abcdef-{os.getppid()}-0123abcd.tmp"  # another host
    user_file = tmp_path / ".草稿.json.notes.tmp"  # not our pattern: the user's
    other_draft = tmp_path / f".别的.json.{fileio._host_tag()}-999999-0123abcd.tmp"
    for file in (dead, old_style, old_bak, fresh_other, user_file, other_draft):
        file.write_bytes(b"x")
    hour_ago = time.time() - 3600
    for file in (old_style, old_bak):
        os.utime(file, (hour_ago, hour_ago))
    atomic_write(path, b"new")
    assert not dead.exists() and not old_style.exists() and not old_bak.exists()
    assert fresh_other.exists() and user_file.exists() and other_draft.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symlinks")
def test_saving_through_a_symlink_replaces_the_real_file(tmp_path: Path) -> None:
    real_folder = tmp_path / "真实"
    real_folder.mkdir()
    real = real_folder / "草稿.json"
    real.write_bytes(b"old")
    link = tmp_path / "快捷方式.json"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert (real_folder / "草稿.json.bak").read_bytes() == b"old"
    assert fileio.DraftLock(link).path == fileio.DraftLock(real).path


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_read_only_draft_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "只读.json"
    path.write_bytes(b"old")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError) as caught:
        atomic_write(path, b"new")
    assert "只读" in caught.value.message and "另存为" in caught.value.message
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["只读.json"]


def test_a_backup_that_is_a_folder_does_not_block_the_save(tmp_path: Path) -> None:
    path = tmp_path / "草稿.json"
    path.write_bytes(b"old")
    (tmp_path / "草稿.json.bak").mkdir()
    warning = atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    assert warning is not None and "已保存" in warning and "文件夹" in warning
    assert sorted(p.name for p in tmp_path.iterdir()) == ["草稿.json", "草稿.json.bak"]


def test_a_draft_path_that_is_a_folder_is_refused_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "草稿.json"
    folder.mkdir()
    with pytest.raises(FileAccessError) as caught:
        atomic_write(folder, b"x")
    assert "文件夹" in caught.value.message and "Is a directory" not in caught.value.message


@pytest.mark.parametrize(
    "number", [errno.EISDIR, errno.EIO, errno.ENAMETOOLONG, errno.EBUSY, errno.ELOOP, 12345]
)
@pytest.mark.parametrize("writing", [True, False])
def test_os_errors_are_told_in_chinese(tmp_path: Path, number: int, writing: bool) -> None:
    error = fileio.translate_os_error(
        OSError(number, os.strerror(number)), tmp_path / "a.json", writing
    )
    assert os.strerror(number) not in error.message
    assert not any(word in error.message for word in ("error", "Error", "directory"))
    assert ("无法保存" in error.message) == writing
    if not writing:
        assert "无法读取" in error.message


def test_reading_a_folder_says_reading(tmp_path: Path) -> None:
    with pytest.raises(ReadFailedError) as caught:
        read_bytes(tmp_path)
    assert "无法读取" in caught.value.message and "无法保存" not in caught.value.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "管道.txt"
    os.mkfifo(pipe)
    start = time.perf_counter()
    with pytest.raises(ReadFailedError):
        read_bytes(pipe, 1000)
    assert time.perf_counter() - start < 1


def test_a_file_growing_while_read_is_cut_at_the_limit(tmp_path: Path) -> None:
    from app.core.errors import TooLargeError

    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(TooLargeError):
        read_bytes(path, 99)


@posix_only
def test_a_killed_first_save_leaves_nothing_for_the_next_one(tmp_path: Path) -> None:
    """No draft yet: a kill during the very first save leaves a temporary file only."""
    path = tmp_path / "新草稿.json"
    for delay in (0, 0.0005, 0.001, 0.002):
        pid = os.fork()
        if pid == 0:
            try:
                atomic_write(path, b"x" * 5_000_000)
            finally:
                os._exit(0)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if path.exists():
            assert path.read_bytes() == b"x" * 5_000_000
        path.unlink(missing_ok=True)
    atomic_write(path, b"final")
    assert [p.name for p in tmp_path.iterdir()] == ["新草稿.json"]
