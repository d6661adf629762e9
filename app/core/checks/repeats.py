"""Doubled characters and words that are likely typing slips: 市委委组织部, 系统系统.

Chinese doubles words on purpose all the time (常常, 层层, 认认真真, 研究研究, 一个个),
and two words can meet on the same character (市委|委员, 党支部|部署, 学习|习近平). So a
double is reported only when none of these explain it:
  * a known reduplicated word (AA or ABAB lists in wordlists.py), or the AABB / 一AA /
    一A一A patterns;
  * the second character starts a common word with what follows (委员, 部署, 习近平 …);
  * Chinese numerals (二〇二二年, 二〇二〇年).
The fix (drop the second copy) is offered as a suggestion for a person to confirm, never
applied blindly by `check --fix`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import app.core.checks.wordlists as wordlists
from app.core.checks.base import PROSE_KINDS, Hit, UnitContext, register, text_rule
from app.core.i18n import N_
from app.core.zh.chars import HAN_CLASS
from app.core.zh.numerals import NUMERAL_CHARS

REPEAT_CHAR = register("repeat.char", N_("重复的字"), "warning")
REPEAT_WORD = register("repeat.word", N_("重复的词"), "warning")


_AA = wordlists.REDUPLICATED_AA
_ABAB = wordlists.REDUPLICATED_ABAB
_TRIGRAMS = wordlists.TRIGRAMS
_WORDS = wordlists.WORD_AFTER_DOUBLE
_WORD_STARTS = {w[0] for w in _WORDS}
_NUMERALS = set(NUMERAL_CHARS + "千万年")  # 二〇二二年, 一百万
_CLAUSE_START = set("，。；：！？、（“‘《【〔 \u3000\t")
_ALONE = set(wordlists.ALONE_BEFORE_SAME)

_DOUBLE_CHAR = re.compile(f"([{HAN_CLASS}])\\1+")
_DOUBLE_WORD = re.compile(f"([{HAN_CLASS}]{{2,6}})\\1+")


@text_rule(REPEAT_CHAR, PROSE_KINDS)
def doubled_characters(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _DOUBLE_CHAR.finditer(text):
        start, end = match.span()
        if not _char_slip(text, start, end):
            continue
        ch = text[start]
        yield Hit(
            REPEAT_CHAR,
            start,
            end - start,
            N_(
                "“{found}”重复了“{char}”字，可能是笔误；如确是笔误，删去多余的字。",
                found=match.group(),
                char=ch,
            ),
            ch,
        )


def _char_slip(text: str, start: int, end: int) -> bool:
    pair = text[start : start + 2]
    ch = pair[0]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if end - start > 2:
        return pair not in wordlists.TRIPLED_OK  # 委委委 is a slip whatever the word
    if pair in _AA:
        return False
    if after and after2 == after and after != ch:
        return False  # AABB: 认认真真, 兢兢业业
    if before and start >= 2 and text[start - 2] == before and before != ch:
        return False  # second half of AABB
    if before == "一":
        return False  # 一个个, 一步步
    if ch in _NUMERALS and (before in _NUMERALS or after in _NUMERALS):
        return False  # 二〇二二年
    if before + pair in _TRIGRAMS or pair + after in _TRIGRAMS:
        return False
    # 市委委员 = 市委 + 委员: the second 委 starts a word of its own…
    if not (ch in _WORD_STARTS and ch + after in _WORDS):
        return True
    # …but only if the first can end one: "，全全局", "《实实施" have nothing before the
    # first copy, so it is a slip, unless the character is a word alone (对|对口, 在|在建).
    return (not before or before in _CLAUSE_START) and ch not in _ALONE


@text_rule(REPEAT_WORD, PROSE_KINDS)
def doubled_words(text: str, ctx: UnitContext) -> Iterator[Hit]:
    for match in _DOUBLE_WORD.finditer(text):
        word = match.group(1)
        if (
            len(set(word)) == 1
            or word in _ABAB
            or set(word) <= _NUMERALS  # 二〇二〇年
            or _legit_abab(text, match.start(), word)
        ):
            continue
        start, end = match.span()
        extra = end - start - len(word)  # every copy after the first, however many
        yield Hit(
            REPEAT_WORD,
            start + len(word),
            extra,
            N_(
                "“{word}”连写了{times}遍，可能是笔误；如确是笔误，删去重复的“{word}”。",
                word=word,
                times=(end - start) // len(word),
            ),
            "",
        )


def _legit_abab(text: str, start: int, word: str) -> bool:
    if word[0] == "一" and len(word) == 2:
        return True  # 一个一个, 一步一步
    # 是不是不, 有没有没: question forms meeting the next word
    return word[-1] in "不没" and len(word) == 2
