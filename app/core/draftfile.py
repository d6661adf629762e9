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
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.errors import (
    DamagedJsonError,
    DraftLimitError,
    EmptyFileError,
    NewerVersionError,
    NotADraftError,
    SchemaError,
)
from app.core.fileio import atomic_write, read_bytes
from app.core.limits import (
    DRAFT_MAX_BYTES,
    DRAFT_MAX_DEPTH,
    DRAFT_MAX_INT_DIGITS,
    DRAFT_MAX_PARAGRAPHS,
    DRAFT_MAX_RUNS,
    DRAFT_MAX_SECTIONS,
    DRAFT_MAX_STRING_CHARS,
)
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.numbering import NumberStyle

FORMAT_NAME = "zongjie-draft"
CURRENT_VERSION = 1
MAX_DRAFT_BYTES = DRAFT_MAX_BYTES  # a 100-page summary is ~0.2 MB (app/core/limits.py)

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
    """The file's bytes: indented so a person (or a diff) can read it.

    Never a file the reader refuses: characters that neither UTF-8 nor Word can hold (a
    lone surrogate, C0 controls other than tab and line breaks, U+FFFE/U+FFFF: pasted
    debris, never text a person typed) are written as U+FFFD and left out respectively,
    so a save never fails on them and the rest of the text is kept. A valid draft skips
    this with a few substring searches of the finished text.
    """
    data = draft_to_dict(draft)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if _may_hold_bad_char(text) and any(mark in text for mark in _ESCAPED_BAD_CHAR_MARKS):
        text = json.dumps(_cleaned(data), ensure_ascii=False, indent=1)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: json leaves it raw with ensure_ascii=False
        return json.dumps(_cleaned(data), ensure_ascii=False, indent=1).encode("utf-8")


# How the characters of _BAD_CHAR look in json.dumps(ensure_ascii=False) output (a match
# may be a false alarm, e.g. a backslash before "u00" in the text; _cleaned then finds
# nothing to change). Surrogates stay raw and fail the encoding instead.
_ESCAPED_BAD_CHAR_MARKS = ("\\u00", "\\b", "\\f", "\ufffe", "\uffff")


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return _BAD_CHAR.sub(_replacement, value)
    if isinstance(value, list):
        return [_cleaned(v) for v in value]
    if isinstance(value, dict):
        return {k: _cleaned(v) for k, v in value.items()}
    return value


def _replacement(match: re.Match[str]) -> str:
    return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else ""


def save_draft(draft: Draft, path: Path) -> None:
    """Write atomically; the previous file is kept as NAME.bak."""
    atomic_write(Path(path), dumps(draft))


# -- loading ----------------------------------------------------------------------
#
# One reader: it checks every value against the format (the same rules as the published
# schema, plus unique ids and the limits in app/core/limits.py) while it builds the model.
# It does not spell out where it is on the way down; a problem is raised with its own key
# and every level it passes on the way up adds its own (`sections` `[1]` `heading`), so a
# valid file costs no more than a bare type check and a refusal still names the path.


class _Invalid(Exception):
    """A problem at a place in the document; the place is filled in as it propagates."""

    def __init__(self, problem: str, *inner: str | int) -> None:
        super().__init__(problem)
        self.problem = problem
        self._outward: list[str | int] = list(reversed(inner))

    def at(self, *outer: str | int) -> _Invalid:
        self._outward.extend(reversed(outer))
        return self

    @property
    def where(self) -> str:
        out = ""
        for key in reversed(self._outward):
            out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
        return out or "文件"


class _OverLimit(_Invalid):
    """A value over one of the limits in app/core/limits.py."""


_ROOT_KEYS = frozenset(("format", "version", "meta", "numbering", "intro", "sections"))
_META_KEYS = frozenset(("title", "subtitle", "author", "date", "attachments"))
_SECTION_KEYS = frozenset(("id", "heading", "body", "children", "run_in", "budget"))
_RUN_KEYS = frozenset(("text", *_RUN_FLAGS))
_PARAGRAPH_KEYS = frozenset(("runs",))
_STYLE_OF = {s.value: s for s in NumberStyle}

# Word (XML 1.0) cannot hold C0 control characters other than tab, line feed and carriage
# return, nor U+FFFE/U+FFFF; UTF-8 cannot hold a lone surrogate. In a file that json reads,
# the first two kinds and surrogates can only come from an escape (raw control characters
# are a JSON error), U+FFFE/U+FFFF also raw: only a file with one of these is searched.
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _may_hold_bad_char(text: str) -> bool:
    # Single-character searches: tens of microseconds for a 100-page draft.
    return "\\" in text or "\ufffe" in text or "\uffff" in text


_BIGGEST_INT = 10**DRAFT_MAX_INT_DIGITS


