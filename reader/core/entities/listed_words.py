"""Which English dictionary words a list cannot make organisations: those whose list holds one
organisation only, itself named in words of the dictionary or by an acronym.

A list names one kind of thing, so a name beside a company is a company ("T-Mobile and
Sprint", "Pixar, Marvel and Lucasfilm"). But English capitalises titles as it does names,
and a title beside another title is a list of works, games or songs ("Born to be Wild and
The Road to Hell", "Pokemon Sword or Shield", "from Event Horizon, Alien to Passengers",
"handbooks for the GURPS and Paranoia systems"): where the one organisation the list holds is
itself a dictionary word or an acronym, its evidence is as weak as the word's own. A coined
name ("T-Mobile", "SpaceX", "Rockledge"), a second organisation in the list or a listed
company still make a word of the dictionary one of them.
"""

from __future__ import annotations

from reader.core.entities.agreement import in_list
from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare
from reader.core.entities.model import EntityKind
from reader.core.entities.names import english_noun
from reader.core.entities.pieces import Piece


def unbacked_words(pieces: list[Piece], text: str) -> frozenset[int]:
    """The ids of the undecided pieces of English dictionary words whose list holds a single
    organisation that has no coined word in its name (see the module's docstring)."""
    found: set[int] = set()
    first = 0
    for at in range(len(pieces)):
        if at + 1 < len(pieces) and in_list(pieces[at], pieces[at + 1], text):
            continue
        members = pieces[first : at + 1]
        first = at + 1
        bodies = [p for p in members if p.kind is EntityKind.ORG]
        if len(members) < 2 or len(bodies) != 1 or _coined(bodies[0], text):
            continue
        found |= {id(p) for p in members if p.kind is None and _words_of_dictionary(p, text)}
    return frozenset(found)


def _words_of_dictionary(piece: Piece, text: str) -> bool:
    """Whether every word of the piece is an English dictionary word and it is no listed
    company ("Wild", "Sword", "Paranoia"; not "Fox", which the indices list)."""
    return not listed(piece.text(text)) and all(english_noun(bare(w.text)) for w in piece.words)


def _coined(body: Piece, text: str) -> bool:
    """Whether an organisation's name holds a word no English dictionary has and no acronym
    ("T-Mobile", "SpaceX", "Kellogg's"), or the indices list it."""
    return listed(body.text(text)) or any(
        not english_noun(bare(w.text)) and not acronym(bare(w.text)) for w in body.words
    )
