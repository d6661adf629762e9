"""The draft file: JSON, UTF-8, versioned, validated on load, written atomically.

Format (version 2), documented in README.md and resources/schema/draft-v2.schema.json:

    {"format": "zongjie-draft", "version": 2,
     "meta": {"title": "", "subtitle": "", "author": "", "date": "", "attachments": [],
              "recipient": "" (主送机关, optional), "doc_number": "" (发文字号, optional)},
     "numbering": ["cn-dun", "cn-paren", "num-dot", "num-paren"],
     "intro": [BLOCK, ...],
     "sections": [SECTION, ...],
     "appendices": [{"id": "…", "title": "…", "intro": [BLOCK, ...], "sections": [...]}]}

    SECTION = {"id": "…", "heading": "…", "body": [BLOCK, ...], "children": [SECTION, ...],
               "run_in": false, "budget": null, "comments": [COMMENT, ...]}

A BLOCK is a PARAGRAPH or a TABLE. A PARAGRAPH is a plain string, or
{"runs": [{"text": "…", "bold": true, ...}]} when it carries formatting; plain strings keep
the file readable and saving fast. A TABLE is {"id": "…", "caption": "表1 …",
"header_rows": 1, "col_widths": [2000, ...], "rows": [[CELL, ...], ...]}, a full grid; a
CELL is a string (one plain paragraph, "" an empty cell) or {"paragraphs": [PARAGRAPH, ...],
"col_span": 2, "row_span": 1} or {"covered": true} for a position a merge covers. A COMMENT
is {"id", "author", "date" (ISO 8601), "text", "paragraph" (index into body, null for the
heading), "start", "end", "quote", "resolved", "replies": [COMMENT, ...]}. Empty
"comments", "appendices", "caption", "col_widths" are left out.

Version 1 (no tables, comments or appendices) is a subset: its migration only renumbers.

Loading never changes the file. A file written by an older version is migrated in
memory (MIGRATIONS) and written in the current version on the next save.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.draftreader import draft_from_dict
from app.core.draftvalues import (
    BAD_CHAR,
    DECODER,
    RUN_FLAGS,
    Invalid,
    OverLimit,
    integer,
    may_hold_bad_char,
)
from app.core.errors import (
    DamagedJsonError,
    DraftLimitError,
    EmptyFileError,
    NewerVersionError,
    NotADraftError,
    SchemaError,
)
from app.core.fileio import BACKUP_SUFFIX, atomic_write, read_bytes
from app.core.limits import DRAFT_MAX_BYTES, DRAFT_MAX_DEPTH, DRAFT_MAX_STRING_CHARS
from app.core.model import Appendix, Block, Cell, Comment, Draft, Paragraph, Section, Table

FORMAT_NAME = "zongjie-draft"
CURRENT_VERSION = 2
MAX_DRAFT_BYTES = DRAFT_MAX_BYTES  # a 100-page summary is ~0.2 MB (app/core/limits.py)


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 added tables, comments and appendices; a version-1 body (paragraphs only)
    is already a valid version-2 body, so nothing changes but the version (set by the loop)."""
    return data


# MIGRATIONS[n] turns a version-n document (a dict) into a version-(n+1) document.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


# -- serialising ------------------------------------------------------------------


def _paragraph_to_json(paragraph: Paragraph) -> str | dict[str, Any]:
    if paragraph.is_plain:
        return paragraph.text
    runs = []
    for run in paragraph.runs:
        item: dict[str, Any] = {"text": run.text}
        for flag in RUN_FLAGS:
            if getattr(run, flag):
                item[flag] = True
        runs.append(item)
    return {"runs": runs}


def _cell_to_json(cell: Cell) -> str | dict[str, Any]:
    if cell.covered:
        return {"covered": True}
    paragraphs = cell.paragraphs
    if cell.col_span == 1 and cell.row_span == 1:
        if not paragraphs:
            return ""
        if len(paragraphs) == 1 and paragraphs[0].runs and paragraphs[0].is_plain:
            return paragraphs[0].text
    item: dict[str, Any] = {"paragraphs": [_paragraph_to_json(p) for p in paragraphs]}
    if cell.col_span != 1:
        item["col_span"] = cell.col_span
    if cell.row_span != 1:
        item["row_span"] = cell.row_span
    return item


def _table_to_json(table: Table) -> dict[str, Any]:
    item: dict[str, Any] = {"id": table.id}
    if table.caption:
        item["caption"] = table.caption
    item["header_rows"] = table.header_rows
    if table.col_widths:
        item["col_widths"] = list(table.col_widths)
    item["rows"] = [[_cell_to_json(c) for c in row] for row in table.rows]
    return item


def _blocks_to_json(blocks: list[Block]) -> list[str | dict[str, Any]]:
    return [_table_to_json(b) if isinstance(b, Table) else _paragraph_to_json(b) for b in blocks]


def _comment_to_json(comment: Comment) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": comment.id,
        "author": comment.author,
        "date": comment.date,
        "text": comment.text,
        "paragraph": comment.paragraph,
        "start": comment.start,
        "end": comment.end,
        "quote": comment.quote,
    }
    if comment.resolved:
        item["resolved"] = True
    if comment.replies:
        item["replies"] = [_comment_to_json(r) for r in comment.replies]
    return item


def _section_to_json(section: Section) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": section.id,
        "heading": section.heading,
        "body": _blocks_to_json(section.body),
        "children": [_section_to_json(c) for c in section.children],
    }
    if section.run_in:
        item["run_in"] = True
    if section.budget is not None:
        item["budget"] = section.budget
    if section.comments:
        item["comments"] = [_comment_to_json(c) for c in section.comments]
    return item


