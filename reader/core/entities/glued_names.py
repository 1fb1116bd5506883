"""Names glued together where a page pasted a name card inside a sentence.

News sites put a card beside a linked name ("Gov. Kristi Noem", then the card's "Kristi Lynn
Noem" and "South Dakota governor"); copied as text, the card is glued to the name without a
space: "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor". The card repeats the name it
stands beside, which is what tells it from a brand written in camel case: the word after the
junction ("Kristi" of "NoemKristi") is a word of the name just before, and the card's own name
ends in the same word glued to its description ("NoemSouth"). "GoPro", "RheinEnergie",
"YouTube", "McDonald" and a name the text repeats ("DaimlerChrysler" three times) keep their
shape. A photo's credit glued to the surname it follows is cut off the same way
(`glued_credits`).
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.entities import glued_credits
from reader.core.entities.names import Token

# A lower-case letter followed by a capital opening a word of two letters or more.
_JUNCTION = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")
_NAME_BEFORE = 3  # words of the name a card stands beside ("Gov. Kristi Noem")


def apart(words: list[Token]) -> list[Token]:
    """`words` with each glued card or credit cut from the name it is glued to; what follows
    the cut opens a new run (the card is a block of its own)."""
    counts = Counter(w.text for w in words)
    cards: set[str] = set()  # the names' last words the cards repeat ("Noem")
    out: list[Token] = []
    for at, word in enumerate(words):
        cut = _cut(word.text) if counts[word.text] == 1 and word.text[:1].isupper() else None
        if cut is None or not (cut[0] in cards or _repeats(words, at, cut[1])):
            out.append(word)
            continue
        head, tail = cut
        cards.add(head)
        middle = word.start + len(head)
        out += [Token(head, word.start, middle, word.sentence_start), Token(tail, middle, word.end, True)]
    return glued_credits.apart(out)


def _cut(text: str) -> tuple[str, str] | None:
    match = _JUNCTION.search(text)
    if match is None or match.start() < 3:  # "McDonald", "DeSantis": a particle, no name
        return None
    return text[: match.start()], text[match.start() :]


def _repeats(words: list[Token], at: int, tail: str) -> bool:
    """The card after the junction begins with a word of the name the glued word ends."""
    first = (_cut(tail) or (tail, ""))[0]
    name: list[str] = []
    for before in reversed(words[max(0, at - _NAME_BEFORE) : at]):
        if not before.capital or before.end + 1 != (words[at - len(name)].start):
            break
        name.append(before.text)
    return first in name
