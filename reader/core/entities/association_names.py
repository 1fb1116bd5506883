"""German associations, federations and networks named by their kind and what follows it: "das
Netzwerk Recherche", "der Arbeitskreis Vorratsdatenspeicherung", "der Verband kommunaler
Unternehmen", "der Bund Deutscher Architekten", "das Bündnis für Demokratie und Toleranz", "die
Initiative gegen Fluglärm Rhein-Main", "die Gesellschaft zur Förderung der Pflanzenforschung".

Civil society names its bodies by a grammar of their own, and the kind's word is the name's
first: German joins two nouns into one word, so a capitalised noun right after a network, a
forum or a working group is no phrase of the language but a name ("Netzwerk Recherche"); a
federation names its members in the genitive plural without an article ("Verband kommunaler
Unternehmen", "Bund Deutscher Architekten"), which ordinary prose does not do; and an alliance
or an initiative says what it is for or against in a prepositional phrase of nouns ("Bündnis
für Demokratie und Toleranz"). Each shape needs a definite article (or a preposition joined with
one) before the kind — "ein Netzwerk von Ärzten", "im Forum schrieb", "eine Initiative für mehr
Radwege" are the ordinary nouns — and the name ends where the capitals end ("… ruft zur
Kundgebung auf"). A word after a network or a forum is a name's only when it is a word of German
or a place, not a foreign or a made-up one: "das Oppositionsbündnis Alianza Cívica" and "der
Verein Hertha BSC" put the kind before a body named on its own, which other rules find.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import acronym, bare, camel_case, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# Kinds whose word opens the name before a noun or a place ("Netzwerk Recherche").
_NOUN_KINDS = frozenset(
    """netzwerk forum arbeitskreis aktionsbündnis bundesvereinigung landesvereinigung
    arbeitsgemeinschaft förderverein bundesverband gewerkschaft""".split()
)
# A foundation's name after its kind is `kind_first_bodies`'s; here only after an adjective
# that opens the name ("die Deutsche Stiftung Patientenschutz").
_OPENED_KINDS = frozenset(["stiftung"])
# Kinds that name their members in the genitive plural ("Verband kommunaler Unternehmen").
_MEMBER_KINDS = ("verband", "vereinigung", "bund", "verein", "gemeinschaft", "gewerkschaft")
# Kinds that say what they are for ("Bündnis für …"); a "Gesellschaft" only "zur Förderung":
# "die Gesellschaft für Frauen gerechter machen" is society.
_PURPOSE_KINDS = _MEMBER_KINDS + (
    "bündnis", "initiative", "netzwerk", "forum", "arbeitskreis", "stiftung",
)  # fmt: skip
_PURPOSES = frozenset("für gegen zur zum".split())
# Every kind's word (or its end) some shape below reads a name after.
_ANY_KIND = (*_PURPOSE_KINDS, "gesellschaft")
_ARTICLES = frozenset("der die das des dem den beim vom zum zur im am".split())
# An adjective opening a body's name ("Deutsche", "Europäischen").
_OPENER = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:e|en|er|es)")
# An attributive adjective's ending in small letters ("kommunaler", "politische").
_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")
# Words in small letters with an adjective's ending that are none: a quantity, a pronoun, a
# determiner ("der Bundesverband mehrerer Branchen" names no members).
_NOT_ADJECTIVES = frozenset(
    """mehr weniger andere anderen anderer diese diesen dieser dieses jene jener jeder jede
    jeden alle allen aller einige einigen einiger viele vielen vieler unsere unserer ihre
    ihrer seine seiner meine meiner mehrere mehrerer beider sämtlicher etlicher solcher
    mancher welcher""".split()
)
_MOST = 8  # words after the kind
_COMPASS = ("nord", "süd", "ost", "west", "mittel", "ober", "nieder", "unter")
# A word in small letters closing the clause right after the words: the verb of a clause that
# has the kind for its subject and the nouns for its object ("dass das Netzwerk Hilfe
# anbietet.", "sprach sich der Verband gegen Tempolimits aus."); with the article opening the
# sentence the kind and its words are the subject, and the verb follows ("Die Gesellschaft zum
# Schutz der Meere klagt.").
_CLAUSE_END = re.compile(r" [a-zäöüß]+(?:[.,;:!?]|$)")
# The articles of a clause's subject or object; after a genitive's or a dative's ("des
# Netzwerks Recherche widersprach.", "beim Forum Umwelt …") the kind is neither.
_SUBJECT_ARTICLES = frozenset("der die das den".split())
# What a society "zur"/"zum" is for is a deed, a noun of "-ung" or the like ("zur Förderung",
# "zum Schutz"), not where it goes ("ruft das Bündnis zur Kundgebung am Rathaus").
_DEEDS = re.compile(r"\w*(?:ung|schutz|erhalt)")


def association_names(text: str, words: list[Token], lang: str, pieces: list[Piece]) -> list[Piece]:
    """The associations German text names by their kind and the words after it, unless an
    organisation found before reaches further ("Verband zum Schutz geistigen Eigentums im
    Internet", "Stiftung für Technologie, Innovation und Forschung Thüringen")."""
    if lang != "de":
        return []
    bodies = [p for p in pieces if p.kind is EntityKind.ORG]
    found = []
    for at, kind in enumerate(words[1:-1], start=1):
        if not kind.capital:
            continue
        low = _kind_stem(kind.text.casefold())
        if low not in _NOUN_KINDS and not low.endswith(_ANY_KIND):
            continue  # no kind's word: none of the shapes below can follow it
        opened = _opened(words, at, text)
        before = words[at - 1 - len(opened)]
        if before.text.casefold() not in _ARTICLES:
            continue
        if text[before.end : (opened or [kind])[0].start] != " ":
            continue
        if text[kind.end : kind.end + 1] != " ":
            continue
        name = (
            _purpose(words, at + 1, text, low)
            or _members(words, at + 1, text, low)
            or ([] if low in _OPENED_KINDS and not opened else _nouns(words, at + 1, text, low))
        )
        subject = before.text.casefold() in _SUBJECT_ARTICLES and not before.sentence_start
        if not name or (subject and _CLAUSE_END.match(text, name[-1].end)):
            continue
        start, end = (opened or [kind])[0].start, name[-1].end
        if not any(b.start < end and start < b.end and b.end > end for b in bodies):
            found.append(Piece(EntityKind.ORG, [*opened, kind, *name]))
    return found


def _kind_stem(low: str) -> str:
    """A kind's word without its genitive ending: "des Verbandes", "des Netzwerks", "des
    Bündnisses"."""
    for ending, stem_end in (("nisses", "nis"), ("es", ""), ("s", "")):
        stem = low.removesuffix(ending) + stem_end if low.endswith(ending) else ""
        if stem and (stem in _NOUN_KINDS or stem.endswith(_PURPOSE_KINDS)):
            return stem
    return low


def _opened(words: list[Token], at: int, text: str) -> list[Token]:
    """A capitalised adjective between the article and the kind, the name's first word ("die
    Deutsche Stiftung Patientenschutz", "der Europäischen Gesellschaft für …")."""
    if at < 2:
        return []
    word = words[at - 1]
    if not _OPENER.fullmatch(word.text) or word.sentence_start or text[word.end] != " ":
        return []
    return [word]


def _nouns(words: list[Token], at: int, text: str, kind: str) -> list[Token]:
    """German nouns or places right after a network's or a forum's word: "Netzwerk Recherche",
    "Forum Umwelt und Entwicklung", "Aktionsbündnis Klimaschutz Hessen"."""
    if kind not in _NOUN_KINDS and kind not in _OPENED_KINDS:
        return []
    name = _capitals(words, at, text)
    if not name or not _german_or_place(name[0].text):
        return []
    if len(name) > 1 and known_first_name(bare(name[0].text)):
        return []  # "das Forum Anna Weber": a person
    return name


def _members(words: list[Token], at: int, text: str, kind: str) -> list[Token]:
    """The members in the genitive after a federation: an adjective ending in "-er" and
    nouns ("Verband kommunaler Unternehmen", "Bund Deutscher Architekten"), or a noun of German
    after the article ("Gewerkschaft der Polizei"; not a place's: "Verband der Ukraine")."""
    if not kind.endswith(_MEMBER_KINDS) or at >= len(words):
        return []
    adjective = words[at]
    if adjective.text in ("der", "des") and text[adjective.end : adjective.end + 1] == " ":
        rest = _capitals(words, at + 1, text)  # "Gewerkschaft der Polizei"
        if rest and _german_or_place(rest[0].text) and not _place(rest[0].text):
            return [adjective, *rest]
        return []
    if not adjective.text.endswith("er") or bare(adjective.text).casefold() in _NOT_ADJECTIVES:
        return []
    if not adjective.capital and not _ADJECTIVE.fullmatch(adjective.text):
        return []
    if text[adjective.end : adjective.end + 1] != " ":
        return []
    rest = _capitals(words, at + 1, text)
    return [adjective, *rest] if rest else []


def _purpose(words: list[Token], at: int, text: str, kind: str) -> list[Token]:
    """What an alliance is for or against, in nouns and their adjectives: "Bündnis für
    Demokratie und Toleranz", "Initiative gegen Fluglärm Rhein-Main", "Gesellschaft zur
    Förderung der Pflanzenforschung", "Verband zum Schutz geistigen Eigentums im Internet"."""
    if at >= len(words) or words[at].text not in _PURPOSES:
        return []
    purpose = words[at].text
    if not (
        kind.endswith(_PURPOSE_KINDS)
        or (kind.endswith("gesellschaft") and purpose in ("zur", "zum"))
    ):
        return []
    if purpose in ("zur", "zum") and not (
        at + 1 < len(words) and _DEEDS.fullmatch(words[at + 1].text.casefold())
    ):
        return []
    name = [words[at]]
    while len(name) < _MOST and at + len(name) < len(words):
        word = words[at + len(name)]
        if text[name[-1].end : word.start] not in (" ", "- "):
            break
        low = word.text.casefold()
        if word.capital and not word.sentence_start and bare(word.text) not in NEVER_NAME:
            if name[-1].capital and not _place(word.text):
                break  # "sammelte die Initiative gegen Bahnlärm Unterschriften"
            name.append(word)
        elif word.text in ("und", "der", "des", "im", "am") and name[-1].capital:
            name.append(word)
        elif _ADJECTIVE.fullmatch(word.text) and low not in _NOT_ADJECTIVES:
            name.append(word)
        else:
            break
    while name and not name[-1].capital:
        name.pop()  # "… und", "… der", "… im": no noun after them
    return name if len(name) > 1 else []


def _capitals(words: list[Token], at: int, text: str) -> list[Token]:
    """The capitalised words from `at` on, one space apart, "und" between two of them, up to a
    small word, a word that never stands in a name or a sentence's end; a capital right after
    another only when it is a place ("Klimaschutz Hessen")."""
    name: list[Token] = []
    while len(name) < _MOST and at + len(name) < len(words):
        word = words[at + len(name)]
        gap = text[(name[-1] if name else words[at - 1]).end : word.start]
        if gap not in (" ", "- ") or word.sentence_start:
            break
        if word.text == "und" and name and at + len(name) + 1 < len(words):
            nxt = words[at + len(name) + 1]
            if nxt.capital and text[word.end : nxt.start] == " ":
                name.append(word)
                continue
            break
        if not word.capital or bare(word.text) in NEVER_NAME:
            break
        if name and name[-1].capital and not _place(word.text):
            break  # "sammelte das Netzwerk Recherche Spenden": the verb's object
        name.append(word)
    return name


def _german_or_place(word: str) -> bool:
    """A noun of German or a place, no acronym nor a foreign word ("Alianza", "Attac": hardly
    more frequent in German than in English)."""
    word = bare(word)
    if acronym(word) or camel_case(word):
        return False
    if _place(word):
        return True
    low = word.casefold()
    here = zipf_frequency(low, "de")
    return here >= 1.5 and here - zipf_frequency(low, "en") >= 1.2


def _place(word: str) -> bool:
    """A place, or a region named by its parts or a compass word before a place ("Rhein-Main",
    "Mittelrhein", "Nordhessen"), as a body's name ends with the area it serves."""
    word = bare(word)
    if place_of(word) is not None or any(place_of(p) is not None for p in word.split("-")):
        return True
    low = word.casefold()
    return any(
        low.startswith(compass) and place_of(word[len(compass) :].capitalize()) is not None
        for compass in _COMPASS
    )
