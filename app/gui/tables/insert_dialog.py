"""插入表格: how many rows and columns (the first row is the header; change it with 表头行)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from app.core import limits
from app.gui.dialog_buttons import ok_cancel_buttons
from app.gui.tables.qt_table import EDITOR_MAX_TABLE_CELLS

DEFAULT_ROWS, DEFAULT_COLUMNS = 3, 4


class InsertTableDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("插入表格"))
        self.rows = QSpinBox(self)
        self.rows.setObjectName("tableRows")
        self.rows.setRange(1, limits.TABLE_MAX_ROWS)
        self.rows.setValue(DEFAULT_ROWS)
        self.columns = QSpinBox(self)
        self.columns.setObjectName("tableColumns")
        self.columns.setRange(1, limits.TABLE_MAX_COLS)
        self.columns.setValue(DEFAULT_COLUMNS)
        # No bigger grid than the editor keeps quick (fewer rows for many columns).
        self.columns.valueChanged.connect(self._limit_rows)
        self._limit_rows(self.columns.value())
        form = QFormLayout(self)
        form.addRow(self.tr("行数（含表头行）："), self.rows)
        form.addRow(self.tr("列数："), self.columns)
        buttons: QDialogButtonBox = ok_cancel_buttons(self, self.tr("插入"), self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _limit_rows(self, columns: int) -> None:
        self.rows.setMaximum(min(limits.TABLE_MAX_ROWS, EDITOR_MAX_TABLE_CELLS // columns))

    def size_chosen(self) -> tuple[int, int]:
        return self.rows.value(), self.columns.value()
