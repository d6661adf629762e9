"""Undo commands of the open draft. Each one calls the outline model's edit methods.

Every command restores exactly: ids, positions, headings, numbering (undo of a delete puts
back the very Section object with its whole subtree). Texts are what the Edit menu shows
after 撤销/重做.

Use the factories (`insert_command`, `delete_command`, `move_up_command`, ...) which return
None when an operation is impossible (e.g. 上移 at the top); push the result with
`model.push(command)` (through the undo stack when one is attached, directly otherwise).

Two rules of issue 16 live here: a new section prints run-in (连排) when the sibling it
follows does (`sibling_run_in`), and a rename leaves out a number typed in front of a
numbered level's heading, as the checks' numbering.typed fix would (`without_typed_number`).
"""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.edits import Edit
from app.core.model import Draft, Section
from app.core.numbering import NumberStyle, style_for_level
from app.core.zh.markers import typed_markers_end
from app.gui.labels import style_label


class Outline(Protocol):
    """What the commands need of the outline model (Outline). A Protocol, so this
    module does not import the model, which builds commands for its drops and renames."""

    focusRequested: SignalInstance

    def draft(self) -> Draft: ...
    def has_section(self, section_id: str) -> bool: ...
    def section(self, section_id: str) -> Section: ...
    def parent_id(self, section_id: str) -> str | None: ...
    def row_of(self, section_id: str) -> int: ...
    def level_of(self, section_id: str) -> int: ...
    def children_of(self, parent_id: str | None) -> list[Section]: ...
    def undo_stack(self) -> QUndoStack | None: ...
    def push(self, command: QUndoCommand) -> None: ...
    def insert_section(self, parent_id: str | None, row: int, section: Section) -> None: ...
    def remove_section(self, section_id: str) -> tuple[str | None, int, Section]: ...
    def move_section(
        self, section_id: str, new_parent_id: str | None, row: int
    ) -> tuple[str | None, int]: ...
    def move_section_to(self, section_id: str, parent_id: str | None, final_row: int) -> None: ...
    def rename_section(self, section_id: str, heading: str) -> str: ...
    def set_run_in(self, section_id: str, run_in: bool) -> bool: ...
    def set_budget(self, section_id: str, budget: int | None) -> int | None: ...
    def set_level_style(self, level: int, style: NumberStyle | str) -> list[NumberStyle]: ...
    def set_numbering(self, styles: list[NumberStyle]) -> None: ...
    def apply_edits(self, edits: list[Edit], forward: bool = True) -> None: ...


# The heading a new section gets (the outline view selects it for renaming at once).
# Translated when used, not at import, so a translator installed later still applies.
NEW_SECTION_HEADING: str = QT_TRANSLATE_NOOP("SectionTree", "新小节")  # type: ignore[assignment]  # the stub says object; it returns its str


class TreeCommand(QUndoCommand):
    """Base of the tree commands: holds the model weakly.

    The model holds the undo stack and the stack holds its commands; a strong reference
    back to the model would close a cycle through C++ ownership that Python's garbage
    collector can tear down in the wrong order (QUndoStack::clear on freed commands).
    """

    def __init__(self, model: Outline, text: str) -> None:
        super().__init__(text)
        self._model_ref = weakref.ref(model)

    @property
    def _model(self) -> Outline:
        model = self._model_ref()
        if model is None:
            raise RuntimeError("the outline model of this undo command no longer exists")
        return model


def short(heading: str, limit: int = 12) -> str:
    """A heading short enough for an undo menu entry."""
    return heading if len(heading) <= limit else heading[:limit] + "…"


class InsertCommand(TreeCommand):
    """新建小节: insert a section (and select it)."""

    def __init__(self, model: Outline, parent_id: str | None, row: int, section: Section) -> None:
        super().__init__(model, QCoreApplication.translate("SectionTree", "新建小节"))
        self._parent_id, self._row, self._section = parent_id, row, section

    @property
    def section_id(self) -> str:
        return self._section.id

    def redo(self) -> None:
        self._model.insert_section(self._parent_id, self._row, self._section)
        self._model.focusRequested.emit(self._section.id)

    def undo(self) -> None:
        self._model.remove_section(self._section.id)


