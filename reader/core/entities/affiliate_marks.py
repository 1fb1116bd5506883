"""A brand a German page marks with the star of an affiliate link: "die Maus von Vealind*",
"Auch bei Hanishken* wird …", "das Spielzeug von AFP*".

Shopping and product pages star the names they link to a shop with (the note "* Affiliate-Link"
the page gives is often lost with its footer): the starred name is the maker or the shop,
named once and with nothing else to say what it is, so the rules for a lone German name leave
it. A star marks other things too, and those the name's looks rule out: a footnote on a word
("Garantie*", "Preis*") is a German word, one on a country a place ("Rumänien*"), and a changed
name ("die 23-jährige Sara*") a first name. A gender star ("Lehrer*innen") has letters of the
word right after it. Only a name standing alone after a word in small letters ("von Vealind*")
is taken: the last word of a longer name ("das Label Mila Vert*") is no name of its own.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import place_of
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

# The star right after the name, then no letter — or a word glued on that no gender star
# ends a noun with ("HOFIT*sorgt"; not "Lehrer*innen", "Autor*innenteam", "jede*r").
_STAR = re.compile(r"\*(?![*\w])|\*(?!in|(?:e|r|n|en|er|es|em)\b)(?=[a-zäöüß])")


def affiliate_brands(text: str, words: list[Token], lang: str) -> list[Piece]:
    """The names a German text marks as linked to a shop with a star."""
    if lang != "de":
        return []
    found = []
    for at, word in enumerate(words[1:], start=1):
        if not _STAR.match(text, word.end) or not word.capital:
            continue
        if not words[at - 1].text.islower() or text[words[at - 1].end : word.start] != " ":
            continue  # "das Label Mila Vert*": a longer name's last word; "(Preis*)"
        if _no_brand(word.text):
            continue
        found.append(Piece(EntityKind.ORG, [word]))
    return found


def _no_brand(name: str) -> bool:
    """A German word, a place or a first name: what a star marks besides a linked brand."""
    return (
        german_word(name)
        or german_compound(name)
        or common_word(name, "de")
        or place_of(name) is not None
        or known_first_name(name)
    )
