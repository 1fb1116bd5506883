"""Titles of works and names of products that the text introduces by their kind: "the book
was called The Dragon Waiting", "his first novel, Web of Angels", "playing The Force
Unleashed", "die Open-Source-Alternative VeraCrypt", "dem Spiel Pokémon Go", "die
Kryptowährung FairCoin".

A title reads like a body's name — capitalised words, often "The" before them, sometimes an
organisation's head among them ("Web of Angels", "The Hard Thing About Hard Things") — and a
product named as brands write ("VeraCrypt", "FairCoin") like a start-up's. What tells them
apart is the noun for a kind of work or product right before the name, which no organisation
is called by: a reader takes "the novel X" for a book whatever X's words. The noun may stand
alone ("the book", "Roman"), end a German compound ("Verschlüsselungsprogramm",
"Fernsehshow") or be followed by "called", "titled", "entitled", a comma or an opening quote;
German "sogenannt" before a name says it is a term ("die sogenannten ZTL"). German names a
law, a treaty, a fair or a conference so too ("das Heizungsgesetz GEG", "die Reisemesse CMT").
A name of several words
followed by "program", "mission" or "initiative" is a programme ("the Commercial Lunar Payload
Services program"; an owner's single name stays: "a NASA mission"). What is named so once is
that thing in every mention, as the rest of the rules treat a name;
services people post on and companies of the main stock indices stay organisations ("the app
Instagram", "the game maker … Nintendo" never reach here either way).
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import ORG_WORDS, PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# Nouns for a kind of work or product, in English and German; a German compound ending in
# one of the German nouns is one too ("Verschlüsselungsprogramm", "Modesendung").
_KINDS_EN = frozenset(
    """book books novel novels memoir film films movie movies documentary album albums song
    songs single game games videogame series sitcom musical opera play poem painting
    installation exhibition app apps software program programme tool browser cryptocurrency
    token drama dramas thriller thrillers comedy miniseries""".split()
)
_KINDS_DE = (
    "buch", "roman", "film", "album", "song", "lied", "spiel", "serie", "sendung", "show",
    "app", "programm", "software", "tool", "alternative", "währung", "ausstellung",
    "installation", "musical", "oper", "theaterstück", "gemälde", "projekt", "projekts",
    "browser", "podcastfolge",
    # laws, treaties and the events a fair or a conference is ("das Heizgesetz GEG", "die
    # Reisemesse CMT"): what the law regulates, who holds the fair, is the body
    "gesetz", "verordnung", "richtlinie", "abkommen", "messe", "festival", "konferenz",
)  # fmt: skip
# What may stand between the noun and the title: a verb of naming, a comma, an opening quote.
_BETWEEN = re.compile(
    r"(?:,?\s+(?:(?:was|is|wird)\s+)?(?:called|titled|entitled|named|namens|genannt|mit dem Titel))?"
    r",?\s[\"“„‘'»«]?$"  # a quote opens the title: after a space, right before the name
)
_NAMING = re.compile(r"\b(?:called|named|namens|genannt|titled|entitled)\b")
# Words for a body that may stand before "called" besides those for a company: "a band
# called …", "a coalition named …".
_BODY_WORDS = frozenset(
    """band club team organization organisation association society union coalition alliance
    collective foundation institute outfit venture fund party movement network
    verein""".split()
)
# Words before "called" that say nothing of what the name is: "it's called", "so-called".
NEVER_KIND = frozenset("it is was be been being so also now then often".split())
# German "so-called" before a name: what follows is a term the text explains, no body's
# name (English "so-called" doubts a name instead: "the so-called Islamic State").
_SO_CALLED_DE = re.compile(r"\b(?:[Ss]o ?genannte[nrms]?|sog\.)\s[\"“„‘'»«]?$")
# Brackets that Korean, Chinese and Japanese text (and English translated from it) put
# around the title of a work.
_TITLE_BRACKETS = ("<", "《", "〈", "「", "『")
_LAST_WORD = re.compile(r"([\w-]+)$")


def kind_before(text: str, start: int) -> bool:
    """Whether a noun for a work or a product stands right before `start`: "the novel ",
    "The book was called ", "his first novel, ", "die Open-Source-Alternative "."""
    window = text[max(0, start - 60) : start].rsplit("\n", 1)[-1]
    if window.endswith(_TITLE_BRACKETS):
        return True  # "<The Palace: Tale of Jang Noksu>", "《Parasite》": a title's brackets
    if _SO_CALLED_DE.search(window):
        return True  # "auf der so genannten Staatsbank", "sog. Picture Archiving …": a term
    between = _BETWEEN.search(window)
    if between is None:
        return False
    word = _LAST_WORD.search(window[: between.start()])
    if word is None:
        return False
    noun = word.group(1).rsplit("-", 1)[-1]
    if _NAMING.search(window[between.start() :]):
        # "a condition called HP", "eine Harnstofflösung namens Adblue": what the text names
        # is of the kind before the verb, a body only when that is a word for one ("a
        # startup called …", "eine Firma namens …")
        low = noun.casefold()
        if "," in window[between.start() :] and not _common_noun(noun):
            return False  # "Zentrolix, genannt ZX": a name's other name, no kind's
        return not (low.endswith(ORG_WORDS) or low in _BODY_WORDS) and low not in NEVER_KIND
    if noun.islower():
        return noun in _KINDS_EN
    low = noun.casefold()
    if not noun[:1].isupper():
        return False
    if low in _KINDS_DE:
        return True  # "Roman", "Spiel", "Alternative"
    # a German compound ending in a kind, whose first part is a German word ("Modesendung",
    # "Verschlüsselungsprogramm"); not "Developer", nor "Spielplan" or "Buchhandlung", nor
    # "Beispiel" ("X, ein Beispiel für …": an example of anything)
    kind = next((k for k in _KINDS_DE if low.endswith(k) and not low.endswith("beispiel")), None)
    head = low[: -len(kind)] if kind else ""
    return len(head) > 2 and max(zipf(head, "de"), zipf(head.removesuffix("s"), "de")) >= 3.0


def _common_noun(word: str) -> bool:
    """A noun of either language, no name: English writes it small, German as the dictionary
    has it ("Kriegsführung, genannt PSYOP")."""
    return word.islower() or german_word(word) or german_compound(word)


# "VeraCrypt ist ein Verschlüsselungsprogramm, das …", "Stadia is a new game", "X is an app
# for …", "Diwali, the Hindu festival of lights": the name, a copula and an indefinite
# article or a comma and an article, then up to three words, the last of them the noun the
# phrase is about (what follows it ends the phrase). A German apposition takes its name's
# case: "mit Horizon Europe, dem Forschungsprogramm der EU", "des Spiels X, eines Shooters".
_DEFINED = re.compile(
    r"(?:\s+(?:ist|is|war|was)\s+(?:ein|eine|a|an)|,\s+(?:a|an|the|ein|eine|das|der|die|"
    r"dem|den|des|einem|einen|eines|einer))"
    r"\s+((?:[\w-]+\s+){0,3}?[\w-]+)"
    r"(?=[.,;:!?)]|\s+(?:that|which|for|from|by|with|of|in|on|das|die|der|für|von|mit|aus|"
    r"zur|zum|im)\b)"
)


def kind_after(text: str, end: int) -> bool:
    """Whether the text says what the name ending at `end` is, and that is a work or a
    product: "VeraCrypt ist ein Verschlüsselungsprogramm, das …", "X is a free app for …"."""
    match = _DEFINED.match(text, end)
    if match is None:
        return False
    noun = match.group(1).split()[-1]
    return noun in _OCCASIONS or kind_before(noun + " X", len(noun) + 1)


# What people celebrate or hold, said of a name in an apposition: "Diwali, the Hindu
# festival of lights".
_OCCASIONS = frozenset("festival holiday feast celebration ceremony".split())


# A programme named like a body, its kind written after it: "the Commercial Lunar Payload
# Services program", "the Incubation Grants program", "the Europa Clipper mission", also with
# its abbreviation between ("the Commercial Orbital Cargo Services (COCS) program").
_PROGRAMME_AFTER = re.compile(
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?\s+(?:program|programme|mission|initiative|scheme)s?\b(?!['’])"
)
# A body's head ends the name of the one whose programme it is ("the Bill Foster Foundation
# program office"), never the programme's.
_BODY_HEADS = frozenset(
    """foundation institute agency association society council commission committee
    university college center centre department ministry office corporation company group
    inc.""".split()
)


_SHORT_AFTER = re.compile(
    r"([A-ZÄÖÜ][\w&-]*(?: (?:[A-ZÄÖÜ][\w&-]*|and|und|of|for|für))*) \(([A-Z]{2,6})\)"
)


def works(pieces: list[Piece], text: str) -> list[Piece]:
    """`pieces` without the organisations the text introduces as a work or a product in any
    mention — also where that mention is no run of its own ("die Open-Source-Alternative
    VeraCrypt") —, every mention of that name left out."""
    names = {p.text(text) for p in pieces if p.kind is EntityKind.ORG}
    names = {n for n in names if n not in PLATFORMS and not listed(n)}
    if not names:
        return pieces
    # every place the text writes one of the names, in one pass over the text
    longest_first = sorted(names, key=len, reverse=True)
    written = re.compile(r"\b(?:" + "|".join(map(re.escape, longest_first)) + r")\b", re.I)
    named = {
        m.group().casefold() for m in written.finditer(text)
        if kind_before(text, m.start())
        or kind_after(text, m.end())
        or (
            " " in m.group()  # not "NASA mission"
            and m.group().rsplit(" ", 1)[-1].casefold() not in _BODY_HEADS
            and _PROGRAMME_AFTER.match(text, m.end())
        )
    }  # fmt: skip
    if not named:
        return pieces
    # the short form in brackets after such a name is the same thing: "sog. Picture Archiving
    # and Communication Systems (PACS)"
    named |= {m[2].casefold() for m in _SHORT_AFTER.finditer(text) if m[1].casefold() in named}
    # "Adblue" named so once is "AdBlue" too
    return [
        p for p in pieces
        if not (p.kind is EntityKind.ORG and p.text(text).casefold() in named)
    ]  # fmt: skip
