"""What one capitalised run is: a role and a person, an organisation, a place, or nothing yet.

The rules in the order a reader applies them: a role word makes the words after it a person
("US-Präsident Donald Trump"); an organisation's head or suffix makes the run an organisation
("Europäische Zentralbank", "Toyota Motor Corp."), and so does an acronym ("NATO"); a name in
the gazetteer is a place; two or three words that are names rather than nouns of the language
are a person ("Sanae Takaichi"). What is left may still be a variant of a name found elsewhere
in the text, which `extract` decides once every run has been seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.entities import places
from reader.core.entities.lexicon import (
    NEVER_NAME,
    NOT_ORG_ACRONYMS,
    ORG_HEADS_DE,
    ORG_HEADS_EN,
    ORG_SUFFIXES,
    PARTY_ACRONYMS,
    ROLE_ENDINGS_DE,
    ROLE_TITLES,
    ROLE_WORDS_EN,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, frequent

_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}|[A-Z][a-z]?[A-Z]{1,4}")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
_ROLE_EN_FIRST = {w.split()[0] for w in ROLE_WORDS_EN}


@dataclass(slots=True)
class Piece:
    """A classified stretch of a run: its kind (None: not known yet), its name, and the role
    that preceded it (people)."""

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
    """How many words from `at` make a role ("Prime Minister", "Finanzministerin", "CEO")."""
    low = [bare(w.text).casefold() for w in words[at : at + 3]]
    for size in (3, 2, 1):
        if len(low) >= size and " ".join(low[:size]) in ROLE_WORDS_EN:
            return size
    word = low[0] if low else ""
    if word in ROLE_WORDS_EN or words[at].text in ROLE_TITLES:
        return 1
    stem = word[:-1] if word.endswith("s") else word
    tail = stem.rsplit("-", 1)[-1]
    if any(tail.endswith(r) for r in ROLE_ENDINGS_DE) or any(word.endswith(r) for r in ROLE_ENDINGS_DE):
        return 1 if len(tail) > 3 else 0  # "Vizekanzler", "EZB-Präsidentin"
    if word.endswith(("-chef", "-chefin")):
        return 1
    return 0


def org_head(words: list[Token], lang: str) -> bool:
    """Whether the run's last word heads or ends an organisation's name."""
    last = bare(words[-1].text)
    if last in ORG_SUFFIXES:
        return True
    low = last.casefold()
    if low in ORG_HEADS_EN and (lang != "de" or len(words) > 1):
        return len(words) > 1
    if lang == "de" or len(words) > 1:
        for head in ORG_HEADS_DE:
            if low == head:
                return len(words) > 1
            if low.endswith(head) and len(low) > len(head) + 3 and _compound_org(low, head):
                return True
    return False


def _compound_org(word: str, head: str) -> bool:
    """A German compound that names one organisation ("Bundesfinanzministerium",
    "Bundesbank", "Bundestag") rather than a kind of one ("Notenbank", "Zentralbank")."""
    return word.startswith(("bundes", "landes", "staats", "reichs", "welt", "europa")) or (
        head in ("ministerium", "amt", "gericht", "kommission", "tag") and word.startswith(("bundes", "landes", "finanz", "außen", "innen", "wirtschafts", "verteidigungs", "justiz", "umwelt", "gesundheits", "arbeits"))
    )


def acronym(word: str) -> bool:
    word = bare(word)
    if word in PARTY_ACRONYMS:
        return True
    return bool(_ACRONYM.fullmatch(word)) and word not in NOT_ORG_ACRONYMS and places.lookup(word) is None


def place_of(word: str) -> places.Place | None:
    """The place a word names, also in the genitive ("Japans", "Japan's")."""
    word = bare(word)
    found = places.lookup(word)
    if found is None and word.endswith("s") and len(word) > 4:
        found = places.lookup(word[:-1])
    return found


def name_like(word: Token, lang: str, lower_words: frozenset[str]) -> bool:
    """A word that may be part of a person's name."""
    text = bare(word.text)
    if len(text) < 2 or text.isupper() or text in NEVER_NAME or "-" in text.strip("-")[:1]:
        return False
    if text.casefold() in lower_words:
        return False  # the text itself uses it as an ordinary word
    if word.sentence_start and frequent(text, lang):
        return False
    return not common_word(text, lang)


