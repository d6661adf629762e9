"""How a window shows that its draft is read-only (app.gui.document.session: `read_only`).

A draft whose folder cannot be written, or whose file is read-only, opens all the same:
the window title says 只读 (`read_only_mark`), a permanent 只读 label on the status bar
says why (`ReadOnlyBadge`, made by app.gui.save_actions), and 保存 goes to 另存为.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from app.core.errors import DraftLockedError, ReadOnlyFolderError, ZongjieError
from app.core.fileio import ReadOnlyFileError
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.language import on_language_change


def read_only_mark(session: DraftSession) -> str:
    """What the window title adds after the file name: （只读） or nothing."""
    return (
        QCoreApplication.translate("ReadOnly", "（只读）") if session.read_only is not None else ""
    )


def read_only_note(session: DraftSession) -> str:
    """One line for the status bar: why this draft cannot be saved where it is, and what
    to do (empty when it can)."""
    reason, path = session.read_only, session.path
    if reason is None or path is None:
        return ""
    if isinstance(reason, ReadOnlyFolderError):
        text = QCoreApplication.translate(
            "ReadOnly",
            "只读打开：文件夹“%1”不能写入，“%2”不能保存在原处。请用“另存为”保存到其他文件夹。",
        )
        return text.replace("%1", str(path.parent)).replace("%2", path.name)
    if isinstance(reason, ReadOnlyFileError):
        text = QCoreApplication.translate(
            "ReadOnly", "只读打开：“%1”是只读文件，不能保存在原处。请用“另存为”保存为新文件。"
        )
        return text.replace("%1", path.name)
    return tr_core(reason.message)


def problem_title(problem: ZongjieError) -> str:
    """The title of the message about a draft that cannot be locked or saved."""
    if isinstance(problem, DraftLockedError):
        return QCoreApplication.translate("ReadOnly", "草稿正被编辑")
    if isinstance(problem, ReadOnlyFolderError):
        return QCoreApplication.translate("ReadOnly", "文件夹不能写入")
    if isinstance(problem, ReadOnlyFileError):
        return QCoreApplication.translate("ReadOnly", "草稿是只读文件")
    return QCoreApplication.translate("ReadOnly", "保存失败")


def lock_problem_title(problem: ZongjieError) -> str:
    """The title of the message when an opened draft's lock cannot be taken."""
    if isinstance(problem, DraftLockedError):
        return QCoreApplication.translate("ReadOnly", "草稿正被编辑")
    return QCoreApplication.translate("ReadOnly", "无法建立编辑锁")


class ReadOnlyBadge(QObject):
    """A permanent 只读 label on a window's status bar while its draft is read-only; its
    tooltip is `read_only_note`."""

    def __init__(self, bar: QStatusBar, session: DraftSession) -> None:
        super().__init__(bar)
        self.session = session
        self.label = QLabel(self.tr("只读"), bar)
        self.label.setObjectName("readOnlyBadge")
        self.label.setContentsMargins(8, 0, 8, 0)
        self.label.setStyleSheet("QLabel { color: #a61b1b; font-weight: bold; }")
        bar.addPermanentWidget(self.label)
        on_language_change(self.label, lambda: self.label.setText(self.tr("只读")))
        self.label.hide()
        session.stateChanged.connect(self.update)
        session.draftReplaced.connect(self.update)

    def update(self) -> None:
        note = read_only_note(self.session)
        self.label.setToolTip(note)
        self.label.setVisible(bool(note))