class DeleteCommand(TreeCommand):
    """删除“…”: remove a section with its subtree; undo brings back the same objects."""

    def __init__(self, model: Outline, section_id: str) -> None:
        heading = short(model.section(section_id).heading)
        text = QCoreApplication.translate("SectionTree", "删除“%1”").replace("%1", heading)
        super().__init__(model, text)
        self._id = section_id
        self._removed: tuple[str | None, int, Section] | None = None

    def redo(self) -> None:
        self._removed = self._model.remove_section(self._id)

    def undo(self) -> None:
        assert self._removed is not None, "undo before redo"
        parent_id, row, section = self._removed
        self._model.insert_section(parent_id, row, section)
        self._model.focusRequested.emit(section.id)


def without_typed_number(model: Outline, section_id: str, heading: str) -> str:
    """The heading without a number typed in front ("1.建强宣传阵地" → "建强宣传阵地") when
    the section's level numbers itself, as the checks' numbering.typed fix removes it: a
    typed number would print after the derived one ("1.1.建强宣传阵地"). A heading of an
    unnumbered level keeps what was typed."""
    style = style_for_level(model.draft().numbering, model.level_of(section_id))
    if style is NumberStyle.NONE:
        return heading
    return heading[typed_markers_end(heading) :]


class RenameCommand(TreeCommand):
    """重命名: set a heading (without number). A number typed in front of a numbered
    level's heading is left out (`without_typed_number`), in the same step; when nothing
    else changed, the command is obsolete and the undo stack drops it."""

    def __init__(self, model: Outline, section_id: str, heading: str) -> None:
        heading = without_typed_number(model, section_id, heading)
        text = QCoreApplication.translate("SectionTree", "重命名为“%1”")
        super().__init__(model, text.replace("%1", short(heading)))
        self._id, self._new = section_id, heading
        self._old = model.section(section_id).heading
        self.setObsolete(self._new == self._old)

    def redo(self) -> None:
        self._model.rename_section(self._id, self._new)

    def undo(self) -> None:
        self._model.rename_section(self._id, self._old)


class RunInCommand(TreeCommand):
    """设为连排/取消连排: print the heading and the first paragraph as one paragraph
    ("一是……。正文") or the heading on its own line."""

    def __init__(self, model: Outline, section_id: str, run_in: bool) -> None:
        if run_in:
            text = QCoreApplication.translate("SectionTree", "设为连排")
        else:
            text = QCoreApplication.translate("SectionTree", "取消连排")
        super().__init__(model, text)
        self._id, self._run_in = section_id, run_in

    def redo(self) -> None:
        self._model.set_run_in(self._id, self._run_in)

    def undo(self) -> None:
        self._model.set_run_in(self._id, not self._run_in)


class BudgetCommand(TreeCommand):
    """设字数上限/取消字数上限: the section's 字数上限 (None: none), which 规范检查 warns past."""

    def __init__(self, model: Outline, section_id: str, budget: int | None) -> None:
        if budget is None:
            text = QCoreApplication.translate("SectionTree", "取消字数上限")
        else:
            text = QCoreApplication.translate("SectionTree", "设字数上限为 %1 字")
        super().__init__(model, text.replace("%1", str(budget)))
        self._id, self._budget = section_id, budget
        self._old = model.section(section_id).budget

    def redo(self) -> None:
        self._model.set_budget(self._id, self._budget)

    def undo(self) -> None:
        self._model.set_budget(self._id, self._old)


