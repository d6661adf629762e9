"""The questions a window asks about files: which draft to open, where to save, whether
to keep unsaved changes, and which dropped file to take. Each returns the answer only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.suffixes import DRAFT_SUFFIX, IMPORT_SUFFIXES
from app.gui.opening import open_filter


def ask_open_path(parent: QWidget, start: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MainWindow", "打开草稿"),
        str(start),
        open_filter(),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """A path for 另存为, always ending in .json."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "另存为"),
        str(suggested.with_suffix(DRAFT_SUFFIX)),
        QCoreApplication.translate("MainWindow", "工作总结草稿 (*.json)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == DRAFT_SUFFIX else path.with_name(path.name + DRAFT_SUFFIX)


def ask_choice(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
    informative: str = "",
) -> str:
    """A question with named answers: `buttons` are (answer, label, role), the first the
    default, the last what Esc gives. Returns the answer clicked."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    made = [(answer, box.addButton(label, role)) for answer, label, role in buttons]
    box.setDefaultButton(made[0][1])
    box.setEscapeButton(made[-1][1])
    box.exec()
    return next((answer for answer, button in made if box.clickedButton() is button), made[-1][0])


def ask_unsaved(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel' for a draft called `name` with unsaved changes."""
    roles = QMessageBox.ButtonRole
    return ask_choice(
        parent,
        QCoreApplication.translate("MainWindow", "保存修改"),
        QCoreApplication.translate("MainWindow", "“%1”有未保存的修改。要在关闭前保存吗？").replace(
            "%1", name
        ),
        [
            ("save", QCoreApplication.translate("MainWindow", "保存"), roles.AcceptRole),
            ("discard", QCoreApplication.translate("MainWindow", "不保存"), roles.DestructiveRole),
            ("cancel", QCoreApplication.translate("MainWindow", "取消"), roles.RejectRole),
        ],
        QCoreApplication.translate("MainWindow", "选择“不保存”将丢弃上次保存以来的修改。"),
    )


def dropped_file(mime: QMimeData) -> Path | None:
    """The first local draft or importable file among dropped or pasted URLs."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in (DRAFT_SUFFIX, *IMPORT_SUFFIXES):
                return path
    return None


def tell_lock_lost(parent: QWidget) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("MainWindow", "草稿正被编辑"),
        QCoreApplication.translate(
            "MainWindow",
            "另一个窗口（或另一台电脑）已接管这份草稿。为免覆盖对方的修改，请用“另存为”保存。",
        ),
    )
