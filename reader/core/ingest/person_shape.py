"""Whether a capitalised word can open a person's name, or is a word of the language.

Two capitalised words look like "Nicole Bastian" whether they are a name or a menu line
("Übersicht Start"), a greeting ("Fröhliche Weihnachten") or a label ("Financial Calendar"):
German capitalises every noun, and English capitalises labels. The first word decides
(`shape.is_person_name`): a person's name opens with a first name, and one the first-name list
does not know is seldom a frequent word ("Sandee", "Ryoyu"), while the noun or adjective that
opens a phrase is. Surnames prove nothing: they are words as often as not (Peter Koch, Anna
Fischer, Thomas Müller).

The list is gender-guesser's first names of many countries (61,000 spellings), the frequencies wordfreq's,
in English and German (the languages of the pages read most). The entities package asks the
same question of running text (`entities.first_names`); this module is the importer's own, for
one line at a time, so that ingest does not reach into that package's modules. The lists load
on the first question (~0.15 s in all; an import loads them before its workers fork).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from reader.core.ingest.run_cache import kept
from reader.core.word_frequency import zipf

# A word the first-name list does not know is a word of the language, not a name, when German
# uses it clearly more than English does: German capitalises its nouns ("Übersicht" 4.5 in
# German, absent in English), and names travel between the languages ("Schumacher" 3.8 and
# 3.2). The frequencies are wordfreq's small lists, which hold words from Zipf 3.0: the stories
# package loads them anyway (the import workers start with them), while the large lists would
# cost each process 0.6 s and 100 MB for the rarer compounds ("Bauprojekt" 3.0). They are read
# without importing wordfreq's tokenizer (`reader.core.word_frequency`), which a word of
# letters does not need.
_GERMAN_WORD = 3.0
_GERMAN_LEAD = 1.0
# Or when it is frequent in either, as a name the list lacks seldom is ("Financial" 5.1,
# "Digital" 4.8 in English; but "Zac" 3.4).
_COMMON_WORD = 4.0
# Or when it ends as the nouns and adjectives made from other words do, and names do not, in
# German, English, French, Spanish, Italian and Portuguese ("Transgenerationales",
# "Classificação", "Zusammenfassung", "Sostenibilità"): rare words the frequency lists lack. A
# first name with such an ending ("Conceição") is on the first-name list, asked first.
_WORD_ENDINGS = (
    "ung", "heit", "keit", "schaft", "ismus", "ität", "ionales", "ionale", "isches", "ische",
    "ischer", "tion", "tions", "ment", "ments", "ness", "ship", "ology", "ique", "isme", "ción",
    "ciones", "sión", "ção", "ções", "zione", "zioni", "idad", "dade", "ità", "ismo", "mento",
)  # fmt: skip
# Shorter words with these endings are names as often as words ("Jung", "Young"); a hyphenated
# one is a desk's name ("TVT-Redaktion"), which pages credit as an author.
_ENDING_MIN_CHARS = 8


@cache
def _first_names() -> frozenset[str]:
    """gender-guesser's first names, lower-cased: the names its `Detector` knows (a name it
    knows never gets "unknown"), read straight from its data file. The `Detector` also keeps
    each name's gender per country, which this question never asks: building it took 0.3 s of
    CPU per import, the set takes a fraction of that, and the set kept from an earlier run
    (`run_cache.kept`) a fifth of that again."""
    return kept("first_names", _names_file(), _read_first_names)


def _names_file() -> Path:
    import gender_guesser  # only for where its data file lies

    return Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"


def _read_first_names() -> frozenset[str]:
    names: set[str] = set()
    with _names_file().open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=":
                continue  # comments and the column ruler
            name = line.split(None, 2)[1].lower()
            # "Jean+Pierre": the data's own mark for a name written together, apart or hyphenated
            names.update(
                (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-"))
                if "+" in name
                else (name,)
            )
    return frozenset(names)


def load_lists() -> None:
    """Load the first-name list now: an import loads it before forking its parsing workers,
    which then share it instead of each loading it on its first name."""
    _first_names()


@lru_cache(maxsize=8192)
def first_name(word: str) -> bool:
    """A first name the list knows (or, hyphenated, with one: "Hans-Peter")."""
    names = _first_names()
    return any(part and part.lower() in names for part in word.split("-"))


@lru_cache(maxsize=8192)
def common_word(word: str) -> bool:
    """A frequent word of English or German that is no first name ("Übersicht", "Fröhliche",
    "Financial"; not "Malte", "Dallas", "Sandee")."""
    if first_name(word):
        return False
    low = word.casefold()
    if len(low) >= _ENDING_MIN_CHARS and "-" not in low and low.endswith(_WORD_ENDINGS):
        return True
    german = zipf(low, "de", "small")
    english = zipf(low, "en", "small")
    if german >= _GERMAN_WORD and german >= english + _GERMAN_LEAD:
        return True
    return max(german, english) >= _COMMON_WORD


@lru_cache(maxsize=8192)
def german_band_word(word: str) -> bool:
    """A word `common_word` takes for German only because German uses it a little (Zipf 3 to
    4) and English not: as often a rare first name, a surname or a brand ("Gabor", the shoe
    maker and a Hungarian first name the list spells "Gábor") as a noun. Alone it is weak
    evidence; a label that names the author outweighs it (`name_lists.phrase_not_name`)."""
    if first_name(word):
        return False
    low = word.casefold()
    if len(low) >= _ENDING_MIN_CHARS and "-" not in low and low.endswith(_WORD_ENDINGS):
        return False
    german = zipf(low, "de", "small")
    return _GERMAN_WORD <= german < _COMMON_WORD and zipf(low, "en", "small") < _COMMON_WORD


def opens_a_phrase(words: Sequence[str]) -> bool:
    """The first word is a common word, and no word is a first name. Later words alone prove
    nothing, since surnames are words as often as not (Peter Koch, Anna Fischer); a first name
    after a common word is a name after its role ("FOCUS-Online-Experte Robin Tschöpe"). An
    initial or a title ("J.", "Dr.") announces a person; an acronym in a line not all in
    capitals, a desk or an outlet ("NDR Info") that pages credit as an author. A word in lower
    case is no first name, whatever the list holds ("an" of "Montag an" is a Vietnamese one)."""
    opener = words[0]
    if opener.endswith(".") or (opener.isupper() and not all(map(str.isupper, words))):
        return False
    return common_word(opener) and not any(first_name(w) for w in words if not w.islower())


def is_word_phrase(text: str) -> bool:
    """Capitalised words that are a phrase, not a name (`opens_a_phrase`: "Any Means Necessary",
    "European Space Agency"; not "Josh Boak", "Zac Hall"). A lead word does not make its phrase
    a name: a show ("By Any Means Necessary") or an organisation ("by European Space Agency")
    follows "By" in a programme list or a credit. One word is an account or a first name ("By
    oradmin", "Regan"); an acronym opening the words, even in a line all in capitals, a desk."""
    words = text.split()
    return len(words) >= 2 and not words[0].isupper() and opens_a_phrase(words)
