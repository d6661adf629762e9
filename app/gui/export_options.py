"""The export's layout options as a form: font profile, Latin font, run-in lead, seal, bold
third level. Used by 设置 (the defaults); the texts are the 导出 Word dialog's own (its
translation context), so both read the same in every language.

The option values are the ones app.core.export.writer.ExportOptions takes and
settings.json keeps under `export_options`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from app.core import layout

_CONTEXT = "ExportDialog"  # the same words as the export dialog, translated once


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ExportOptionsForm(QWidget):
    def __init__(self, options: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fonts = QComboBox(self)
        self.fonts.setObjectName("exportFonts")
        self.fonts.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.latin = QComboBox(self)
        self.latin.setObjectName("exportLatin")
        self.run_in_lead = QComboBox(self)
        self.run_in_lead.setObjectName("exportRunInLead")
        self.sealed = QCheckBox(self)
        self.sealed.setObjectName("exportSealed")
        self.level3_bold = QCheckBox(self)
        self.level3_bold.setObjectName("exportLevel3Bold")
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, row in zip(self.labels, (self.fonts, self.latin, self.run_in_lead), strict=True):
            form.addRow(label, row)
        form.addRow("", self.sealed)
        form.addRow("", self.level3_bold)
        self._retranslate()
        _select(self.fonts, str(options.get("font_profile", "official")))
        _select(self.latin, str(options.get("latin_font", "body")))
        _select(self.run_in_lead, str(options.get("run_in_lead", layout.RUN_IN_LEAD_DEFAULT)))
        self.sealed.setChecked(bool(options.get("sealed", False)))
        self.level3_bold.setChecked(bool(options.get("level3_bold", False)))

    def _retranslate(self) -> None:
        choices = {
            self.fonts: [
                (_tr("公文标准字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体）"), "official"),
                (_tr("Windows 自带字体（宋体加粗、仿宋、楷体、黑体）"), "windows"),
            ],
            self.latin: [
                (_tr("与所在文字相同的字体"), "body"),
                (_tr("Times New Roman"), "times"),
            ],
            self.run_in_lead: [
                (_tr("与所在层级的标题相同（第二层为楷体）"), "kaiti"),
                (_tr("仿宋加粗"), "bold-fangsong"),
            ],
        }
        known = {
            self.fonts: tuple(layout.FONT_PROFILES),
            self.latin: layout.LATIN_FONT_CHOICES,
            self.run_in_lead: layout.RUN_IN_LEAD_CHOICES,
        }
        for combo, items in choices.items():
            current = combo.currentData()
            combo.clear()
            for text, value in items:
                if value in known[combo]:
                    combo.addItem(text, value)
            if current is not None:
                _select(combo, str(current))
        texts = (_tr("字体："), _tr("数字和英文："), _tr("“一是”引导句："))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.sealed.setText(_tr("加盖印章（落款按有印章的格式排）"))
        self.level3_bold.setText(_tr("第三层标题“1.”加粗"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def options(self) -> dict[str, Any]:
        return {
            "font_profile": self.fonts.currentData(),
            "latin_font": self.latin.currentData(),
            "sealed": self.sealed.isChecked(),
            "level3_bold": self.level3_bold.isChecked(),
            "run_in_lead": self.run_in_lead.currentData(),
        }


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
