"""Shared pieces of the checks: where a finding is, what fixes it, and the rule registry.

A text rule sees one piece of text at a time (a heading, a paragraph, a meta field) and
reports `Hit`s: offsets into that text. The checker turns hits into `Finding`s with a
`Location`, so text rules stay pure functions of their text and can be cached by content.

A document rule sees the whole draft (the page checks lay it out on pages first) and
reports `Finding`s itself. It is registered the same way (`document_rule`), pure too, and
the checker caches its findings on the draft's content (`checker.content_key`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from app.core.i18n import N_
from app.core.model import Draft
from app.core.place import Place

SEVERITIES = ("error", "warning", "info")
SEVERITY_LABELS = {"error": N_("错误"), "warning": N_("警告"), "info": N_("提示")}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is. section_id None means draft level (intro paragraphs or meta)."""

    section_id: str | None
    field: Place
    paragraph: int  # index in body/intro/attachments; 0 for heading and meta fields
    offset: int  # character offset in that paragraph's plain text / heading / meta string
    length: int


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace text[offset:offset+length] with `replacement`.

    remove_paragraph: drop the whole (blank) paragraph instead; only the empty-paragraph
    rule uses it.
    """

    replacement: str
    remove_paragraph: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    message: str  # Chinese: what is wrong and what to do
    severity: str  # "error" | "warning" | "info"
    location: Location
    excerpt: str  # the found text with a little context, for lists
    fix: Fix | None
    matched: str = ""  # exactly text[offset:offset+length] when found; fixes check it still is
    where: str = ""  # human label of the place: "（二）加强党建品牌动态管理" or "标题"


class RuleInfo(NamedTuple):
    title: str  # Chinese group label in the panel
    severity: str


# id -> (title, severity), in display order. Rules register themselves on import.
RULES: dict[str, RuleInfo] = {}
# Rules whose fixes are certain enough to apply without a person looking (CLI --fix).
# Other rules may still offer a fix as a suggestion the user confirms in the panel.
AUTO_FIX_RULES: set[str] = set()


def register(rule_id: str, title: str, severity: str, *, auto_fix: bool = False) -> str:
    if severity not in SEVERITIES:
        raise ValueError(severity)
    RULES[rule_id] = RuleInfo(title, severity)
    if auto_fix:
        AUTO_FIX_RULES.add(rule_id)
    return rule_id


class Hit(NamedTuple):
    """A rule's report inside one text: offsets into that text."""

    rule: str
    offset: int
    length: int
    message: str
    replacement: str | None = None  # None: no safe fix
    remove_paragraph: bool = False


# What kind of text a unit is. Rules declare which kinds they read. The three in the
# draft's text are its places; the meta kinds are named without "meta.". Plain str
# values: kinds are compared for every rule and unit, and an enum member's == and hash
# run in Python (4x slower than a str's).
BODY, INTRO, HEADING = Place.BODY.value, Place.INTRO.value, Place.HEADING.value
TITLE, SUBTITLE, AUTHOR, DATE, ATTACHMENT = "title", "subtitle", "author", "date", "attachment"
RECIPIENT, DOC_NUMBER = "recipient", "doc_number"  # 主送机关 (prose: names and 、), 发文字号
PARAGRAPH_KINDS = frozenset({BODY, INTRO})
PROSE_KINDS = frozenset({BODY, INTRO, HEADING, TITLE, SUBTITLE, ATTACHMENT, RECIPIENT})
ALL_KINDS = PROSE_KINDS | {AUTHOR, DATE, DOC_NUMBER}


class UnitContext(NamedTuple):
    """What a text rule may know besides the text itself (part of the cache key)."""

    kind: str
    numbered: bool = False  # heading only: its level derives a number (style is not NONE)
    run_in: bool = False  # heading only: printed run-in with its first paragraph
    style: str = ""  # heading only: the NumberStyle value of its level ("cn-dun", …)


TextRuleFunc = Callable[[str, UnitContext], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class TextRule:
    id: str
    kinds: frozenset[str]
    func: TextRuleFunc


TEXT_RULES: list[TextRule] = []


def text_rule(rule_id: str, kinds: Iterable[str]) -> Callable[[TextRuleFunc], TextRuleFunc]:
    """Decorator: run `func(text, ctx)` on every unit whose kind is in `kinds`."""

    def add(func: TextRuleFunc) -> TextRuleFunc:
        TEXT_RULES.append(TextRule(rule_id, frozenset(kinds), func))
        return func

    return add


DocumentRuleFunc = Callable[[Draft], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class DocumentRule:
    """A rule over the whole draft. One function may report several rule ids (the page
    checks share one layout); the checker runs it when any of them is selected and keeps
    the findings of the selected ones."""

    ids: frozenset[str]
    func: DocumentRuleFunc


DOCUMENT_RULES: list[DocumentRule] = []


def document_rule(*rule_ids: str) -> Callable[[DocumentRuleFunc], DocumentRuleFunc]:
    """Decorator: run `func(draft)` once per check; its findings carry `rule_ids`."""

    def add(func: DocumentRuleFunc) -> DocumentRuleFunc:
        DOCUMENT_RULES.append(DocumentRule(frozenset(rule_ids), func))
        return func

    return add


WHERE_WIDTH = 18


def where_label(number: str, heading: str) -> str:
    """A section's label in lists: its number and heading, cut to WHERE_WIDTH."""
    label = f"{number}{heading.strip()}" or "（无标题）"
    return label if len(label) <= WHERE_WIDTH else label[: WHERE_WIDTH - 1] + "…"


def excerpt(text: str, offset: int, length: int, context: int = 8) -> str:
    """The found text with up to `context` characters either side, … where cut."""
    start = max(0, offset - context)
    end = min(len(text), offset + length + context)
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return head + text[start:end] + tail
