"""The authors a legal commentary is cited by: "Wandtke/Bullinger, UrhG, § 51 Rn. 3".

German legal writing cites its commentaries by their authors' surnames joined by slashes,
then the statute, the edition or the margin number ("Fromm/Nordemann, Urheberrecht, 12.
Aufl.", "vgl. Dreier/Schulze, UrhG"). Written so, the surnames carry no first name and no
verb, and the rules took the last for an organisation or left both. Two to four surnames
joined by slashes are a commentary's authors where the citation says so — a statute's
abbreviation ("UrhG", "BGB"), a paragraph sign, a margin number or an edition after them, or
"vgl." before; then every mention of the same slashed names in the text is theirs. Places and
words joined so ("Berlin/Brandenburg", "Bund/Länder") are no authors.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.companies import listed
from reader.core.entities.cues import place_of
from reader.core.entities.german_words import german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_NAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_SLASHED = re.compile(rf"(?<![\w/.-]){_NAME}(?:/{_NAME}){{1,3}}(?![\w/])")
# What a citation of a commentary has after the authors: a statute ("UrhG", "BGB", "KUG"),
# "§", a margin number, an edition, the work's name.
_CITED_AFTER = re.compile(
    r",?\s*(?:(?:[A-Z][A-Za-z]{0,6}G|BGB|ZPO|StPO)(?![\w-])|§|Rn\.|Rdnr\.|\d+\.\s*Aufl"
    r"|Kommentar\b|Komm\.)"
)
_CITED_BEFORE = re.compile(r"(?:\b[Vv]gl\.|\b[Ss]iehe|\bs\.)\s*$")


def commentary_authors(text: str, words: list[Token], lang: str) -> list[Piece]:
    """Each author of a commentary the text cites, at each mention of the slashed names."""
    if lang != "de" or "/" not in text:
        return []
    matches = list(_SLASHED.finditer(text))
    cited = {
        m.group()
        for m in matches
        if (_CITED_AFTER.match(text, m.end()) or _CITED_BEFORE.search(text, 0, m.start()))
        and all(_surname(part) for part in m.group().split("/"))
    }
    starts = [w.start for w in words]
    found = []
    for match in matches:
        if match.group() in cited:
            inside = words[bisect_left(starts, match.start()) : bisect_left(starts, match.end())]
            found += [Piece(EntityKind.PERSON, [word]) for word in inside]
    return found


def _surname(word: str) -> bool:
    """A word that may be a surname: no word of either language ("Mieter/Vermieter"), no
    place, no listed company ("Aldi/Lidl"); a compound may be one ("Grüneberg")."""
    return not (
        common_word(word, "de") or common_word(word, "en") or german_word(word)
        or place_of(word) is not None or listed(word)
    )  # fmt: skip
