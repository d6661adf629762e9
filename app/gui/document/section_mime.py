"""The clipboard/drag format of the outline: section ids only, so a drag moves sections
and never copies their text."""

from __future__ import annotations

import json
from collections.abc import Iterable

from PySide6.QtCore import QMimeData

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
