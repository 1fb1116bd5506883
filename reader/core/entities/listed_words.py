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

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare
from reader.core.entities.names import english_noun
from reader.core.entities.pieces import Piece


def unbacked_word(piece: Piece, bodies: list[Piece], text: str) -> bool:
    """Whether an undecided piece of English dictionary words is listed with a single
    organisation (`bodies`: the list's) that has no coined word in its name (see the
    module's docstring)."""
    return len(bodies) == 1 and not _coined(bodies[0], text) and _words_of_dictionary(piece, text)


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
