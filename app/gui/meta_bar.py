"""The bar above the editor: the document's 标题, 主送机关, 发文字号, 署名 and 成文日期,
where the user writes.

副标题 and 附件 stay in 文档信息, which the bar's 更多… button opens (it shows the fields
of the bar too). 主送机关 prints flush left under the title (GB/T 9704-2012 7.3.2);
发文字号 is kept with the draft and printed only with a 版头 (app.core.printed.build).

Editing follows the heading line's rule: a field is committed when the user leaves it
(Tab, Enter in a one-line field, a click elsewhere), through `DraftSession.set_meta`, as
one step on the undo stack. 成文日期 is read by the core's one date reader
(app.core.zh.dates) and stored as GB/T 9704 prints it ("2020年7月1日"); a text that is no
whole, existing day is not committed, and the bar says why in Chinese.

The bar shows the draft's meta again after every step (undo, redo, 文档信息, 规范检查
fixes) and for every newly shown draft. A field being typed in is pending text, like the
editor's typing: `flush` (before save, autosave, export) commits it, and `is_pending`
counts it as an unsaved change (`PendingParts` joins it with the editor's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from app.core.model import Meta
from app.core.zh.dates import DateParts, format_date, parse_date
from app.gui.document.session import DraftSession, PendingText
from app.gui.language import on_language_change

TITLE_LINES = 2
ERROR_STYLE = "color: #b00020"


class TitleEdit(QPlainTextEdit):
    """The title: up to a few lines (a 公文 title may break into two), Tab leaves it, and
    `editingFinished` when the focus goes elsewhere, as a QLineEdit has."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLineEdit's
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        # A context menu takes the focus for a moment: the user is still in the title.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editingFinished.emit()


