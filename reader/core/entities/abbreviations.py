"""Whether a short form abbreviates a body's longer name, for `variants` to take the two
for one organisation: an acronym of the name's words ("EZB" = "Europäische Zentralbank",
"PG&E" = "Pacific Gas & Electric Co."), or two capitals of a compound's parts ("VW" =
"Volkswagen").
"""

from __future__ import annotations

import re

from reader.core.entities.cues import demonym, place_of
from reader.core.entities.lexicon import ORG_SUFFIXES
from reader.core.word_frequency import zipf


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` is the acronym of `name`: each word's initial in order, the other
    letters from inside the words ("EZB" = "Europäische Zentralbank", "LDP" = "Liberal-
    demokratische Partei"), never "EU" for "Europäische Zentralbank", nor a capitalised
    word ("Bundestag" of "Bundesamt für Ausrüstung": its letters are all in there; "dpa" is one).
    German spells "für" with a small "f" ("BfS" = "Bundesamt für Strahlenschutz") and the
    genitive's article with a small "d" ("GdP" = "Gewerkschaft der Polizei"), a name
    hyphened as one word gives its parts' initials ("RKI" = "Robert-Koch-Institut"), and a
    place or a nation's adjective opening a name may stay out ("PUC" = "California Public
    Utilities Commission"), and German gives an adjective in small letters its initial too
    ("VKU" = "Verband kommunaler Unternehmen"), where the place a name ends with may stay out
    ("VSGE" = "Verband zum Schutz geistigen Eigentums im Internet")."""
    if short[:1].isupper() and short[1:].islower():
        return False
    # "PG&E" = "Pacific Gas & Electric Co.": the ampersand and the legal form are no initials
    small_for = "f" in short[1:]
    small_of = "d" in short[1:]  # "GdP" = "Gewerkschaft der Polizei", "VdK", "BdSt"
    words = [
        w
        for w in name.split()
        if (w[:1].isupper() and w not in ORG_SUFFIXES)
        or (small_for and w == "für")
        or (small_of and w in ("der", "des"))
    ]
    short = short.upper().replace("&", "")
    if not short.isalpha():
        return False
    parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
    tries = [words, parts] if "-" in name else [words]
    if len(words) > 2 and (place_of(words[0]) is not None or demonym(words[0])):
        tries.append(words[1:])  # "California Public Utilities Commission": PUC
    with_adjectives = [
        w
        for w in name.split()
        if w in words or (_SMALL_ADJECTIVE.fullmatch(w) and w not in _NOT_ADJECTIVES)
    ]
    if len(with_adjectives) > len(words):
        tries.append(with_adjectives)  # "Verband kommunaler Unternehmen": VKU
        where = re.split(r" (?:im|in|am) ", name, maxsplit=1)[0]
        if where != name:  # "… geistigen Eigentums im Internet": VSGE
            tries.append([w for w in with_adjectives if w in where.split()])
    return any(
        len(spelt) >= 2
        and short[0] == spelt[0][0].upper()
        and _spelt_by(short, [w.upper() for w in spelt], [_acronym_word(w) for w in spelt])
        for spelt in tries
    )


# A German adjective in small letters inside a body's name ("kommunaler", "geistigen"), and
# the articles and pronouns that end like one.
_SMALL_ADJECTIVE = re.compile(r"[a-zäöüß]{3,}(?:e|en|er|es|em)")
_NOT_ADJECTIVES = frozenset("der des den dem einer einen einem eines unter über oder aber".split())


def _acronym_word(word: str) -> bool:
    """A word of the name that is an acronym itself ("UNESP" of "UNESP Bauru")."""
    letters = word.replace("&", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def _spelt_by(short: str, words: list[str], acronyms: list[bool]) -> bool:
    """Whether each word gives `short` its initial and maybe more of its own letters, in
    order ("BMFSFJ": B and M of "Bundesministerium", then F, S, F, J); a letter of a word never
    stands before the next word's initial ("ECDC" is not "EU Digital COVID-Certificate"). An
    acronym in the name gives its initial or all its letters, never some of them: its letters
    are initials of words the short form does not spell ("UEPB" and "UNEB", two universities
    of a list, are not "UNESP Bauru")."""
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if not short or short[0] != word[0]:
        return False
    if acronyms[0]:
        return _spelt_by(short[1:], rest, acronyms[1:]) or (
            short.startswith(word) and _spelt_by(short[len(word) :], rest, acronyms[1:])
        )
    inside = iter(word[1:])
    for taken in range(1, len(short) + 1):
        if _spelt_by(short[taken:], rest, acronyms[1:]):
            return True
        if taken < len(short) and short[taken] not in inside:
            return False
    return False


def abbreviates_compound(short: str, name: str) -> bool:
    """Whether two capitals abbreviate a compound by its parts' initials: "VW" =
    "Volks|wagen" (each part a word of German or English, a joining "s" allowed)."""
    if len(short) != 2 or not short.isupper() or not name[:1] == short[0] or len(name) < 6:
        return False
    low = name.casefold()
    for cut in range(2, len(low) - 2):
        head, tail = low[:cut], low[cut:]
        if tail[0] == short[1].casefold() and _word(tail) and (_word(head) or _word(head[:-1])):
            return True
    return False


def _word(part: str) -> bool:
    return len(part) > 2 and max(zipf(part, "de"), zipf(part, "en")) >= 3.0
