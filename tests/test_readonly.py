"""A draft in a folder that cannot be written, or a read-only draft file: it opens, says it
is read-only, 保存 goes to 另存为, and a failed save says what happened and offers 另存为.

Tests run as root, where permissions stop no write: `unwritable_folder` makes the file
primitives (os.open with O_CREAT, os.link, os.replace) fail inside one folder with the real
errno, so the lock's and the save's own error translation runs."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import SAMPLE_DRAFT
from gui_helpers import answer_message_box, copy_sample, new_window, type_chinese
from PySide6.QtWidgets import QFileDialog, QLabel

from app.core.errors import DraftLockedError, PermissionDeniedError, ReadOnlyFolderError
from app.core.fileio import DraftLock, LockFailedError, ReadOnlyFileError
from app.gui.document.session import DraftSession
from app.gui.read_only import (
    lock_problem_title,
    problem_title,
    read_only_mark,
    read_only_note,
)


def unwritable_folder(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> None:
    """Creating, linking or renaming a file inside `folder` fails with `code`."""
    folder = folder.resolve()
    real_open, real_link, real_replace = os.open, os.link, os.replace

    def inside(path: object) -> bool:
        return Path(os.fsdecode(path)).resolve().parent == folder  # type: ignore[arg-type]

    def refuse(path: object) -> OSError:
        return OSError(code, os.strerror(code), os.fsdecode(path))  # type: ignore[arg-type]

    def fake_open(path, flags, mode=0o777, *, dir_fd=None):  # type: ignore[no-untyped-def]
        if flags & os.O_CREAT and inside(path):
            raise refuse(path)
        return real_open(path, flags, mode, dir_fd=dir_fd)

    def fake_link(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if inside(dst):
            raise refuse(dst)
        return real_link(src, dst, *args, **kwargs)

    def fake_replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if inside(dst):
            raise refuse(dst)
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "link", fake_link)
    monkeypatch.setattr(os, "replace", fake_replace)


@pytest.fixture
def locked_out(tmp_path: Path) -> Path:
    folder = tmp_path / "共享文件夹"
    folder.mkdir()
    return copy_sample(SAMPLE_DRAFT, folder)


# -- the session (no window) -------------------------------------------------------------


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.EPERM])
def test_a_folder_that_cannot_be_written_opens_the_draft_read_only(
    qapp, locked_out: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    unwritable_folder(monkeypatch, locked_out.parent, code)
    with pytest.raises(LockFailedError):  # the core's own failure, from the real errno
        DraftLock(locked_out).acquire()
    session = DraftSession()
    assert session.open(locked_out) is None, "no lock problem to report: it is read-only"
    assert isinstance(session.read_only, ReadOnlyFolderError)
    assert session.lock is None and session.title() == "2020年上半年工作总结"
    message = session.read_only.message
    assert str(locked_out.parent) in message and "“草稿.json”" in message
    assert "另存为" in message and ".lock" not in message and "正在被另一个窗口编辑" not in message
    before = locked_out.read_bytes()
    with pytest.raises(ReadOnlyFolderError):  # saving where it is: the same typed error
        session.save()
    assert locked_out.read_bytes() == before
    assert sorted(p.name for p in locked_out.parent.iterdir()) == ["草稿.json"]
    session.close()


def test_saving_elsewhere_clears_read_only(
    qapp, locked_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwritable_folder(monkeypatch, locked_out.parent, errno.EACCES)
    session = DraftSession()
    session.open(locked_out)
    seen: list[bool] = []
    session.stateChanged.connect(lambda: seen.append(session.read_only is None))
    session.save_to(tmp_path / "可写.json")
    assert session.read_only is None and seen[-1]
    assert session.path == (tmp_path / "可写.json").resolve() and session.lock is not None
    session.close()


def test_a_read_only_draft_file_opens_read_only(qapp, sample_copy: Path) -> None:
    sample_copy.chmod(0o444)  # the mode bits: honoured by atomic_write even for root
    try:
        session = DraftSession()
        assert session.open(sample_copy) is None
        assert isinstance(session.read_only, ReadOnlyFileError)
        with pytest.raises(ReadOnlyFileError):
            session.save()
        session.close()
    finally:
        sample_copy.chmod(0o644)


def test_another_lock_failure_is_still_reported(
    qapp, sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core import fileio

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full)
    session = DraftSession()
    problem = session.open(sample_copy)
    monkeypatch.undo()
    assert isinstance(problem, LockFailedError) and "磁盘空间不足" in problem.message
    assert session.read_only is None
    assert lock_problem_title(problem) == "无法建立编辑锁"
    session.close()


def test_titles_and_marks_name_the_kind_of_problem(qapp, tmp_path: Path) -> None:
    draft = tmp_path / "草稿.json"
    assert problem_title(ReadOnlyFolderError(draft)) == "文件夹不能写入"
    assert problem_title(ReadOnlyFileError(draft)) == "草稿是只读文件"
    assert problem_title(DraftLockedError(draft, "计算机 A")) == "草稿正被编辑"
    assert problem_title(PermissionDeniedError(draft, writing=True)) == "保存失败"
    assert lock_problem_title(DraftLockedError(draft, "计算机 A")) == "草稿正被编辑"
    session = DraftSession()
    assert read_only_mark(session) == "" and read_only_note(session) == ""
    session.path, session.read_only = draft, ReadOnlyFolderError(draft)
    assert read_only_mark(session) == "（只读）"
    assert str(tmp_path) in read_only_note(session) and "另存为" in read_only_note(session)
    session.close()


# -- the window ----------------------------------------------------------------------------


def _save_dialog_answers(monkeypatch: pytest.MonkeyPatch, *answers: Path) -> list[str]:
    """Answer the 另存为 dialogs in turn; returns where each one started."""
    started: list[str] = []
    queue = list(answers)

    def answer(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        started.append(start)
        return (str(queue.pop(0)), filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return started


@pytest.mark.usefixtures("guarded_windows")
def test_the_window_opens_a_read_only_folder_quietly_and_ctrl_s_saves_as(
    locked_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwritable_folder(monkeypatch, locked_out.parent, errno.EACCES)
    window = new_window()
    assert window.open_path(locked_out) is window  # no message box (the guard would fail)
    badge = window.statusBar().findChild(QLabel, "readOnlyBadge")
    assert badge is not None and badge.isVisible() and badge.text() == "只读"
    assert str(locked_out.parent) in badge.toolTip()
    window.editor.body.setFocus()
    type_chinese(window.editor.body, "新的一句。")
    assert window.is_dirty()
    before = locked_out.read_bytes()
    elsewhere = tmp_path / "我的草稿.json"
    started = _save_dialog_answers(monkeypatch, elsewhere)
    window.action("actionSave").trigger()  # Ctrl+S
    assert len(started) == 1, "保存 of a read-only draft is 另存为"
    assert Path(started[0]).parent != locked_out.parent, "it starts where it can be saved"
    assert window.path == elsewhere.resolve() and not window.is_dirty()
    assert "新的一句。" in elsewhere.read_text(encoding="utf-8")
    assert locked_out.read_bytes() == before
    assert not badge.isVisible()


@pytest.mark.usefixtures("guarded_windows")
def test_save_as_into_a_read_only_folder_says_so_and_offers_save_as(
    sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_window()
    window.open_path(sample_copy)
    window.editor.body.setFocus()
    type_chinese(window.editor.body, "改动")
    blocked = tmp_path / "只读文件夹"
    blocked.mkdir()
    unwritable_folder(monkeypatch, blocked, errno.EROFS)
    good = tmp_path / "另一处.json"
    _save_dialog_answers(monkeypatch, blocked / "总结.json", good)
    seen: list[str] = []
    answer_message_box("另存为…", seen)
    assert window.save_as()
    [message] = seen
    assert str(blocked) in message and "“总结.json”" in message and ".lock" not in message
    assert window.path == good.resolve() and not window.is_dirty()
    assert list(blocked.iterdir()) == []


@pytest.mark.usefixtures("guarded_windows")
def test_a_failed_save_keeps_the_draft_open_and_unsaved(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = new_window()
    window.open_path(sample_copy)
    window.editor.body.setFocus()
    type_chinese(window.editor.body, "改动")
    sample_copy.chmod(0o444)  # made read-only while open
    try:
        seen: list[str] = []
        answer_message_box("OK", seen)
        assert window.save() is False
        assert "只读" in seen[0] and window.is_dirty() and window.path == sample_copy.resolve()
    finally:
        sample_copy.chmod(0o644)


@pytest.mark.usefixtures("guarded_windows")
def test_a_read_only_file_suggests_a_copy_beside_it(
    sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_copy.chmod(0o444)
    try:
        window = new_window()
        window.open_path(sample_copy)
        assert window.saving.badge.label.isVisible()
        started = _save_dialog_answers(monkeypatch, tmp_path / "草稿（副本）.json")
        assert window.save()
        assert started == [str(tmp_path / "草稿（副本）.json")]
    finally:
        sample_copy.chmod(0o644)


@pytest.mark.usefixtures("guarded_windows")
def test_after_wiring_the_window_title_says_read_only(
    locked_out: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unwritable_folder(monkeypatch, locked_out.parent, errno.EACCES)
    window = new_window()
    window.open_path(locked_out)
    assert "（只读）" in window.windowTitle()
    assert "不能写入" in window.statusBar().currentMessage()
    _save_dialog_answers(monkeypatch, tmp_path / "可写.json")
    window.action("actionSave").trigger()
    assert "（只读）" not in window.windowTitle()
