"""导入预览: the source lines with their detected roles beside the tree they make.

Left, every non-blank source line: a tick box (keep it), its role (a combo box to change
it) and its text. Right, the outline the import will create, rebuilt from the lines on
every change (app.core.importer.build_draft). Website noise starts unticked. The dialog
changes nothing on disk; accepting hands the draft to the caller.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.errors import ZongjieError
from app.core.importer import (
    ImportResult,
    LineRole,
    SourceLine,
    analyse_text,
    build_draft,
    change_role,
    import_file,
)
from app.core.model import Draft, Section
from app.core.zh.numerals import chinese_numeral
from app.gui.core_text import tr_core
from app.gui.dialog_buttons import label_ok_cancel
from app.gui.forms import load_form
from app.gui.import_worker import AnalysisJob, analyse_in_background
from app.gui.placement import centre_on

_O = TypeVar("_O", bound=QObject)


def _marked(label: object) -> str:
    """A QT_TRANSLATE_NOOP result as the str it is (PySide6's stub declares `object`)."""
    return cast(str, label)


def _form_child(base: QWidget, kind: type[_O], name: str) -> _O:
    """A child the .ui form declares: findChild, typed (PySide6's stub says Optional, but
    the form guarantees the child)."""
    return cast(_O, base.findChild(kind, name))


# (label, role, heading level) in the order the combo box lists them. The labels are
# source strings of the "ImportDialog" context; `choice_label` shows them translated.
ROLE_CHOICES: list[tuple[str, LineRole, int]] = [
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "标题")), LineRole.TITLE, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "副标题")), LineRole.SUBTITLE, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "一级标题")), LineRole.HEADING, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "二级标题")), LineRole.HEADING, 1),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "三级标题")), LineRole.HEADING, 2),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "四级标题")), LineRole.HEADING, 3),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "正文")), LineRole.BODY, 0),
    # a table found in aligned text (rows of one line each); 正文 gives its rows as text
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "表格")), LineRole.TABLE, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "主送机关")), LineRole.RECIPIENT, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "发文字号")), LineRole.DOC_NUMBER, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "署名")), LineRole.AUTHOR, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "日期")), LineRole.DATE, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "附件")), LineRole.ATTACHMENT, 0),
    # an attached document (附件1 …) after the text: the label starts it, then its title
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "附件开始")), LineRole.APPENDIX, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "附件标题")), LineRole.APPENDIX_TITLE, 0),
    (_marked(QT_TRANSLATE_NOOP("ImportDialog", "噪声（删除）")), LineRole.NOISE, 0),
]
ROLE_LABELS = [label for label, _, _ in ROLE_CHOICES]

COL_KEEP, COL_LINE, COL_ROLE, COL_TEXT = range(4)
_PREVIEW_CHARS = 200  # a long paragraph is cut in the table; the draft keeps all of it
SHOWN_WARNINGS = 8  # warnings listed under the preview; more are counted


def choice_label(label: str) -> str:
    """A ROLE_CHOICES label in the interface language."""
    return QCoreApplication.translate("ImportDialog", label)


def role_label(line: SourceLine) -> str:
    """The role a line plays, as the 作用 column shows it (interface language)."""
    for label, role, level in ROLE_CHOICES:
        if role == line.role and (role != LineRole.HEADING or level == line.level):
            return choice_label(label)
    if line.role == LineRole.HEADING:  # deeper than the choices: 五级标题 …
        # %1 is the Chinese numeral, %2 the Arabic one (an English translation uses %2).
        text = QCoreApplication.translate("ImportDialog", "%1级标题")
        deep = chinese_numeral(line.level + 1)
        return text.replace("%1", deep).replace("%2", str(line.level + 1))
    return choice_label("正文")


def choice_for(value: object) -> tuple[str, LineRole, int] | None:
    """The ROLE_CHOICES entry named by its source label or its translated label."""
    for choice in ROLE_CHOICES:
        if value in (choice[0], choice_label(choice[0])):
            return choice
    return None