class MetaBar(QFrame):
    """标题 / 主送 / 发文字号 / 署名 / 成文日期 of the session's draft (see the module
    docstring)."""

    def __init__(
        self,
        session: DraftSession,
        more: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("metaBar")
        self.session = session
        self._showing = False  # the fields are being set from the draft, not typed
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.title = TitleEdit(self)
        self.title.setObjectName("metaTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        line = self.title.fontMetrics().lineSpacing() + 1  # a block's line is a pixel taller
        frame = 2 * (self.title.document().documentMargin() + self.title.frameWidth())
        self.title.setFixedHeight(int(line * TITLE_LINES + frame + 4))

        self.recipient = QLineEdit(self)
        self.recipient.setObjectName("metaRecipient")
        self.doc_number = QLineEdit(self)
        self.doc_number.setObjectName("metaDocNumber")
        self.author = QLineEdit(self)
        self.author.setObjectName("metaAuthor")
        self.date = QLineEdit(self)
        self.date.setObjectName("metaDate")
        self.more = QToolButton(self)
        self.more.setObjectName("metaMore")
        self.more.clicked.connect(lambda checked=False: more())
        self.message = QLabel(self)
        self.message.setObjectName("metaMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 8, 8, 0)  # the editor's margins: labels line up
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.labels = [QLabel(self) for _field in self._fields()]
        title_label, recipient_label, number_label, author_label, date_label = self.labels
        title_label.setBuddy(self.title)
        grid.addWidget(title_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1, 1, 4)
        recipient_label.setBuddy(self.recipient)
        number_label.setBuddy(self.doc_number)
        grid.addWidget(recipient_label, 1, 0)
        grid.addWidget(self.recipient, 1, 1)
        grid.addWidget(number_label, 1, 2)
        grid.addWidget(self.doc_number, 1, 3, 1, 2)
        author_label.setBuddy(self.author)
        date_label.setBuddy(self.date)
        grid.addWidget(author_label, 2, 0)
        grid.addWidget(self.author, 2, 1)
        grid.addWidget(date_label, 2, 2)
        grid.addWidget(self.date, 2, 3)
        grid.addWidget(self.more, 2, 4)
        grid.addWidget(self.message, 3, 1, 1, 4)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(rule, 4, 0, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        for field in self._fields():
            field.setAcceptDrops(False)  # a dropped file goes to the window (open or import)
            field.editingFinished.connect(self.commit)
        session.draftReplaced.connect(lambda: self.show_meta(force=True))
        session.stepDone.connect(self.show_meta)
        session.stateChanged.connect(self.show_meta)
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """The labels, placeholders and tips in the interface language."""
        texts = (
            (
                self.tr("标题"),
                self.tr("文档标题，例如：××局2020年上半年工作总结"),
                self.tr("导出时居中排在正文之上；按回车可分成两行"),
            ),
            (
                self.tr("主送"),
                self.tr("例如：各县（市、区）人民政府，市政府各部门："),
                self.tr("主送机关，顶格排在标题下空一行；没有时留空"),
            ),
            (
                self.tr("发文字号"),
                self.tr("例如：国办函〔2004〕71号"),
                self.tr("发文字号，随草稿保存；没有版头的文档不打印"),
            ),
            (self.tr("署名"), self.tr("例如：××市××局"), self.tr("发文机关署名，排在正文之后")),
            (
                self.tr("成文日期"),
                self.tr("例如：2020年7月1日"),
                self.tr("成文日期，也可写成 2020-7-1 或 二〇二〇年七月一日"),
            ),
        )
        for label, field, (name, placeholder, tip) in zip(
            self.labels, self._fields(), texts, strict=True
        ):
            label.setText(name)
            field.setPlaceholderText(placeholder)
            field.setToolTip(tip)
        self.more.setText(self.tr("更多…"))
        self.more.setToolTip(self.tr("副标题、附件等：文档信息"))

    def _fields(self) -> tuple[TitleEdit | QLineEdit, ...]:
        return (self.title, self.recipient, self.doc_number, self.author, self.date)

    # -- what the fields ask for --------------------------------------------------

    def _date_value(self, stored: str) -> tuple[str, str]:
        """(the 成文日期 to store, a problem to show): the stored date when the field's text
        is no whole existing day; no problem for a text that is already the stored one."""
        text = self.date.text().strip()
        if not text or text == stored:
            return text, ""
        parts = parse_date(text)
        if parts is None:
            problem = self.tr("“%1”不是一个日期。成文日期请写成“2020年7月1日”的样子。")
            return stored, problem.replace("%1", text)
        if parts.day is None:
            problem = self.tr("成文日期要写到哪一天，例如“%1”。")
            return stored, problem.replace("%1", format_date(DateParts(parts.year, parts.month, 1)))
        return format_date(parts), ""

    def wanted_meta(self) -> tuple[Meta, str]:
        """The meta the fields ask for (subtitle and 附件 as stored), and a date problem."""
        meta = self.session.draft.meta
        date, problem = self._date_value(meta.date)
        wanted = replace(
            meta,
            title=self.title.text().strip(),
            recipient=self.recipient.text().strip(),
            doc_number=self.doc_number.text().strip(),
            author=self.author.text().strip(),
            date=date,
            attachments=list(meta.attachments),
        )
        return wanted, problem

    def _step_text(self, old: Meta, new: Meta) -> str:
        changed = [
            text
            for name, text in (
                ("title", self.tr("修改标题")),
                ("recipient", self.tr("修改主送机关")),
                ("doc_number", self.tr("修改发文字号")),
                ("author", self.tr("修改署名")),
                ("date", self.tr("修改成文日期")),
            )
            if getattr(old, name) != getattr(new, name)
        ]
        if len(changed) == 1:
            return changed[0]
        return QCoreApplication.translate("DocInfoDialog", "修改文档信息")

    # -- committing and showing ----------------------------------------------------------

    def commit(self) -> bool:
        """Write what the fields ask for as one undo step; False when nothing changed."""
        if self._showing:
            return False
        wanted, problem = self.wanted_meta()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        old = self.session.draft.meta
        if wanted == old:
            return False
        return self.session.set_meta(wanted, self._step_text(old, wanted))

    def show_meta(self, force: bool = False) -> None:
        """The draft's meta in the fields. A field keeps its text while the user types in it
        (when the text says what is stored) and while it holds a date not yet committed."""
        meta = self.session.draft.meta
        self._showing = True
        try:
            for field, stored in (
                (self.title, meta.title),
                (self.recipient, meta.recipient),
                (self.doc_number, meta.doc_number),
                (self.author, meta.author),
                (self.date, meta.date),
            ):
                shown = field.text()
                if not force and (
                    shown == stored
                    or (field.hasFocus() and shown.strip() == stored)
                    or (field is self.date and bool(self.message.text()))
                ):
                    continue
                field.setText(stored)
            if force:
                self.message.clear()
                self.message.hide()
        finally:
            self._showing = False

    # -- pending text (PendingText, for the session) ---------------------------------------

    def flush(self) -> bool:
        return self.commit()

    def is_pending(self) -> bool:
        wanted, _problem = self.wanted_meta()
        return wanted != self.session.draft.meta


class PendingParts:
    """Typing not yet written back from several places (the editor and the meta bar)."""

    def __init__(self, *parts: PendingText) -> None:
        self.parts = parts

    def flush(self) -> bool:
        return any([bool(part.flush()) for part in self.parts])  # a list: flush every part

    def is_pending(self) -> bool:
        return any(part.is_pending() for part in self.parts)
