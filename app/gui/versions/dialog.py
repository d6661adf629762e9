"""版本历史: the draft's versions (app.core.versions), oldest first, and what can be done
with one: 保存版本 (with a note), 查看 (read-only), 与当前比较 / 比较所选两版, 恢复 (one undo
step: the whole draft becomes the version's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ZongjieError
from app.core.model import Draft
from app.core.versions import VersionInfo, VersionKind, VersionStore
from app.gui.core_text import tr_core
from app.gui.document.session import DraftSession
from app.gui.versions.commands import RestoreVersionCommand
from app.gui.versions.compare_view import CompareDialog
from app.gui.versions.marked_html import draft_html


class VersionViewer(QDialog):
    """A version's whole text, read-only (nothing in it can be typed into)."""

    def __init__(self, draft: Draft, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionViewer")
        self.setWindowTitle(title)
        self.resize(760, 640)
        self.text = QTextBrowser(self)
        self.text.setHtml(draft_html(draft))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("只读：这是保存过的版本，不能在这里修改。"), self))
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


def kind_label(kind: VersionKind) -> str:
    labels = {
        VersionKind.MANUAL: QCoreApplication.translate("VersionsDialog", "手动保存"),
        VersionKind.EXPORT: QCoreApplication.translate("VersionsDialog", "导出时"),
        VersionKind.DAILY: QCoreApplication.translate("VersionsDialog", "当天首次保存"),
    }
    return labels[kind]


def take_version_by_hand(session: DraftSession, parent: QWidget) -> VersionInfo | None:
    """保存版本…: ask for a note and keep the draft as it is now."""
    if session.path is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("VersionsDialog", "保存版本"),
            QCoreApplication.translate(
                "VersionsDialog", "版本保存在草稿文件旁边。请先保存草稿，再保存版本。"
            ),
        )
        return None
    note, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("VersionsDialog", "保存版本"),
        QCoreApplication.translate("VersionsDialog", "版本说明（例如“报科长审阅前”）："),
    )
    if not ok:
        return None
    try:
        return session.take_version(VersionKind.MANUAL, note)
    except ZongjieError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("VersionsDialog", "未能保存版本"),
            tr_core(exc.message),
        )
        return None


class VersionsDialog(QDialog):
    """See the module docstring."""

    COLUMNS = 4

    def __init__(self, session: DraftSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.setWindowTitle(self.tr("版本历史"))
        self.resize(720, 420)
        self.session = session
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("versionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("版本"), self.tr("时间"), self.tr("方式"), self.tr("说明")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("take", self.tr("保存版本…"), self.take),
            ("view", self.tr("查看"), self.view_selected),
            ("compare", self.tr("与当前比较"), self.compare_with_now),
            ("compare_two", self.tr("比较所选两版"), self.compare_two),
            ("restore", self.tr("恢复此版本"), self.restore_selected),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"version_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.versions: list[VersionInfo] = []
        self.reload()

    def store(self) -> VersionStore | None:
        return VersionStore(self.session.path) if self.session.path is not None else None

    def reload(self) -> None:
        store = self.store()
        try:
            self.versions = store.versions() if store is not None else []
        except ZongjieError as exc:
            self.versions = []
            QMessageBox.warning(self, self.tr("版本无法读取"), tr_core(exc.message))
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            when = version.date.replace("T", " ")[:16]
            for column, text in enumerate(
                (version.id, when, kind_label(version.kind), version.note)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if store is None:
            self.empty.setText(self.tr("草稿还没有保存：版本保存在草稿文件旁边，请先保存草稿。"))
        elif not self.versions:
            self.empty.setText(
                self.tr("还没有版本。导出时、每天第一次保存时会自动保存版本，也可以点“保存版本…”。")
            )
        else:
            self.empty.setText(
                self.tr("共 %1 个版本，最早的在上面。").replace("%1", str(len(self.versions)))
            )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.versions:
            # Through the selection model: QTableView.selectRow follows the keyboard
            # modifiers held at the time (with Ctrl down it toggles the row instead).
            last = self.table.model().index(len(self.versions) - 1, 0)
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(last, flags.ClearAndSelect | flags.Rows)
        self._update_buttons()

    def selected(self) -> list[VersionInfo]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.versions[r] for r in rows if 0 <= r < len(self.versions)]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        self.buttons["take"].setEnabled(self.session.path is not None)
        for key in ("view", "compare", "restore"):
            self.buttons[key].setEnabled(count == 1)
        self.buttons["compare_two"].setEnabled(count == 2)

    def _load(self, version: VersionInfo) -> Draft | None:
        store = self.store()
        try:
            return store.load(version.id) if store is not None else None
        except ZongjieError as exc:
            QMessageBox.warning(self, self.tr("版本无法读取"), tr_core(exc.message))
            return None

    def _name(self, version: VersionInfo) -> str:
        return (
            self.tr("版本 %1（%2）")
            .replace("%1", version.id)
            .replace("%2", version.date.replace("T", " ")[:16])
        )

    # -- actions ---------------------------------------------------------------------

    def take(self) -> None:
        if take_version_by_hand(self.session, self) is not None:
            self.reload()

    def view_selected(self) -> QDialog | None:
        chosen = self.selected()
        draft = self._load(chosen[0]) if len(chosen) == 1 else None
        if draft is None:
            return None
        viewer = VersionViewer(
            draft, self.tr("%1（只读）").replace("%1", self._name(chosen[0])), self
        )
        viewer.show()
        return viewer

    def compare_with_now(self) -> QDialog | None:
        chosen = self.selected()
        old = self._load(chosen[0]) if len(chosen) == 1 else None
        if old is None:
            return None
        title = self.tr("比较：%1 → 当前草稿").replace("%1", self._name(chosen[0]))
        dialog = CompareDialog(self.session, old, None, title, self)
        dialog.show()
        return dialog

    def compare_two(self) -> QDialog | None:
        chosen = self.selected()
        if len(chosen) != 2:
            return None
        old, new = self._load(chosen[0]), self._load(chosen[1])
        if old is None or new is None:
            return None
        title = (
            self.tr("比较：%1 → %2")
            .replace("%1", self._name(chosen[0]))
            .replace("%2", self._name(chosen[1]))
        )
        dialog = CompareDialog(self.session, old, new, title, self)
        dialog.show()
        return dialog

    def restore_selected(self) -> bool:
        chosen = self.selected()
        draft = self._load(chosen[0]) if len(chosen) == 1 else None
        if draft is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("恢复版本"),
            self.tr("把草稿恢复为%1？现在的内容可以用“撤销”找回。").replace(
                "%1", self._name(chosen[0])
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.session.flush()
        text = self.tr("恢复%1").replace("%1", self._name(chosen[0]))
        self.session.push(RestoreVersionCommand(self.session.tree, draft, text))
        return True
