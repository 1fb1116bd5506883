"""A person's name glued to the caption or credit a copied page put after it.

A photo's caption ends with the person's name and the credit follows it on the page
("FPÖ-Kultursprecher Thomas Spalt" / "Parlamentsdirektion/Thomas Topf"); copied as text the
two are glued without a space: "Thomas SpaltParlamentsdirektion/Thomas Topf". The rules then
read "SpaltParlamentsdirektion" as a surname nobody bears. What tells the glue from a name
written in camel case ("RheinEnergie", "DaimlerChrysler", "YouTube") is the text itself: a
first name stands before the glued word, the surname before the junction is written as a word
of its own elsewhere in the text ("Spalt ortet …"), and what follows the junction is a word
of the language ("Parlamentsdirektion", "Foto", "Archiv"), no part of a name.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound
from reader.core.entities.names import Token
from reader.core.word_frequency import zipf

# A lower-case letter followed by a capital opening a word of three letters or more.
_JUNCTION = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß]{2})")
# How often a word must be written to be one of the language's: German's lists hold its long
# compounds at low counts ("Parlamentsdirektion" 1.6), English's words are short and common.
_GERMAN_ZIPF = 1.5
_ENGLISH_ZIPF = 3.0


def apart(words: list[Token]) -> list[Token]:
    """`words` with each surname cut from the credit glued to it; the credit opens a new run
    (it is a line of its own on the page)."""
    alone = {bare(w.text) for w in words}
    out: list[Token] = []
    for at, word in enumerate(words):
        cut = _glued_credit(words, at, alone)
        if cut is None:
            out.append(word)
            continue
        middle = word.start + cut
        out += [
            Token(word.text[:cut], word.start, middle, word.sentence_start),
            Token(word.text[cut:], middle, word.end, True),
        ]
    return out


def _glued_credit(words: list[Token], at: int, alone: set[str]) -> int | None:
    """Where the credit begins in words[at], or None for a word that is no surname glued to
    a credit."""
    word = words[at]
    match = _JUNCTION.search(word.text)
    if at == 0 or match is None or match.start() < 3:  # "McDonald": a particle, no glue
        return None
    before = words[at - 1]
    if before.end + 1 != word.start or not before.capital or not known_first_name(before.text):
        return None
    head, tail = word.text[: match.start()], word.text[match.start() :]
    first = re.match(r"[A-ZÄÖÜ][a-zäöüß]+", tail)
    return match.start() if head in alone and first is not None and _word(first.group()) else None


def _word(word: str) -> bool:
    """A word of German or English ("Parlamentsdirektion", "Foto"), no part of a name."""
    low = word.casefold()
    known = zipf(low, "de") >= _GERMAN_ZIPF or zipf(low, "en") >= _ENGLISH_ZIPF
    return (known or german_compound(word)) and not known_first_name(word)
