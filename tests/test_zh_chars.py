"""One character class (app.core.zh.chars) for every "is this Chinese" question."""

from __future__ import annotations

import re

from checks_helpers import in_body
from hypothesis import given
from hypothesis import strategies as st

from app.core.importer.markers import collapse_letter_spacing, is_letter_spaced
from app.core.zh.chars import CJK_PUNCT, CJK_TEXT_CLASS, HAN_CLASS, han_count, is_cjk, is_han

_HAN = re.compile(f"[{HAN_CLASS}]")
_TEXT = re.compile(f"[{CJK_TEXT_CLASS}]")


@given(st.characters())
def test_the_regex_classes_and_the_predicates_agree(ch: str) -> None:
    assert bool(_HAN.fullmatch(ch)) == is_han(ch)
    assert bool(_TEXT.fullmatch(ch)) == is_cjk(ch)
    assert not is_han(ch) or is_cjk(ch)


def test_which_characters_are_chinese() -> None:
    assert all(is_han(ch) for ch in "中〇䶮﨑𠮷")  # basic, 〇, Ext A, compatibility, Ext B
    assert not any(is_han(ch) for ch in "，。a1１\u3000䷀")  # ䷀ is a hexagram symbol
    assert all(is_cjk(ch) for ch in CJK_PUNCT + "，１Ａ中")
    assert not any(is_cjk(ch) for ch in " \u3000a1")
    assert han_count("2024年工作") == 3


def test_rare_characters_count_as_chinese_in_checks_and_import() -> None:
    # Before: checks knew U+4E00–9FFF and Ext A, the importer also the compatibility block,
    # nobody the supplementary planes (names like 𠮷 or 䶮 are written with them).
    assert len(in_body("𠮷 𠮷村开展活动。", "space.inner")) == 1
    assert is_letter_spaced("国 𠮷 局") and collapse_letter_spacing("国 𠮷 局") == "国𠮷局"
