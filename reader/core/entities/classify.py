"""What one capitalised run is: a role and a person, an organisation, a place, or nothing yet.

The rules in the order a reader applies them: a role word makes the words after it a person
("US-Präsident Donald Trump"); a word for a company before a name makes it an organisation
("Chiphersteller Intel"), and so do an organisation's head or suffix ("Europäische
Zentralbank", "Toyota Motor Corp.") and an acronym ("NATO"); a name in the gazetteer is a place,
a name ending in "Bridge" or "Palast" a site; two to four words that are names rather than
nouns of the language are a person ("Sanae Takaichi"). What is left may still be a variant of a
name found elsewhere in the text, which `extraction` decides once every run has been seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wordfreq import zipf_frequency

from reader.core.entities import places
from reader.core.entities.lexicon import (
    NEVER_NAME,
    NOT_ORG_ACRONYMS,
    ORG_COMPOUND_HEADS,
    ORG_HEADS_DE,
    ORG_HEADS_EN,
    ORG_SUFFIXES,
    ORG_WORDS,
    PARTIES,
    PARTY_ACRONYMS,
    PLACE_HEADS,
    ROLE_ENDINGS_DE,
    ROLE_TITLES,
    ROLE_WORDS_EN,
    VESSEL_PREFIXES,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, everyday, frequent

_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}|[A-Z][a-z]?[A-Z]{1,4}|G\d{1,2}")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_SPLITTERS = frozenset("der des den dem the und and".split())
_NAME_PARTICLES = frozenset("von van der de da di bin al".split())
_COMPOUND_PREFIXES = ("bundes", "landes", "staats", "reichs", "welt", "europa")
# Endings of German nouns and adjectives that no family or first name has.
_GERMAN_NOT_NAMES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "ität", "itäten", "ismus", "isch", "ische", "ischen", "ischer", "isches", "lich", "liche",
    "lichen", "licher", "liches", "ige", "igen", "iger", "iges", "bare", "baren", "barer",
)  # fmt: skip


@dataclass(slots=True)
class Piece:
    """A classified stretch of a run: its kind (None: not known yet), its words, the role
    that preceded it (people) and the place it names (places)."""

    kind: EntityKind | None
    words: list[Token]
    role: str = ""
    place: places.Place | None = None

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def text(self, source: str) -> str:
        return _POSSESSIVE.sub("", source[self.start : self.end])


def bare(word: str) -> str:
    """A word without its possessive ending: "Japan's" → "Japan"."""
    return _POSSESSIVE.sub("", word)


def role_length(words: list[Token], at: int) -> int:
    """How many words from `at` make a role ("Prime Minister", "Finanzministerin",
    "Präsidenten", "CEO")."""
    low = [bare(w.text).casefold() for w in words[at : at + 3]]
    for size in (3, 2, 1):
        if len(low) >= size and " ".join(low[:size]) in ROLE_WORDS_EN:
            return size
    if not low:
        return 0
    if words[at].text in ROLE_TITLES:
        return 1
    word = low[0]
    for stem in (
        word,
        word[:-1] if word.endswith(("s", "n")) else "",
        word[:-2] if word.endswith("en") else "",
    ):
        tail = stem.rsplit("-", 1)[-1]
        if stem and len(tail) > 3 and tail.endswith(ROLE_ENDINGS_DE):
            return 1  # "Vizekanzler", "EZB-Präsidentin", "Regierungschefs"
    return 0


def org_head(words: list[Token], lang: str) -> bool:
    """Whether the run's last word heads or ends an organisation's name."""
    last = bare(words[-1].text)
    if last in ORG_SUFFIXES and len(words) > 1:
        return True
    low = last.casefold()
    if len(words) > 1 and low in ORG_HEADS_EN:
        return True
    if "-" in low and last[:1].isupper():
        name, head = last.rsplit("-", 1)
        if head.casefold() in ORG_HEADS_DE and head.casefold() not in ORG_COMPOUND_HEADS:
            return not any(place_of(part) for part in name.split("-"))  # "Ishin-Partei"
    for head in ORG_HEADS_DE:
        if low == head and len(words) > 1:
            return True
        if low.endswith(head) and len(low) > len(head) + 3:
            # "Europäische Zentralbank" (a named one), "Bundesbank"; not "Notenbank" alone
            if len(words) > 1 or low.startswith(_COMPOUND_PREFIXES):
                return True
    return False


def acronym(word: str) -> bool:
    word = bare(word)
    if word in PARTY_ACRONYMS:
        return True
    return (
        bool(_ACRONYM.fullmatch(word))
        and word.upper() not in NOT_ORG_ACRONYMS
        and places.lookup(word) is None
    )


def place_of(word: str) -> places.Place | None:
    """The place a word names, also in the genitive ("Japans", "Japan's") or in capitals
    ("TOKYO" in a dateline)."""
    word = bare(word)
    if word.isupper() and len(word) > 3:
        word = word.title()
    found = places.lookup(word)
    if found is None and word.endswith("s") and len(word) > 4:
        found = places.lookup(word[:-1])
    return found


def demonym(word: str) -> bool:
    """An English adjective of a country or region: "German", "Japanese", "Chinese",
    "American", "Italian", "European" (tried against the gazetteer, not listed)."""
    if not word.endswith(("an", "ese", "ish", "ic", "i")):
        return False
    stems = (
        word[:-3],
        word[:-3] + "a",
        word + "y",
        word[:-1],
        word[:-2] + "y",
        word[:-2],
        word[:-3] + "ain",
        word[:-1] + "a",
    )
    return any(len(stem) > 2 and places.lookup(stem) is not None for stem in stems)


def name_like(word: Token, lang: str, lower_words: frozenset[str]) -> bool:
    """A word that may be part of a person's name (or an organisation's)."""
    text = bare(word.text)
    if len(text) < 2 or text.isupper() or text in NEVER_NAME:
        return False
    if not all(part[:1].isupper() for part in text.split("-")):
        return False
    if lang == "de" and text.casefold().endswith(_GERMAN_NOT_NAMES):
        return False  # "Kündigungen", "Künstliche", "Wirtschaftlichkeit"
    if text.endswith("s") and (common_word(text[:-1], lang) or common_word(text[:-2], lang)):
        return False  # a genitive noun: "Treffens", "Landes"
    if text.casefold() in lower_words:
        return False  # the text itself uses it as an ordinary word
    if lang == "en" and word.sentence_start and frequent(text, lang):
        return False
    return not common_word(text, lang)


def classify(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """Split a run into pieces and say what each is (kind None: undecided)."""
    while run and (bare(run[0].text) in NEVER_NAME or run[0].text.islower()):
        run = run[1:]
    while run and run[-1].text.islower():
        run = run[:-1]
    if not run or run[0].text in VESSEL_PREFIXES:
        return []
    for at in range(len(run)):
        size = role_length(run, at)
        if size and at + size < len(run):
            rest = run[at + size :]
            count = _name_words(rest, lang)
            if count:
                begin = _role_start(run, at, lang)
                role = " ".join(bare(w.text) for w in run[begin : at + size])
                return [
                    *classify(run[:begin], lang, lower_words),
                    *_role_parts(run[begin : at + size]),
                    Piece(EntityKind.PERSON, rest[:count], role),
                    *classify(rest[count:], lang, lower_words),
                ]
    return _without_role(run, lang, lower_words)


def _first_name_like(word: Token, lang: str, lower_words: frozenset[str]) -> bool:
    """Whether a word before "von" may be a first name ("Richard von Weizsäcker"), not a noun
    ("Finanzpaket von Union"): first names are words people write often."""
    return (
        name_like(word, lang, lower_words)
        and zipf_frequency(bare(word.text).casefold(), lang) >= 2.5
    )


def _role_start(run: list[Token], at: int, lang: str) -> int:
    """Where a role phrase begins: "Treasury Secretary" and "Japanese Prime Minister" keep the
    capitalised words before the role word that are ordinary words, not names of their own."""
    start = at
    while start > 0:
        previous = run[start - 1]
        word = bare(previous.text)
        if place_of(word) or word in NEVER_NAME or word.isupper() or previous.sentence_start:
            break
        if not (common_word(word, "en") or common_word(word, lang)):
            break
        start -= 1
    return start


def _role_parts(role_words: list[Token]) -> list[Piece]:
    """Places and organisations inside a role: "US-Präsident" names the USA, "VW-Chef" VW."""
    found: list[Piece] = []
    for word in role_words:
        if "-" not in word.text:
            continue
        part = word.text.split("-", 1)[0]
        span = Token(part, word.start, word.start + len(part), False)
        place = place_of(part)
        if place is not None:
            found.append(Piece(EntityKind.PLACE, [span], place=place))
        elif acronym(part):
            found.append(Piece(EntityKind.ORG, [span]))
    return found


def _name_words(rest: list[Token], lang: str) -> int:
    """How many words after a role are the person's name (at most four)."""
    count = 0
    for word in rest[:4]:
        if word.text.islower():
            if count and word.text in _NAME_PARTICLES:
                count += 1
                continue
            break
        text = bare(word.text)
        if text in NEVER_NAME or place_of(text) or acronym(text) or everyday(text, lang):
            break
        count += 1
        if text != word.text:
            break  # a possessive ends the name
    while count and rest[count - 1].text.islower():
        count -= 1
    return count


