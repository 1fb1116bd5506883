"""A role as a list writes it: titles written out, honorifics left out, a German phrase in the
nominative.

The index keeps a role as the source wrote it before or after the name, and news writes a
title short before a name ("Gov. Matt Bevin", "Lt. Col. Ann Reyes") and a German office in the
case the sentence needs ("des US-amerikanischen Vizepräsidenten Mike Pence"). A who's who line
or the Entities view lists the role on its own, where "Gov." reads as a clipped word and
"US-amerikanischen Vizepräsident" as a slip, so a list writes the title out ("Governor",
"Lieutenant Colonel") and the adjectives before a German office in the nominative
("US-amerikanischer Vizepräsident"), as a consultant would write them. An honorific ("Hon.",
"Rt. Hon.") says how a person is addressed, not what they do: like a salutation, no role.
"""

from __future__ import annotations

import re

# The short titles news writes before a name, word by word ("Lt. Col." is "Lieutenant Colonel").
_SPELLED = {
    "gov.": "Governor", "sen.": "Senator", "rep.": "Representative", "lt.": "Lieutenant",
    "col.": "Colonel", "gen.": "General", "sgt.": "Sergeant", "capt.": "Captain",
    "maj.": "Major", "det.": "Detective", "cpl.": "Corporal", "cmdr.": "Commander",
    "adm.": "Admiral", "supt.": "Superintendent", "insp.": "Inspector",
}  # fmt: skip
# Honorifics: a role of these words alone is none ("The Hon. Funke Adedoyin").
_HONORIFICS = frozenset({"hon.", "rt.", "the", "right", "honourable", "honorable"})
# A German adjective declined before a noun ("amerikanischen", "stellvertretenden",
# "US-amerikanischen"): a word in small letters, or a compound whose last part is one.
_DECLINED = re.compile(r"^((?:[\w.]+-)?[a-zäöüß]{3,})(en|em|es)$")


def honorific(role: str) -> bool:
    """Whether a role is an honorific alone: "Hon.", "Rt. Hon."."""
    return all(word.casefold() in _HONORIFICS for word in role.split())


def written(role: str) -> str:
    """`role` as a list shows it: its short titles written out, a German office's adjectives
    in the nominative; any other role as the source wrote it."""
    words = role.split()
    if any(w.casefold() in _SPELLED for w in words):
        return " ".join(_SPELLED.get(w.casefold(), w) for w in words)
    return _nominative(words) if len(words) > 1 else role


def _nominative(words: list[str]) -> str:
    """A German office with the adjectives before it declined ("stellvertretenden Direktor")
    in the nominative without an article, as a list writes an office: "-er" before a man's
    office, "-e" before a woman's ("ehemalige Ministerin")."""
    noun = words[-1]
    if not noun[:1].isupper() or noun.isupper():
        return " ".join(words)  # no German noun at the end ("quarterback", "CEO")
    ending = "e" if noun.endswith("in") else "er"
    front = []
    for word in words[:-1]:
        match = _DECLINED.match(word)
        if match is None:
            return " ".join(words)  # not an office made of adjectives and a noun
        front.append(match.group(1) + ending)
    return " ".join([*front, noun])
