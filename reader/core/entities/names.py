"""Capitalised runs: the stretches of a text that may be names, and whether a word is a common
word of the language rather than a name.

German capitalises every noun, so a capital letter proves nothing there. A name is told from a
noun by how languages use it: wordfreq counts "Regierung" far more often in German than in
English, while "Takaichi", "Merz" or "Trump" are about as rare (or as frequent) in both — names
travel, nouns do not. English capitalises names only, except at a sentence start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from reader.core.data_files import ENGLISH_WORD_LISTS
from reader.core.entities.lexicon import (
    LEGAL_FORMS,
    NAME_JOINERS,
    NEVER_NAME,
    ORG_JOINERS,
    ROLE_TITLES,
)
from reader.core.entities.office_names import SALUTATIONS
from reader.core.word_frequency import WORDS_REMEMBERED
from reader.core.word_frequency import zipf as zipf_frequency

# A word: letters, inner hyphens and apostrophes; dotted abbreviations ("U.S.") kept whole.
# "AT&T", "PG&E", "S&P": an ampersand between capitals is inside one name. An underscore
# separates words ("Director_Oh Kyeong Taek" in a credits line). "E.ON": a dotted brand. A
# lone capital with an exclamation mark before a capitalised word is a name's first word ("E!
# News", "E! Online"): no sentence ends in one letter.
_WORD = re.compile(r"[A-Z]!(?= [A-Z])|[A-Z]\.[A-Z]{2,}\b|(?:[A-Z]\.){2,}|[A-Z][A-Za-z]*&[A-Z][A-Za-z]*\b|[^\W\d_](?:(?:[^\W_]|[’'-])*[^\W_])?\.?|\d\w*")
_DOTTED = re.compile(r"(?:[A-Z]\.)+")
# What, between two words, makes the second one begin a sentence, a line or a quotation.
_OPENERS = frozenset('.!?:;„“"»«(\n—–')
# Words whose full stop ends no sentence: abbreviations in names, and the titles written before
# a name (`ROLE_TITLES`, so a title added there is read here too; not a salutation, "Mr.").
_ABBREVIATIONS = {
    "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "St.", "ST.", "Mt.", "MT.", "Ft.", "FT.",
} | {t for t in ROLE_TITLES if t.endswith(".") and t[:-1].casefold() not in SALUTATIONS}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    sentence_start: bool

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str) -> list[Token]:
    """The words of `text` with their offsets, each marked when a sentence (or a line, or a
    quotation) begins with it."""
    found: list[Token] = []
    last_end = 0
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if word[-1] == "." and (
            word not in _ABBREVIATIONS or word in _UNITS and _counted(found, text, start)
        ) and not _DOTTED.fullmatch(word):
            word, end = word[:-1], end - 1
        gap = text[last_end:start]
        begins = (
            not found
            or (gap != " " and not _OPENERS.isdisjoint(gap))
            or "--" in gap  # "BERLIN -- The European Space Agency": a dash typed as two
            or (
                found[-1].text[-1] == "."
                and found[-1].text not in _ABBREVIATIONS
                and not _DOTTED.fullmatch(found[-1].text)  # "U.S. President"
            )
        )
        found.append(Token(word, start, end, begins))
        last_end = end
    return found


# Titles that are also a unit after a number ("2 Min. Lesezeit", "in der 90. Min."): minutes
# there, where "Min. Petra Lang" is a minister. Only these: after an ordinal, another title is
# the office's rank ("1. Bgm. Anna Weber", "2. Vors. Hans Huber").
_UNITS = frozenset({"Min."})


def _counted(found: list[Token], text: str, start: int) -> bool:
    """Whether the word at `start` follows a number (a cardinal or an ordinal)."""
    return bool(found) and found[-1].text[:1].isdigit() and not text[found[-1].end : start].strip(". ")


# What "on" introduces after a name that is no part of it: a day or a month.
_DAYS_AND_MONTHS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December""".split()
)


# Legal forms written in small letters close the name before them as a capitalised one does:
# "Carrow & Sons plc", "Lebenshilfe Ulm gGmbH".
_SMALL_FORMS = frozenset(form for form in LEGAL_FORMS if form[:1].islower())
_JOINERS = NAME_JOINERS | ORG_JOINERS


