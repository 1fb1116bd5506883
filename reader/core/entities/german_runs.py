"""Where a German run of capitalised words begins and ends a body's name, which German
capitals alone do not show: a body's head keeps the genitive of what it stands for
("Bundesverband der Deutschen Heizungsindustrie"), and a plural noun before a name is the
sentence's object, not the name's first word ("Finanzierungen Valendo GmbH"); a German noun
after a brand's or a body's short name is what the text speaks of, not part of the name
("MinusL Joghurt", "LinkedIn Algorithmus"), when the text writes the noun alone too. An
adjective in small letters may stand inside such a name ("Institut der deutschen Wirtschaft",
"Amt für kirchliche Dienste"), which a run of capitals alone would cut.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import (
    acronym,
    bare,
    camel_case,
    head_word,
    org_head,
    place_of,
    role_length,
)
from reader.core.entities.divisions import line_of_business
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import LEGAL_FORMS, ORG_WORDS, PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# Heads of German bodies named after what they stand for, with a genitive after them.
_BODIES = (
    "verband", "verbands", "vereinigung", "amt", "amts", "institut", "instituts", "zentralrat",
    # houses of learning, art and money named for what they serve: "Akademie der Künste",
    # "Pinakothek der Moderne", "Stiftung der Deutschen Wirtschaft"
    "akademie", "pinakothek", "stiftung",
)  # fmt: skip


# A body's department, named by what it does and the body it belongs to: "Personalmanagement
# der Bundeswehr", "Rechtsabteilung der Deutschen Bahn", "Landeskommando der Bundeswehr" (not a
# directorate: "die Juristische Direktion des MDR" is the MDR's), a compound whose first part
# says what it does; "die Abteilung des Zentrums …" alone is no name.
_DEPARTMENTS = ("management", "abteilung", "kommando")


# What joins a body's head to the adjective and noun it stands for.
_JOINED_BY = frozenset("der des für".split())
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")


def with_adjectives(found: list[list[Token]], words: list[Token], text: str) -> list[list[Token]]:
    """Join a run that ends in a body's head to the run after it when only the genitive (or
    "für") and an adjective in small letters stand between: "Institut der deutschen
    Wirtschaft", "Verband der privaten Krankenversicherung", "Gesellschaft für deutsche
    Sprache" are one name each; in "ein Sprecher von Siemens der deutschen
    Nachrichtenagentur" the adjective belongs to the sentence, as "Siemens" heads no body."""
    index = {w.start: i for i, w in enumerate(words)}
    joined: list[list[Token]] = []
    for run in found:
        before = joined[-1] if joined else None
        if before is not None and _adjective_between(before[-1], run[0], words, index, text):
            at = index[before[-1].start]
            joined[-1] = [*before, *words[at + 1 : index[run[0].start]], *run]
        else:
            joined.append(run)
    return joined


def _adjective_between(
    head: Token, name: Token, words: list[Token], index: dict[int, int], text: str
) -> bool:
    at, end = index.get(head.start), index.get(name.start)
    if at is None or end is None or end - at not in (3, 4):
        return False
    low = bare(head.text).casefold()
    if not (
        low in ("bund", *_BODIES) or (len(low) > 6 and low.endswith((*_BODIES, "gesellschaft")))
    ):
        return False
    between = words[at + 1 : end]
    joiner, adjectives = between[0], between[1:]
    return (
        joiner.text in _JOINED_BY
        and all(w.text.islower() and w.text.endswith(_ADJECTIVE_ENDINGS) for w in adjectives)
        and all(
            text[a.end : b.start] == " "
            for a, b in zip([head, *between], [*between, name], strict=True)
        )
    )


def body_of(run: list[Token], at: int, lang: str) -> bool:
    """ "Bundesverband der Deutschen Heizungsindustrie", "Verband der Automobilindustrie": a
    German body's head with the genitive of what it stands for is one name (a role before
    "der" is not: "Präsident der Bundesbank"), and so is a department with the genitive of
    its body ("Personalmanagement der Bundeswehr")."""
    if lang != "de" or run[at].text not in ("der", "des") or at == 0 or at + 1 >= len(run):
        return False
    head = bare(run[at - 1].text).casefold()
    if head == "bund":  # "Bund der Steuerzahler", "Bund der Vertriebenen"
        return True
    department = any(head.endswith(d) and head != d for d in _DEPARTMENTS)  # not "Abteilung"
    return len(head) > 6 and (head.endswith(_BODIES) or department) and not role_length(run, at - 1)


def noun_before_name(run: list[Token]) -> bool:
    """A German noun in the plural that opens a run ("Finanzierungen Valendo GmbH",
    "Privathaushalten Fernsehen"): the object of the sentence, not the first word of a name,
    which would be an adjective ("Europäischen Zentralbank") or a body ("Landesbank …"), or
    a listed company's name that is a compound too, opening a name with a legal form
    ("Volkswagen Financial Services AG": the daughter's name opens with its parent's; without
    one, "Volkswagen Nutzfahrzeuge", `units` joins the unit to its maker)."""
    word = bare(run[0].text)
    low = word.casefold()
    if acronym(word) or head_word(low) or low.endswith(ORG_WORDS) or place_of(word):
        return False
    if listed(word) and bare(run[-1].text) in LEGAL_FORMS:
        return False
    adjective = low.endswith(("ischen", "lichen", "alen", "igen", "aren", "ären"))
    return low.endswith(("ungen", "heiten", "keiten", "tionen")) or (
        low.endswith("en") and german_compound(word) and not adjective
    )


def noun_after_name(pieces: list[Piece], text: str) -> None:
    """Cut a German noun off the short name before it ("MinusL Joghurt" is MinusL, "BahnComfort
    Kunden" BahnComfort) where the text writes the noun without that name as well or the noun
    is a frequent one ("DMEXCO Branche", "FairCoop Aktivisten", "ARD Bühne", "Facebook Gruppe":
    a service's group, even with a body's head); a body's
    name with its place stays whole ("FC Nürnberg"), and so does a union with its branch ("IG
    Metall"). Each name and noun is counted once: a long text names the same body many times,
    and searching all of it again for each mention was quadratic."""
    asked: dict[tuple[str, str], bool] = {}
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or len(piece.words) != 2:
            continue
        name, noun = piece.words
        # a service people post on names what is on it, even a body's head: "Facebook Gruppe"
        platform = name.text in PLATFORMS
        if not (acronym(name.text) or camel_case(name.text) or platform) or (
            org_head(piece.words, "de") and not platform
        ):
            continue
        if name.text == "IG":
            continue  # an Industriegewerkschaft is named by its branch: "IG Metall", "IG Bau"
        if not german_word(noun.text) or place_of(noun.text) or line_of_business(noun.text):
            continue  # "FC Nürnberg", "WWF Deutschland", "VW Nutzfahrzeuge": a body and its place
        pair = (name.text, noun.text)
        if not noun.text.isupper() and zipf_frequency(noun.text.casefold(), "de") >= 4.0:
            asked[pair] = True  # a frequent noun: no need to count
        elif pair not in asked:
            asked[pair] = _alone_more(name.text, noun.text, text)
        if asked[pair]:
            piece.words = [name]  # a frequent noun is the body's thing: "DMEXCO Branche"


def _alone_more(name: str, noun: str, text: str) -> bool:
    """Whether the text writes `noun` more often than right after `name`."""
    alone = len(re.findall(rf"\b{re.escape(noun)}\b", text))
    together = len(re.findall(rf"\b{re.escape(name)}\s+{re.escape(noun)}\b", text))
    return alone > together