def classify(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """Split a run into pieces and say what each is (kind None: undecided)."""
    while run and (bare(run[0].text) in NEVER_NAME or run[0].text.islower()):
        run = run[1:]
    while run and run[-1].text.islower():
        run = run[:-1]
    if not run:
        return []
    for at in range(len(run)):
        size = role_length(run, at)
        if size and at + size < len(run):
            rest = run[at + size :]
            person = rest[: _name_words(rest, lang, lower_words)]
            if person:
                role_words = run[_role_start(run, at) : at + size]
                before = run[: _role_start(run, at)]
                after = rest[len(person) :]
                role = " ".join(bare(w.text) for w in role_words)
                return [
                    *classify(before, lang, lower_words),
                    *_role_parts(role_words, lang),
                    Piece(EntityKind.PERSON, person, role),
                    *classify(after, lang, lower_words),
                ]
    return _without_role(run, lang, lower_words)


def _role_start(run: list[Token], at: int) -> int:
    """Where a role phrase begins: "Treasury Secretary", "Japanese Prime Minister" keep the
    capitalised words before the role word unless they are a place or a name of their own."""
    start = at
    while start > 0 and not run[start - 1].sentence_start and place_of(run[start - 1].text) is None:
        previous = bare(run[start - 1].text)
        if not previous[:1].isupper() or previous in NEVER_NAME or previous.isupper():
            break
        if not (previous.endswith(("ese", "an", "ish", "sche", "sche", "ische")) or common_word(previous, "en")):
            break
        start -= 1
    return start


def _role_parts(role_words: list[Token], lang: str) -> list[Piece]:
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


def _name_words(rest: list[Token], lang: str, lower_words: frozenset[str]) -> int:
    """How many words after a role are the person's name (at most four)."""
    count = 0
    for word in rest[:4]:
        if word.text.islower() and count and word.text in ("von", "van", "der", "de", "da", "di", "bin", "al"):
            count += 1
            continue
        if not word.capital or bare(word.text) in NEVER_NAME or place_of(word.text) or acronym(word.text):
            break
        if common_word(bare(word.text), lang) and count:
            break
        count += 1
    while count and rest[count - 1].text.islower():
        count -= 1
    return count


def _without_role(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    if org_head(run, lang) or (len(run) > 1 and acronym(run[0].text) and not place_of(run[0].text)):
        return [Piece(EntityKind.ORG, run)]
    joined = " ".join(bare(w.text) for w in run)
    place = places.lookup(joined)
    if place is not None:
        return [Piece(EntityKind.PLACE, run, place=place)]
    splits = [i for i, w in enumerate(run) if w.text.islower()]
    if splits:  # "Spitze der Regierung", "Sanae Takaichi and": the parts on their own
        at = splits[0]
        return [*classify(run[:at], lang, lower_words), *classify(run[at + 1 :], lang, lower_words)]
    if len(run) == 1:
        return _single(run[0], lang, lower_words)
    if 2 <= len(run) <= 4 and all(name_like(w, lang, lower_words) for w in run) and not any(
        place_of(w.text) for w in run
    ):
        return [Piece(EntityKind.PERSON, run)]
    # A longer run or one with nouns: its words one by one
    return [piece for word in run for piece in _single(word, lang, lower_words)]


def _single(word: Token, lang: str, lower_words: frozenset[str]) -> list[Piece]:
    parts = word.text.split("-")
    if len(parts) > 1:
        found = []
        at = word.start
        for part in parts:
            place = place_of(part) if part[:1].isupper() else None
            if place is not None:
                found.append(Piece(EntityKind.PLACE, [Token(part, at, at + len(part), False)], place=place))
            elif acronym(part) and len(parts) > 1:
                found.append(Piece(EntityKind.ORG, [Token(part, at, at + len(part), False)]))
            at += len(part) + 1
        if org_head([word], lang):
            return [Piece(EntityKind.ORG, [word])]
        return found
    place = place_of(word.text)
    if place is not None:
        return [Piece(EntityKind.PLACE, [word], place=place)]
    if acronym(word.text):
        return [Piece(EntityKind.ORG, [word])]
    if org_head([word], lang):
        return [Piece(EntityKind.ORG, [word])]
    if name_like(word, lang, lower_words):
        return [Piece(None, [word])]
    return []