def runs(text: str, words: list[Token]) -> list[list[Token]]:
    """Stretches of capitalised words separated by single spaces (joiners like "von der",
    "of", "für" allowed inside), each a candidate name."""
    found: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # joiners seen after the current run
    for word in words:
        touching = bool(current) and text[(pending or current)[-1].end : word.start] in (
            " ",
            "\u00a0",
            " & ",  # "Pacific Gas & Electric Co.", "Johnson & Johnson"
        )
        small_form = bool(current) and touching and not pending and word.text in _SMALL_FORMS
        if (word.capital or small_form) and not word.text[0].isdigit():
            if (
                current
                and touching
                and not (word.sentence_start and not pending)
                and not (pending and pending[-1].text == "on" and word.text in _DAYS_AND_MONTHS)
            ):  # "NASA on Monday": a name and when, not "Committee on Finance"
                current += [*pending, word]
            else:
                if current:
                    found.append(current)
                current = [word]
            pending = []
        elif current and touching and word.text in _JOINERS and len(pending) < 2:
            pending.append(word)
        else:
            if current:
                found.append(current)
            current, pending = [], []
    if current:
        found.append(current)
    return found


def other_language(lang: str) -> str:
    return "en" if lang == "de" else "de"


@lru_cache(maxsize=WORDS_REMEMBERED)
def common_word(word: str, lang: str) -> bool:
    """Whether `word` (any case) is an everyday word of `lang` rather than a name: frequent
    there and clearly rarer in the other language."""
    if word in NEVER_NAME:
        return True
    low = word.casefold()
    here, there = zipf_frequency(low, lang), zipf_frequency(low, other_language(lang))
    if lang == "de":
        # German surnames reach a Zipf of 4 in German news and stay rare in English
        # ("Söder" 3.7 / 1.3); nouns that English shares ("Tag", "Partner") are frequent.
        return (here >= 4.3 and here - there >= 1.8) or here >= 5.2
    return here >= 4.4 and here - there >= 0.8


@lru_cache(maxsize=WORDS_REMEMBERED)
def everyday(word: str, lang: str) -> bool:
    """A very frequent word of `lang` that is no name: where a name after a role ends."""
    low = word.casefold()
    here = zipf_frequency(low, lang)
    return here >= 5.0 and here - zipf_frequency(low, other_language(lang)) >= 1.0


@lru_cache(maxsize=WORDS_REMEMBERED)
def frequent(word: str, lang: str, zipf: float = 5.0) -> bool:
    """A frequent word of `lang` at all (names included): what a sentence may start with."""
    return zipf_frequency(word.casefold(), lang) >= zipf


def _english_words(kind: str) -> set[str]:
    """One of english_words' lists, as `data_files.ENGLISH_WORD_LISTS` names it (the frozen
    build ships only those)."""
    from english_words import get_english_words_set

    source, alpha, lower = ENGLISH_WORD_LISTS[kind]
    words: set[str] = get_english_words_set([source], alpha=alpha, lower=lower)
    return words


@cache
def _english_vocabulary() -> frozenset[str]:
    return frozenset(w for w in _english_words("vocabulary") if w[:1].islower())


@cache
def _dictionary() -> frozenset[str]:
    return frozenset(_english_words("dictionary"))


def dictionary_word(word: str) -> bool:
    """Whether GCIDE, the free Webster's with words newer than web2's ("hype", "blockchain",
    "mama", "lockdown"), has `word` in any case: a word of English or a name long known
    ("Saturn", "Cicero") — not a company's or a brand's ("Intel", "Volkswagen", "Nato")."""
    return word.casefold() in _dictionary()


@lru_cache(maxsize=WORDS_REMEMBERED)
def english_noun(word: str) -> bool:
    """Whether an English dictionary lists `word` in lower case (also as a plural): "nickel",
    "partners", "critics" are ordinary words; "Intel", "Toyota", "Huawei" are not in it.
    Capitalised, such a word is a name only with other evidence."""
    low = word.casefold()
    vocabulary = _english_vocabulary()
    return (
        low in vocabulary
        or (low.endswith("ies") and low[:-3] + "y" in vocabulary)
        or (low.endswith("es") and low[:-2] in vocabulary)
        or (low.endswith("s") and low[:-1] in vocabulary)
    )


def english_headword(word: str) -> bool:
    """Whether the dictionary lists `word` itself in lower case ("gap", "viper"), not only
    a form of it ("witters" of "witter": a name in capitals stays one)."""
    return word.casefold() in _english_vocabulary()


@lru_cache(maxsize=WORDS_REMEMBERED)
def english_verb_form(word: str) -> bool:
    """A participle of a verb an English dictionary lists: "Emerging", "Verified", "Updated"
    — what opens a line or a caption ("Verified video footage"), not a name ("Boeing",
    "Beijing")."""
    low = word.casefold()
    stems: list[str] = []
    if low.endswith("ing") and len(low) > 5:
        stems = [low[:-3], low[:-3] + "e"]
    elif low.endswith("ied") and len(low) > 5:
        stems = [low[:-3] + "y"]
    elif low.endswith("ed") and len(low) > 4:
        stems = [low[:-2], low[:-1]]
    return any(stem in _english_vocabulary() for stem in stems)
