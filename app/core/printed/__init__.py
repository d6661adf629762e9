"""One model of the printed document, which the .docx writer and the paginator both consume.

    from app.core.printed import printed_document
    blocks = printed_document(draft)   # PrintedBlock → PrintedRun, roles as Role

- model: the values (Role, Align, Face, Change, PrintedRun, PrintedBlock).
- build: the draft as printed blocks with the placement rules R1 and R2.
"""

from __future__ import annotations

from app.core.printed.build import printed_document
from app.core.printed.model import (
    Align,
    Change,
    ChangeKind,
    Face,
    PrintedBlock,
    PrintedRun,
    Role,
)

__all__ = [
    "Align",
    "Change",
    "ChangeKind",
    "Face",
    "PrintedBlock",
    "PrintedRun",
    "Role",
    "printed_document",
]
