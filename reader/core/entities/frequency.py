"""Word frequencies (wordfreq's Zipf scale) without wordfreq's tokenizer for plain words.

The gazetteer asks how common ~40,000 city names are, and extraction asks it of every
capitalised word; `zipf_frequency` runs its full tokenizer each time, which was most of the
1.7 s a process paid before its first text. Lower-case words of Latin letters, joined by
spaces or hyphens, are their own tokens, so their frequency is a look-up per word in the same
table, combined and rounded as wordfreq does; anything else (digits, apostrophes, "ß", which
the tokenizer folds to "ss", other scripts) still goes through wordfreq.
"""

from __future__ import annotations

import math
import re
from functools import cache
from types import ModuleType

_SPLIT = re.compile(r"[ -]")


@cache
def _wordfreq() -> ModuleType:
    """wordfreq, imported on the first question (~0.1 s): the store imports this package at
    every start, and most starts index nothing."""
    import wordfreq

    return wordfreq


def zipf(word: str, lang: str) -> float:
    """`wordfreq.zipf_frequency(word, lang)`, the same value, faster for plain words."""
    parts = _SPLIT.split(word)
    if not all(_plain(p) for p in parts):
        return float(_wordfreq().zipf_frequency(word, lang))
    table = _wordfreq().get_frequency_dict(lang, "best")  # as wordfreq calls it: one cached table
    one_over = 0.0
    for part in parts:
        freq = table.get(part)
        if not freq:
            return 0.0
        one_over += 1.0 / freq  # several words: wordfreq's 1/f = 1/f1 + 1/f2 + …
    freq = 1.0 / one_over
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)  # wordfreq: 3 significant digits
    return round(math.log(freq, 10) + 9, 2)


def _plain(word: str) -> bool:
    if word.isascii():
        return word.isalpha() and word.islower()
    return (
        word.isalpha() and word.islower() and word.casefold() == word
        and all(ord(c) < 0x250 for c in word)
    )  # fmt: skip
