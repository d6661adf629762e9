"""Character classes: what counts as a Chinese character, and as Chinese text.

One definition for every "is this Chinese" question. `HAN_CLASS` goes inside a regex
character class (`f"[{HAN_CLASS}]"`); `is_han` answers the same for one character.
"""

from __future__ import annotations

# CJK Unified Ideographs, Extension A, the compatibility ideographs, the supplementary
# planes (Extension B onwards and the compatibility supplement), and 〇, the zero of
# written years (二〇二〇年): a 公文 uses it like any other character.
HAN_RANGES: tuple[tuple[str, str], ...] = (
    ("\u4e00", "\u9fff"),
    ("\u3400", "\u4dbf"),
    ("\uf900", "\ufaff"),
    ("\U00020000", "\U0003134f"),
    ("〇", "〇"),
)
HAN_CLASS = "".join(lo if lo == hi else f"{lo}-{hi}" for lo, hi in HAN_RANGES)

# Chinese punctuation that sits outside the CJK Symbols block (curly quotes, …, —, ·).
CJK_PUNCT = "，。、；：？！“”‘’（）《》【】〔〕「」『』…—·～"
# Chinese text besides the characters: CJK symbols and punctuation (U+3001–303F), full-width
# forms (U+FF01–FFEF) and the punctuation above. The ideographic space U+3000 is left
# out: a space is a space, whatever its width.
CJK_TEXT_CLASS = (
    HAN_CLASS
    + "\u3001-\u303f\uff01-\uffef"
    + "".join(
        ch for ch in CJK_PUNCT if not ("\u3001" <= ch <= "\u303f" or "\uff01" <= ch <= "\uffef")
    )
)


# Full-width digits (１２００万元, typed in the input method's full-width mode) to half-width
# and back; FULLWIDTH_TO_ASCII also takes the full-width point between them (１２．５).
FULLWIDTH_DIGITS_TO_ASCII = str.maketrans("０１２３４５６７８９", "0123456789")
FULLWIDTH_TO_ASCII = FULLWIDTH_DIGITS_TO_ASCII | str.maketrans("．", ".")
ASCII_TO_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def is_han(ch: str) -> bool:
    """A Chinese character (汉字, 〇 included); False for punctuation and digits."""
    # Comparisons, not a regex: this runs on every character of a draft in some checks.
    if "\u4e00" <= ch <= "\u9fff":
        return True
    return (
        "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003134f"
        or ch == "〇"
    )


def is_cjk(ch: str) -> bool:
    """Chinese text: a Chinese character, Chinese punctuation or a full-width form."""
    return is_han(ch) or ch in CJK_PUNCT or "\u3001" <= ch <= "\u303f" or "\uff01" <= ch <= "\uffef"


def han_count(text: str) -> int:
    """How many Chinese characters a text has."""
    return sum(1 for ch in text if is_han(ch))
