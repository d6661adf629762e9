"""The draft reader: one validating pass from a parsed draft file to the model.

It checks every value against the format (the same rules as the published schema
resources/schema/draft-v1.schema.json, plus unique ids, characters Word can hold and the
limits of app/core/limits.py) while it builds the model; there is no unchecked fast path
to bypass it. It does not spell out where it is on the way down: a problem is raised with
its own key and every level it passes on the way up adds its own (`sections` `[1]`
`heading`), so a valid file costs no more than a bare type check and a refusal still names
the path. draftfile.loads parses the bytes with DECODER and calls `draft_from_dict`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.core.limits import (
    DRAFT_MAX_DEPTH,
    DRAFT_MAX_INT_DIGITS,
    DRAFT_MAX_PARAGRAPHS,
    DRAFT_MAX_RUNS,
    DRAFT_MAX_SECTIONS,
    DRAFT_MAX_STRING_CHARS,
)
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.numbering import NumberStyle

RUN_FLAGS = ("bold", "italic", "underline")


class Invalid(Exception):
    """A problem at a place in the document; the place is filled in as it propagates."""

    def __init__(self, problem: str, *inner: str | int) -> None:
        super().__init__(problem)
        self.problem = problem
        self._outward: list[str | int] = list(reversed(inner))

    def at(self, *outer: str | int) -> Invalid:
        self._outward.extend(reversed(outer))
        return self

    @property
    def where(self) -> str:
        out = ""
        for key in reversed(self._outward):
            out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
        return out or "文件"


class OverLimit(Invalid):
    """A value over one of the limits in app/core/limits.py."""


_ROOT_KEYS = frozenset(("format", "version", "meta", "numbering", "intro", "sections"))
_META_KEYS = frozenset(("title", "subtitle", "author", "date", "attachments"))
_SECTION_KEYS = frozenset(("id", "heading", "body", "children", "run_in", "budget"))
_RUN_KEYS = frozenset(("text", *RUN_FLAGS))
_PARAGRAPH_KEYS = frozenset(("runs",))
_STYLE_OF = {s.value: s for s in NumberStyle}

# Word (XML 1.0) cannot hold C0 control characters other than tab, line feed and carriage
# return, nor U+FFFE/U+FFFF; UTF-8 cannot hold a lone surrogate. In a file that json reads,
# the first two kinds and surrogates can only come from an escape (raw control characters
# are a JSON error), U+FFFE/U+FFFF also raw: only a file with one of these is searched.
BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def may_hold_bad_char(text: str) -> bool:
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
        return f"含有无法保存的字符（单独的代理码位 {code}），可用文本编辑器删去它"
    kind = "非字符" if char in "\ufffe\uffff" else "控制字符"
    return f"含有 Word 文件不能容纳的{kind} {code}，可用文本编辑器删去它"


def _unknown_key(value: dict[str, Any], allowed: frozenset[str]) -> Invalid:
    key = next(k for k in value if k not in allowed)
    return Invalid(f"有未知的字段“{_shown(key)}”")


def integer(value: Any) -> int | None:
    """An integer of the file (1 and 1.0 are the same JSON number); None when it is not."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is not int:
        return None
    if not -_BIGGEST_INT < value < _BIGGEST_INT:
        raise OverLimit(f"超过 {DRAFT_MAX_INT_DIGITS} 位整数的上限")
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
            raise Invalid(f"应为{what}")
        if self.strict:
            if len(value) > DRAFT_MAX_STRING_CHARS:
                raise OverLimit(f"超过 {DRAFT_MAX_STRING_CHARS} 字的上限")
            if bad := BAD_CHAR.search(value):
                raise Invalid(_bad_char_problem(bad.group()))
        return value

    def draft(self, data: dict[str, Any]) -> Draft:
        if not data.keys() <= _ROOT_KEYS:
            raise _unknown_key(data, _ROOT_KEYS)
        numbering = self.numbering(data.get("numbering", []))
        if "sections" not in data:
            raise Invalid("缺少（应为列表）", "sections")
        try:
            sections = self.section_list(data["sections"], 1)
        except Invalid as exc:
            raise exc.at("sections") from None
        meta = self.meta(data.get("meta", {}))
        try:
            intro = self.paragraph_list(data.get("intro", []))
        except Invalid as exc:
            raise exc.at("intro") from None
        return Draft(meta=meta, numbering=numbering, intro=intro, sections=sections)

    def numbering(self, value: Any) -> list[NumberStyle]:
        if type(value) is not list:
            raise Invalid("应为列表", "numbering")
        styles = []
        for i, name in enumerate(value):
            style = _STYLE_OF.get(name) if type(name) is str else None
            if style is None:
                raise Invalid(f"未知的编号样式“{_shown(name)}”", "numbering", i)
            styles.append(style)
        return styles

    def meta(self, value: Any) -> Meta:
        if type(value) is not dict:
            raise Invalid("应为对象", "meta")
        if not value.keys() <= _META_KEYS:
            raise _unknown_key(value, _META_KEYS).at("meta")
        fields = {}
        for key in ("title", "subtitle", "author", "date"):
            try:
                fields[key] = self.text(value.get(key, ""))
            except Invalid as exc:
                raise exc.at("meta", key) from None
        attachments = value.get("attachments", [])
        if type(attachments) is not list:
            raise Invalid("应为列表", "meta", "attachments")
        for i, name in enumerate(attachments):
            try:
                self.text(name)
            except Invalid as exc:
                raise exc.at("meta", "attachments", i) from None
        return Meta(attachments=list(attachments), **fields)

    def section_list(self, value: Any, depth: int) -> list[Section]:
        if type(value) is not list:
            raise Invalid("应为列表")
        if not value:
            return []
        if depth > DRAFT_MAX_DEPTH:
            raise OverLimit(f"小节嵌套超过 {DRAFT_MAX_DEPTH} 层的上限")
        self.sections += len(value)
        if self.sections > DRAFT_MAX_SECTIONS:
            raise OverLimit(f"小节总数超过 {DRAFT_MAX_SECTIONS} 个的上限")
        out = []
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007 (i names the place of a problem)
                out.append(self.section(item, depth))
        except Invalid as exc:
            raise exc.at(i) from None
        return out

    def section(self, value: Any, depth: int) -> Section:
        if type(value) is not dict:
            raise Invalid("应为对象")
        if not value.keys() <= _SECTION_KEYS:
            raise _unknown_key(value, _SECTION_KEYS)
        get = value.get
        key = "id"
        try:
            section_id = self.text(get("id"))
            if not section_id:
                raise Invalid("不能为空")
            if section_id in self.seen:
                raise Invalid(f"与前面的小节重复（{_shown(section_id)}）")
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
                raise Invalid("应为 true 或 false")
            key = "budget"
            budget = get("budget")
            if budget is not None:
                budget = integer(budget)
                if budget is None:
                    raise Invalid("应为整数")
                if budget <= 0:
                    raise Invalid("应为正整数")
        except Invalid as exc:
            raise exc.at(key) from None
        return Section(heading, body, children, run_in, budget, section_id)

    def paragraph_list(self, value: Any) -> list[Paragraph]:
        if type(value) is not list:
            raise Invalid("应为列表")
        self.paragraphs += len(value)
        if self.paragraphs > DRAFT_MAX_PARAGRAPHS:
            raise OverLimit(f"段落总数超过 {DRAFT_MAX_PARAGRAPHS} 段的上限")
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
        except Invalid as exc:
            raise exc.at(i) from None
        return out

    def formatted(self, value: Any) -> Paragraph:
        if type(value) is not dict:
            raise Invalid("应为字符串或含 runs 的对象")
        if not value.keys() <= _PARAGRAPH_KEYS:
            raise _unknown_key(value, _PARAGRAPH_KEYS)
        runs_json = value.get("runs")
        if type(runs_json) is not list:
            raise Invalid("应为列表", "runs")
        self.runs += len(runs_json)
        if self.runs > DRAFT_MAX_RUNS:
            raise OverLimit(f"格式片段总数超过 {DRAFT_MAX_RUNS} 个的上限", "runs")
        runs = []
        i = 0
        try:
            for i, run in enumerate(runs_json):  # noqa: B007
                runs.append(self.run(run))
        except Invalid as exc:
            raise exc.at("runs", i) from None
        return Paragraph(runs)

    def run(self, value: Any) -> Run:
        if type(value) is not dict:
            raise Invalid("应为对象")
        if not value.keys() <= _RUN_KEYS:
            raise _unknown_key(value, _RUN_KEYS)
        try:
            text = self.text(value.get("text"))
        except Invalid as exc:
            raise exc.at("text") from None
        flags = []
        for key in RUN_FLAGS:
            flag = value.get(key, False)
            if type(flag) is not bool:
                raise Invalid("应为 true 或 false", key)
            flags.append(flag)
        return Run(text, *flags)


def draft_from_dict(data: dict[str, Any], *, strict: bool = True) -> Draft:
    """Build a Draft from a current-version document; raises Invalid on the first problem.

    `strict=False` skips the length and character search of each string, for a document
    whose source shows it cannot hold such a string (see `loads`); the checks of types,
    keys, ids, counts and depth always run.
    """
    return _Reader(strict).draft(data)


def _parse_int(digits: str) -> int:
    # json would raise a bare ValueError past Python's 4,300 digits; stop far earlier.
    if len(digits) - digits.startswith("-") > DRAFT_MAX_INT_DIGITS:
        raise OverLimit(f"超过 {DRAFT_MAX_INT_DIGITS} 位整数的上限")
    return int(digits)


DECODER = json.JSONDecoder(parse_int=_parse_int)
