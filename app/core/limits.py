"""Limits at the door: every input the app reads is measured against these before it is used.

One place for all of them, so a refusal always names the limit it met and the limits of
one reader stay consistent with what another writes (import never produces a draft that
the draft reader would refuse). Each is far above a realistic document: the 100-page bench
draft has 142 sections, about 1,500 paragraphs, 60,000 characters in all, its longest
paragraph under 1,000 characters, and weighs 0.2 MB.
"""

from __future__ import annotations

MB = 1024 * 1024

# -- drafts (app/core/draftfile.py) -------------------------------------------------

DRAFT_MAX_BYTES = 64 * MB
"""File size of a draft (.json)."""

DRAFT_MAX_DEPTH = 40
"""Levels of sections (一、 （一） 1. （1） 一是 are five; deeper levels are unnumbered). It
also bounds the JSON nesting of a draft: anything nested deeper than its sections is of the
wrong type, and json's own recursion limit (about 1,000 levels) is reported as this limit."""

DRAFT_MAX_SECTIONS = 20_000
"""Sections in one draft, at any depth."""

DRAFT_MAX_PARAGRAPHS = 200_000
"""Paragraphs in one draft (intro and every section's body)."""

DRAFT_MAX_RUNS = 500_000
"""Formatted runs in one draft, over all paragraphs."""

DRAFT_MAX_STRING_CHARS = 100_000
"""Characters in one string (a heading, a paragraph, a run, a meta field)."""

DRAFT_MAX_INT_DIGITS = 18
"""Digits of an integer (version, budget)."""
