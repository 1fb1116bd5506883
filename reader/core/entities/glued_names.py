"""Names glued together where a page pasted a hover card inside a sentence.

News sites put a name card beside a linked name ("Gov. Kristi Noem" followed by the card's
"Kristi Lynn Noem" and "South Dakota governor"); copied as text, the card is glued to the name
without a space: "Kristi NoemKristi Lynn NoemSouth Dakota governor". The token "NoemKristi" is
two words, and the text says so itself: it names "Noem" and "Kristi" elsewhere as words of
their own, capitalised inside a sentence (names, not a sentence's first word). A brand written
in camel case keeps its shape because its parts are no names of the text ("YouTube": "Tube"
never stands alone; "McDonald": no "Mc"; "iPhone": no capital head), and one the text repeats
("DaimlerChrysler" three times) is a name the text uses, not a card pasted once.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.entities.names import Token

# A lower-case letter followed by a capital opening a word of two letters or more.
_JUNCTION = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])")


def apart(words: list[Token]) -> list[Token]:
    """`words` with each glued token the text proves to be two names cut in two at its
    junctions; what follows a junction opens a new run (the card is a block of its own)."""
    counts = Counter(w.text for w in words)
    named = {w.text for w in words if w.capital and not w.sentence_start}
    out: list[Token] = []
    for word in words:
        parts = _parts(word.text, named) if counts[word.text] == 1 else None
        if parts is None:
            out.append(word)
            continue
        start = word.start
        for at, part in enumerate(parts):
            out.append(Token(part, start, start + len(part), word.sentence_start if at == 0 else True))
            start += len(part)
    return out


def _parts(text: str, named: set[str]) -> list[str] | None:
    """The words a glued token is made of, when every one is a name the text uses alone."""
    if not text[:1].isupper():
        return None
    parts = [p for p in _JUNCTION.split(text) if p]
    if len(parts) < 2 or any(len(p) < 2 or p not in named for p in parts):
        return None
    return parts
