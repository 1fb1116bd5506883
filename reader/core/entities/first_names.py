"""First names: the evidence that two capitalised words are a person and not a title, a
product or a noun phrase ("Star Trek", "Gelbe Trikot", "Developer Valve", "Nasdaq Composite").

The list is gender-guesser's dictionary of ~45,000 first names from many countries (Japanese,
Chinese, Arabic and Slavic ones among them). A name's first word counts as a first name when
the list has it, or when it is no word of English or German at all ("Ryoyu", "Cene",
"Maurkice": names the list misses, which no dictionary mistakes for words). Loaded on first
use (~0.2 s), like the gazetteer.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from reader.core.entities.names import english_headword
from reader.core.text import without_accents
from reader.core.word_frequency import WORDS_REMEMBERED, zipf

_WORD = 2.5  # Zipf: from here a word is common enough in news to be a word, not a name


@cache
def _detector() -> object:
    import gender_guesser.detector as gender  # imported here: the list loads on first use

    return gender.Detector(case_sensitive=False)


@lru_cache(maxsize=WORDS_REMEMBERED)
def known_first_name(word: str) -> bool:
    """Whether the first-name list has `word` (or, hyphenated, one of its parts)."""
    detector = _detector()
    return any(
        part and detector.get_gender(part) != "unknown"  # type: ignore[attr-defined]
        for part in word.split("-")
    )


@cache
def _folded_names() -> frozenset[str]:
    """The list's first names without their accents, in small letters ("maximo", "anais")."""
    names = _detector().names  # type: ignore[attr-defined]
    return frozenset(without_accents(name.casefold()) for name in names)


def first_name_unaccented(word: str) -> bool:
    """Whether the list has `word` as a first name, also written without its accents, as
    sports results and English text often write them ("Maximo" for "Máximo", "Anais" for
    "Anaïs")."""
    return known_first_name(word) or without_accents(word.casefold()) in _folded_names()


# A first name or surname opened by a particle and a capital: "LeBron", "DeAndre", "DiCaprio".
_PARTICLE_NAME = re.compile(r"(?:De|Del|Dal|Di|Da|Du|La|Le|Ja)[A-Z][a-z]+")


@lru_cache(maxsize=WORDS_REMEMBERED)
def may_begin_a_name(word: str) -> bool:
    """A first name, a name opened by a particle ("LeBron"), or a word that is no word of
    either language."""
    if known_first_name(word) or _PARTICLE_NAME.fullmatch(word):
        return True
    low = word.casefold()
    return max(zipf(low, "en"), zipf(low, "de")) < _WORD


@lru_cache(maxsize=WORDS_REMEMBERED)
def plain_first_name(word: str) -> bool:
    """A first name that is no word of the dictionary: frequent in English because people
    bear it ("David", "Michael"), unlike "Will", "May" or "Mark", which open sentences too."""
    return known_first_name(word) and not english_headword(word.casefold())


@lru_cache(maxsize=WORDS_REMEMBERED)
def personal_name(word: str) -> bool:
    """A first name the list gives a sex ("Lena", "Kimberly"), not one it calls either
    ("andy": "Huawei", "Weibo", "Liu" are as much brands or surnames)."""
    gender = _detector().get_gender(word)  # type: ignore[attr-defined]
    return gender not in ("unknown", "andy")


@lru_cache(maxsize=WORDS_REMEMBERED)
def sex_of(word: str) -> str:
    """"m" or "f" for a first name the list gives one sex, else "" (one it gives mostly one,
    "Kim", "Robin", or either, "Eike", or none it knows): what a German office written short
    before the name ("Abg.") is written out as, "Abgeordneter" or "Abgeordnete" — not guessed."""
    gender = _detector().get_gender(word)  # type: ignore[attr-defined]
    return {"male": "m", "female": "f"}.get(gender, "")


# gender-guesser's sexes, a name's sure one and its mostly one alike: a column lists either.
_SEXES = {"female": "f", "mostly_female": "f", "male": "m", "mostly_male": "m"}


@lru_cache(maxsize=WORDS_REMEMBERED)
def sure_sex_of(word: str) -> str:
    """`sex_of(word)` where no country of the list gives the name the other sex or either,
    else "": "Andrea" is a woman's name in Germany and a man's in Italy, "Simone" a man's in
    Italy and a woman's in France, so a list that writes an office in a woman's form where
    the source did not ("Pressesprecherin") does so only for a name like "Stephanie". A
    hyphenated name the list lacks ("Anna-Lena") is sure where all its parts are the same."""
    names: dict[str, dict[str, str]] = _detector().names  # type: ignore[attr-defined]
    if "-" in word and word.casefold() not in names:  # "Jean-Marie" is listed, a man's
        parts = {sure_sex_of(part) for part in word.split("-")}
        return parts.pop() if len(parts) == 1 else ""
    sex = sex_of(word)
    listed = {_SEXES.get(key, "?") for key in names.get(word.casefold(), {})}
    return sex if listed == {sex} else ""


# gender-guesser's columns (0-based) for the countries whose news these texts are: Great
# Britain, Ireland, the USA, Germany, Austria, Switzerland.
_OUR_COUNTRIES = (0, 1, 2, 12, 13, 14)


@lru_cache(maxsize=WORDS_REMEMBERED)
def first_name_frequency(
    word: str, anywhere: bool = False, countries: tuple[int, ...] = _OUR_COUNTRIES
) -> int:
    """How common `word` is as a first name where English or German is read (`anywhere`: in
    the most of the list's 55 countries, "Hassan" 8; `countries`: the list's columns to look
    in): gender-guesser's scale from 0 (not listed there) and 1 (rare) to 13 ("Mary" 9,
    "Florence" 7, "Paris" 1)."""
    names: dict[str, dict[str, str]] = _detector().names  # type: ignore[attr-defined]
    best = 0
    for columns in names.get(word.casefold(), {}).values():
        for at in range(len(columns)) if anywhere else countries:
            if at < len(columns) and columns[at] != " ":
                best = max(best, int(columns[at], 16))
    return best


_KOREA = 52  # gender-guesser's column for Korea


@lru_cache(maxsize=WORDS_REMEMBERED)
def korean_given_name(word: str) -> bool:
    """Whether gender-guesser lists `word` as a given name, or a syllable of one, in Korea."""
    names: dict[str, dict[str, str]] = _detector().names  # type: ignore[attr-defined]
    return any(
        len(columns) > _KOREA and columns[_KOREA] != " "
        for columns in names.get(word.casefold(), {}).values()
    )
