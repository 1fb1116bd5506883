"""Acronyms a word for a kind of substance names are substances, no organisations: "die
Flammschutzmittel TCPP und TDPC", "den Weichmacher DEHP", "das Pestizid DDT", "the
plasticiser DEHP", "the flame retardants TCPP and TDCPP".

Tests of products (foam in a child's seat, a jacket, a toy) name what the lab found by its
chemical's letters right after the kind of chemical it is; the letters look like a body's
initials, and the second of a list looked like one listed with the first. The kind word
before them says what they are, in every mention, as a body's head does for bodies.
"""

from __future__ import annotations

import re

# Kinds of substance, German (also the last part of a compound: "Flammschutzmittel",
# "Schadstoff", "Pflanzenschutzmittel") and English, in the singular and the plural.
_KINDS_DE = (
    r"\w*(?:mittel|stoff|stoffe|weichmacher|pestizide?|herbizide?|insektizide?|fungizide?"
    r"|chemikalien?|substanzen?|verbindungen?|hormone?|enzyme?|moleküle?|medikamente?)"
)
_KINDS_EN = (
    r"(?:flame retardants?|plastici[sz]ers?|pesticides?|herbicides?|insecticides?|fungicides?"
    r"|chemicals?|compounds?|substances?|solvents?|hormones?|enzymes?|molecules?)"
)
# A substance's letters: at least two capitals, perhaps small letters and digits between
# ("TCPP", "PFHxS", "BPA", "DEHP").
_LETTERS = r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"
_JOIN = r"(?:,\s|\s(?:und|oder|sowie|and|or)\s|,\s(?:and|or)\s)"
_NAMED = {
    lang: re.compile(rf"\b(?i:{kinds})\s({_LETTERS}(?:{_JOIN}{_LETTERS})*)\b")
    for lang, kinds in (("de", _KINDS_DE), ("en", _KINDS_EN))
}
_ONE = re.compile(_LETTERS)


def substances(text: str, lang: str) -> frozenset[str]:
    """The acronyms the text names after a word for a kind of substance, with those listed
    after the first ("TCPP und TDPC")."""
    found: set[str] = set()
    for match in _NAMED[lang].finditer(text):
        found |= {m.group() for m in _ONE.finditer(match.group(1))}
    return frozenset(found)
