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

from reader.core.entities.first_names import sex_of
from reader.core.entities.org_nominatives import ADJECTIVE_STEM
from reader.core.entities.role_nouns import adjectival, for_all_genders, singular
from reader.core.word_frequency import zipf as zipf_frequency

# The short titles news writes before a name, word by word ("Lt. Col." is "Lieutenant Colonel").
_SPELLED: dict[str, str | tuple[str, str]] = {
    "gov.": "Governor", "sen.": "Senator", "rep.": "Representative", "lt.": "Lieutenant",
    "col.": "Colonel", "gen.": "General", "sgt.": "Sergeant", "capt.": "Captain",
    "maj.": "Major", "det.": "Detective", "cpl.": "Corporal", "cmdr.": "Commander",
    "adm.": "Admiral", "supt.": "Superintendent", "insp.": "Inspector", "atty.": "Attorney",
    "brig.": "Brigadier",
    # German offices, a man's and a woman's: written out only when the first name says which
    # ("Abg. Thomas Müller": "Abgeordneter"; "Abg. Kim Meier" stays "Abg.", rather than guessed)
    "abg.": ("Abgeordneter", "Abgeordnete"), "präs.": ("Präsident", "Präsidentin"),
    "vors.": ("Vorsitzender", "Vorsitzende"), "bgm.": ("Bürgermeister", "Bürgermeisterin"),
    "min.": ("Minister", "Ministerin"),
}  # fmt: skip
# Honorifics: a role of these words alone is none ("The Hon. Funke Adedoyin").
_HONORIFICS = frozenset({"hon.", "rt.", "the", "right", "honourable", "honorable"})
# A German adjective declined before a noun ("amerikanischen", "stellvertretenden",
# "US-amerikanischen", "früheren"): a word in small letters, or a compound whose last part is
# one, ending in "-en" or "-em" after an adjective's stem (`org_nominatives.ADJECTIVE_STEM`,
# and a participle's or a comparative's: "amtierenden", "früheren"), so an English word
# ("sales", "women") is none. Not "-es": before a neuter office that is the nominative
# ("langjähriges Mitglied"). "-e" after the definite article ("der ehemalige Kanzler": a list
# writes "ehemaliger Kanzler").
_DECLINED = re.compile(r"^((?:[\w.]+-)?[a-zäöüß]{3,})(en|em|e)$")
_PARTICIPLE = ("end", "iert", "er")
# Neuter offices, whose adjective ends in "-es" ("langjähriges Mitglied").
_NEUTER = ("mitglied", "oberhaupt", "talent", "vorbild", "idol")


def _declined(word: str) -> str | None:
    """A declined adjective's stem ("ehemalig" of "ehemaligen", "ehemalige"), or None for any
    other word."""
    match = _DECLINED.match(word)
    if match is None:
        return None
    if match.group(2) == "e" and zipf_frequency(word, "de") <= zipf_frequency(word, "en"):
        return None  # an English adjective: "executive Director", "creative Director"
    stem = match.group(1)
    tail = stem.rpartition("-")[2]
    return stem if ADJECTIVE_STEM.search(tail) or tail.endswith(_PARTICIPLE) else None


def honorific(role: str) -> bool:
    """Whether a role is an honorific alone: "Hon.", "Rt. Hon."."""
    return all(word.casefold() in _HONORIFICS for word in role.split())


def written(role: str, first_name: str = "") -> str:
    """`role` as a list shows it: its short titles written out (a German one in the form the
    person's `first_name` says, `first_names.sex_of`), a German office's adjectives in the
    nominative; any other role as the source wrote it."""
    words = role.split()
    lead = 0  # "Rt. Hon. Speaker" is "Speaker": the honorific before an office says no more
    while lead < len(words) - 1 and words[lead].casefold() in _HONORIFICS:
        lead += 1
    if any(w.casefold().startswith("hon") for w in words[:lead]):
        words = words[lead:]
        role = " ".join(words)
    sex = sex_of(first_name) if first_name else ""
    if any(w.casefold() in _SPELLED for w in words):
        return " ".join(_spelled(w, sex) for w in words)
    return _nominative(words, sex) if words else role


def nominative(role: str, name: str) -> str:
    """`role` as the index keeps it for the person `name`: a German office in the nominative
    singular (`_nominative`: "des Kandidaten Marco Rossi" is "Kandidat", "der FDP-Vorsitzende
    Christian Lindner" "FDP-Vorsitzender"), any other as written. Short titles and honorifics
    stay ("Gov.", "Hon.": `written` writes them out for a list, `briefing entities --json`
    shows what the source wrote), and so does a plural for all genders ("Künstler*innen wie
    Martin Hansen"): it is the source's choice of words, which a list writes as each one's."""
    words = role.split()
    if not words or for_all_genders(words[-1]):
        return role
    first = name.split()[0]
    return _nominative(words, sex_of(first) if first[:1].isupper() else "")


def _german_after(rest: list[str]) -> bool:
    """Whether what follows an office's noun lets it be a German one: nothing, a name, or its
    own attribute ("Chefs der Deutschen Bank", "Minister für Finanzen"). An English word in
    small letters after it makes it a modifier ("Senators coach D.J. Smith": the team, no
    plural to make singular)."""
    after = rest[0] if rest else ""
    return not after.islower() or zipf_frequency(after, "de") >= zipf_frequency(after, "en")


def _spelled(word: str, sex: str) -> str:
    spelled = _SPELLED.get(word.casefold(), word)
    if isinstance(spelled, str):
        return spelled
    return spelled[0] if sex == "m" else spelled[1] if sex == "f" else word


def _nominative(words: list[str], sex: str) -> str:
    """A German office in the nominative singular without an article, as a list writes it: its
    noun so (`role_nouns.singular`: "Kandidaten" is "Kandidat", "der FDP-Vorsitzende Christian
    Lindner" "FDP-Vorsitzender") and the adjectives declined before it ("stellvertretenden
    Direktor") "-er" before a man's office, "-e" before a woman's ("ehemalige Ministerin"),
    "-es" before a neuter one ("langjähriges Mitglied"). What follows the office ("für
    Finanzen", "der SPD") is its own attribute, already in its case, and stays. An office
    declined like an adjective whose holder's sex the first name does not say ("stellvertretenden
    Vorsitzenden", "die stellvertretende Vorsitzende": a man or a woman) stays as written rather
    than half mended ("stellvertretender Vorsitzenden")."""
    head = next((at for at, word in enumerate(words) if _declined(word) is None), len(words))
    if head == len(words):
        return " ".join(words)
    noun = singular(words[head], sex) if _german_after(words[head + 1 :]) else words[head]
    if head == 0:
        return " ".join([noun, *words[1:]])
    if not noun[:1].isupper() or noun.isupper():
        return " ".join(words)  # no German noun ("quarterback", "CEO")
    low = noun.casefold()
    if adjectival(noun):
        if noun == words[head] and not sex:
            return " ".join(words)  # "die stellvertretende Vorsitzende": she or he
        ending = "er" if low.endswith("er") else "e"
    elif noun == words[head] and low.endswith(("en", "em", "e")):
        return " ".join(words)  # a noun still in its case, or none the rules know
    else:
        ending = "es" if low.endswith(_NEUTER) else "e" if low.endswith("in") else "er"
    front = [f"{_declined(word)}{ending}" for word in words[:head]]
    return " ".join([*front, noun, *words[head + 1 :]])
