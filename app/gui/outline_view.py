"""OutlineView: the section tree on the left of the main window.

Shows a `SectionTreeModel` (number + heading, the 字数 right-aligned in grey: "共1585字"
for a section with subsections, whose count includes them, "272字" or with a 字数上限
"272/300字" for one without; past its 字数上限 the count is bold in the error colour) and
offers the tree operations as QActions with Chinese labels, keyboard shortcuts and a
context menu. Every operation is an undo command on the attached undo stack.

Public API for the main window:

- `OutlineView(parent=None, model=None)`; `setModel(model)` / `tree_model()`.
- `set_undo_stack(stack)`: tree commands go there (also attached to the model, for drops and
  in-place renames).
- `actions()` (QWidget's own): the operations in menu order, separators included, so
  `menu.addActions(view.actions())` builds a complete 小节 menu. Named attributes for
  toolbars: `action_add_sibling`, `action_add_child`, `action_rename`, `action_delete`,
  `action_move_up`, `action_move_down`, `action_outdent`, `action_indent`,
  `numbering_menu` (本级编号样式), `action_run_in` (标题与正文连排, checkable) and
  `action_budget` (字数上限…: asks for a number, 0 = none; `set_current_budget(n)`).
- `select_section(id)` ("" or None clears), `current_section_id()`.
- Signals: `sectionSelected(str)` (id, or "" for none), `sectionsChanged()` (any edit of the
  tree: mark the draft unsaved), `statusMessage(str)` (for the status bar, e.g. after 删除).

Shortcuts (chosen not to clash with the window's QKeySequence.StandardKey ones; they are
active only while the tree itself has focus (Qt.WidgetShortcut), so Delete or Alt+arrows
in the editor, or in the F2 rename box, never touch the tree; Tab still moves the focus
to the editor):
新建同级小节 Ctrl+Enter, 新建下级小节 Ctrl+Shift+Enter, 重命名 F2, 删除 Delete,
上移 Alt+Up, 下移 Alt+Down, 升级 Alt+Left, 降级 Alt+Right, 标题与正文连排 Ctrl+Shift+L.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QTreeView,
    QWidget,
)

from app.core.numbering import STYLE_LABELS, NumberStyle
from app.gui.document import commands as tc
from app.gui.document.tree_model import (
    CHAR_COUNT_ROLE,
    SectionTreeModel,
)
from app.gui.labels import style_label
from app.gui.language import on_language_change
from app.gui.outline_delegate import OutlineDelegate

MAX_BUDGET = 100_000  # the largest 字数上限 the input offers (a 100-page draft: ~60 000)


class OutlineView(QTreeView):
    """The section tree with its actions; see the module docstring for the API."""

    sectionSelected = Signal(str)
    sectionsChanged = Signal()
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None, model: SectionTreeModel | None = None):
        super().__init__(parent)
        self._undo_stack: QUndoStack | None = None
        self._setup_view()
        self._build_actions()
        self.setModel(model if model is not None else SectionTreeModel(parent=self))

    # -- setup ---------------------------------------------------------------------

    def _setup_view(self) -> None:
        self.setHeaderHidden(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # 字数 stays in view
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(OutlineDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_context_menu)

    def _action(self, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcuts([QKeySequence(k) for k in shortcut.split(";")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _separator(self) -> None:
        separator = QAction(self)
        separator.setSeparator(True)
        self.addAction(separator)

    def _build_actions(self) -> None:
        self.action_add_sibling = self._action("Ctrl+Return;Ctrl+Enter", self.add_sibling)
        self.action_add_child = self._action("Ctrl+Shift+Return;Ctrl+Shift+Enter", self.add_child)
        self.action_rename = self._action("F2", self.rename_current)
        self.action_delete = self._action("Del", self.delete_current)
        self._separator()
        self.action_move_up = self._action("Alt+Up", self.move_up)
        self.action_move_down = self._action("Alt+Down", self.move_down)
        self.action_outdent = self._action("Alt+Left", self.outdent)
        self.action_indent = self._action("Alt+Right", self.indent)
        self._separator()
        self._build_numbering_menu()
        self.action_run_in = self._action("Ctrl+Shift+L", self.toggle_run_in)
        self.action_run_in.setCheckable(True)
        self.action_budget = self._action("", self.ask_budget)
        self._retranslate()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        """The actions' texts and tips in the interface language."""
        self.setAccessibleName(self.tr("小节目录"))
        for action, text, tip in (
            (self.action_add_sibling, self.tr("新建同级小节"), self.tr("在当前小节之后新建一个同级小节")),
            (self.action_add_child, self.tr("新建下级小节"), self.tr("在当前小节之下新建一个下级小节")),
            (self.action_rename, self.tr("重命名"), self.tr("修改当前小节的标题")),
            (self.action_delete, self.tr("删除"), self.tr("删除当前小节及其下级小节（可撤销）")),
            (self.action_move_up, self.tr("上移"), self.tr("与上一个同级小节交换位置")),
            (self.action_move_down, self.tr("下移"), self.tr("与下一个同级小节交换位置")),
            (self.action_outdent, self.tr("升级"), self.tr("提升一级，成为上级小节之后的同级小节")),
            (self.action_indent, self.tr("降级"), self.tr("降低一级，成为上一个小节的下级小节")),
            (self.action_run_in, self.tr("标题与正文连排"),
             self.tr("标题与第一段正文排在同一段（如“一是……。正文”），导出时同样连排")),
            (self.action_budget, self.tr("字数上限…"),
             self.tr("为当前小节设定字数上限（不含下级小节），超出时提纲标红、规范检查提示")),
        ):  # fmt: skip
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(f"{text} ({keys})")
        self.numbering_menu.setTitle(self.tr("本级编号样式"))
        self.numbering_menu.setStatusTip(self.tr("更改当前小节所在这一级的编号样式"))
        for style, style_action in self._style_actions.items():
            style_action.setText(style_label(style))

    def _build_numbering_menu(self) -> None:
        self.numbering_menu = QMenu(self)
        self.numbering_menu.setObjectName("menuNumbering")
        group = QActionGroup(self.numbering_menu)
        self._style_actions: dict[NumberStyle, QAction] = {}
        for style in STYLE_LABELS:
            action = QAction(style_label(style), self.numbering_menu, checkable=True)
            action.setData(style.value)
            action.triggered.connect(
                lambda _checked=False, s=style: self.set_current_level_style(s)
            )
            group.addAction(action)
            self.numbering_menu.addAction(action)
            self._style_actions[style] = action
        self.numbering_menu.aboutToShow.connect(self._check_current_style)
        self.addAction(self.numbering_menu.menuAction())

    # -- model and undo stack ----------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if isinstance(old, SectionTreeModel):
            for signal, slot in self._model_connections(old):
                signal.disconnect(slot)
        super().setModel(model)
        if isinstance(model, SectionTreeModel):
            model.set_undo_stack(self._undo_stack)
            for signal, slot in self._model_connections(model):
                signal.connect(slot)
            self.selectionModel().currentChanged.connect(self._on_current_changed)
        self._on_model_reset()

    def _model_connections(
        self, model: SectionTreeModel
    ) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (model.draftEdited, self._on_draft_edited),
            (model.focusRequested, self.select_section),
            (model.modelReset, self._on_model_reset),
            (model.rowsInserted, self._expand_inserted),
        ]

    def tree_model(self) -> SectionTreeModel:
        model = self.model()
        assert isinstance(model, SectionTreeModel), "OutlineView needs a SectionTreeModel"
        return model

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        self._undo_stack = stack
        self.tree_model().set_undo_stack(stack)

    # -- selection -----------------------------------------------------------------

    def current_section_id(self) -> str | None:
        return self.tree_model().id_for_index(self.currentIndex())

    def select_section(self, section_id: str | None) -> None:
        """Make a section current and selected, scrolled into view; "" or None clears."""
        index = self.tree_model().index_for_id(section_id or None)
        if not index.isValid():
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
            return
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.sectionSelected.emit(self.tree_model().id_for_index(current) or "")

    def _on_model_reset(self) -> None:
        self.expandAll()
        self._update_actions()

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """A section brought back by undo shows its subsections, as it did before."""
        model = self.model()
        for row in range(first, last + 1):
            self.expandRecursively(model.index(row, 0, parent))
        if parent.isValid():
            self.expand(parent)

    def _on_draft_edited(self) -> None:
        self._update_actions()
        self.sectionsChanged.emit()

    # -- operations (the actions' slots) -----------------------------------------------

    def add_sibling(self) -> None:
        self._add(tc.insert_sibling_command(self.tree_model(), self.current_section_id()))

    def add_child(self) -> None:
        self._add(tc.insert_child_command(self.tree_model(), self.current_section_id()))

    def _add(self, command: tc.InsertCommand | None) -> None:
        """Insert the new section, select it and open its heading for typing at once."""
        if command is None:
            return
        self.tree_model().push(command)
        self.select_section(command.section_id)
        self.edit(self.currentIndex())

    def rename_current(self) -> None:
        if self.currentIndex().isValid():
            self.edit(self.currentIndex())

    def delete_current(self) -> None:
        model, section_id = self.tree_model(), self.current_section_id()
        if section_id is None:
            return
        heading = model.section(section_id).heading
        below = sum(1 for _ in model.section(section_id).walk()) - 1
        neighbour = self._neighbour_after_delete(section_id)
        model.push(tc.DeleteCommand(model, section_id))
        self.select_section(neighbour)
        self.statusMessage.emit(self._deleted_message(heading, below))

    def _deleted_message(self, heading: str, below: int) -> str:
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        if below:
            text = self.tr("已删除“%1”及其 %2 个下级小节。按 %3 可撤销。")
            return (
                text.replace("%1", tc.short(heading)).replace("%2", str(below)).replace("%3", undo)
            )
        text = self.tr("已删除“%1”。按 %3 可撤销。")
        return text.replace("%1", tc.short(heading)).replace("%3", undo)

    def _neighbour_after_delete(self, section_id: str) -> str | None:
        """Next sibling, else previous sibling, else the parent: where the user goes on."""
        model = self.tree_model()
        parent_id, row = model.parent_id(section_id), model.row_of(section_id)
        siblings = model.children_of(parent_id)
        if row + 1 < len(siblings):
            return siblings[row + 1].id
        if row > 0:
            return siblings[row - 1].id
        return parent_id

    def move_up(self) -> None:
        self._move(tc.move_up_command)

    def move_down(self) -> None:
        self._move(tc.move_down_command)

    def indent(self) -> None:
        self._move(tc.indent_command)

    def outdent(self) -> None:
        self._move(tc.outdent_command)

    def _move(
        self, factory: Callable[[SectionTreeModel, str | None], tc.MoveCommand | None]
    ) -> None:
        model, section_id = self.tree_model(), self.current_section_id()
        command = factory(model, section_id)
        if command is None:
            return
        model.push(command)
        self.select_section(section_id)  # the moved section stays current, scrolled to

    def set_current_level_style(self, style: NumberStyle) -> None:
        """Number the current section's level (level 1 when nothing is selected) with style."""
        model = self.tree_model()
        section_id = self.current_section_id()
        level = model.level_of(section_id) if section_id is not None else 0
        command = tc.level_style_command(model, level, style)
        if command is not None:
            model.push(command)

    def toggle_run_in(self) -> None:
        """标题与正文连排 on or off for the current section: one undo step. The action is
        checkable; its check mark follows the section (see _update_actions)."""
        model, section_id = self.tree_model(), self.current_section_id()
        if section_id is not None:
            command = tc.run_in_command(model, section_id, not model.section(section_id).run_in)
            if command is not None:
                model.push(command)
        self._update_actions()

    def ask_budget(self) -> None:
        """字数上限…: ask for the current section's 字数上限 (0: none), one undo step."""
        model, section_id = self.tree_model(), self.current_section_id()
        if section_id is None:
            return
        section = model.section(section_id)
        own = model.data(self.currentIndex(), CHAR_COUNT_ROLE)
        what = self.tr("本节（不含下级小节）") if section.children else self.tr("本节")
        label = (
            self.tr("“%1”%2现有 %3 字。\n字数上限（0 表示不设上限）：")
            .replace("%1", tc.short(section.heading))
            .replace("%2", what)
            .replace("%3", str(own))
        )
        budget, ok = QInputDialog.getInt(
            self, self.tr("字数上限"), label, section.budget or 0, 0, MAX_BUDGET, 100
        )
        if ok:
            self.set_current_budget(budget)

    def set_current_budget(self, budget: int) -> None:
        """The current section's 字数上限 (0: none) as one undo step; says what was set."""
        model, section_id = self.tree_model(), self.current_section_id()
        command = tc.budget_command(model, section_id, budget)
        if command is None:
            return
        model.push(command)
        if budget > 0:
            self.statusMessage.emit(self.tr("已设字数上限 %1 字。").replace("%1", str(budget)))
        else:
            self.statusMessage.emit(self.tr("已取消字数上限。"))

    # -- enabling, context menu ----------------------------------------------------------

    def _update_actions(self) -> None:
        model = self.model()
        if not isinstance(model, SectionTreeModel):
            return
        section_id = model.id_for_index(self.currentIndex())
        has = section_id is not None
        self.action_add_child.setEnabled(has)
        self.action_rename.setEnabled(has)
        self.action_delete.setEnabled(has)
        self.action_move_up.setEnabled(tc.move_up_command(model, section_id) is not None)
        self.action_move_down.setEnabled(tc.move_down_command(model, section_id) is not None)
        self.action_outdent.setEnabled(tc.outdent_command(model, section_id) is not None)
        self.action_indent.setEnabled(tc.indent_command(model, section_id) is not None)
        self.action_run_in.setEnabled(has)
        self.action_budget.setEnabled(has)
        self.action_run_in.setChecked(section_id is not None and model.section(section_id).run_in)
        self._check_current_style()

    def _check_current_style(self) -> None:
        """Title the 本级编号样式 menu with the current level and tick its style."""
        model = self.tree_model()
        section_id = self.current_section_id()
        level = model.level_of(section_id) if section_id is not None else 0
        numbering = model.draft().numbering
        current = numbering[level] if level < len(numbering) else NumberStyle.NONE
        self._style_actions[current].setChecked(True)
        self.numbering_menu.setTitle(
            self.tr("本级编号样式（第%1级）").replace("%1", str(level + 1))
        )

    def build_context_menu(self) -> QMenu:
        """The context menu: the same actions as the window's 小节 menu."""
        menu = QMenu(self)
        menu.addActions(self.actions())
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.setCurrentIndex(index)
        menu = self.build_context_menu()
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()
