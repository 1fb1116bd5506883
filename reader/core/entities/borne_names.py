"""First names so many Germans, Austrians and Swiss bear that German text has them as often as
a noun: "Bernd", "Jürgen", "Günter", "Ernst".

The frequency lists count a word however it is used, so a first name that is frequent where
German is spoken but rare in English ("Bernd": Zipf 4.4 in German, 2.6 in English) looks like
an everyday German word, and the rules dropped it from its name: "Landrat Bernd Huber" gave
the lone "Huber". A word the first-name list rates as widely borne (6 and more on its scale
from 1 to 13) in Germany, Austria or Switzerland is a name whatever its frequency; the nouns
and small words it also lists there are rated rare ("Sommer" 1, "April" 5). A word the text
itself writes in small letters ("ernst") stays a word: `cues.name_like` checks that first.
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.entities.first_names import first_name_frequency
from reader.core.word_frequency import WORDS_REMEMBERED

# gender-guesser's columns (0-based) for Germany, Austria and Switzerland.
_GERMAN_SPEAKING = (12, 13, 14)
_WIDELY_BORNE = 6


@lru_cache(maxsize=WORDS_REMEMBERED)
def widely_borne(word: str) -> bool:
    """Whether many in the German-speaking countries bear `word` as a first name."""
    return first_name_frequency(word, countries=_GERMAN_SPEAKING) >= _WIDELY_BORNE