def _appendix_to_json(appendix: Appendix) -> dict[str, Any]:
    return {
        "id": appendix.id,
        "title": appendix.title,
        "intro": _blocks_to_json(appendix.intro),
        "sections": [_section_to_json(s) for s in appendix.sections],
    }


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    meta = draft.meta
    meta_data: dict[str, Any] = {
        "title": meta.title,
        "subtitle": meta.subtitle,
        "author": meta.author,
        "date": meta.date,
        "attachments": list(meta.attachments),
    }
    # Optional in version 2: written only when set, so a draft without them is the file
    # it always was.
    if meta.recipient:
        meta_data["recipient"] = meta.recipient
    if meta.doc_number:
        meta_data["doc_number"] = meta.doc_number
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": CURRENT_VERSION,
        "meta": meta_data,
        "numbering": [s.value for s in draft.numbering],
        "intro": _blocks_to_json(draft.intro),
        "sections": [_section_to_json(s) for s in draft.sections],
    }
    if draft.appendices:
        data["appendices"] = [_appendix_to_json(a) for a in draft.appendices]
    return data


def dumps(draft: Draft) -> bytes:
    """The file's bytes: indented so a person (or a diff) can read it.

    Never a file the reader refuses: characters that neither UTF-8 nor Word can hold (a
    lone surrogate, C0 controls other than tab and line breaks, U+FFFE/U+FFFF: pasted
    debris, never text a person typed) are written as U+FFFD and left out respectively,
    so a save never fails on them and the rest of the text is kept. A valid draft skips
    this with a few substring searches of the finished text.
    """
    data = draft_to_dict(draft)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if may_hold_bad_char(text) and any(mark in text for mark in _ESCAPEDBAD_CHAR_MARKS):
        text = json.dumps(_cleaned(data), ensure_ascii=False, indent=1)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: json leaves it raw with ensure_ascii=False
        return json.dumps(_cleaned(data), ensure_ascii=False, indent=1).encode("utf-8")


# How the characters of BAD_CHAR look in json.dumps(ensure_ascii=False) output (a match
# may be a false alarm, e.g. a backslash before "u00" in the text; _cleaned then finds
# nothing to change). Surrogates stay raw and fail the encoding instead.
_ESCAPEDBAD_CHAR_MARKS = ("\\u00", "\\b", "\\f", "\ufffe", "\uffff")


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return BAD_CHAR.sub(_replacement, value)
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    if isinstance(value, dict):
        return {k: _cleaned(v) for k, v in value.items()}
    return value


def _replacement(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else ""


def save_draft(draft: Draft, path: Path) -> str | None:
    """Write atomically; the previous file is kept as NAME.bak. Returns None, or a
    message when the draft was saved but its backup could not be kept (nothing lost)."""
    return atomic_write(Path(path), dumps(draft))


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Bring a document of any supported version up to CURRENT_VERSION (in memory)."""
    try:
        version = integer(data.get("version"))
    except OverLimit as exc:
        raise DraftLimitError(path, "version", exc.problem) from None
    if version is None or version < 1:
        raise SchemaError(path, "version", "应为正整数")
    if version > CURRENT_VERSION:
        raise NewerVersionError(path, version, CURRENT_VERSION)
    while version < CURRENT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaError(path, "version", f"无法从版本 {version} 升级")
        data = step(data)
        version += 1
        data["version"] = version
    return data


def existing_backup(path: Path) -> Path | None:
    """The draft's backup NAME.bak when there is one (a file), for messages; else None."""
    backup = Path(path).with_name(Path(path).name + BACKUP_SUFFIX)
    try:
        return backup if backup.is_file() else None
    except OSError:
        return None


def loads(raw: bytes, path: Path) -> Draft:
    """Parse and validate a draft file's bytes; every failure is a typed DraftLoadError."""
    if not raw.strip():
        raise EmptyFileError(path, existing_backup(path))
    if b"\x00" in raw[:4096]:
        raise NotADraftError(path, "这是二进制文件")
    if raw.startswith(codecs.BOM_UTF8):  # Notepad adds one; utf-8-sig decoding is slower
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise NotADraftError(path, "不是 UTF-8 文本") from None
    try:
        data = DECODER.decode(text)
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith(("{", "[")):
            raise NotADraftError(path, "不是 JSON 格式") from None
        raise DamagedJsonError(path, exc.lineno, exc.colno, existing_backup(path)) from None
    except OverLimit as exc:
        raise DraftLimitError(path, "", f"有一个整数{exc.problem}") from None
    except RecursionError:
        raise DraftLimitError(
            path, "", f"嵌套层数过多，超过上限（小节最多嵌套 {DRAFT_MAX_DEPTH} 层）"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise NotADraftError(path, "缺少草稿格式标记")
    data = migrate(data, path)
    # Only a file this long can hold a string over the limit, and only one with an escape
    # (or a raw U+FFFE/U+FFFF) a character Word cannot hold: others skip those searches.
    strict = len(text) > DRAFT_MAX_STRING_CHARS or may_hold_bad_char(text)
    try:
        return draft_from_dict(data, strict=strict)
    except OverLimit as exc:
        raise DraftLimitError(path, exc.where, exc.problem) from None
    except Invalid as exc:
        raise SchemaError(path, exc.where, exc.problem) from None


def load_draft(path: Path) -> Draft:
    path = Path(path)
    return loads(read_bytes(path, limit=MAX_DRAFT_BYTES), path)