def _without_role(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    splits = [
        i for i, w in enumerate(run)
        if (w.text in _SPLITTERS and not (i > 0 and run[i - 1].text in ("von", "van")))
        or (w.text == "von" and i > 0 and not _first_name_like(run[i - 1], lang, lower_words))
    ]  # fmt: skip
    if splits:  # "Spitze der Regierung", "VW und IG Metall": the parts on their own
        at = splits[0]
        return [*classify(run[:at], lang, lower_words), *classify(run[at + 1 :], lang, lower_words)]
    place = places.lookup(" ".join(bare(w.text) for w in run))
    if place is not None:
        return [Piece(EntityKind.PLACE, run, place=place)]
    first = bare(run[0].text).casefold()
    if len(run) > 1 and first.endswith(ORG_WORDS) and not org_head(run, lang):
        return [Piece(EntityKind.ORG, run[1:])]  # "Chiphersteller Intel", "Partner Komeito"
    if len(run) > 1 and not name_like(run[0], lang, lower_words) and place_of(run[0].text) is None:
        if not acronym(run[0].text) and not org_head(run, lang):
            return classify(run[1:], lang, lower_words)
    if " ".join(bare(w.text) for w in run) in PARTIES:
        return [Piece(EntityKind.ORG, run)]
    if org_head(run, lang) or (len(run) > 1 and acronym(run[0].text)):
        return [Piece(EntityKind.ORG, run)]
    if len(run) > 1 and bare(run[-1].text) in PLACE_HEADS:
        name = " ".join(bare(w.text) for w in run)
        return [
            Piece(EntityKind.PLACE, run, place=places.Place(f"site:{name.casefold()}", name, name))
        ]
    if len(run) == 1:
        return _single(run[0], lang, lower_words)
    if (
        len(run) <= 4
        and all(name_like(w, lang, lower_words) for w in run)
        and not any(place_of(w.text) for w in run)
    ):
        return [Piece(EntityKind.PERSON, run)]
    return [piece for word in run for piece in _single(word, lang, lower_words)]


def _single(word: Token, lang: str, lower_words: frozenset[str]) -> list[Piece]:
    parts = word.text.split("-")
    if len(parts) > 1 and all(parts):
        return _compound(word, parts, lang, lower_words)
    place = place_of(word.text)
    if place is not None:
        return [Piece(EntityKind.PLACE, [word], place=place)]
    if acronym(word.text) or org_head([word], lang):
        return [Piece(EntityKind.ORG, [word])]
    return [Piece(None, [word])]  # undecided: a variant, a person, an organisation, or nothing


def _compound(word: Token, parts: list[str], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """A hyphenated word: "Japan-USA-Allianz" names two places, "Apec-Gipfel" an
    organisation, "Ishin-Partei" is one, "Frank-Walter" may begin a name."""
    if org_head([word], lang):
        return [Piece(EntityKind.ORG, [word])]
    if all(
        p[:1].isupper() and not common_word(p, lang) and not acronym(p) for p in parts
    ) and not any(place_of(p) for p in parts):
        return [Piece(None, [word])]
    found, at = [], word.start
    for i, part in enumerate(parts):
        span = Token(part, at, at + len(part), False)
        place = place_of(part) if part[:1].isupper() else None
        if place is not None:
            found.append(Piece(EntityKind.PLACE, [span], place=place))
        elif acronym(part):
            found.append(Piece(EntityKind.ORG, [span]))
        elif (
            i + 1 < len(parts)
            and parts[-1].casefold() in ORG_COMPOUND_HEADS
            and name_like(span, lang, lower_words)
        ):
            found.append(Piece(EntityKind.ORG, [span]))
        at += len(part) + 1
    return found
