"""Where a German run of capitalised words begins and ends a body's name, which German
capitals alone do not show: a body's head keeps the genitive of what it stands for
("Bundesverband der Deutschen Heizungsindustrie"), and a plural noun before a name is the
sentence's object, not the name's first word ("Finanzierungen Valendo GmbH"); a German noun
after a brand's or a body's short name is what the text speaks of, not part of the name
("MinusL Joghurt", "LinkedIn Algorithmus"), when the text writes the noun alone too.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import (
    acronym,
    bare,
    camel_case,
    head_word,
    org_head,
    place_of,
    role_length,
)
from reader.core.entities.lexicon import ORG_WORDS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.person_names import german_compound, german_word
from reader.core.entities.pieces import Piece

# Heads of German bodies named after what they stand for, with a genitive after them.
_BODIES = (
    "verband", "verbands", "vereinigung", "amt", "amts", "institut", "instituts", "zentralrat",
)  # fmt: skip


def body_of(run: list[Token], at: int, lang: str) -> bool:
    """ "Bundesverband der Deutschen Heizungsindustrie", "Verband der Automobilindustrie": a
    German body's head with the genitive of what it stands for is one name (a role before
    "der" is not: "Präsident der Bundesbank")."""
    if lang != "de" or run[at].text not in ("der", "des") or at == 0 or at + 1 >= len(run):
        return False
    head = bare(run[at - 1].text).casefold()
    if head == "bund":  # "Bund der Steuerzahler", "Bund der Vertriebenen"
        return True
    return len(head) > 6 and head.endswith(_BODIES) and not role_length(run, at - 1)


def noun_before_name(run: list[Token]) -> bool:
    """A German noun in the plural that opens a run ("Finanzierungen Valendo GmbH",
    "Privathaushalten Fernsehen"): the object of the sentence, not the first word of a name,
    which would be an adjective ("Europäischen Zentralbank") or a body ("Landesbank …")."""
    word = bare(run[0].text)
    low = word.casefold()
    if acronym(word) or head_word(low) or low.endswith(ORG_WORDS) or place_of(word):
        return False
    adjective = low.endswith(("ischen", "lichen", "alen", "igen", "aren", "ären"))
    return low.endswith(("ungen", "heiten", "keiten", "tionen")) or (
        low.endswith("en") and german_compound(word) and not adjective
    )


def noun_after_name(pieces: list[Piece], text: str) -> None:
    """Cut a German noun off the short name before it ("MinusL Joghurt" is MinusL, "BahnComfort
    Kunden" BahnComfort) where the text writes the noun without that name as well; a body's
    name with its place stays whole ("FC Nürnberg"), and so does a union with its branch ("IG
    Metall")."""
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or len(piece.words) != 2:
            continue
        name, noun = piece.words
        if not (acronym(name.text) or camel_case(name.text)) or org_head(piece.words, "de"):
            continue
        if name.text == "IG":
            continue  # an Industriegewerkschaft is named by its branch: "IG Metall", "IG Bau"
        if not german_word(noun.text) or place_of(noun.text):
            continue  # "FC Nürnberg", "WWF Deutschland": a body and its place
        alone = len(re.findall(rf"\b{re.escape(noun.text)}\b", text))
        together = len(re.findall(rf"\b{re.escape(name.text)}\s+{re.escape(noun.text)}\b", text))
        if alone > together:
            piece.words = [name]