def _shown(value: Any) -> str:
    """A value as a message may quote it: short, on one line, printable in any encoding."""
    text = value if type(value) is str else json.dumps(value, ensure_ascii=False)[:40]
    if len(text) > 20:
        text = text[:20] + "…"
    return _UNSHOWABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# Control characters, line and paragraph separators (str.splitlines breaks at several of
# them), surrogates and non-characters.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def _bad_char_problem(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return f"含有无法保存的字符（单独的代理码位 {code}）"
    return f"含有 Word 文件不能容纳的控制字符 {code}"


def _unknown_key(value: dict[str, Any], allowed: frozenset[str]) -> _Invalid:
    key = next(k for k in value if k not in allowed)
    return _Invalid(f"有未知的字段“{_shown(key)}”")


def _integer(value: Any) -> int | None:
    """An integer of the file (1 and 1.0 are the same JSON number); None when it is not."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int:
        return None
    if not -_BIGGEST_INT < value < _BIGGEST_INT:
        raise _OverLimit(f"超过 {DRAFT_MAX_INT_DIGITS} 位整数的上限")
    return value


class _Reader:
    """Reads one document; counts what it has read against the limits."""

    __slots__ = ("seen", "sections", "paragraphs", "runs", "strict")

    def __init__(self, strict: bool) -> None:
        self.seen: set[str] = set()
        self.sections = self.paragraphs = self.runs = 0
        # Check every string's length and characters (a file that may hold long strings or
        # characters Word cannot hold); otherwise only their types are checked.
        self.strict = strict

    def text(self, value: Any, what: str = "字符串") -> str:
        if type(value) is not str:
            raise _Invalid(f"应为{what}")
        if self.strict:
            if len(value) > DRAFT_MAX_STRING_CHARS:
                raise _OverLimit(f"超过 {DRAFT_MAX_STRING_CHARS} 字的上限")
            if bad := _BAD_CHAR.search(value):
                raise _Invalid(_bad_char_problem(bad.group()))
        return value

    def draft(self, data: dict[str, Any]) -> Draft:
        if not data.keys() <= _ROOT_KEYS:
            raise _unknown_key(data, _ROOT_KEYS)
        numbering = self.numbering(data.get("numbering", []))
        if "sections" not in data:
            raise _Invalid("缺少（应为列表）", "sections")
        try:
            sections = self.section_list(data["sections"], 1)
        except _Invalid as exc:
            raise exc.at("sections") from None
        meta = self.meta(data.get("meta", {}))
        try:
            intro = self.paragraph_list(data.get("intro", []))
        except _Invalid as exc:
            raise exc.at("intro") from None
        return Draft(meta=meta, numbering=numbering, intro=intro, sections=sections)

    def numbering(self, value: Any) -> list[NumberStyle]:
        if type(value) is not list:
            raise _Invalid("应为列表", "numbering")
        styles = []
        for i, name in enumerate(value):
            style = _STYLE_OF.get(name) if type(name) is str else None
            if style is None:
                raise _Invalid(f"未知的编号样式“{_shown(name)}”", "numbering", i)
            styles.append(style)
        return styles

    def meta(self, value: Any) -> Meta:
        if type(value) is not dict:
            raise _Invalid("应为对象", "meta")
        if not value.keys() <= _META_KEYS:
            raise _unknown_key(value, _META_KEYS).at("meta")
        fields = {}
        for key in ("title", "subtitle", "author", "date"):
            try:
                fields[key] = self.text(value.get(key, ""))
            except _Invalid as exc:
                raise exc.at("meta", key) from None
        attachments = value.get("attachments", [])
        if type(attachments) is not list:
            raise _Invalid("应为列表", "meta", "attachments")
        for i, name in enumerate(attachments):
            try:
                self.text(name)
            except _Invalid as exc:
                raise exc.at("meta", "attachments", i) from None
        return Meta(attachments=list(attachments), **fields)

    def section_list(self, value: Any, depth: int) -> list[Section]:
        if type(value) is not list:
            raise _Invalid("应为列表")
        if not value:
            return []
        if depth > DRAFT_MAX_DEPTH:
            raise _OverLimit(f"小节嵌套超过 {DRAFT_MAX_DEPTH} 层的上限")
        self.sections += len(value)
        if self.sections > DRAFT_MAX_SECTIONS:
            raise _OverLimit(f"小节总数超过 {DRAFT_MAX_SECTIONS} 个的上限")
        out = []
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007 (i names the place of a problem)
                out.append(self.section(item, depth))
        except _Invalid as exc:
            raise exc.at(i) from None
        return out

    def section(self, value: Any, depth: int) -> Section:
        if type(value) is not dict:
            raise _Invalid("应为对象")
        if not value.keys() <= _SECTION_KEYS:
            raise _unknown_key(value, _SECTION_KEYS)
        get = value.get
        key = "id"
        try:
            section_id = self.text(get("id"))
            if not section_id:
                raise _Invalid("不能为空")
            if section_id in self.seen:
                raise _Invalid(f"与前面的小节重复（{_shown(section_id)}）")
            self.seen.add(section_id)
            key = "heading"
            heading = self.text(get("heading"))
            key = "body"
            body = self.paragraph_list(get("body", []))
            key = "children"
            children = self.section_list(get("children", []), depth + 1)
            key = "run_in"
            run_in = get("run_in", False)
            if type(run_in) is not bool:
                raise _Invalid("应为 true 或 false")
            key = "budget"
            budget = get("budget")
            if budget is not None:
                budget = _integer(budget)
                if budget is None:
                    raise _Invalid("应为整数")
                if budget <= 0:
                    raise _Invalid("应为正整数")
        except _Invalid as exc:
            raise exc.at(key) from None
        return Section(heading, body, children, run_in, budget, section_id)

    def paragraph_list(self, value: Any) -> list[Paragraph]:
        if type(value) is not list:
            raise _Invalid("应为列表")
        self.paragraphs += len(value)
        if self.paragraphs > DRAFT_MAX_PARAGRAPHS:
            raise _OverLimit(f"段落总数超过 {DRAFT_MAX_PARAGRAPHS} 段的上限")
        out: list[Paragraph] = []
        append = out.append
        strict = self.strict
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007 (i names the place of a problem)
                if type(item) is str:
                    if strict:
                        self.text(item)
                    append(Paragraph([Run(item)] if item else []))
                else:
                    append(self.formatted(item))
        except _Invalid as exc:
            raise exc.at(i) from None
        return out

    def formatted(self, value: Any) -> Paragraph:
        if type(value) is not dict:
            raise _Invalid("应为字符串或含 runs 的对象")
        if not value.keys() <= _PARAGRAPH_KEYS:
            raise _unknown_key(value, _PARAGRAPH_KEYS)
        runs_json = value.get("runs")
        if type(runs_json) is not list:
            raise _Invalid("应为列表", "runs")
        self.runs += len(runs_json)
        if self.runs > DRAFT_MAX_RUNS:
            raise _OverLimit(f"格式片段总数超过 {DRAFT_MAX_RUNS} 个的上限", "runs")
        runs = []
        i = 0
        try:
            for i, run in enumerate(runs_json):  # noqa: B007
                runs.append(self.run(run))
        except _Invalid as exc:
            raise exc.at("runs", i) from None
        return Paragraph(runs)

    def run(self, value: Any) -> Run:
        if type(value) is not dict:
            raise _Invalid("应为对象")
        if not value.keys() <= _RUN_KEYS:
            raise _unknown_key(value, _RUN_KEYS)
        try:
            text = self.text(value.get("text"))
        except _Invalid as exc:
            raise exc.at("text") from None
        flags = []
        for key in _RUN_FLAGS:
            flag = value.get(key, False)
            if type(flag) is not bool:
                raise _Invalid("应为 true 或 false", key)
            flags.append(flag)
        return Run(text, *flags)


def draft_from_dict(data: dict[str, Any], *, strict: bool = True) -> Draft:
    """Build a Draft from a current-version document; raises _Invalid on the first problem.

    `strict=False` skips the length and character search of each string, for a document
    whose source shows it cannot hold such a string (see `loads`); the checks of types,
    keys, ids, counts and depth always run.
    """
    return _Reader(strict).draft(data)


def _parse_int(digits: str) -> int:
    # json would raise a bare ValueError past Python's 4,300 digits; stop far earlier.
    if len(digits) - digits.startswith("-") > DRAFT_MAX_INT_DIGITS:
        raise _OverLimit(f"超过 {DRAFT_MAX_INT_DIGITS} 位整数的上限")
    return int(digits)


_DECODER = json.JSONDecoder(parse_int=_parse_int)


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """Bring a document of any supported version up to CURRENT_VERSION (in memory)."""
    try:
        version = _integer(data.get("version"))
    except _OverLimit as exc:
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
        data = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        if not text.lstrip().startswith(("{", "[")):
            raise NotADraftError(path, "不是 JSON 格式") from None
        raise DamagedJsonError(path, exc.lineno, exc.colno) from None
    except _OverLimit as exc:
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
    strict = len(text) > DRAFT_MAX_STRING_CHARS or _may_hold_bad_char(text)
    try:
        return draft_from_dict(data, strict=strict)
    except _OverLimit as exc:
        raise DraftLimitError(path, exc.where, exc.problem) from None
    except _Invalid as exc:
        raise SchemaError(path, exc.where, exc.problem) from None


def load_draft(path: Path) -> Draft:
    path = Path(path)
    return loads(read_bytes(path, limit=MAX_DRAFT_BYTES), path)