class MoveCommand(TreeCommand):
    """移动/上移/下移/升级/降级: move a section with its subtree.

    The first redo uses Qt's "row before the move" convention; afterwards both directions
    replay the recorded final places, so undo returns the section to exactly where it was.
    """

    def __init__(
        self,
        model: Outline,
        section_id: str,
        new_parent_id: str | None,
        row: int,
        text: str = "",
    ) -> None:
        super().__init__(model, text or QCoreApplication.translate("SectionTree", "移动"))
        self._id = section_id
        self._target = (new_parent_id, row)
        self._before: tuple[str | None, int] | None = None
        self._after: tuple[str | None, int] | None = None

    def redo(self) -> None:
        if self._after is None:
            self._before = self._model.move_section(self._id, *self._target)
            self._after = (self._model.parent_id(self._id), self._model.row_of(self._id))
        else:
            self._model.move_section_to(self._id, *self._after)

    def undo(self) -> None:
        assert self._before is not None, "undo before redo"
        self._model.move_section_to(self._id, *self._before)


class LevelStyleCommand(TreeCommand):
    """更改编号样式: number one level with another style (e.g. level 2 as 一是)."""

    def __init__(self, model: Outline, level: int, style: NumberStyle) -> None:
        text = QCoreApplication.translate("SectionTree", "更改编号样式：第%1级为“%2”")
        super().__init__(
            model, text.replace("%1", str(level + 1)).replace("%2", style_label(style))
        )
        self._level, self._style = level, style
        self._old = list(model.draft().numbering)

    def redo(self) -> None:
        self._model.set_level_style(self._level, self._style)

    def undo(self) -> None:
        self._model.set_numbering(self._old)


class EditCommand(TreeCommand):
    """A text step that is not typing (全部替换, 修正, 文档信息): the places' texts before and
    after, from app.core.edits. Undo puts back exactly what each place held."""

    def __init__(self, model: Outline, edits: list[Edit], text: str) -> None:
        super().__init__(model, text)
        self.edits = edits
        # Also held strongly, as 全部替换 and the fixes always were: a stack and model
        # made without parents (a test, a script) are then freed stack first. A Qt parent
        # (the session owns both) is what orders their end in the app.
        self._keep_model = model

    def redo(self) -> None:
        self._model.apply_edits(self.edits, forward=True)

    def undo(self) -> None:
        self._model.apply_edits(self.edits, forward=False)


# -- factories: None when the operation makes no sense here ------------------------------


def insert_command(
    model: Outline, parent_id: str | None, row: int, heading: str | None = None
) -> InsertCommand:
    """A new section at row among parent's children, printed as its siblings are (连排
    or not, see `sibling_run_in`)."""
    if heading is None:
        heading = QCoreApplication.translate("SectionTree", NEW_SECTION_HEADING)
    run_in = sibling_run_in(model, parent_id, row)
    return InsertCommand(model, parent_id, row, Section(heading=heading, run_in=run_in))


def sibling_run_in(model: Outline, parent_id: str | None, row: int) -> bool:
    """Whether a section inserted at row prints run-in: as the sibling it follows (the
    first one: as the sibling it precedes). A new 四是 after a run-in 三是 is run-in too."""
    siblings = model.children_of(parent_id)
    if not siblings:
        return False
    before = min(row, len(siblings)) - 1
    return siblings[max(before, 0)].run_in


def insert_sibling_command(model: Outline, current_id: str | None) -> InsertCommand:
    """A new section right after the current one (at the end of the top level if none)."""
    if current_id is None:
        return insert_command(model, None, len(model.draft().sections))
    return insert_command(model, model.parent_id(current_id), model.row_of(current_id) + 1)


def insert_child_command(model: Outline, current_id: str | None) -> InsertCommand | None:
    """A new last subsection of the current section."""
    if current_id is None:
        return None
    return insert_command(model, current_id, len(model.section(current_id).children))


def delete_command(model: Outline, section_id: str | None) -> DeleteCommand | None:
    return DeleteCommand(model, section_id) if section_id is not None else None


def rename_command(model: Outline, section_id: str | None, heading: str) -> RenameCommand | None:
    heading = heading.strip()
    if section_id is None or not heading:
        return None
    if without_typed_number(model, section_id, heading) == model.section(section_id).heading:
        return None
    return RenameCommand(model, section_id, heading)


