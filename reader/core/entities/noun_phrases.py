"""German noun phrases read as organisations: a body's short name with a thing of its after
it, and a kind of thing named by everyday words before a head that companies also end in.

A short name glued to a German noun ("die FairCoop Aktivisten", "des ADAC Urteils", "der
MinusL Flyer") names the body and something of its: German writes the compound without its
hyphen often enough. `german_runs.noun_after_name` cuts the noun when it is a frequent one or
written alone; the name written alone somewhere in the same text is evidence as good, whatever
the noun ("Der VSGE mahnt ab … über den VSGE Webseiten"), so long as the noun is no body's head
("ADAC Stiftung"), no place ("WWF Deutschland") and no union's branch ("IG Metall").

A company is named by a word of no dictionary, or by a place, a nation or a founder; a run of
everyday words before a head such as "Software", "Versicherung", "Fonds", "Service" or "Brands"
describes a kind of thing ("die Begriffe Direktversicherung", "eine Art Lebensversicherung",
"Alternative Pensionsfonds", "Zusätzliche Software", "als besonderen Service für
Medienvertreter"; in German text English words too: "Fair Fashion Brands", "Cloud Services"). Public bodies are named by everyday words ("Bundesamt für Strahlenschutz",
"Deutsche Rentenversicherung"), so only heads a product or a service ends in count here, and a
nation's adjective or a place among the words keeps the body.

German names a body with the definite article; an indefinite article or a possessive right
before a run counts a thing of its kind ("eine Bundesbehörde", "meine Gesellschaft für den
nächsten Besuch", "in einer French Press", "Eine Bürgerstiftung für …"), in every mention. A
car is no company either ("ein Volkswagen"). A listed company, a service people post on and a
brand's capitals stay, and so does a name inside a hyphenated word or before a noun ("ein
Twitter-Konto", "eine Siemens-Studie", "deinen REWE Markt": the article is the noun's); an
acronym counted so is a test or a document ("eine MPU machen").
"""

from __future__ import annotations

import re

from reader.core.entities.clubs import CLUB_PREFIXES
from reader.core.entities.companies import listed
from reader.core.entities.cues import (
    acronym,
    bare,
    camel_case,
    demonym,
    head_word,
    org_head,
    place_of,
)
from reader.core.entities.divisions import line_of_business
from reader.core.entities.german_words import german_compound, german_word, used_in_german
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_headword
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf


