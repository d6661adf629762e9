"""The draft file: JSON, UTF-8, versioned, validated on load, written atomically.

Format (version 1), documented in README.md and resources/schema/draft-v1.schema.json:

    {"format": "zongjie-draft", "version": 1,
     "meta": {"title": "", "subtitle": "", "author": "", "date": "", "attachments": []},
     "numbering": ["cn-dun", "cn-paren", "num-dot", "num-paren"],
     "intro": [PARAGRAPH, ...],
     "sections": [{"id": "…", "heading": "…", "body": [PARAGRAPH, ...],
                   "children": [...], "run_in": false, "budget": null}]}

A PARAGRAPH is a plain string, or {"runs": [{"text": "…", "bold": true, ...}]} when it
carries formatting; plain strings keep the file readable and saving fast.

Loading never changes the file. A file written by an older version is migrated in
memory (MIGRATIONS) and written in the current version on the next save.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import (
    DamagedJsonError,
    EmptyFileError,
    NewerVersionError,
    NotADraftError,
    SchemaError,
)
from app.core.fileio import atomic_write, read_bytes
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.numbering import NumberStyle

FORMAT_NAME = "zongjie-draft"
CURRENT_VERSION = 1
MAX_DRAFT_BYTES = (
    64 * 1024 * 1024
)  # a 100-page summary is ~0.2 MB; anything this big is not a draft

# MIGRATIONS[n] turns a version-n document (a dict) into a version-(n+1) document.
# Version 1 is the first published format, so the chain is empty today; the loader
# already walks it, and tests drive it with a registered step.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

_STYLES = {s.value for s in NumberStyle}
_RUN_FLAGS = ("bold", "italic", "underline")


# -- serialising ------------------------------------------------------------------


def _paragraph_to_json(paragraph: Paragraph) -> str | dict[str, Any]:
    if paragraph.is_plain:
        return paragraph.text
    runs = []
    for run in paragraph.runs:
        item: dict[str, Any] = {"text": run.text}
        for flag in _RUN_FLAGS:
            if getattr(run, flag):
                item[flag] = True
        runs.append(item)
    return {"runs": runs}


def _section_to_json(section: Section) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": section.id,
        "heading": section.heading,
        "body": [_paragraph_to_json(p) for p in section.body],
        "children": [_section_to_json(c) for c in section.children],
    }
    if section.run_in:
        item["run_in"] = True
    if section.budget is not None:
        item["budget"] = section.budget
    return item


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    meta = draft.meta
    return {
        "format": FORMAT_NAME,
        "version": CURRENT_VERSION,
        "meta": {
            "title": meta.title,
            "subtitle": meta.subtitle,
            "author": meta.author,
            "date": meta.date,
            "attachments": list(meta.attachments),
        },
        "numbering": [s.value for s in draft.numbering],
        "intro": [_paragraph_to_json(p) for p in draft.intro],
        "sections": [_section_to_json(s) for s in draft.sections],
    }


def dumps(draft: Draft) -> bytes:
    """The file's bytes: indented so a person (or a diff) can read it."""
    return json.dumps(draft_to_dict(draft), ensure_ascii=False, indent=1).encode("utf-8")


def save_draft(draft: Draft, path: Path) -> None:
    """Write atomically; the previous file is kept as NAME.bak."""
    atomic_write(Path(path), dumps(draft))


# -- loading ----------------------------------------------------------------------


