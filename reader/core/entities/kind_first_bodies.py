"""German bodies whose name opens with the word for their kind: "die Stiftung Warentest", "die
Messe Tulln", "mit der Initiative EnergieEffizienz", "die Bürgerstiftung Energiewende Oberland",
"dem Tiergarten Nürnberg", "vom Kompetenzzentrum Energie".

German writes a compound as one word, so two nouns side by side after an article are no
phrase of the language: the capitalised words right after a word for a foundation, an
initiative, a fair, a cooperative, a winery or a zoo name that one body, and the kind's word is
its name's first ("Stiftung Warentest"), as readers mark it. The words after the kind may be
German nouns ("Warentest", "Energiewende") or a town ("Tulln"), which every other rule reads as
no name or as the place; here the kind before them says what they are. An article (or a
preposition joined with one) before the kind keeps lists, menus and headings out ("Stiftung
Kinder Jugend Kontakt"), and what stops a name stops here: a word in small letters, a word that
never stands in a name, a sentence's end. The name of a place in the genitive says whose the
kind is ("die Initiative Frankreichs"), a person's full name who stands for it ("die Stiftung
Anna Weber" is the person's), and a word cut short before "und" is a compound's half ("die Messe
Marketing- und Mediaprofis"); none of them makes a name.
"""

from __future__ import annotations

from reader.core.entities.cues import bare, place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# The kinds, whole words or the end of a compound ("Bürgerstiftung", "Winzergenossenschaft").
_KINDS = frozenset("initiative messe tiergarten zoo kompetenzzentrum weingut".split())
_KIND_ENDINGS = ("stiftung", "genossenschaft", "kellerei", "brauerei")
# An article, or a preposition joined with one, right before the kind.
_ARTICLES = frozenset(
    "der die das des dem den einer eine einem eines beim vom zum zur im am".split()
)
_MOST = 3  # words after the kind


def kind_first_bodies(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The bodies German text names with the word for their kind first."""
    if lang != "de":
        return []
    found = []
    for at, kind in enumerate(words[1:-1], start=1):
        low = kind.text.casefold()
        if not (low in _KINDS or low.endswith(_KIND_ENDINGS)) or not kind.capital:
            continue
        before = words[at - 1]
        if before.text.casefold() not in _ARTICLES or text[before.end : kind.start] != " ":
            continue
        name = _name(words, at + 1, text)
        if name:
            found.append(Piece(EntityKind.ORG, [kind, *name]))
    return found


def _name(words: list[Token], at: int, text: str) -> list[Token]:
    """The capitalised words of the name right after the kind's word at `at - 1`."""
    name: list[Token] = []
    while len(name) < _MOST and at + len(name) < len(words):
        word = words[at + len(name)]
        gap = text[(name[-1] if name else words[at - 1]).end : word.start]
        if gap != " " or not word.capital or word.sentence_start or bare(word.text) in NEVER_NAME:
            break
        name.append(word)
    if not name or text[name[-1].end : name[-1].end + 1] == "-":
        return []  # "die Messe Marketing- und Mediaprofis": a compound cut short
    first = name[0].text
    if len(name) == 1 and first.endswith("s") and place_of(first[:-1]) is not None:
        return []  # "die Initiative Frankreichs": whose, no name
    if len(name) > 1 and known_first_name(bare(first)):
        return []  # "die Stiftung Anna Weber": a person's name
    return name
