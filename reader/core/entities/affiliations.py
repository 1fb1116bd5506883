"""A person's name, then "of"/"von" and a name: the body the person speaks for. "said
Jacqueline Rioba of World Vision", "sagt Jacqueline Rioba von World Vision", "Gunnar Maaß von
der Arbeitsgemeinschaft Fernwärme".

A role before "at"/"bei" names an employer (`workplaces`); news names a person's body as often
right after the person's name, with no role between. The joiner must follow a person the rules
found: a "von" inside a name ("Richard von Weizsäcker", "Ursula von der Leyen") is inside the
person, no joiner after one. What follows must pass what `workplaces` asks of an employer's
name (no place, in German not nouns alone: "Silas Zahlten von Erfolg"), and a body the rules
found there already is left as it is.
"""

from __future__ import annotations

from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_JOINERS = {"en": frozenset(["of"]), "de": frozenset(["von", "vom"])}
_ARTICLES = frozenset(["the", "der", "dem", "den"])


def person_ends(pieces: list[Piece]) -> frozenset[int]:
    """Where each person's name ends."""
    return frozenset(p.end for p in pieces if p.kind is EntityKind.PERSON)


def affiliated(words: list[Token], at: int, ends: frozenset[int], lang: str) -> bool:
    """Whether the run at `at` follows a person's name and "of"/"von" (an article may follow)."""
    joiner = at - 1
    if joiner > 0 and words[joiner].text in _ARTICLES:
        joiner -= 1
    return (
        joiner > 0
        and words[joiner].text in _JOINERS.get(lang, frozenset())
        and words[joiner - 1].end in ends
    )
