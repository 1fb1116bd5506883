"""A name that what follows it says is a company or another body: what is said only of bodies,
in either language — "Zorvex is headquartered in Oslo", "Zorvex was founded in 1998",
"Zorvex, which makes pumps, …", "Zorvex's chief executive", "Zorvex wurde 1998 gegründet",
"Zorvex hat seinen Sitz in Oslo", "Zorvex mit Sitz in Oslo", "Zorvex beschäftigt 300
Mitarbeiter" — the "its" a clause refers back to a body with (`neuter_subject`), and what
business news says a company does (`company_doings`: "Zorvex streicht 300 Stellen").

People are born, not founded; they live somewhere, they are not headquartered or seated there;
they employ a nanny, not 300 staff; "who" opens what is said of them, "which" a body's or a
thing's, and a verb of making or selling after "which" leaves the thing. What a person has as
much as a company ("Musk's shares", "Trump's spokesman", "Smith is based in London") says
nothing, and is left out; so does what business news says a company does, of a name the text
makes a person's elsewhere ("Müller reported a loss … Dr. Müller": `named_a_person`).
"""

from __future__ import annotations

import re

from reader.core.entities import company_doings
from reader.core.entities.company_neighbours import named_a_person
from reader.core.entities.cues import bare
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.names import Token, common_word, english_noun
from reader.core.entities.neuter_subjects import neuter_subject
from reader.core.entities.pieces import Piece

_ENGLISH = re.compile(
    r"(?:['’]s (?:chief executive|CEO|headquarters|board of directors|shareholders|"
    r"workforce|parent company|subsidiary|co-founders?)\b"
    r"| (?:is|was) (?:headquartered|incorporated) in\b"
    r"| (?:was|were) (?:founded|established|incorporated) (?:in|by|as)\b"
    r"|, which (?:makes|made|sells|sold|operates|owns|develops|produces|manufactures)\b)"
)
_GERMAN = re.compile(
    r"(?: wurde (?:(?:im Jahr |im Jahre )?\d{4} )?(?:von [^.,;:!?]{1,60} )?gegründet\b"
    r"| hat (?:seinen|ihren) (?:Haupt)?[Ss]itz in\b"
    r"|,? mit (?:Haupt)?[Ss]itz in\b"
    r"| beschäftigt (?:rund |mehr als |über |etwa )?[\d.]+ (?:Mitarbeiter|Beschäftigte|Menschen)\b)"
)


def body_subject(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, text: str
) -> bool:
    """Whether what follows a name, no word of the language ("Das Unternehmen wurde 1998
    gegründet", "The Board is headquartered in"), says it is a body (see the module's
    docstring)."""
    if neuter_subject(piece, words, index, lang, text):
        return True
    if any(_word_of(w.text, lang) for w in piece.words):
        return False
    end = piece.end
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2  # "Zorvex's chief executive": the word holds the possessive
    if (_GERMAN if lang == "de" else _ENGLISH).match(text, end) is not None:
        return True
    doings = company_doings.GERMAN if lang == "de" else company_doings.ENGLISH
    if doings.match(text, end) is None:
        return False
    at = index.get(piece.start)  # "Müller reported a loss … Dr. Müller": his, not a firm's
    return at is None or len(piece.words) > 1 or not named_a_person(words, at)


def _word_of(word: str, lang: str) -> bool:
    """Whether a word is one of the language's, a noun or an adjective, not a name."""
    word = bare(word)
    if lang == "de":
        return german_word(word) or german_compound(word) or common_word(word, "de")
    return english_noun(word) or common_word(word, "en")
