"""Acronyms a text spells out in small letters are terms, not organisations: "hypersensitivity
pneumonitis, or HP", "a low earth orbit (LEO)", "der gesetzlichen Rentenversicherung (GRV)",
"die betriebliche Altersvorsorge (bAV)".

A body's name is capitalised in both languages — English capitalises every word of it, German
at least its first ("Europäische Zentralbank (EZB)", "Bundesamt für Strahlenschutz (BfS)") — so
an acronym whose letters begin words written in small letters stands for a disease, a system, a
kind of insurance: the text has said what it is. English: every word of the spelling in small
letters, one word per letter, the last no body's head ("the chemical workers union, or CWU"
is a body written carelessly). German capitalises the noun, so there: an adjective in small
letters gives the first letter and the noun after it the rest, its own initial first and the
others in order inside it, where its compound's parts begin ("Renten|versicherung": RV).

A law, a rule or a treaty is no body either, however its name is written: an acronym spelt by
one German compound that ends in such a word ("Strafgesetzbuch (StGB)",
"Straßenverkehrsordnung (StVO)", "Gebäudeenergiegesetz (GEG)") is the law's, in every
mention ("nach § 316 des StGB").
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import head_word
from reader.core.entities.names import Token

# An acronym after its spelling: in brackets, or after "or" / "oder" / "bzw.".
_AFTER_SPELLING = re.compile(
    r"(?: \(|,? or |,? oder | bzw\. )([A-ZÄÖÜa-z][A-Za-zÄÖÜ]{1,5})(?=\)|[\s.,;:!?]|$)"
)


def small_letter_terms(words: list[Token], text: str) -> frozenset[str]:
    """The acronyms the text spells out in small letters right before them."""
    ends = {w.end: at for at, w in enumerate(words)}
    found = set()
    for match in _AFTER_SPELLING.finditer(text):
        letters = match.group(1)
        last = ends.get(match.start())
        if last is None or listed(letters):
            continue
        before = words[: last + 1]
        if _english(letters, before) or _german(letters, before) or _law(letters, before[-1]):
            found.add(letters)
    return frozenset(found)


# The last part of a German compound naming a law, a rule or a treaty: "Straf|gesetz|buch",
# "Straßen|verkehrs|ordnung", "Datenschutz-Grund|verordnung", "Grundlagen|vertrag".
_LAWS = ("gesetz", "gesetzbuch", "ordnung", "richtlinie", "vertrag", "abkommen", "statut")


def _law(letters: str, noun: Token) -> bool:
    low = noun.text.casefold()
    named = any(low.removesuffix(ending).endswith(_LAWS) for ending in ("", "s", "es"))
    if len(letters) < 3 or not named or noun.text[0] != letters[0]:  # "des Gesetzbuches"
        return False
    rest = iter(low[1:])
    return all(letter in rest for letter in letters[1:].casefold())  # in order inside it


def _english(letters: str, before: list[Token]) -> bool:
    spelt = before[-len(letters) :]
    return (
        len(spelt) == len(letters)
        and all(w.text.islower() for w in spelt)
        and "".join(w.text[0] for w in spelt) == letters.casefold()
        and not head_word(spelt[-1].text)  # "the chemical workers union, or CWU": a body
    )


def _german(letters: str, before: list[Token]) -> bool:
    if len(before) < 2 or len(letters) < 3:
        return False
    adjective, noun = before[-2].text, before[-1].text
    low = letters.casefold()
    if not (adjective.islower() and noun[:1].isupper() and adjective[0] == low[0]):
        return False
    if noun[0].casefold() != low[1]:
        return False
    rest = iter(noun[1:].casefold())
    return all(letter in rest for letter in low[2:])  # the letters in order inside the noun
