"""The document-information dialog: title, subtitle line, 主送机关, 发文字号, 发文机关署名,
成文日期, 附件.

OK records the change as one step on the session's undo stack (Ctrl+Z outside the
text undoes it). The date is stored the way a 公文 prints it: "2020年7月1日".
Opened from a 规范检查 finding (`focus`), the dialog shows the finding's field with the
cursor in it and the matched text selected (an attachment: its row, being edited).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Meta
from app.core.place import Place
from app.core.zh.dates import DateParts, format_date, parse_date
from app.gui.dialog_buttons import ok_cancel_buttons
from app.gui.document.session import DraftSession

if TYPE_CHECKING:  # the checker loads with the 规范检查 panel, not at start-up
    from app.core.checks.base import Location


def _written_date(text: str) -> QDate | None:
    """The 成文日期 in the field, read as the core reads dates (app.core.zh.dates: 2020年7月1日,
    2020-07-01, 二〇二〇年七月一日 …); None unless it names a whole, existing day."""
    parts = parse_date(text)
    if parts is None or parts.day is None:
        return None
    return QDate(parts.year, parts.month, parts.day)


def _printed(date: QDate) -> str:
    """成文日期 as GB/T 9704 prints it (the core's one writer)."""
    return format_date(DateParts(date.year(), date.month(), date.day()))


class DocInfoDialog(QDialog):
    def __init__(
        self, meta: Meta, parent: QWidget | None = None, focus: Location | None = None
    ) -> None:
        super().__init__(parent)
        self._focus = focus
        self.setWindowTitle(self.tr("文档信息"))
        self.setMinimumWidth(520)
        self.title = QPlainTextEdit(meta.title, self)
        self.title.setPlaceholderText(self.tr("例如：××局2020年上半年工作总结（可分多行）"))
        self.title.setFixedHeight(self.title.fontMetrics().lineSpacing() * 3 + 16)
        self.title.setTabChangesFocus(True)
        self.subtitle = QLineEdit(meta.subtitle, self)
        self.subtitle.setPlaceholderText(self.tr("可不填，例如：——在全局工作会议上的讲话"))
        self.recipient = QLineEdit(meta.recipient, self)
        self.recipient.setPlaceholderText(
            self.tr("可不填，例如：各县（市、区）人民政府，市政府各部门：")
        )
        self.doc_number = QLineEdit(meta.doc_number, self)
        self.doc_number.setPlaceholderText(self.tr("可不填，例如：国办函〔2004〕71号"))
        self.author = QLineEdit(meta.author, self)
        self.author.setPlaceholderText(self.tr("例如：××市××局"))
        self.date = QLineEdit(meta.date, self)
        self.date.setPlaceholderText(self.tr("例如：2020年7月1日"))
        self.pick_date = QToolButton(self)
        self.pick_date.setText(self.tr("选择日期…"))
        self.pick_date.clicked.connect(self._choose_date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.pick_date)
        self.attachments = QListWidget(self)
        self.attachments.setMinimumHeight(90)
        for name in meta.attachments:
            self._add_attachment(name)
        add = QPushButton(self.tr("添加附件"), self)
        add.clicked.connect(self._new_attachment)
        remove = QPushButton(self.tr("删除"), self)
        remove.clicked.connect(self._remove_attachment)
        up = QPushButton(self.tr("上移"), self)
        up.clicked.connect(lambda: self._move_attachment(-1))
        down = QPushButton(self.tr("下移"), self)
        down.clicked.connect(lambda: self._move_attachment(1))
        attachment_buttons = QVBoxLayout()
        for button in (add, remove, up, down):
            attachment_buttons.addWidget(button)
        attachment_buttons.addStretch(1)
        attachment_row = QHBoxLayout()
        attachment_row.addWidget(self.attachments, 1)
        attachment_row.addLayout(attachment_buttons)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("标题："), self.title)
        form.addRow(self.tr("副标题："), self.subtitle)
        form.addRow(self.tr("主送机关："), self.recipient)
        form.addRow(self.tr("发文字号："), self.doc_number)
        form.addRow(self.tr("发文机关署名："), self.author)
        form.addRow(self.tr("成文日期："), date_row)
        form.addRow(self.tr("附件："), attachment_row)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        buttons = ok_cancel_buttons(self, self.tr("确定"), self.tr("取消"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._focus is not None:
            # After Qt has given the first field the focus on showing the dialog.
            QTimer.singleShot(0, self._apply_focus)

    def _apply_focus(self) -> None:
        if self._focus is not None:
            self.focus_on(self._focus)
            self._focus = None

    def focus_on(self, location: Location) -> None:
        """Put the cursor in the field a finding is in and select its matched text."""
        field, start, length = Place(location.field), location.offset, location.length
        if field == Place.META_TITLE:
            cursor = self.title.textCursor()
            end = len(self.title.toPlainText())
            cursor.setPosition(min(start, end))
            cursor.setPosition(min(start + length, end), QTextCursor.MoveMode.KeepAnchor)
            self.title.setTextCursor(cursor)
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        elif field == Place.META_ATTACHMENTS:
            item = self.attachments.item(location.paragraph)
            self.attachments.setFocus(Qt.FocusReason.OtherFocusReason)
            if item is None:
                return
            self.attachments.setCurrentItem(item)
            self.attachments.editItem(item)
            editor = self.attachments.viewport().findChild(QLineEdit)
            if editor is not None:
                editor.setSelection(start, length)
        else:
            line = {
                Place.META_SUBTITLE: self.subtitle,
                Place.META_RECIPIENT: self.recipient,
                Place.META_DOC_NUMBER: self.doc_number,
                Place.META_AUTHOR: self.author,
                Place.META_DATE: self.date,
            }.get(field)
            if line is not None:
                line.setFocus(Qt.FocusReason.OtherFocusReason)
                line.setSelection(start, length)

    def _add_attachment(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.attachments)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _new_attachment(self) -> None:
        item = self._add_attachment(self.tr("附件名称"))
        self.attachments.setCurrentItem(item)
        self.attachments.editItem(item)

    def _remove_attachment(self) -> None:
        row = self.attachments.currentRow()
        if row >= 0:
            self.attachments.takeItem(row)

    def _move_attachment(self, step: int) -> None:
        """附件 are numbered in this order on the page."""
        row = self.attachments.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.attachments.count():
            return
        item = self.attachments.takeItem(row)
        self.attachments.insertItem(target, item)
        self.attachments.setCurrentRow(target)

    def _choose_date(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("成文日期"))
        calendar = QCalendarWidget(dialog)
        calendar.setSelectedDate(_written_date(self.date.text()) or QDate.currentDate())
        calendar.activated.connect(dialog.accept)
        buttons = ok_cancel_buttons(None, self.tr("确定"), self.tr("取消"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.date.setText(_printed(calendar.selectedDate()))

    def _accept_if_valid(self) -> None:
        text = self.date.text().strip()
        if text and _written_date(text) is None:
            self.error.setText(self.tr("成文日期请写成“2020年7月1日”的样子，或点“选择日期…”。"))
            self.date.setFocus()
            return
        self.accept()

    def meta(self) -> Meta:
        names = [self.attachments.item(i).text().strip() for i in range(self.attachments.count())]
        date = _written_date(self.date.text())
        return Meta(
            title=self.title.toPlainText().strip(),
            subtitle=self.subtitle.text().strip(),
            recipient=self.recipient.text().strip(),
            doc_number=self.doc_number.text().strip(),
            author=self.author.text().strip(),
            date=_printed(date) if date else self.date.text().strip(),
            attachments=[n for n in names if n],
        )


def edit_doc_info(parent: QWidget, session: DraftSession, focus: Location | None = None) -> bool:
    """Show the dialog; True when the user changed something (one undo step). `focus`: a
    finding's location in the meta, whose field gets the cursor with the match selected."""
    dialog = DocInfoDialog(session.draft.meta, parent, focus)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = QCoreApplication.translate("DocInfoDialog", "修改文档信息")
    return session.set_meta(dialog.meta(), text)
