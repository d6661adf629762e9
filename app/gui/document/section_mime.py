"""The clipboard/drag format of the outline: section ids only, so a drag moves sections
and never copies their text."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

SECTION_MIME = "application/x-zongjie-section-ids"


def encode_section_ids(ids: Iterable[str]) -> QMimeData:
    """Mime data carrying only section ids: a drag moves sections, it never copies text."""
    data = QMimeData()
    data.setData(SECTION_MIME, json.dumps(list(ids)).encode("utf-8"))
    return data


def decode_section_ids(data: QMimeData | None) -> list[str] | None:
    """The ids in our mime data, or None when it is not ours or is malformed."""
    if data is None or not data.hasFormat(SECTION_MIME):
        return None
    try:
        ids = json.loads(bytes(data.data(SECTION_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return None
    return ids


class DropTarget(Protocol):
    """The look-ups of the outline model a drop is judged by."""

    def id_for_index(self, index: QModelIndex | QPersistentModelIndex) -> str | None: ...
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ...) -> int: ...  # noqa: N802
    def has_section(self, section_id: str) -> bool: ...
    def is_descendant_or_self(self, section_id: str, ancestor_id: str) -> bool: ...


def ids_to_drop(
    model: DropTarget,
    data: QMimeData,
    action: Qt.DropAction,
    row: int,
    column: int,
    parent: QModelIndex | QPersistentModelIndex,
) -> list[str] | None:
    """The section ids a drop would move, or None when the drop must be refused: not a
    move, not ours, an unknown section, a bad place, or a section into itself or below."""
    if action != Qt.DropAction.MoveAction or column > 0:
        return None
    if parent.isValid() and (parent.column() != 0 or model.id_for_index(parent) is None):
        return None
    if row > model.rowCount(parent):
        return None
    ids = decode_section_ids(data)
    if not ids or not all(model.has_section(i) for i in ids):
        return None
    target = model.id_for_index(parent)
    if target is not None and any(model.is_descendant_or_self(target, i) for i in ids):
        return None
    return ids


def top_level_only(ids: Iterable[str], is_below: Callable[[str, str], bool]) -> list[str]:
    """Drop ids whose ancestor is also listed (moving the ancestor moves them too)."""
    chosen = list(dict.fromkeys(ids))
    return [i for i in chosen if not any(o != i and is_below(i, o) for o in chosen)]