class SourceLinesModel(QAbstractTableModel):
    """The non-blank source lines; editing a role or a tick box changes the SourceLine."""

    linesChanged = Signal()

    def __init__(self, lines: list[SourceLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_lines = lines
        self.rows = [line for line in lines if not line.is_blank]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("保留"), self.tr("行"), self.tr("作用"), self.tr("内容")][section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_KEEP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_ROLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_KEEP:
            return Qt.CheckState.Checked if line.keep else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_LINE:
                return line.index + 1
            if column == COL_ROLE:
                return role_label(line)
            if column == COL_TEXT:
                text = line.text.replace("\n", " ↵ ")  # a table's rows, on the one row
                return text if len(text) <= _PREVIEW_CHARS else text[:_PREVIEW_CHARS] + "……"
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return line.text[:1000]
        if role == Qt.ItemDataRole.ForegroundRole and not line.keep:
            return QBrush(QColor(140, 140, 140))
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        line = self.rows[index.row()]
        if index.column() == COL_KEEP and role == Qt.ItemDataRole.CheckStateRole:
            keep = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if not isinstance(value, bool)
                else value
            )
            self.set_keep(index.row(), keep)
            return True
        if index.column() == COL_ROLE and role == Qt.ItemDataRole.EditRole:
            choice = choice_for(value)
            if choice is not None:
                change_role(line, choice[1], choice[2])
                self._row_changed(index.row())
                return True
        return False

    def set_keep(self, row: int, keep: bool) -> None:
        line = self.rows[row]
        if keep and line.role == LineRole.NOISE:
            change_role(line, LineRole.BODY)  # a ticked noise line is text after all
        line.keep = keep
        self._row_changed(row)

    def set_role(self, row: int, label: str) -> bool:
        return self.setData(self.index(row, COL_ROLE), label)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.linesChanged.emit()


class RoleDelegate(QStyledItemDelegate):
    """A combo box with the roles a line can play."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.addItems([choice_label(label) for label in ROLE_LABELS])
        # Commit as soon as the user picks: the preview should follow at once.
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class ImportDialog(QDialog):
    """Preview and correct an import; `draft()` is the result after 导入 (accept)."""

    def __init__(
        self, result: ImportResult, source: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_form(self, "import_dialog.ui")
        self.import_result = result
        self.lines_view: QTableView = _form_child(self, QTableView, "linesView")
        self.outline_tree: QTreeWidget = _form_child(self, QTreeWidget, "outlineTree")
        self.meta_label: QLabel = _form_child(self, QLabel, "metaLabel")
        self.source_label: QLabel = _form_child(self, QLabel, "sourceLabel")
        self.warnings_label: QLabel = _form_child(self, QLabel, "warningsLabel")
        buttons = label_ok_cancel(
            _form_child(self, QDialogButtonBox, "buttonBox"), self.tr("导入"), self.tr("取消")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.model = SourceLinesModel(result.lines, self)
        self.lines_view.setModel(self.model)
        self.lines_view.setItemDelegateForColumn(COL_ROLE, RoleDelegate(self.lines_view))
        self.lines_view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        # Fixed widths from the font: sizing to contents would measure every row of a
        # long file each time a role changes.
        header = self.lines_view.horizontalHeader()
        metrics = self.lines_view.fontMetrics()
        last_line = str(result.lines[-1].index + 1) if result.lines else "1"
        widths = {
            COL_KEEP: metrics.horizontalAdvance(self.tr("保留")) + 24,
            COL_LINE: metrics.horizontalAdvance(last_line + "0") + 12,
            COL_ROLE: max(metrics.horizontalAdvance(choice_label(x)) for x in ROLE_LABELS) + 40,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.lines_view.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.lines_view.verticalHeader().hide()
        self.model.linesChanged.connect(self.refresh_preview)
        self._start_at_first_kept_line()

        noise = sum(1 for line in result.lines if line.role == LineRole.NOISE)
        parts = [self.tr("来源：%1").replace("%1", source or self.tr("粘贴的文字"))]
        if result.encoding:
            parts.append(self.tr("编码：%1").replace("%1", result.encoding))
        if noise:
            parts.append(self.tr("%n 行像杂项（网页、页码、目录等），已去掉勾选", "", noise))
        self.source_label.setText("　".join(parts))
        self._draft = result.draft
        self.refresh_preview(result.draft)  # built by the import already: not built twice

    def _start_at_first_kept_line(self) -> None:
        """The keyboard starts on the role of the first line that will be imported (the
        title, usually), below the unticked website lines, not on a tick box at the top."""
        row = next((r for r, line in enumerate(self.model.rows) if line.keep), 0)
        if self.model.rowCount():
            index = self.model.index(row, COL_ROLE)
            self.lines_view.setCurrentIndex(index)
            self.lines_view.scrollTo(index)

    # -- preview -----------------------------------------------------------------------

    def refresh_preview(self, draft: Draft | None = None) -> None:
        """Show the draft the lines make now (or `draft`, when it is that one)."""
        self._draft = draft = draft if draft is not None else build_draft(self.import_result.lines)
        meta = draft.meta
        rows = [self.tr("标题：%1").replace("%1", meta.title or self.tr("（无）"))]
        if meta.subtitle:
            rows.append(self.tr("副标题：%1").replace("%1", meta.subtitle.replace("\n", " / ")))
        if draft.intro:
            rows.append(self.tr("开头：%n 段", "", len(draft.intro)))
        if meta.author or meta.date:
            rows.append(
                self.tr("署名：%1　日期：%2")
                .replace("%1", meta.author or "—")
                .replace("%2", meta.date or "—")
            )
        if meta.attachments:
            rows.append(
                self.tr("附件：%1").replace(
                    "%1", self.tr("；", "between attachment names").join(meta.attachments)
                )
            )
        self.meta_label.setText("\n".join(rows))
        # the warnings as the lines are now: a number the user's role change made differ
        # from the source's is said, one that agrees again is no longer
        warnings = [tr_core(warning) for warning in self.import_result.warnings]
        shown = warnings[:SHOWN_WARNINGS]
        if len(warnings) > SHOWN_WARNINGS:  # the rest in the tooltip: the dialog keeps its size
            more = len(warnings) - SHOWN_WARNINGS
            shown.append(self.tr("……另有 %n 条提示（鼠标停在这里可看全部）", "", more))
        self.warnings_label.setText("\n".join(shown))
        self.warnings_label.setToolTip(
            "\n".join(warnings) if len(warnings) > SHOWN_WARNINGS else ""
        )
        self.warnings_label.setVisible(bool(warnings))
        # takeChildren, not clear(): clearing a shown tree of 15,000 expanded items took
        # 3.7 s on every role change; taking them takes 15 ms (Python frees the items).
        self.outline_tree.invisibleRootItem().takeChildren()
        self._fill_tree(draft)
        self.outline_tree.expandAll()

    def _fill_tree(self, draft: Draft) -> None:
        row = QSize(0, self.outline_tree.fontMetrics().height() + 8)  # as the main outline
        self._add_sections(draft.sections, draft, None, row)
        for place, appendix in enumerate(draft.appendices, start=1):
            # an attached document: one top item, its own tree under it
            label = self.tr("附件%1　%2").replace("%1", str(place)).replace("%2", appendix.title)
            item = QTreeWidgetItem([label])
            item.setSizeHint(0, row)
            self.outline_tree.addTopLevelItem(item)
            self._add_sections(appendix.sections, draft, item, row)

    def _add_sections(
        self, sections: list[Section], draft: Draft, top: QTreeWidgetItem | None, row: QSize
    ) -> None:
        parents: dict[int, QTreeWidgetItem] = {}
        for section, level, number in draft.walk_with_level(sections):
            item = QTreeWidgetItem([self._item_text(section, number)])
            item.setToolTip(0, section.heading)
            item.setSizeHint(0, row)
            parent = parents.get(level - 1, top) if level else top
            if parent is None:
                self.outline_tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            parents[level] = item

    def _item_text(self, section: Section, number: str) -> str:
        paragraphs = len(section.body)
        suffix = self.tr("（%n 段）", "", paragraphs) if paragraphs else ""
        return f"{number}{section.heading}{suffix}"

    def draft(self) -> Draft:
        """The draft as the lines now describe it."""
        return build_draft(self.import_result.lines)


def run_import_dialog(
    parent: QWidget | None, *, path: Path | str | None = None, text: str | None = None
) -> Draft | None:
    """Import a file (or pasted text), let the user check it; the draft, or None if cancelled.

    With neither path nor text, ask for a file. Bad input shows its message and gives None.
    """
    if path is None and text is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("QDialog", "导入"),
            "",
            QCoreApplication.translate(
                "QDialog",
                "Word 文档、文本文件或网页 (*.docx *.txt *.html *.htm);;所有文件 (*)",
            ),
        )
        if not chosen:
            return None
        path = chosen
    source = Path(path).name if path is not None else ""
    try:
        result = analyse_in_background(parent, _analysis_job(path, text), source)
    except ZongjieError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("QDialog", "无法导入"), exc.message)
        return None
    if result is None:  # cancelled: nothing changed, no preview
        return None
    if text is not None and not any(not line.is_blank for line in result.lines):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("QDialog", "粘贴导入"),
            QCoreApplication.translate("QDialog", "剪贴板里没有文字。请先复制要导入的内容。"),
        )
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 20,000 rows: 0.2 s
    try:
        dialog = ImportDialog(result, source, parent)
    finally:
        QGuiApplication.restoreOverrideCursor()
    centre_on(dialog, parent)  # the form's 0, 0 would keep it in the screen's corner
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.draft()


def _analysis_job(path: Path | str | None, text: str | None) -> AnalysisJob:
    """What the worker runs: the file's import, or the pasted text's analysis."""
    if path is not None:
        file_path = Path(path)
        return lambda monitor: import_file(file_path, monitor)
    pasted = text or ""
    return lambda monitor: analyse_text(pasted, monitor)
