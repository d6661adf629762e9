"""Run the rules over a draft, fast enough to re-check after every pause in typing.

`Checker` keeps the hits of every text it has checked, keyed by the text itself and what
the rules may know about it (kind, numbered, run-in). After an edit only the changed
paragraphs miss the cache; section-level rules (一是 series) are cached by their section's
paragraph texts; document rules (the page checks) are cached on the draft's whole content
(`content_key`), so they run again only after an edit; the other draft-level rules are
cheap and run every time. Entries not used by the latest check are dropped, so the cache
never outgrows the draft.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Importing the rule modules registers their rules. Each by its own name, not through
# the package (`from app.core.checks import …`), whose __init__ imports this module.
import app.core.checks.dates as dates  # noqa: F401
import app.core.checks.digits as digits  # noqa: F401
import app.core.checks.numbering_marks as numbering_marks
import app.core.checks.pages as pages  # noqa: F401
import app.core.checks.placeholders as placeholders  # noqa: F401
import app.core.checks.punctuation as punctuation  # noqa: F401
import app.core.checks.repeats as repeats  # noqa: F401
import app.core.checks.spacing as spacing  # noqa: F401
import app.core.checks.structure as structure
import app.core.checks.tables as tables  # noqa: F401
import app.core.checks.template_hints as template_hints  # noqa: F401
from app.core.checks.base import (
    ATTACHMENT,
    AUTHOR,
    BODY,
    DATE,
    DOC_NUMBER,
    DOCUMENT_RULES,
    HEADING,
    INTRO,
    RECIPIENT,
    RULES,
    SUBTITLE,
    TEXT_RULES,
    TITLE,
    DocumentRule,
    Finding,
    Fix,
    Hit,
    Location,
    TextRule,
    UnitContext,
    excerpt,
    where_label,
)
from app.core.model import Block, Draft, Section, Table
from app.core.numbering import NumberStyle, style_for_level
from app.core.place import Place

# What a draft's content is for the document rules: equal keys, equal findings.
ContentKey = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class _Unit:
    """One piece of text the text rules read, with where it sits in the draft."""

    ctx: UnitContext
    text: str
    section_id: str | None
    field: Place
    paragraph: int
    where: str


class Checker:
    """Checks drafts; reuse one instance so unchanged text is not checked again."""

    def __init__(self, rules: Iterable[str] | None = None) -> None:
        selected = set(RULES) if rules is None else set(rules)
        unknown = selected - set(RULES)
        if unknown:
            raise ValueError(f"unknown rules: {sorted(unknown)}")
        self.rules = selected
        self._text_rules: list[TextRule] = [r for r in TEXT_RULES if r.id in selected]
        self._text_cache: dict[tuple[UnitContext, str], tuple[Hit, ...]] = {}
        self._series_cache: dict[tuple[str, ...], tuple[tuple[int, int, int, str], ...]] = {}
        self._document_rules: list[DocumentRule] = [r for r in DOCUMENT_RULES if r.ids & selected]
        self._document_key: ContentKey | None = None
        self._document_findings: tuple[Finding, ...] = ()
        self.misses = 0  # texts actually checked by the last run (for tests and benchmarks)
        self.document_runs = 0  # document rule runs by the last check (0: served from cache)

    # -- public ------------------------------------------------------------------------

    def check(self, draft: Draft) -> list[Finding]:
        old_text, old_series = self._text_cache, self._series_cache
        self._text_cache, self._series_cache = {}, {}
        self.misses = self.document_runs = 0
        findings: list[Finding] = []
        order: dict[tuple[str | None, str, int], int] = {}
        for unit in _units(draft):
            order[(unit.section_id, unit.field, unit.paragraph)] = len(order)
            key = (unit.ctx, unit.text)
            hits = old_text.get(key)
            if hits is None:
                hits = self._text_cache.get(key)
            if hits is None:
                hits = self._run_text_rules(unit)
                self.misses += 1
            self._text_cache[key] = hits
            findings.extend(_finding(hit, unit) for hit in hits)
        findings.extend(self._section_findings(draft, old_series))
        findings.extend(self._document_rule_findings(draft))
        findings.sort(key=lambda f: (order.get(_target(f), 0), f.location.offset))
        return findings

    # -- internals ---------------------------------------------------------------------

    def _run_text_rules(self, unit: _Unit) -> tuple[Hit, ...]:
        hits: list[Hit] = []
        for rule in self._text_rules:
            if unit.ctx.kind in rule.kinds:
                hits.extend(rule.func(unit.text, unit.ctx))
        if len(hits) > 1:
            hits = _drop_covered(hits)
        hits.sort(key=lambda h: (h.offset, h.length))
        return tuple(hits)

    def _document_rule_findings(self, draft: Draft) -> tuple[Finding, ...]:
        if not self._document_rules:
            return ()
        key = content_key(draft)
        if key != self._document_key:
            self._document_findings = tuple(
                finding
                for rule in self._document_rules
                for finding in rule.func(draft)
                if finding.rule in self.rules
            )
            self._document_key = key
            self.document_runs = len(self._document_rules)
        return self._document_findings

    def _section_findings(self, draft: Draft, old_series: dict) -> Iterator[Finding]:
        want_series = numbering_marks.SERIES in self.rules
        for section, _level, number in draft.walk_with_level():
            where = _where(number, section.heading)
            if want_series and section.body:
                texts = tuple(p.text for p in section.body)
                problems = old_series.get(texts)
                if problems is None:
                    problems = self._series_cache.get(texts)
                if problems is None:
                    problems = tuple(numbering_marks.series_problems(texts))
                self._series_cache[texts] = problems
                for index, offset, length, message in problems:
                    unit = _Unit(
                        UnitContext(BODY), texts[index], section.id, Place.BODY, index, where
                    )
                    yield _finding(Hit(numbering_marks.SERIES, offset, length, message), unit)
            if structure.BUDGET in self.rules and section.budget is not None:
                count = section.char_count()
                if count > section.budget:
                    unit = _Unit(
                        UnitContext(HEADING), section.heading, section.id, Place.HEADING, 0, where
                    )
                    message = structure.budget_message(count, section.budget)
                    yield _finding(Hit(structure.BUDGET, 0, len(section.heading), message), unit)
            if structure.EMPTY_HEADING in self.rules and not section.heading.strip():
                unit = _Unit(
                    UnitContext(HEADING), section.heading, section.id, Place.HEADING, 0, where
                )
                yield _finding(
                    Hit(
                        structure.EMPTY_HEADING,
                        0,
                        len(section.heading),
                        structure.EMPTY_HEADING_MESSAGE,
                    ),
                    unit,
                )
        if want_series:
            yield from _heading_series(draft)


def _target(finding: Finding) -> tuple[str | None, str, int]:
    loc = finding.location
    return loc.section_id, loc.field, loc.paragraph


def check_draft(draft: Draft, rules: Iterable[str] | None = None) -> list[Finding]:
    """All findings of a draft (or of the given rule ids), in reading order."""
    return Checker(rules).check(draft)


# -- units --------------------------------------------------------------------------------


_where = where_label


def content_key(draft: Draft) -> ContentKey:
    """What the document rules may read of a draft, as one hashable value: the document
    information, the numbering, the intro, and each section's id, level, run-in flag,
    heading, paragraph texts and tables. (Formatting is left out: a bold run breaks lines as
    plain text does.) A document rule reading anything else would be served stale."""
    meta = draft.meta
    return (
        meta.title,
        meta.subtitle,
        meta.author,
        meta.date,
        tuple(meta.attachments),
        tuple(draft.numbering),
        tuple(p.text for p in draft.intro),
        tuple(
            (s.id, level, s.run_in, s.heading, tuple(_block_key(b) for b in s.body))
            for s, level, _number in draft.walk_with_level()
        ),
    )


def _block_key(block: Block) -> object:
    """A paragraph's text; a table's caption, shape and cells (its layout depends on all)."""
    if isinstance(block, Table):
        return (
            block.caption,
            block.header_rows,
            tuple(block.col_widths),
            tuple(
                tuple((c.text, c.col_span, c.row_span, c.covered) for c in row)
                for row in block.rows
            ),
        )
    return block.text


def _units(draft: Draft) -> Iterator[_Unit]:
    """Every text of the draft in print order: title, intro, sections, 署名, date, 附件."""
    meta = draft.meta
    if meta.doc_number:
        where = "发文字号"
        yield _Unit(UnitContext(DOC_NUMBER), meta.doc_number, None, Place.META_DOC_NUMBER, 0, where)
    yield _Unit(UnitContext(TITLE), meta.title, None, Place.META_TITLE, 0, "标题")
    if meta.subtitle:
        yield _Unit(UnitContext(SUBTITLE), meta.subtitle, None, Place.META_SUBTITLE, 0, "副标题")
    if meta.recipient:
        where = "主送机关"
        yield _Unit(UnitContext(RECIPIENT), meta.recipient, None, Place.META_RECIPIENT, 0, where)
    # Tables are left to their own rules (checks/tables.py, per cell): a finding's offset
    # here would point into Table.text, which no fix or editor selection can address.
    for index, paragraph in enumerate(draft.intro):
        if not isinstance(paragraph, Table):
            yield _Unit(UnitContext(INTRO), paragraph.text, None, Place.INTRO, index, "开头")
    for section, level, number in draft.walk_with_level():
        style = style_for_level(draft.numbering, level)
        where = _where(number, section.heading)
        ctx = UnitContext(HEADING, style is not NumberStyle.NONE, section.run_in, style.value)
        yield _Unit(ctx, section.heading, section.id, Place.HEADING, 0, where)
        for index, paragraph in enumerate(section.body):
            if not isinstance(paragraph, Table):
                yield _Unit(UnitContext(BODY), paragraph.text, section.id, Place.BODY, index, where)
    if meta.author:
        yield _Unit(UnitContext(AUTHOR), meta.author, None, Place.META_AUTHOR, 0, "署名")
    if meta.date:
        yield _Unit(UnitContext(DATE), meta.date, None, Place.META_DATE, 0, "成文日期")
    for index, name in enumerate(meta.attachments):
        yield _Unit(
            UnitContext(ATTACHMENT), name, None, Place.META_ATTACHMENTS, index, f"附件{index + 1}"
        )


def _finding(hit: Hit, unit: _Unit) -> Finding:
    text = unit.text
    fix = None if hit.replacement is None else Fix(hit.replacement, hit.remove_paragraph)
    return Finding(
        rule=hit.rule,
        message=hit.message,
        severity=RULES[hit.rule].severity,
        location=Location(unit.section_id, unit.field, unit.paragraph, hit.offset, hit.length),
        excerpt=excerpt(text, hit.offset, hit.length) if text.strip() else "（空）",
        fix=fix,
        matched=text[hit.offset : hit.offset + hit.length],
        where=unit.where,
    )


def _drop_covered(hits: list[Hit]) -> list[Hit]:
    """Drop a hit lying inside another rule's fixable hit: one fix is enough for a span.

    Example: "(一)" at a paragraph start is both a wrong marker and two half-width
    parentheses; fixing the marker fixes both.
    """
    fixable = [h for h in hits if h.replacement is not None and h.length > 0]
    kept = []
    for hit in hits:
        covered = any(
            other is not hit
            and other.rule != hit.rule
            and other.offset <= hit.offset
            and hit.offset + hit.length <= other.offset + other.length
            and (other.length > hit.length or RULE_ORDER[other.rule] < RULE_ORDER[hit.rule])
            for other in fixable
        )
        if not covered:
            kept.append(hit)
    return kept


RULE_ORDER = {rule_id: index for index, rule_id in enumerate(RULES)}


def _heading_series(draft: Draft) -> Iterator[Finding]:
    """一是/二是 typed by hand into sibling headings of an unnumbered level."""

    def visit(siblings: list[Section], level: int) -> Iterator[Finding]:
        # Unnumbered siblings may carry a typed series across their headings; numbered
        # ones get their numbers derived, so only a series inside one heading can slip.
        if style_for_level(draft.numbering, level) is NumberStyle.NONE:
            groups = [siblings]
        else:
            groups = [[s] for s in siblings if "是" in s.heading or "第" in s.heading]
        for group in groups:
            headings = [s.heading for s in group]
            for index, offset, length, message in numbering_marks.series_problems(headings):
                section = group[index]
                where = _where("", section.heading)
                unit = _Unit(
                    UnitContext(HEADING), section.heading, section.id, Place.HEADING, 0, where
                )
                yield _finding(Hit(numbering_marks.SERIES, offset, length, message), unit)
        for section in siblings:
            yield from visit(section.children, level + 1)

    return visit(draft.sections, 0)
