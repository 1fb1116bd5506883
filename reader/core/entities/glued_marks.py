"""Names that end in a glued mark: an exclamation mark of a company written as a cry
("Yahoo!").

An exclamation mark ends a sentence, so one the sentence goes on after — a full stop, a comma,
a possessive or a word in small letters follows it ("Yahoo!.", "Yahoo!’s chief", "Yahoo!
fell") — is a glued part of the word before it, a company's name written as a cry ("Yahoo!",
"Wham!"); a cry that opens a sentence ("Wow! that was close") stays one.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, english_noun, frequent
from reader.core.entities.pieces import Piece

_GRADE = re.compile(r"[A-D]{1,3}")  # "AA!", "BBB!": a mark or a rating cried out, no company
# Letters for a group of people ("LGBTQ", German "LSBTIQ", "FLINTA"): no company, cried out or not.
_PEOPLE = re.compile(r"(?:LGBT|LSBT|FLINT)[A-Z]*")
# What follows an exclamation mark that ends no sentence: a full stop, a comma, a semicolon,
# a possessive, a word in small letters ("Yahoo! fell").
_ON_AFTER_CRY = re.compile(r"[.,;:]|['’]s\b| [a-zäöüß]")
_EVERYDAY = 4.0  # a word this frequent in both languages is an everyday one: "Premium!", "Gold!"


def marked_names(text: str, words: list[Token], lang: str) -> list[Piece]:
    """One organisation piece for each capitalised word glued to an exclamation mark the
    sentence goes on after."""
    return [
        Piece(EntityKind.ORG, [_with_mark(word)])
        for word in words
        if _glued_cry(text, word) and _name_word(word.text, lang) and not word.sentence_start
    ]


def _with_mark(word: Token) -> Token:
    """`word` with the exclamation mark glued to it."""
    return Token(word.text + "!", word.start, word.end + 1, word.sentence_start)


def _glued_cry(text: str, word: Token) -> bool:
    return text[word.end : word.end + 1] == "!" and bool(_ON_AFTER_CRY.match(text, word.end + 1))


def _brand_word(word: str, lang: str) -> bool:
    """Whether `word` may be a brand's: capitalised letters, no grade, no group of people, no
    common word."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 1
        and not _GRADE.fullmatch(word)
        and not _PEOPLE.fullmatch(word)
        and not common_word(word, lang)
    )


def _name_word(word: str, lang: str) -> bool:
    """Whether `word` alone may be a company's name: a brand's word and no everyday English
    word as frequent in German ("Premium", "Gold") — a company's name may be as frequent
    ("Google") but is no dictionary word, or a listed one ("Apple")."""
    return _brand_word(word, lang) and not (
        frequent(word, "en", _EVERYDAY)
        and frequent(word, "de", _EVERYDAY)
        and english_noun(word)
        and not listed(word)
    )
