"""The OK/Cancel row every dialog has, labelled with what OK does (导出, 导入, 确定).

The labels come in already translated (each dialog's own tr()), so the words stay in the
dialog's translation context; this only builds and names the buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel


def label_ok_cancel(buttons: QDialogButtonBox, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    buttons.button(_OK).setText(ok_text)
    buttons.button(_CANCEL).setText(cancel_text)
    return buttons


def ok_cancel_buttons(parent: QWidget | None, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    return label_ok_cancel(QDialogButtonBox(_OK | _CANCEL, parent), ok_text, cancel_text)
