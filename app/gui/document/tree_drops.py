"""Drag and drop in the outline: the part of the outline model (SectionTreeModel) that
Qt's views call to drag sections and drop them elsewhere in the tree.

A drag carries section ids only (section_mime), so it moves sections and never copies
their text. A drop is judged by `ids_to_drop` and becomes one undo step ("移动") through
the model's `move_dropped`. removeRows is deliberately NOT implemented: QAbstractItemView,
after a successful MoveAction drag, calls removeRows on the source rows. The move already
happened in dropMimeData, so the base class's "return False" keeps the section alive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from app.core.model import Draft
from app.gui.document.section_mime import (
    SECTION_MIME,
    encode_section_ids,
    ids_to_drop,
    top_level_only,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class SectionDrops(QAbstractItemModel):
    """The drag-and-drop methods; the model below provides the look-ups and the move."""

    # -- what the model provides ---------------------------------------------------------

    def draft(self) -> Draft:
        raise NotImplementedError

    def id_for_index(self, index: AnyIndex) -> str | None:
        raise NotImplementedError

    def has_section(self, section_id: str) -> bool:
        raise NotImplementedError

    def is_descendant_or_self(self, section_id: str, ancestor_id: str) -> bool:
        raise NotImplementedError

    def move_dropped(self, ids: list[str], parent_id: str | None, row: int) -> None:
        raise NotImplementedError

    # -- Qt's drag and drop ----------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [SECTION_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = {self.id_for_index(i) for i in indexes if i.column() == 0}
        ids.discard(None)
        return encode_section_ids(s.id for s in self.draft().walk() if s.id in ids)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return ids_to_drop(self, data, action, row, column, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Move the dragged sections to (parent, row); one undo step ("移动")."""
        ids = ids_to_drop(self, data, action, row, column, parent)
        if ids is None:
            return False
        parent_id = self.id_for_index(parent)
        if row < 0:
            row = self.rowCount(parent)
        self.move_dropped(self.top_level_only(ids), parent_id, row)
        return True

    def top_level_only(self, ids: Iterable[str]) -> list[str]:
        return top_level_only(ids, self.is_descendant_or_self)
