"""A German name a noun phrase after it says is a company or a body: "Zorvex, ein Unternehmen
aus Basel, …", "Zorvex, der Hersteller der Sensoren, …", "Zorvex als international tätiges
Unternehmen …".

English writes the kind in small letters ("Kosmos, a group co-founded by …": `described`);
German writes every noun with a capital, so there the phrase's head is its first capitalised
word after the article and any adjectives, and it must be a word for a kind of body
(`ORG_WORDS`). Nouns that name a person's relation as often as a company's ("die Tochter des
Gründers", "der Partner von", "der Konkurrent", "der Rivale") say nothing of the kind, and a
role ("der Sprecher des Vereins") makes a person.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import bare, role_length
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import ORG_WORDS
from reader.core.entities.names import Token, tokens
from reader.core.entities.pieces import Piece
from reader.core.entities.workplaces import described, made_by

# ", ein international tätiges Unternehmen", " als Hersteller": the article, small adjectives
# (no second article or pronoun: ", die die Marke nutzen" is a relative clause), the head noun.
_SMALL = r"(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|sich|sie|er|es)\s)"
_HEAD = rf"((?:{_SMALL}[a-zäöüß][\w-]*\s+){{0,3}})(?P<head>[A-ZÄÖÜ][\w-]*)"
_APPOSED = re.compile(rf",\s+(?:ein|eine|der|die|das)\s+{_HEAD}")
_AS = re.compile(rf"\s+als\s+(?:(?:ein|eine|der|die|das)\s+)?{_HEAD}")
# Relations people stand in as much as companies: no kind of body.
_RELATIONS = ("tochter", "partner", "konkurrent", "rivale")


def german_kind_apposition(piece: Piece, text: str) -> bool:
    """Whether a German name, no word of the language ("die Autobatterie als Stromlieferant"),
    is followed by a phrase whose head is a word for a kind of body."""
    word = bare(piece.words[0].text)
    if len(piece.words) == 1 and (german_word(word) or german_compound(word)):
        return False
    found = _APPOSED.match(text, piece.end) or _AS.match(text, piece.end)
    if found is None:
        return False
    head = found.group("head")
    low = head.casefold()
    return (
        low.endswith(ORG_WORDS)
        and not low.endswith(_RELATIONS)
        and not role_length(tokens(head), 0)  # "der Konzernsprecher": a person
    )


def described_body(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, text: str
) -> bool:
    """Whether what is said right after or before a name makes it a company: an apposition in
    either language ("Ring, the doorbell maker", above for German) or "made by Wistron"."""
    return (
        described(piece, text)
        or made_by(piece, words, index)
        or (lang == "de" and german_kind_apposition(piece, text))
    )
