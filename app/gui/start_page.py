"""The start page: what an empty window shows where the editor would be.

A window that holds an untitled, untouched, empty draft (as at the first start) has
nothing to edit: instead of an editor that says to choose a
section where there is none, it offers the ways to begin: 从模板新建 (one button per
template), 粘贴导入, 导入文件, 打开, and the drafts opened lately. The page goes as soon
as the window shows a draft with content, and comes back when it is empty again.

What the buttons do belongs to the window, handed in as `FileChoices` (the window's own
methods); the page never imports the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui.document.session import DraftSession
from app.gui.forms import child_layout, form_child
from app.gui.language import on_language_change
from app.gui.settings import Settings
from app.gui.window_menus import template_label, templates

PAGE_WIDTH = 560  # the column of choices, centred in a wider editor area
TEMPLATE_COLUMNS = 2


class FileChoices(Protocol):
    """Where a draft comes from (the window's methods of these names)."""

    def new_from_template(self, template: Path, /) -> object: ...
    def paste_import(self) -> object: ...
    def import_dialog(self) -> object: ...
    def open_dialog(self) -> object: ...
    def open_path(self, path: Path, /) -> object: ...


class StartPage(QScrollArea):
    """The choices of an empty window (see the module docstring)."""

    def __init__(
        self,
        session: DraftSession,
        settings: Settings,
        choices: FileChoices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.session, self.settings, self.choices = session, settings, choices
        self._covered: list[QWidget] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(self)
        page.setObjectName("startPageContent")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 24, 24, 24)
        choices_column = QWidget(page)
        choices_column.setMaximumWidth(PAGE_WIDTH)
        column = QVBoxLayout(choices_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(choices_column, 100)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(1)
        self.setWidget(page)

        self.heading = heading = QLabel(page)
        heading.setObjectName("startHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        self.hint = hint = QLabel(page)
        hint.setWordWrap(True)
        column.addWidget(heading)
        column.addWidget(hint)

        self.section_labels = [self._section_label() for _index in range(3)]
        column.addWidget(self.section_labels[0])
        grid = QGridLayout()
        grid.setSpacing(6)
        self.template_buttons: list[QPushButton] = []
        for index, template in enumerate(templates()):
            button = QPushButton(template_label(template.stem), page)
            button.setObjectName(f"template:{template.stem}")
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.clicked.connect(
                lambda checked=False, t=template: self.choices.new_from_template(t)
            )
            grid.addWidget(button, index // TEMPLATE_COLUMNS, index % TEMPLATE_COLUMNS)
            self.template_buttons.append(button)
        column.addLayout(grid)

        column.addWidget(self.section_labels[1])
        self.paste_button = self._command(self.choices.paste_import)
        self.import_button = self._command(self.choices.import_dialog)
        self.open_button = self._command(self.choices.open_dialog)
        for button in (self.paste_button, self.import_button, self.open_button):
            column.addWidget(button)

        column.addWidget(self.section_labels[2])
        self._recent_box = QVBoxLayout()
        self._recent_box.setSpacing(2)
        column.addLayout(self._recent_box)
        self.recent_buttons: list[QCommandLinkButton] = []
        self.no_recent = QLabel(page)
        self.no_recent.setEnabled(False)
        self._recent_box.addWidget(self.no_recent)

        for signal in (session.draftReplaced, session.stepDone, session.stateChanged):
            signal.connect(self.update_shown)
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """The page's texts in the interface language (recent drafts are file names)."""
        self.heading.setText(self.tr("开始写一份工作总结"))
        self.hint.setText(
            self.tr("选一个模板新建，或把已有的文字导入进来。这些操作以后也都在“文件”菜单里。")
        )
        for label, text in zip(
            self.section_labels,
            (self.tr("从模板新建"), self.tr("从已有的文字开始"), self.tr("最近的草稿")),
            strict=True,
        ):
            label.setText(text)
        for button in self.template_buttons:
            button.setText(template_label(button.objectName().removeprefix("template:")))
        imports = self.tr(
            "Word 文档（.docx）、文本文件（.txt）或保存的网页（.html），导入前可预览和调整层级"
        )
        for button, text, description in (
            (
                self.paste_button,
                self.tr("粘贴导入"),
                self.tr("先在网页、聊天或 Word 里复制文字，再点这里按提纲导入"),
            ),
            (
                self.import_button,
                self.tr("导入文件"),
                imports,
            ),
            (self.open_button, self.tr("打开草稿"), self.tr("打开以前保存的草稿（.json）")),
        ):
            button.setText(text)
            button.setDescription(description)
        self.no_recent.setText(self.tr("还没有打开过草稿。"))

    def _section_label(self) -> QLabel:
        label = QLabel(self.widget())
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def _command(self, slot: Callable[[], object]) -> QCommandLinkButton:
        button = QCommandLinkButton(self.widget())
        button.clicked.connect(lambda checked=False: slot())
        return button

    # -- where the page sits ------------------------------------------------------

    def install(self, window: QWidget, meta_bar: QWidget, editor: QWidget) -> None:
        """Put the meta bar, the editor and the page into the window form's editor area;
        the page is shown instead of them and of the outline pane (an empty outline)."""
        layout = child_layout(window, "editorHost")
        assert isinstance(layout, QBoxLayout), "the editor area is a box layout"
        layout.addWidget(meta_bar)
        layout.addWidget(editor, 1)
        layout.addWidget(self, 1)
        self._covered = [meta_bar, editor, form_child(window, QWidget, "leftPane")]
        self.update_shown()

    def is_wanted(self) -> bool:
        """An untitled, untouched window without sections or opening paragraphs."""
        return self.session.is_pristine()

    def update_shown(self) -> None:
        wanted = self.is_wanted()
        if wanted == self.isHidden():
            self.setHidden(not wanted)  # shown: showEvent lists the recent drafts afresh
        for widget in self._covered:
            widget.setHidden(wanted)

    # -- recent drafts --------------------------------------------------------------

    def recent_paths(self) -> list[Path]:
        """The recent drafts that still exist, newest first (as 最近打开 lists them)."""
        return [Path(name) for name in self.settings.recent_files if Path(name).exists()]

    def refresh_recent(self) -> None:
        for button in self.recent_buttons:
            self._recent_box.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        paths = self.recent_paths()
        self.no_recent.setHidden(bool(paths))
        for path in paths:
            button = QCommandLinkButton(path.name, str(path.parent), self.widget())
            button.setToolTip(str(path))
            button.clicked.connect(lambda checked=False, p=path: self.choices.open_path(p))
            self._recent_box.addWidget(button)
            self.recent_buttons.append(button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh_recent()  # a draft saved in another window meanwhile is listed
        super().showEvent(event)
