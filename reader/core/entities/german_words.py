"""Whether a capitalised word is a German word rather than a name, from word frequencies.

Its own module because nearly every rule family asks it — is "Kumpel" a noun or a surname,
"Vulkan" a noun or a first name, "Handelshäuser" a compound too rare for the lists? — and
the answer needs only the two languages' word frequencies and the first-name list, nothing
of the rules that ask.
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.entities.cues import bare
from reader.core.entities.first_names import first_name_frequency
from reader.core.word_frequency import WORDS_REMEMBERED
from reader.core.word_frequency import zipf as zipf_frequency


@lru_cache(maxsize=WORDS_REMEMBERED)
def german_word(word: str) -> bool:
    """A word German has and English not ("Kumpel", "Partner" not): a noun, not a first name."""
    low = bare(word).casefold()
    here = zipf_frequency(low, "de")
    return here >= 3.0 and here - zipf_frequency(low, "en") >= 1.8


def german_word_not_first_name(word: str) -> bool:
    """A frequent German word the first-name list holds though hardly anyone bears it
    ("Vulkan", "Viva": at most rare in one country of the list's 55), so in German text it is
    the noun before a name ("Vulkan Stromboli"), not a first name; "Till" and "Wilson" are
    borne in several countries and stay first names, and a word of English as much ("Lot",
    "Al") is left to the other rules."""
    low = word.casefold()
    here = zipf_frequency(low, "de")
    return (
        here >= 3.0
        and here > zipf_frequency(low, "en")  # German's word more than English's: not "Lot"
        and max(first_name_frequency(part, True) for part in word.split("-")) <= 1
    )  # "Christina-Maria": each part a first name


@lru_cache(maxsize=WORDS_REMEMBERED)
def german_compound(word: str) -> bool:
    """A rare German word made of two common ones ("Handels|häuser", "Zoll|streits"): a noun
    too rare for the word lists, not a name of no language."""
    low = bare(word).casefold()
    return any(
        zipf_frequency(low[cut:], "de") >= 3.5 and zipf_frequency(low[:cut], "de") >= 3.0
        for cut in range(3, len(low) - 3)
    )


def used_in_german(word: str) -> bool:
    """A word German text uses: one of its words, a compound of them, or any word it writes
    fairly often, names and loans included ("Flyer", "Krone")."""
    return (
        german_word(word) or german_compound(word) or zipf_frequency(word.casefold(), "de") >= 3.0
    )


# How often German writes the infinitive a stem makes with "-en" ("impfen" 3.5, "streiken"
# 3.5) for the stem to be a verb's; no body's name makes one ("Amazonen" 2.9, "Forden" 1.8).
_INFINITIVE_ZIPF = 3.3


def verb_stem(word: str) -> bool:
    """A German verb's stem, as German opens compounds with it ("Impf-Gipfel", "Streik-Tag",
    "Heiz-Kosten"): no name, though no word list has it alone."""
    return zipf_frequency(f"{word.casefold()}en", "de") >= _INFINITIVE_ZIPF
