"""SectionTreeModel: the Qt item model over the core `Draft`'s section tree.

The core `Draft` stays the single source of truth. This model is the part of the
document layer that changes it: structure through the Draft's own operations
(insert/delete/rename/move, numbering), 连排 through `set_run_in`, the 字数上限 through
`set_budget`, text through app.core.edits (`write_body` for typing, `apply_edits` for
全部替换, fixes and 文档信息).
Each edit announces itself to Qt (begin/end calls, `dataChanged` for the numbers that
change as a consequence) and emits `draftEdited` once the rows and numbers are up to
date. Callers reach it through the DraftSession, which owns it with the undo stack;
`focusRequested(str)` asks the view to select a section (after an undone delete brings
it back, say). Look-ups by id (`section`, `parent_id`, `row_of`, `level_of`, `number_of`
"（二）", `children_of`, `index_for_id`) are O(1) from the id index (section_index),
rebuilt after each structural change.

Roles: DisplayRole "一、上半年主要工作" (number + heading); EditRole and HEADING_ROLE the bare
heading (F2 edits only the text); SECTION_ID_ROLE; NUMBER_ROLE "一、"; LEVEL_ROLE (0-based);
CHAR_COUNT_ROLE (the section's own 字数), TOTAL_CHAR_COUNT_ROLE (with its subsections, as
the outline shows), BUDGET_ROLE (its 字数上限 or None), COUNT_LABEL_ROLE (the count as the
outline paints it, "共1585字") and OVER_BUDGET_ROLE; ToolTipRole and AccessibleTextRole:
the text with both counts and the budget (the wording: count_labels).
Drag and drop (section ids only, one undo step per drop) is the base class, tree_drops.
Indexes carry a small integer key (internalId) mapped to the section id, not a pointer: a
stale index can never point at a freed Python object.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.edits import Edit, TextChange, apply_edit, set_body
from app.core.model import Block, Draft, Section
from app.core.numbering import NumberStyle, number_at
from app.gui.document.char_counts import CharCounts
from app.gui.document.commands import RenameCommand, move_many
from app.gui.document.count_labels import count_label, count_tooltip, over_budget
from app.gui.document.section_index import SectionIndex
from app.gui.document.section_mime import SECTION_MIME as SECTION_MIME  # re-exported
from app.gui.document.section_mime import encode_section_ids as encode_section_ids
from app.gui.document.tree_drops import SectionDrops

HEADING_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SECTION_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
CHAR_COUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 3
TOTAL_CHAR_COUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 4
NUMBER_ROLE = int(Qt.ItemDataRole.UserRole) + 5
LEVEL_ROLE = int(Qt.ItemDataRole.UserRole) + 6
BUDGET_ROLE = int(Qt.ItemDataRole.UserRole) + 7
COUNT_LABEL_ROLE = int(Qt.ItemDataRole.UserRole) + 8
OVER_BUDGET_ROLE = int(Qt.ItemDataRole.UserRole) + 9

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root; Qt indexes are values, sharing one is safe


class SectionTreeModel(SectionDrops):
    """One-column tree of a Draft's sections; see the module docstring for the API."""

    draftEdited = Signal()
    focusRequested = Signal(str)

    def __init__(self, draft: Draft | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = draft if draft is not None else Draft()
        self._undo_stack: QUndoStack | None = None
        index = self._index = SectionIndex()  # its dictionaries are filled in place
        self._keys, self._ids, self._sections = index.keys, index.ids, index.sections
        self._parents, self._rows, self._levels = index.parents, index.rows, index.levels
        self._counts = CharCounts(self._sections)
        self._reindex()

    # -- the draft ---------------------------------------------------------------

    def draft(self) -> Draft:
        return self._draft

    def setDraft(self, draft: Draft) -> None:
        """Show another draft. Commands on an attached undo stack refer to the old one: cleared."""
        self.beginResetModel()
        self._draft = draft
        self._index.forget_keys()
        self._reindex()
        self.endResetModel()
        if self._undo_stack is not None:
            self._undo_stack.clear()

    def set_undo_stack(self, stack: QUndoStack | None) -> None:
        self._undo_stack = stack

    def undo_stack(self) -> QUndoStack | None:
        return self._undo_stack

    def push(self, command: QUndoCommand) -> None:
        """Run a command through the undo stack, or directly when none is attached."""
        if self._undo_stack is not None:
            self._undo_stack.push(command)
        else:
            command.redo()

    # -- look-ups ------------------------------------------------------------------

    def has_section(self, section_id: str) -> bool:
        return section_id in self._sections

    def section(self, section_id: str) -> Section:
        return self._sections[section_id]

    def parent_id(self, section_id: str) -> str | None:
        parent = self._parents[section_id]
        return parent.id if parent is not None else None

    def row_of(self, section_id: str) -> int:
        return self._rows[section_id]

    def level_of(self, section_id: str) -> int:
        return self._levels[section_id]

    def number_of(self, section_id: str) -> str:
        positions: list[int] = []  # from the section up to the top (a decimal level's path)
        current: str | None = section_id
        while current is not None:
            positions.append(self._rows[current] + 1)
            current = self.parent_id(current)
        return number_at(self._draft.numbering, positions[::-1])

    def children_of(self, parent_id: str | None) -> list[Section]:
        if parent_id is None:
            return self._draft.sections
        return self._sections[parent_id].children

    def is_descendant_or_self(self, section_id: str, ancestor_id: str) -> bool:
        """True when section_id is ancestor_id or lies anywhere below it."""
        current: str | None = section_id
        while current is not None:
            if current == ancestor_id:
                return True
            current = self.parent_id(current)
        return False

    def index_for_id(self, section_id: str | None) -> QModelIndex:
        """The index of a section; invalid for None or an unknown id."""
        if section_id is None or section_id not in self._sections:
            return QModelIndex()
        return self.createIndex(self._rows[section_id], 0, self._keys[section_id])

    def id_for_index(self, index: AnyIndex) -> str | None:
        if not index.isValid():
            return None
        return self._ids.get(index.internalId())

    def section_for_index(self, index: AnyIndex) -> Section | None:
        section_id = self.id_for_index(index)
        return self._sections.get(section_id) if section_id is not None else None

    # -- QAbstractItemModel --------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        siblings = self._children_for_index(parent)
        if siblings is None or row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, self._keys[siblings[row].id])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        section_id = self.id_for_index(index)
        if section_id is None:
            return QModelIndex()
        parent = self._parents.get(section_id)
        return self.index_for_id(parent.id) if parent is not None else QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        siblings = self._children_for_index(parent)
        return len(siblings) if siblings is not None else 0

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: AnyIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        section_id = self.id_for_index(index)
        if section_id is None:
            return None
        role = int(role)
        if role == _DISPLAY:
            heading = self._sections[section_id].heading or self.tr("（无标题）")
            return self.number_of(section_id) + heading
        if role in (_EDIT, HEADING_ROLE):
            return self._sections[section_id].heading
        if role == SECTION_ID_ROLE:
            return section_id
        if role == NUMBER_ROLE:
            return self.number_of(section_id)
        if role == LEVEL_ROLE:
            return self._levels[section_id]
        if role == CHAR_COUNT_ROLE:
            return self._counts.own(section_id)
        if role == TOTAL_CHAR_COUNT_ROLE:
            return self._counts.total(section_id)
        if role == BUDGET_ROLE:
            return self._sections[section_id].budget
        if role == OVER_BUDGET_ROLE:
            return over_budget(self._counts.own(section_id), self._sections[section_id].budget)
        if role in (COUNT_LABEL_ROLE, _TOOLTIP, _ACCESSIBLE):
            return self._count_text(section_id, role)
        return None

    def setData(self, index: AnyIndex, value: object, role: int = _EDIT) -> bool:
        """In-place rename (F2). Goes through the undo stack when one is attached.

        Leading/trailing spaces are trimmed; an empty heading is refused (the old one stays).
        """
        section_id = self.id_for_index(index)
        if section_id is None or int(role) not in (_EDIT, HEADING_ROLE):
            return False
        heading = str(value).strip()
        if not heading:
            return False
        if heading != self._sections[section_id].heading:
            self.push(RenameCommand(self, section_id, heading))
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop (tree_drops) ----------------------------------------------------

    def move_dropped(self, ids: list[str], parent_id: str | None, row: int) -> None:
        move_many(self, ids, parent_id, row)

    # -- edits ---------------------------------------------------------------------

    # Numbers are positional: inserting "二、" in the middle renumbers every later sibling.
    # QAbstractItemModelTester (and views that cache the neighbours of a change) expect an
    # insert or removal to leave the neighbouring rows' data as it was. So a section is
    # inserted at the END of its sibling list (no later sibling to renumber) and then moved
    # into place, and removed the same way round; moves may change data, announced by
    # dataChanged. The draft really passes through these states: the signals stay truthful.

    def insert_section(self, parent_id: str | None, row: int, section: Section) -> None:
        """Insert a section (with its subtree and ids, e.g. restored by undo) at row."""
        clash = [s.id for s in section.walk() if s.id in self._sections]
        if clash:
            raise ValueError(f"section ids already in the draft: {clash}")
        siblings = self.children_of(parent_id)
        end = len(siblings)
        if not 0 <= row <= end:
            raise IndexError(f"row {row} outside 0..{end}")
        self.beginInsertRows(self.index_for_id(parent_id), end, end)
        self._draft.insert(parent_id, end, section)
        self._reindex()
        self.endInsertRows()
        self._counts_changed(parent_id)
        if row < end:
            self._move_rows(section.id, parent_id, row)
        self.draftEdited.emit()

    def remove_section(self, section_id: str) -> tuple[str | None, int, Section]:
        """Remove a section with its subtree; returns (parent_id, row, section) for undo."""
        parent_id, row = self.parent_id(section_id), self._rows[section_id]
        end = len(self.children_of(parent_id))
        if row < end - 1:
            self._move_rows(section_id, parent_id, end)  # last first: see insert_section
        parent = self.index_for_id(parent_id)
        self.beginRemoveRows(parent, end - 1, end - 1)
        _, _, section = self._draft.delete(section_id)
        self._reindex()
        self.endRemoveRows()
        self._counts_changed(parent_id)
        self.draftEdited.emit()
        return parent_id, row, section

    def move_section(
        self, section_id: str, new_parent_id: str | None, row: int
    ) -> tuple[str | None, int]:
        """Move a section with its subtree; returns its old (parent_id, row).

        `row` counts positions among new_parent's children as they are BEFORE the move, the
        convention of Qt's drops and of `Draft.move` (moving row 0 below row 1 is row=2).
        Moving a section into itself or below itself raises ValueError.
        """
        old_place = self.parent_id(section_id), self._rows[section_id]
        if self._move_rows(section_id, new_parent_id, row):
            self.draftEdited.emit()
        return old_place

    def _move_rows(self, section_id: str, new_parent_id: str | None, row: int) -> bool:
        """move_section without draftEdited (insert/remove use it as one of their steps)."""
        old_parent_id, old_row = self.parent_id(section_id), self._rows[section_id]
        if new_parent_id is not None and self.is_descendant_or_self(new_parent_id, section_id):
            raise ValueError("不能把一节移到它自己或它的下级之中")
        siblings = self.children_of(new_parent_id)
        if not 0 <= row <= len(siblings):
            raise IndexError(f"row {row} outside 0..{len(siblings)}")
        if new_parent_id == old_parent_id and row in (old_row, old_row + 1):
            return False  # already there
        old_level = self._levels[section_id]
        src, dst = self.index_for_id(old_parent_id), self.index_for_id(new_parent_id)
        if not self.beginMoveRows(src, old_row, old_row, dst, row):
            raise ValueError(f"Qt refused to move {section_id} to {new_parent_id}:{row}")
        self._draft.move(section_id, new_parent_id, row)
        self._reindex()
        self.endMoveRows()
        self._after_move(section_id, old_parent_id, old_row, old_level)
        return True

    def move_section_to(self, section_id: str, parent_id: str | None, final_row: int) -> None:
        """Move so that the section ends up at final_row among parent's children (for undo)."""
        row = final_row
        if parent_id == self.parent_id(section_id) and final_row > self._rows[section_id]:
            row += 1  # move_section counts rows before the section leaves its place
        self.move_section(section_id, parent_id, row)

    def rename_section(self, section_id: str, heading: str) -> str:
        """Set a heading (without number); returns the previous one."""
        old = self._draft.rename(section_id, heading)
        self.section_changed(section_id)
        return old

    def set_run_in(self, section_id: str, run_in: bool) -> bool:
        """Print the heading run-in with the first paragraph (一是……。正文) or on its own
        line; the only writer of `run_in`. Returns the previous setting."""
        section = self._sections[section_id]
        old, section.run_in = section.run_in, run_in
        row = self._rows[section_id]
        self._emit_rows_changed(self.parent_id(section_id), row, row)
        self.draftEdited.emit()
        return old

    def set_budget(self, section_id: str, budget: int | None) -> int | None:
        """The section's 字数上限 (None: none); the only writer of `budget`. Returns the
        previous one."""
        section = self._sections[section_id]
        old, section.budget = section.budget, budget
        row = self._rows[section_id]
        self._emit_rows_changed(self.parent_id(section_id), row, row)
        self.draftEdited.emit()
        return old

    def set_level_style(self, level: int, style: NumberStyle | str) -> list[NumberStyle]:
        """Number a 0-based level with a style; returns the previous numbering list for undo.

        Levels between the list's end and `level` become unnumbered, which is what they
        already were (levels past the list are not numbered).
        """
        old = list(self._draft.numbering)
        styles = list(old)
        while len(styles) <= level:
            styles.append(NumberStyle.NONE)
        styles[level] = NumberStyle(style)
        self.set_numbering(styles)
        return old

    def set_numbering(self, styles: list[NumberStyle]) -> None:
        """Replace the numbering styles of all levels; every number is refreshed."""
        self._draft.numbering = [NumberStyle(s) for s in styles]
        self._subtree_changed(None)
        self.draftEdited.emit()

    def write_body(self, section_id: str | None, body: list[Block]) -> None:
        """Typing written back to a section's body (None: the intro). Not an undo command:
        the editor's own text history undoes typing (see app.gui.main_window)."""
        set_body(self._draft, section_id, body)
        if section_id is None:
            self.draftEdited.emit()
        else:
            self.section_changed(section_id)

    def apply_edits(self, edits: list[Edit], forward: bool = True) -> None:
        """Put every place of `edits` in its after (or, undoing, its before) state; one
        draftEdited at the end. Sections no longer in the draft are skipped."""
        for edit in edits:
            section_id = edit.section_id if isinstance(edit, TextChange) else None
            if section_id is not None and section_id not in self._sections:
                continue
            apply_edit(self._draft, edit, forward)
            if section_id is not None:
                self._counts.text_changed(section_id)
                self._counts_changed(section_id)
        self.draftEdited.emit()

    def section_changed(self, section_id: str) -> None:
        """The section's heading or body changed: refresh its text and counts, and ancestors'."""
        self._counts.text_changed(section_id)
        self._counts_changed(section_id)
        self.draftEdited.emit()

    # -- internals -----------------------------------------------------------------

    def _children_for_index(self, parent: AnyIndex) -> list[Section] | None:
        if not parent.isValid():
            return self._draft.sections
        section = self.section_for_index(parent)
        return section.children if section is not None else None

    def _reindex(self) -> None:
        """Rebuild the id look-ups after a structural change."""
        self._index.rebuild(self._draft.sections)
        self._counts.structure_changed()

    def _count_text(self, section_id: str, role: int) -> str:
        """The outline's count, or (a screen reader hears the counts as well) the tooltip."""
        section = self._sections[section_id]
        counts = (self._counts.own(section_id), self._counts.total(section_id))
        tables = self._counts.shown_tables(section_id)
        if role == COUNT_LABEL_ROLE:
            return count_label(*counts, bool(section.children), section.budget, tables)
        text = self.data(self.index_for_id(section_id), _DISPLAY)
        tip = count_tooltip(*counts, bool(section.children), section.budget, tables)
        return f"{text}\n{tip}"

    def _emit_rows_changed(self, parent_id: str | None, first: int, last: int) -> None:
        if first > last:
            return
        parent = self.index_for_id(parent_id)
        self.dataChanged.emit(self.index(first, 0, parent), self.index(last, 0, parent))

    def _numbers_changed(self, parent_id: str | None, first: int) -> None:
        """Siblings from `first` on have new numbers (their descendants keep theirs, but
        under a decimal level, whose numbers carry their parents' path: 2.1 → 3.1)."""
        siblings = self.children_of(parent_id)
        self._emit_rows_changed(parent_id, first, len(siblings) - 1)
        if NumberStyle.DECIMAL in self._draft.numbering:
            for sibling in siblings[first:]:
                self._subtree_changed(sibling.id)

    def _counts_changed(self, section_id: str | None) -> None:
        """A section's count changed: it and every ancestor show new totals."""
        current = section_id
        while current is not None:
            self._counts.total_changed(current)
            row = self._rows[current]
            parent_id = self.parent_id(current)
            self._emit_rows_changed(parent_id, row, row)
            current = parent_id

    def _subtree_changed(self, section_id: str | None) -> None:
        """Everything below section_id (or the whole tree for None) shows new numbers."""
        children = self.children_of(section_id)
        self._emit_rows_changed(section_id, 0, len(children) - 1)
        for child in children:
            if child.children:
                self._subtree_changed(child.id)

    def _after_move(
        self, section_id: str, old_parent_id: str | None, old_row: int, old_level: int
    ) -> None:
        new_parent_id, new_row = self.parent_id(section_id), self._rows[section_id]
        if new_parent_id == old_parent_id:
            self._numbers_changed(old_parent_id, min(old_row, new_row))
        else:
            self._numbers_changed(old_parent_id, old_row)
            self._numbers_changed(new_parent_id, new_row)
            self._counts_changed(old_parent_id)
            self._counts_changed(new_parent_id)
        if self._levels[section_id] != old_level:
            self._subtree_changed(section_id)  # a new level means new number styles below