def run_in_command(model: Outline, section_id: str | None, run_in: bool) -> RunInCommand | None:
    """连排 on or off for a section; None when it already is so (or nothing is selected)."""
    if section_id is None or model.section(section_id).run_in == run_in:
        return None
    return RunInCommand(model, section_id, run_in)


def budget_command(
    model: Outline, section_id: str | None, budget: int | None
) -> BudgetCommand | None:
    """A 字数上限 for a section (0 or None: none); None when it already is so."""
    budget = budget if budget is not None and budget > 0 else None
    if section_id is None or model.section(section_id).budget == budget:
        return None
    return BudgetCommand(model, section_id, budget)


def move_up_command(model: Outline, section_id: str | None) -> MoveCommand | None:
    if section_id is None or model.row_of(section_id) == 0:
        return None
    parent_id = model.parent_id(section_id)
    return MoveCommand(
        model,
        section_id,
        parent_id,
        model.row_of(section_id) - 1,
        QCoreApplication.translate("SectionTree", "上移"),
    )


def move_down_command(model: Outline, section_id: str | None) -> MoveCommand | None:
    if section_id is None:
        return None
    parent_id, row = model.parent_id(section_id), model.row_of(section_id)
    if row + 1 >= len(model.children_of(parent_id)):
        return None
    return MoveCommand(
        model, section_id, parent_id, row + 2, QCoreApplication.translate("SectionTree", "下移")
    )


def indent_command(model: Outline, section_id: str | None) -> MoveCommand | None:
    """降级: become the last subsection of the section above."""
    if section_id is None or model.row_of(section_id) == 0:
        return None
    siblings = model.children_of(model.parent_id(section_id))
    new_parent = siblings[model.row_of(section_id) - 1]
    return MoveCommand(
        model,
        section_id,
        new_parent.id,
        len(new_parent.children),
        QCoreApplication.translate("SectionTree", "降级"),
    )


def outdent_command(model: Outline, section_id: str | None) -> MoveCommand | None:
    """升级: become the section right after the current parent."""
    if section_id is None:
        return None
    parent_id = model.parent_id(section_id)
    if parent_id is None:
        return None
    grandparent_id = model.parent_id(parent_id)
    return MoveCommand(
        model,
        section_id,
        grandparent_id,
        model.row_of(parent_id) + 1,
        QCoreApplication.translate("SectionTree", "升级"),
    )


def level_style_command(model: Outline, level: int, style: NumberStyle) -> LevelStyleCommand | None:
    numbering = model.draft().numbering
    current = numbering[level] if level < len(numbering) else NumberStyle.NONE
    return LevelStyleCommand(model, level, style) if current != style else None


def move_many(model: Outline, ids: list[str], parent_id: str | None, row: int) -> None:
    """Move sections (in this order) so they sit together at row among parent's children.

    The place is kept as "before the first sibling not being moved", so it stays right
    while earlier sections leave the same list. Several moves form one undo step.
    """
    moving = set(ids)
    anchor = next((s.id for s in model.children_of(parent_id)[row:] if s.id not in moving), None)
    stack = model.undo_stack()
    macro_open = False
    try:
        for section_id in ids:
            target = model.row_of(anchor) if anchor else len(model.children_of(parent_id))
            if _is_noop_move(model, section_id, parent_id, target):
                continue
            if stack is not None and len(ids) > 1 and not macro_open:
                stack.beginMacro(QCoreApplication.translate("SectionTree", "移动"))
                macro_open = True
            model.push(MoveCommand(model, section_id, parent_id, target))
    finally:
        if macro_open and stack is not None:
            stack.endMacro()


def _is_noop_move(model: Outline, section_id: str, parent_id: str | None, row: int) -> bool:
    return model.parent_id(section_id) == parent_id and row in (
        model.row_of(section_id),
        model.row_of(section_id) + 1,
    )
