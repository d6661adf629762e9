"""设置: the interface language, autosave, the export defaults and the author's name.

`SettingsDialog(parent, settings)` shows the current settings; `choice()` is what the
user chose (a `SettingsChoice`), applied by app.gui.preferences when the dialog is
accepted. The dialog itself changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.dialog_buttons import label_ok_cancel, ok_cancel_buttons
from app.gui.export_options import ExportOptionsForm
from app.gui.language import Language, language_of
from app.gui.settings import MAX_AUTHOR_CHARS, Settings
from app.gui.window_menus import AUTOSAVE_CHOICES


@dataclass
class SettingsChoice:
    language: Language
    autosave_seconds: int
    reopen_last: bool
    review_author: str
    export_options: dict[str, Any] = field(default_factory=dict)


def autosave_label(seconds: int) -> str:
    """ "30 秒", "1 分钟": the words of the 文件 menu's 自动保存 choices (same context)."""
    labels = {
        15: QCoreApplication.translate("MainWindow", "15 秒"),
        30: QCoreApplication.translate("MainWindow", "30 秒"),
        60: QCoreApplication.translate("MainWindow", "1 分钟"),
        300: QCoreApplication.translate("MainWindow", "5 分钟"),
    }
    if seconds in labels:
        return labels[seconds]
    return QCoreApplication.translate("SettingsDialog", "%1 秒").replace("%1", str(seconds))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for language in Language:
            self.language.addItem(language.own_name, language.value)
        self.language.setCurrentIndex(
            max(0, self.language.findData(language_of(settings.language).value))
        )
        self.reopen_last = QCheckBox(self)
        self.reopen_last.setObjectName("reopenLastCheck")
        self.reopen_last.setChecked(settings.reopen_last)
        self.autosave = QComboBox(self)
        self.autosave.setObjectName("autosaveCombo")
        seconds = sorted({*AUTOSAVE_CHOICES, settings.autosave_seconds})
        for value in seconds:
            self.autosave.addItem("", value)
        self.autosave.setCurrentIndex(seconds.index(settings.autosave_seconds))
        self.author = QLineEdit(settings.review_author, self)
        self.author.setObjectName("authorEdit")
        self.author.setMaxLength(MAX_AUTHOR_CHARS)
        self.export_form = ExportOptionsForm(settings.export_options, self)
        self._labels = [QLabel(self) for _ in range(3)]
        self._author_note = QLabel(self)
        self._author_note.setWordWrap(True)
        self._groups = [QGroupBox(self) for _ in range(3)]
        self.buttons = ok_cancel_buttons(self, self.tr("确定"), self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self._retranslate()

    def _build_layout(self) -> None:
        interface, review, export = self._groups
        interface_form = QFormLayout(interface)
        interface_form.addRow(self._labels[0], self.language)
        interface_form.addRow(self._labels[1], self.autosave)
        interface_form.addRow("", self.reopen_last)
        review_form = QFormLayout(review)
        review_form.addRow(self._labels[2], self.author)
        review_form.addRow("", self._author_note)
        QVBoxLayout(export).addWidget(self.export_form)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for group in self._groups:
            layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)  # the export form names the fonts in full

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("设置"))
        interface, review, export = self._groups
        interface.setTitle(self.tr("界面"))
        review.setTitle(self.tr("修订和版本"))
        export.setTitle(self.tr("导出 Word 的默认选项"))
        texts = (self.tr("界面语言："), self.tr("自动保存恢复副本："), self.tr("作者姓名："))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.reopen_last.setText(self.tr("启动时打开上次的草稿"))
        self.author.setPlaceholderText(self.tr("例如：张三"))
        self._author_note.setText(
            self.tr("写入导出的修订记录和保存的版本，审阅时可以看出是谁改的。")
        )
        label_ok_cancel(self.buttons, self.tr("确定"), self.tr("取消"))
        for index in range(self.autosave.count()):
            self.autosave.setItemText(index, autosave_label(int(self.autosave.itemData(index))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            language=language_of(str(self.language.currentData())),
            autosave_seconds=int(self.autosave.currentData()),
            reopen_last=self.reopen_last.isChecked(),
            review_author=self.author.text().strip(),
            export_options=self.export_form.options(),
        )
