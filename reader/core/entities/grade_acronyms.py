"""Acronyms that name a grade, not a body: a wine's protected origin in a text about wine
("Leithaberg DAC", "Chianti Classico DOCG", "die burgenländische DAC-Karte") and a top grade
written before what it grades ("AAA titles", "die AAA-Industrie", "ein AAA-Rating"). "AAA said
gas prices rose", with no noun after it, stays the motorists' association. An acronym with
stars glued to it in every mention is a level of competition or of comfort ("a CCI** and
CCI*** event", "CCI4*-L"): the stars grade it, as no body's name is written."""

from __future__ import annotations

import re

_APPELLATIONS = frozenset("DAC DOC DOCG DOCa AOC AOP IGT IGP".split())
_WINE = re.compile(r"(?i:wein|wine|winzer|vineyard|\bvin\b|\bvino\b)")
# A grade before a noun for what it grades: "AAA titles", "AAA-Industrie" — not its people
# ("AAA spokeswoman", "AAA members": the association's).
_GRADED = re.compile(
    r"\b(AAA)[+-]?[- ](?i:titles?|games?|studios?|industry|industrie|spiele?|titel|"
    r"produktionen|ratings?|bonität|anleihen?|bonds?|status)\b"
)
_GRADE = re.compile(r"\b(AAA)\b")
# An acronym with stars (a digit may come first): "CCI**", "CCI4*-L".
_STARRED = re.compile(r"\b([A-Z]{2,6})\d?\*")


def grade_acronyms(text: str) -> frozenset[str]:
    """The acronyms the text uses for grades."""
    found = set()
    if _WINE.search(text):
        found |= {a for a in _APPELLATIONS if re.search(rf"\b{a}\b", text)}
    graded = {m.group(1) for m in _GRADED.finditer(text)}
    # every mention grades something: "AAA titles", never "AAA said"
    for grade in graded:
        mentions = [m.start() for m in _GRADE.finditer(text) if m.group(1) == grade]
        if all(_GRADED.match(text, at) for at in mentions):
            found.add(grade)
    for starred in {m.group(1) for m in _STARRED.finditer(text)}:
        starts = [m.start() for m in re.finditer(rf"\b{starred}\b", text)]
        if all(_STARRED.match(text, at) for at in starts):
            found.add(starred)  # "a CCI** and CCI***", never "CCI said"
    return frozenset(found)