def things_of_names(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without a short name and the German noun after it when the text writes the
    name alone too ("VSGE Webseiten" beside "der VSGE"): the run names the body's thing, and
    the body is found where the text names it alone (its canteen is no mention of it: "HTW
    Mensa"). Where the text never writes it alone, the name without its noun is the mention
    ("mit FairCoop Aktivisten": FairCoop; the whole run was no name a reader marks)."""
    alone: dict[str, bool] = {}  # one search of the text per name
    kept = []
    for piece in pieces:
        if _thing(piece):
            name = bare(piece.words[0].text)
            if name not in alone:
                alone[name] = _written_alone(name, text)
            if alone[name]:
                continue
            if _noun_of_german(piece.words[1].text):  # not "MTV Bamberg": a town's name
                piece.words = piece.words[:1]  # "FairCoop Aktivisten": the body is FairCoop
        kept.append(piece)
    return kept


def _thing(piece: Piece) -> bool:
    if piece.kind is not EntityKind.ORG or len(piece.words) != 2:
        return False
    name, noun = (bare(w.text) for w in piece.words)
    if not (acronym(name) or camel_case(name)) or name == "IG" or name in CLUB_PREFIXES:
        return False  # an Industriegewerkschaft is named by its branch: "IG Metall"; a club
        # by its town: "MTV Bamberg"
    # "ADAC Stiftung", "WWF Deutschland", "VW Nutzfahrzeuge": a body's head, place, or unit
    if org_head(piece.words, "de") or place_of(noun) or line_of_business(noun):
        return False
    return _german_noun(noun)


def _german_noun(word: str) -> bool:
    """A capitalised word German uses ("Aktivisten", "Webseiten", "Flyer"): a thing's noun;
    one in capitals is part of the name ("SPIEGEL ONLINE", "BOOT TULLN")."""
    return word[:1].isupper() and not word.isupper() and used_in_german(word)


def _noun_of_german(word: str) -> bool:
    """A noun German has and English not, or a compound of German words ("Aktivisten",
    "Urteils"); a frequent name is none ("Bamberg")."""
    return german_word(bare(word)) or german_compound(bare(word))


def _written_alone(name: str, text: str) -> bool:
    """Whether the text writes `name` once at least with no capitalised word after it."""
    return bool(re.search(rf"\b{re.escape(name)}\b(?![-\s]+[A-ZÄÖÜ])", text))


# Heads a product, a service or a kind of policy ends in as often as a company's name does.
_KIND_HEADS = ("software", "versicherung", "fonds", "service", "services", "brands")
# Openers that make a descriptive name an official or national body's: "Deutsche
# Rentenversicherung", "Bundesversicherungsamt", "Europäische …", "Schweizerische …".
_OFFICIAL = ("deutsch", "europ", "bundes", "landes", "staat", "international", "national",
             "schweiz", "österreich", "allgemein", "gesetzlich")  # fmt: skip
_JOINERS = frozenset("für for of und and der des".split())


def kinds_not_bodies(pieces: list[Piece], lower_words: frozenset[str]) -> list[Piece]:
    """The pieces without German runs of everyday words before a head a kind of thing ends in
    ("Alternative Pensionsfonds", "Service für Medienvertreter"): no body's name."""
    return [p for p in pieces if not (p.kind is EntityKind.ORG and _kind(p, lower_words))]


def _kind(piece: Piece, lower_words: frozenset[str]) -> bool:
    words = [bare(w.text) for w in piece.words]
    joined = [at for at, word in enumerate(words) if word in _JOINERS]
    head = words[joined[0] - 1] if joined and joined[0] else words[-1]
    if len(words) < 2 or not head.casefold().endswith(_KIND_HEADS):
        return False
    named = [w for w in words if w not in _JOINERS]
    return all(_everyday(w, lower_words) for w in named) and not any(
        w.casefold().startswith(_OFFICIAL)
        or place_of(w)
        or demonym(w)
        or (w != head and head_word(w.casefold()))  # "Verband der privaten Krankenversicherung"
        for w in named
    )


def _everyday(word: str, lower_words: frozenset[str]) -> bool:
    """A word German uses as a noun or writes in lower case in this text, or a word of the
    English dictionary: no name's."""
    if acronym(word) or camel_case(word) or listed(word):
        return False
    if word.casefold().endswith(_KIND_HEADS):
        return zipf(word.casefold(), "de") >= 3.0 or german_compound(word)
    low = word.casefold()
    return (
        german_word(word)
        or german_compound(word)
        or low in lower_words  # "fairer", "zusätzliche"
        or zipf(low, "de") >= 4.5  # a word German writes all the time: "Art", "Form"
        or english_headword(word)  # "Fair Fashion Brands", "Cloud Services"
    )


# An indefinite article, a possessive, "kein" or "jeder" in any case: what counts a thing of a
# kind ("eine Bundesbehörde", "auf jedem AB": a worksheet).
_COUNTING = re.compile(
    r"(?:k?ein|mein|dein|sein|ihr|unser|euer|eur)(?:e|er|em|en|es)?|jed(?:e|er|em|en|es)", re.I
)


def counted_things(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> list[Piece]:
    """The pieces without the organisations German counts with an indefinite article, a
    possessive or "jeder" right before them ("eine Bundesbehörde", "auf jedem AB"), in every
    mention."""
    counted = {p.text(text) for p in pieces if _counted(p, words, index, text)}
    return [p for p in pieces if not (p.kind is EntityKind.ORG and p.text(text) in counted)]


def _counted(piece: Piece, words: list[Token], index: dict[int, int], text: str) -> bool:
    at = index.get(piece.start)
    if piece.kind is not EntityKind.ORG or not at or text[piece.end : piece.end + 1] == "-":
        return False
    before, first = words[at - 1], bare(piece.words[0].text)
    if before.end + 1 != piece.start or not _COUNTING.fullmatch(before.text):
        return False
    if _NOUN_AFTER.match(text, piece.end):
        return False  # "in deinen REWE Markt": the article is the noun's after it
    return not (camel_case(first) or listed(first) or first in PLATFORMS)


_NOUN_AFTER = re.compile(r" [A-ZÄÖÜ]")


def kinds_before_names(pieces: list[Piece], text: str) -> list[Piece]:
    """A German compound before a name the text also gives an organisation alone is a word
    for what the body is, no part of its name ("der italienischen Großbank UniCredit" beside
    "UniCredit: Deutschland wird nicht …", "die Landeseigene Zentrolix Bank"): the name
    alone. Adjectives of a body's own name are no compounds ("Europäische Union" beside "die
    Union")."""
    alone = {p.text(text) for p in pieces if p.kind is EntityKind.ORG}
    for piece in pieces:
        if piece.kind is not EntityKind.ORG or len(piece.words) < 2:
            continue
        first = bare(piece.words[0].text)
        rest = text[piece.words[1].start : piece.end]
        if rest in alone and german_compound(first):
            piece.words = piece.words[1:]
    return pieces


# Determiners and contracted prepositions that open a German noun phrase.
_OPENERS = frozenset(
    "der die das den dem des ein eine einer einem einen eines kein keine keiner keinem "
    "keinen zur zum im am vom beim ins diese dieser diesem diesen neue".split()
)
_INFLECTED = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")
_QUOTED_AFTER = re.compile(r"\s[„“\"»]")


def nouns_described(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> list[Piece]:
    """The pieces without the mentions of a German noun taken for a body's one-word name
    ("Allianz", "Union") where the text uses the noun: after an article and an inflected
    adjective ("die zivile Allianz", "der geförderten Union mit Rom") or before a quoted name
    it is the kind of ("zur Allianz „Klimaschutz 100“"). Other mentions stay: "Die Allianz
    erhöht die Prämien" is the insurer."""
    return [p for p in pieces if not _described(p, words, index, text)]  # not "CDU"


def _described(piece: Piece, words: list[Token], index: dict[int, int], text: str) -> bool:
    at = index.get(piece.start, 0)
    if piece.kind is not EntityKind.ORG or len(piece.words) != 1 or at < 2:
        return False
    word = bare(piece.words[0].text)
    low = word.casefold()
    if not word[1:].islower() or zipf(low, "de") < 4.0 or zipf(low, "de") - zipf(low, "en") < 1.0:
        return False  # no frequent German noun
    adjective, opener = words[at - 1], words[at - 2]
    if _QUOTED_AFTER.match(text, piece.end):
        return True
    if not _INFLECTED.fullmatch(adjective.text) or adjective.end + 1 != piece.start:
        return False
    # "zivile Allianz" after anything; "zivilen" is also a verb's ending ("verklagen
    # Allianz"): after an article only
    return adjective.text.endswith("e") or (
        opener.text.casefold() in _OPENERS and opener.end + 1 == adjective.start
    )