class _Invalid(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where, self.problem = where, problem


def _expect(value: Any, kind: type | tuple[type, ...], where: str, what: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Invalid(where, f"应为{what}")
    return value


def _paragraph_from_json(value: Any, where: str) -> Paragraph:
    if isinstance(value, str):
        return Paragraph.plain(value)
    _expect(value, dict, where, "字符串或含 runs 的对象")
    runs_json = _expect(value.get("runs"), list, f"{where}.runs", "列表")
    runs = []
    for i, run in enumerate(runs_json):
        at = f"{where}.runs[{i}]"
        _expect(run, dict, at, "对象")
        text = _expect(run.get("text"), str, f"{at}.text", "字符串")
        flags = [
            bool(_expect(run.get(f, False), bool, f"{at}.{f}", "true 或 false")) for f in _RUN_FLAGS
        ]
        runs.append(Run(text, *flags))
    return Paragraph(runs)


def _paragraphs_from_json(value: Any, where: str) -> list[Paragraph]:
    _expect(value, list, where, "列表")
    return [_paragraph_from_json(p, f"{where}[{i}]") for i, p in enumerate(value)]


def _section_from_json(value: Any, where: str, seen_ids: set[str]) -> Section:
    _expect(value, dict, where, "对象")
    section_id = _expect(value.get("id"), str, f"{where}.id", "字符串")
    if not section_id:
        raise _Invalid(f"{where}.id", "不能为空")
    if section_id in seen_ids:
        raise _Invalid(f"{where}.id", f"与前面的小节重复（{section_id}）")
    seen_ids.add(section_id)
    heading = _expect(value.get("heading"), str, f"{where}.heading", "字符串")
    body = _paragraphs_from_json(value.get("body", []), f"{where}.body")
    children_json = _expect(value.get("children", []), list, f"{where}.children", "列表")
    children = [
        _section_from_json(c, f"{where}.children[{i}]", seen_ids)
        for i, c in enumerate(children_json)
    ]
    run_in = _expect(value.get("run_in", False), bool, f"{where}.run_in", "true 或 false")
    budget = value.get("budget")
    if budget is not None:
        _expect(budget, int, f"{where}.budget", "整数")
        if budget <= 0:
            raise _Invalid(f"{where}.budget", "应为正整数")
    return Section(heading, body, children, run_in, budget, section_id)


def _meta_from_json(value: Any) -> Meta:
    _expect(value, dict, "meta", "对象")
    fields = {}
    for name in ("title", "subtitle", "author", "date"):
        fields[name] = _expect(value.get(name, ""), str, f"meta.{name}", "字符串")
    attachments = _expect(value.get("attachments", []), list, "meta.attachments", "列表")
    for i, name in enumerate(attachments):
        _expect(name, str, f"meta.attachments[{i}]", "字符串")
    return Meta(attachments=list(attachments), **fields)


class _Retry(Exception):
    """The fast reader met something unexpected; the checking reader will say where."""


def _fast_paragraph(value: Any) -> Paragraph:
    if type(value) is str:
        return Paragraph([Run(value)] if value else [])
    if type(value) is not dict or type(runs := value.get("runs")) is not list:
        raise _Retry
    out = []
    for run in runs:
        if type(run) is not dict or type(text := run.get("text")) is not str:
            raise _Retry
        flags = (run.get("bold", False), run.get("italic", False), run.get("underline", False))
        if any(type(flag) is not bool for flag in flags):
            raise _Retry
        out.append(Run(text, *flags))
    return Paragraph(out)


def _fast_section(value: Any, seen: set[str]) -> Section:
    if type(value) is not dict:
        raise _Retry
    get = value.get
    section_id, heading, body, children = (
        get("id"),
        get("heading"),
        get("body", []),
        get("children", []),
    )
    run_in, budget = get("run_in", False), get("budget")
    if (
        type(section_id) is not str
        or not section_id
        or section_id in seen
        or type(heading) is not str
        or type(body) is not list
        or type(children) is not list
        or type(run_in) is not bool
        or (budget is not None and (type(budget) is not int or budget <= 0))
    ):
        raise _Retry
    seen.add(section_id)
    return Section(
        heading,
        [_fast_paragraph(p) for p in body],
        [_fast_section(c, seen) for c in children],
        run_in,
        budget,
        section_id,
    )


def draft_from_dict(data: dict[str, Any]) -> Draft:
    """Build a Draft from a current-version document; raises _Invalid on the first problem.

    A fast reader handles valid files (the common case) without building error paths;
    when it meets anything unexpected, the checking reader runs to name the first problem.
    """
    try:
        seen: set[str] = set()
        sections_json = data.get("sections")
        if type(sections_json) is not list:
            raise _Retry
        sections = [_fast_section(s, seen) for s in sections_json]
        intro_json = data.get("intro", [])
        if type(intro_json) is not list:
            raise _Retry
        numbering = [NumberStyle(s) for s in data.get("numbering", [])]
        return Draft(
            meta=_meta_from_json(data.get("meta", {})),
            numbering=numbering,
            intro=[_fast_paragraph(p) for p in intro_json],
            sections=sections,
        )
    except (_Retry, ValueError, TypeError):
        return _checked_draft_from_dict(data)


def _checked_draft_from_dict(data: dict[str, Any]) -> Draft:
    numbering_json = _expect(data.get("numbering", []), list, "numbering", "列表")
    numbering = []
    for i, style in enumerate(numbering_json):
        if style not in _STYLES:
            raise _Invalid(f"numbering[{i}]", f"未知的编号样式“{style}”")
        numbering.append(NumberStyle(style))
    sections_json = _expect(data.get("sections"), list, "sections", "列表")
    seen: set[str] = set()
    sections = [_section_from_json(s, f"sections[{i}]", seen) for i, s in enumerate(sections_json)]
    return Draft(
        meta=_meta_from_json(data.get("meta", {})),
        numbering=numbering,
        intro=_paragraphs_from_json(data.get("intro", []), "intro"),
        sections=sections,
    )


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Bring a document of any supported version up to CURRENT_VERSION (in memory)."""
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
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


def loads(raw: bytes, path: Path) -> Draft:
    """Parse and validate a draft file's bytes; every failure is a typed DraftLoadError."""
    if not raw.strip():
        raise EmptyFileError(path)
    if b"\x00" in raw[:4096]:
        raise NotADraftError(path, "这是二进制文件")
    if raw.startswith(codecs.BOM_UTF8):  # Notepad adds one; utf-8-sig decoding is slower
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise NotADraftError(path, "不是 UTF-8 文本") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith(("{", "[")):
            raise NotADraftError(path, "不是 JSON 格式") from None
        raise DamagedJsonError(path, exc.lineno, exc.colno) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise NotADraftError(path, "缺少草稿格式标记")
    data = migrate(data, path)
    try:
        return draft_from_dict(data)
    except _Invalid as exc:
        raise SchemaError(path, exc.where, exc.problem) from None


def load_draft(path: Path) -> Draft:
    path = Path(path)
    return loads(read_bytes(path, limit=MAX_DRAFT_BYTES), path)
