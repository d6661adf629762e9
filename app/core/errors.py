"""Typed errors with a message the user can act on (in Chinese).

Every error that reaches the user carries `message`: what happened and what to do.
The command line prints it as one line; the GUI shows it in a dialog, translated
(`message` is usually a `Text` made with `N_`, see app.core.i18n).
"""

from __future__ import annotations

from pathlib import Path

from app.core.i18n import N_, Text


class ZongjieError(Exception):
    """Base class: `message` is the Chinese text shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DraftLoadError(ZongjieError):
    """A draft file could not be read. The file on disk is left exactly as it was."""


class NotADraftError(DraftLoadError):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = N_("（{detail}）", detail=detail) if detail else ""
        super().__init__(
            N_(
                "“{name}”不是工作总结草稿文件{extra}。请选择以 .json 保存的草稿，"
                "或用“导入”打开 Word 和文本文件。",
                name=path.name,
                extra=extra,
            )
        )


def _backup_advice(backup: Path | None) -> Text:
    """What to do about a draft that cannot be read: its backup when there is one."""
    if backup is not None:
        return N_(
            "可以打开同一文件夹中的备份“{backup}”（上一次保存前的版本）："
            "在“打开”对话框的文件类型中选择“草稿备份”。",
            backup=backup.name,
        )
    return N_("同一文件夹中没有它的备份；如有其他副本（如 U 盘或邮件中的），请打开那一份。")


class EmptyFileError(DraftLoadError):
    """`backup`: the draft's existing NAME.bak, named in the message (None: there is none)."""

    def __init__(self, path: Path, backup: Path | None = None) -> None:
        self.backup = backup
        super().__init__(
            N_(
                "“{name}”是空文件，里面没有草稿内容。{advice}也可以新建草稿。",
                name=path.name,
                advice=_backup_advice(backup),
            )
        )


class DamagedJsonError(DraftLoadError):
    """`backup`: the draft's existing NAME.bak, named in the message (None: there is none)."""

    def __init__(self, path: Path, line: int, column: int, backup: Path | None = None) -> None:
        self.line, self.column, self.backup = line, column, backup
        super().__init__(
            N_(
                "“{name}”已损坏：第 {line} 行第 {column} 列附近内容不完整或有误。"
                "文件未作任何改动。{advice}",
                name=path.name,
                line=line,
                column=column,
                advice=_backup_advice(backup),
            )
        )


class NewerVersionError(DraftLoadError):
    def __init__(self, path: Path, version: int, supported: int) -> None:
        self.version = version
        super().__init__(
            N_(
                "“{name}”由更新版本的工作总结编辑器保存（格式版本 {version}，"
                "本程序支持到 {supported}）。请升级程序后再打开。",
                name=path.name,
                version=version,
                supported=supported,
            )
        )


class SchemaError(DraftLoadError):
    def __init__(self, path: Path, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(
            N_(
                "“{name}”的内容不符合草稿格式：{where} {problem}。文件未作任何改动。",
                name=path.name,
                where=where,
                problem=problem,
            )
        )


class DraftLimitError(DraftLoadError):
    """A draft over one of the limits in app/core/limits.py (size, depth, counts, lengths)."""

    def __init__(self, path: Path, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        place = where + " " if where else ""
        super().__init__(
            N_(
                "“{name}”超出了草稿的限制：{place}{problem}，不像是工作总结草稿。"
                "文件未作任何改动；请确认选择的文件。",
                name=path.name,
                place=place,
                problem=problem,
            )
        )


class TooLargeError(DraftLoadError):
    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(
            N_(
                "“{name}”太大（{size} MB，上限 {limit} MB），不像是工作总结草稿。请确认选择的文件。",
                name=path.name,
                size=f"{size / 1048576:.1f}",
                limit=f"{limit / 1048576:.0f}",
            )
        )


class FileAccessError(ZongjieError):
    """Reading or writing failed for a reason outside the app (permission, disk, path)."""


class PermissionDeniedError(FileAccessError):
    def __init__(self, path: Path, writing: bool) -> None:
        # On Windows the usual cause is not a permission at all: Word or WPS has the file
        # open (a sharing violation surfaces as PermissionError), e.g. re-exporting a .docx.
        busy = (
            N_("如果这个文件正在 Word、WPS 或其他程序中打开，请先关闭它再试；否则")
            if path.exists()
            else ""
        )
        if writing:
            message = N_(
                "没有权限保存到“{path}”。{busy}请换一个文件夹，或请管理员开放权限。",
                path=str(path),
                busy=busy,
            )
        else:
            message = N_(
                "没有权限读取“{path}”。{busy}请换一个文件夹，或请管理员开放权限。",
                path=str(path),
                busy=busy,
            )
        super().__init__(message)


class ReadOnlyFolderError(FileAccessError):
    """The draft's folder cannot be written (no permission, a read-only disk or share), so
    neither its lock nor a save can be made there; the draft itself is readable."""

    def __init__(self, draft: Path) -> None:
        self.draft, self.folder = draft, draft.parent
        super().__init__(
            N_(
                "文件夹“{folder}”不能写入（没有写入权限，或是只读的磁盘、光盘或共享文件夹），"
                "所以“{name}”没有保存，修改仍在窗口中。"
                "请用“另存为”把草稿保存到可以写入的文件夹（例如“文档”）。",
                folder=str(draft.parent),
                name=draft.name,
            )
        )


class DiskFullError(FileAccessError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            N_(
                "磁盘空间不足，无法保存“{name}”。原文件保持不变；请清理磁盘或保存到其他位置。",
                name=path.name,
            )
        )


class MissingFileError(FileAccessError):
    def __init__(self, path: Path) -> None:
        super().__init__(N_("找不到文件“{path}”。它可能已被移动或删除。", path=str(path)))


class WriteFailedError(FileAccessError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            N_("无法保存“{name}”：{reason}。原文件保持不变。", name=path.name, reason=reason)
        )


class DraftLockedError(ZongjieError):
    """Another window or process is editing the same draft."""

    def __init__(self, path: Path, owner: str) -> None:
        self.owner = owner
        super().__init__(
            N_(
                "“{name}”正在被另一个窗口编辑（{owner}）。为避免互相覆盖，"
                "请在那个窗口中继续编辑，或先关闭它。",
                name=path.name,
                owner=owner,
            )
        )
