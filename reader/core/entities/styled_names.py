"""German names a company styles in small letters, right after the word for its kind: "das
deutsche Label bleed", "der VPN-Anbieter hide.me", "des Kollektivs mediaarchitecture.de".

Every rule that finds a name starts from a capital, and a brand written in small letters has
none. German grammar gives it away where its kind is named first: German capitalises every
noun, so what follows "das Label" or "der Anbieter" in small letters is a verb, an adverb or an
adjective of the language ("das Unternehmen verbuchte", "der Anbieter inzwischen") — or a name
that is no German word. A word German uses less than English ("bleed", "hide") or hardly at all
("fairkom", "mediaarchitecture") is such a name; the frequent words of either language (a verb
form, "und", "the") are not. A web address's dots join its parts ("hide.me"). English writes
nouns in small letters, so there the same order proves nothing ("the company said").
"""

from __future__ import annotations

from reader.core.entities.german_words import german_compound
from reader.core.entities.lexicon import ORG_WORDS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# Kinds besides the words for companies: a cooperative, a collective, a club.
_KINDS = (*ORG_WORDS, "genossenschaft", "kollektiv", "verein")
_GENITIVES = ("es", "s", "")  # "des Kollektivs", "des Vereines", "das Label"
_MOST = 3  # words of a name
_RARE = 2.0  # below this Zipf frequency a word is no word of German text
_COMMON_EN = 5.0  # "the", "and", "for": English's small words, never a brand alone


def styled_names(text: str, words: list[Token]) -> list[Piece]:
    """The names in small letters that German text writes right after the word for a kind of
    company or body."""
    found = []
    for at in range(len(words) - 1):
        kind = words[at]
        if not kind.capital or text[kind.end : words[at + 1].start] != " ":
            continue
        if not _kind(kind.text):
            continue
        name = _name(words, at + 1, text)
        if name:
            found.append(Piece(EntityKind.ORG, name))
    return found


def _kind(word: str) -> bool:
    """A word for a kind of company or body, also ending a compound or in the genitive
    ("VPN-Anbieter", "Outdoor-Label", "Kollektivs")."""
    low = word.casefold()
    return any(
        low.endswith(ending) and low[: len(low) - len(ending)].endswith(_KINDS)
        for ending in _GENITIVES
    )


def _name(words: list[Token], at: int, text: str) -> list[Token]:
    """The words of the name in small letters from `at` on: its first word no word of German,
    then more such words, and the parts of a web address after a dot ("hide.me")."""
    if not _no_german(words[at].text):
        return []
    name = [words[at]]
    while at + len(name) < len(words) and len(name) < _MOST:
        last, following = name[-1], words[at + len(name)]
        gap = text[last.end : following.start]
        dotted = gap == "." and following.text.isalnum() and following.text.islower()
        if not (dotted or gap == " " and _no_german(following.text)):
            break
        name.append(following)
    return name


def _no_german(word: str) -> bool:
    """A word in small letters German text does not use as its own: rare in German, or more
    frequent in English but not one of English's small words ("bleed", "fairkom"); nor two
    words a page glued together, the first a German one ("geschlechtergerechtGeschlechter")."""
    if not word[:1].islower() or len(word) < 3 or not word.replace("-", "").isalnum():
        return False
    low = word.casefold()
    german, english = zipf_frequency(low, "de"), zipf_frequency(low, "en")
    head = word[: next((i for i, c in enumerate(word) if c.isupper()), len(word))]
    return (
        (german < _RARE or english > german)
        and english < _COMMON_EN
        and not german_compound(word)
        and not (head != word and german_compound(head))  # "geschlechtergerechtGeschlechter"
    )
