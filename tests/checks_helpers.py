"""Small builders for the checks tests: a draft around one text, findings of one rule."""

from __future__ import annotations

from app.core.checks import Finding, check_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import NumberStyle


def body_draft(*paragraphs: str, heading: str = "主要工作") -> Draft:
    return Draft(
        meta=Meta(title="工作总结"),
        sections=[Section(heading, [Paragraph.plain(p) for p in paragraphs], id="s1")],
    )


def heading_draft(heading: str, style: NumberStyle = NumberStyle.CN_DUN) -> Draft:
    return Draft(
        meta=Meta(title="工作总结"),
        numbering=[style, NumberStyle.CN_PAREN],
        sections=[Section(heading, [Paragraph.plain("正文。")], id="s1")],
    )


def findings(draft: Draft, rule: str) -> list[Finding]:
    return [f for f in check_draft(draft) if f.rule == rule]


def in_body(text: str, rule: str) -> list[Finding]:
    return findings(body_draft(text), rule)


def matched(text: str, rule: str) -> list[str]:
    return [f.matched for f in in_body(text, rule)]
