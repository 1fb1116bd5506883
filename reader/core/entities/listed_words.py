"""Which names a list with an organisation makes organisations (`listed_bodies`), and which
English dictionary words it cannot: those whose list holds one organisation only, itself named
in words of the dictionary or by an acronym.

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

from reader.core.entities.agreement import listed_with_organisation
from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, name_like, opening_adverb
from reader.core.entities.evidence import first_name_alone
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, english_noun
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency


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


def listed_bodies(
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> None:
    """Names listed with an organisation are organisations ("AT&T, Comcast and T-Mobile",
    "Anteile an Siemens, BASF, Daimler und BMW"), unless the text shows them to be a person's
    or, in German, which lists nouns with a capital too ("Smartphone und Tablet"), they are
    words of the language."""
    people = {bare(w.text) for p in pieces if p.kind is EntityKind.PERSON for w in p.words}

    def joins(piece: Piece, bodies: list[Piece]) -> bool:
        return (
            not piece.fragment  # "Hueske-Kraus D.": a word of a name the rules do not know
            and not (lang == "en" and unbacked_word(piece, bodies, text))  # "Wild and The Road"
            and all(name_like(w, lang, lower_words) for w in piece.words)
            and not people & {bare(w.text) for w in piece.words}
            and (len(bodies) > 1 or not first_name_alone(piece, words, index, lang))
            and not (lang == "de" and any(_german(bare(w.text), len(bodies)) for w in piece.words))
            and not (lang == "en" and opening_adverb(piece.words))  # "Similarly, Google"
        )

    listed_with_organisation(pieces, text, joins)


# Organisations a German list must hold for an English dictionary word in it to be one too:
# "Anteile an Siemens, BASF, Daimler, BMW, Eon, RWE" (eight), not "Smartphone und Tablet".
_MANY = 3


def _german(word: str, bodies: int) -> bool:
    """A word, which in German a capital does not make a name ("Strom", "Personal"), or one
    English text never writes ("Luftschadstoffe"; a company's name travels: "Daimler"; a
    listed company is no English word here: "Continental"). An English dictionary word is
    a company's name among three or more ("Eon"), unless it is a first name too ("Anna")."""
    return (
        german_word(word) or german_compound(word) or common_word(word, "de")
        or (english_noun(word) and not listed(word) and (bodies < _MANY or known_first_name(word)))
        or zipf_frequency(word.casefold(), "en") < 1.0
    )  # fmt: skip
