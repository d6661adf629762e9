"""The export gate: before a Word file is written, the problems that would go to print.

The list comes from the core (app.core.export_gate.export_problems, the one `export
--strict` prints). The user goes to a problem (转到, or a double click: the dialog closes
and the window shows its place, as a 规范检查 row does), exports anyway, or cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.export_gate import ExportProblem, ProblemKind
from app.gui.core_text import tr_core


class GateChoice(StrEnum):
    EXPORT = "export"  # export anyway
    CANCEL = "cancel"
    GO_TO = "go-to"  # show the chosen problem's place; no export


@dataclass(frozen=True, slots=True)
class GateAnswer:
    choice: GateChoice
    problem: ExportProblem | None = None  # the problem to go to (GO_TO)


class ExportGateDialog(QDialog):
    """The problems, one row each; 转到 for those with a place (`can_go_to`: the window
    can show places), 仍然导出, 取消."""

    def __init__(
        self, parent: QWidget | None, problems: list[ExportProblem], can_go_to: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出前检查"))
        self.setMinimumSize(620, 360)
        self.problems = problems
        self.answer = GateAnswer(GateChoice.CANCEL)
        intro = QLabel(
            self.tr(
                "导出的 Word 文件里会出现下面 %n 个问题。可以先转到各处改好，也可以照样导出。",
                "",
                len(problems),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("gateProblems")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        for problem in problems:
            item = QListWidgetItem(f"【{tr_core(problem.where)}】{tr_core(problem.message)}")
            item.setToolTip(self._kind_label(problem.kind))
            self.list.addItem(item)
        buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(self.tr("转到"), self)
        self.export_button = QPushButton(self.tr("仍然导出"), self)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.go_button.setVisible(can_go_to)  # (after addButton, which shows it)
        self.cancel_button.setDefault(True)
        self.go_button.clicked.connect(self._go_to_current)
        self.export_button.clicked.connect(self._export)
        self.cancel_button.clicked.connect(self.reject)
        if can_go_to:
            self.list.itemActivated.connect(lambda _item: self._go_to_current())
        self.list.currentRowChanged.connect(self._row_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)

    def _kind_label(self, kind: ProblemKind) -> str:
        return {
            ProblemKind.PLACEHOLDER: self.tr("未填写的占位符"),
            ProblemKind.TEMPLATE_HINT: self.tr("模板的填写说明"),
            ProblemKind.EMPTY_CLOSING: self.tr("没有填写的落款"),
            ProblemKind.MISSING_FONT: self.tr("本机缺少的字体"),
            ProblemKind.PAGE: self.tr("分页问题"),
        }[kind]

    def _row_changed(self, row: int) -> None:
        problem = self.problems[row] if 0 <= row < len(self.problems) else None
        self.go_button.setEnabled(problem is not None and problem.finding is not None)

    def _go_to_current(self) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.problems)) or self.problems[row].finding is None:
            return
        self.answer = GateAnswer(GateChoice.GO_TO, self.problems[row])
        self.done(QDialog.DialogCode.Rejected)

    def _export(self) -> None:
        self.answer = GateAnswer(GateChoice.EXPORT)
        self.accept()


def ask_gate(
    parent: QWidget | None, problems: list[ExportProblem], can_go_to: bool = True
) -> GateAnswer:
    """Show the gate for `problems` (none: export at once) and return the user's answer."""
    if not problems:
        return GateAnswer(GateChoice.EXPORT)
    dialog = ExportGateDialog(parent, problems, can_go_to)
    dialog.exec()
    answer = dialog.answer
    dialog.deleteLater()
    return answer
