"""Chinese and Korean names written family name first, as German and English news write them:
"Xi Jinping" is Mr Xi, "Kim Jong Un" Mr Kim, "Moon Jae-in" Mr Moon.

A register sorts people by family name (`sort_names`), which in a Western name is the last
word; "Xi Jinping" went under J and "Kim Jong Un" under U. A name is taken as written family
name first only when it has that shape as a whole: one of the common Chinese or Korean family
names (`lexicon`), then one or two given names that are syllables of those languages — a
pinyin given name of one or two syllables ("Jinping", "Qiang"), a Korean given name's syllable
as the first-name list has it ("Hye", "Woo"), two syllables joined by a hyphen ("Jae-in",
"Ing-wen"), or two single syllables ("Jong Un", "Hsien Loong"). A Western name that opens with
such a word ("Lee Marvin", "Kim Basinger") goes on in a word no such syllable makes, and a
Japanese name in Western order ("Shigeru Ishiba") opens with no family name of the lists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.entities.first_names import korean_given_name
from reader.core.entities.lexicon import CHINESE_FAMILY_NAMES, KOREAN_FAMILY_NAMES
from reader.core.word_frequency import WORDS_REMEMBERED

# A pinyin syllable: an initial and a final the language combines ("o" alone only after the
# lips' consonants: "bo", "mo"; "to" and "so" are Japanese or English, no pinyin).
_PINYIN = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|a|e|i|u)"
    r"|[bpmfwy]?o)"
)
_PINYIN_NAME = re.compile(rf"{_PINYIN}{{1,2}}")
# One syllable of any of the romanisations (Korean, Wade-Giles, Vietnamese): a few consonants,
# one vowel sound, and a closing n, ng, m, r or stop ("Jong", "Hsien", "Loong", "Minh", "Kar").
_SYLLABLE = re.compile(
    r"[bcdfghjklmnpqrstvwxyz]{0,3}(?:[aeiou]{1,3}|y[aeiou]{1,2})(?:ng|nh|n|m|k|p|t|l|r)?"
)


def family_name_first(name: str) -> bool:
    """Whether `name` is a Chinese or Korean name written family name first."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return False
    family, given = words[0], words[1:]
    if family not in CHINESE_FAMILY_NAMES and family not in KOREAN_FAMILY_NAMES:
        return False
    if len(given) == 2:  # "Kim Jong Un", "Lee Hsien Loong", "Park Dong Woo"
        return all(_syllable(word) for word in given)
    return _given_name(given[0])


@lru_cache(maxsize=WORDS_REMEMBERED)
def _given_name(word: str) -> bool:
    if not word[:1].isupper() or len(word) > 12:
        return False
    first, _, second = word.partition("-")
    if second:  # "Jae-in", "Ing-wen", "Kar-wai": two syllables, the second in small letters
        return _syllable(first) and second.islower() and bool(_SYLLABLE.fullmatch(second))
    return bool(_PINYIN_NAME.fullmatch(word.casefold())) or korean_given_name(word)


def _syllable(word: str) -> bool:
    """One syllable, or a Korean given name's as the first-name list has it ("Woo", "Hye")."""
    return (
        word[:1].isupper()
        and len(word) <= 6
        and (bool(_SYLLABLE.fullmatch(word.casefold())) or korean_given_name(word))
    )
