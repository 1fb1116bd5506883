"""A first name and one initial with its full stop: a person whose surname the text withholds.

German reporting names the accused, the witness and the private person so ("Pavel K.",
"Dennis S. will nicht mit uns reden", "der Angeklagte Markus T."), and blogs their readers
("Herbert W."). The rules for runs read a run by its words and a lone letter makes no name,
so such a person was found only where an office stood before ("Rechtsanwalt Lutz S."). A
known first name directly before a capital and a full stop, with no name after it (that is a
middle initial: "John F. Kennedy"), is such a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.first_names import personal_name
from reader.core.entities.german_words import german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_INITIALLED = re.compile(
    r"(?<![\w.’'-])(?P<first>[A-ZÄÖÜ][a-zäöüßéèáà]+(?:-[A-ZÄÖÜ][a-zäöüßéèáà]+)?) "
    r"[A-ZÄÖÜ]\.(?![\w’'-]| ?[A-ZÄÖÜ]\.| [A-ZÄÖÜ][a-zäöüß])"
)


def initialled_people(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The people named by a first name and the initial of their surname."""
    starts = [w.start for w in words]
    found = []
    for match in _INITIALLED.finditer(text):
        first = match.group("first")
        if not all(personal_name(part) for part in first.split("-")):
            continue
        if common_word(first, lang) or (lang == "de" and german_word(first)):
            continue  # "Mark", "Will", "Rose": words before a letter ("Teil B.")
        at = bisect_left(starts, match.start())
        name = words[at : at + 2]
        if len(name) == 2 and name[1].text == match.group()[-2:]:
            found.append(Piece(EntityKind.PERSON, name))
    return found
