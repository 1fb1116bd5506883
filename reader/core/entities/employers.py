"""The lone names one of whose mentions the text shows to be a body's: "Hipcricket, a mobile
marketing company", "made by Wistron", "die Experten von viversum", "employees of Valendo".

A preposition of place before a name the gazetteers do not know makes it a place ("from
Xilingol", "in Logar"), and what one mention shows holds for every mention of the word. But
"from" and "in" stand before a company as often ("experience from Hipcricket", "a survey from
Piper Jaffray", "output from Satechi"), while an apposition that says it is a company, the
people it employs or serves, or a deed only companies do says more than a preposition can:
such a name is no place, whichever mention comes first, and the rules for organisations decide
it. An office held there is no such sign: a town has its mayor ("die Bürgermeisterin von
Reichenbach").
"""

from __future__ import annotations

from reader.core.entities.cues import name_like
from reader.core.entities.evidence import first_name_alone, staff_of
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.entities.workplaces import described, made_by


def employer_words(
    firsts: list[tuple[Piece, str]],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> frozenset[str]:
    """The first words of the undecided pieces one of whose mentions names a body."""
    return frozenset(
        word
        for piece, word in firsts
        if piece.kind is None
        and (staff_of(piece, text) or described(piece, text) or made_by(piece, words, index))
        and name_like(piece.words[0], lang, lower_words)
        and not first_name_alone(piece, words, index, lang)
    )
