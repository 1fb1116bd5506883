"""A pronoun's spelling inside a name: Chinese names have syllables spelt "He" or "You"
("vice-premier Liu He").

English writes a pronoun in small letters inside a sentence, so a capitalised "He" that
continues a name mid-sentence ("with Liu He, China's top negotiator") is no pronoun opening a
new sentence: it is the name's second word. The run must be two words, the first a name, no
common word ("Liu", not "Thank You").
"""

from __future__ import annotations

from reader.core.entities.names import Token, common_word

# Pronouns that are also the spelling of a Chinese name's syllable.
_SYLLABLES = frozenset({"He", "You"})


def name_syllable(run: list[Token], at: int, lang: str) -> bool:
    """`run[at]` is a pronoun's spelling that is the last word of a two-word name."""
    return (
        lang == "en"
        and len(run) == 2
        and at == 1
        and run[1].text in _SYLLABLES
        and not run[1].sentence_start
        and not common_word(run[0].text, "en")
    )
