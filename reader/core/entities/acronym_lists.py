"""Lists of acronyms written with spaces only, after a colon that names what they are:
"Folgende Universitäten sind betroffen: UFRJ UFMG UNESP UFBA Unilab".

A list with commas passes a known organisation's kind along (`agreement`); a list of bare
acronyms with no comma is one long capitalised run instead, which the rules read as shouted
words or a code and drop — and each acronym, named once, would carry no evidence of its own
anyway. The words before the colon say what the list holds: a plural word for bodies
("universities", "Hochschulen", "universidades", "Parteien", "companies") makes each item an
organisation, whatever its letters (the rules know no Brazilian university). Without such a
word a run of acronyms stays what it was: a row of tags, formats or ports ("USB HDMI DVI VGA").
Most items must be acronyms; a capitalised word among them is a name of the list's kind
("Unilab", "UniRio"), unless it is a place ("UNESP Bauru": the campus's town, no body).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities import places
from reader.core.entities.cues import acronym
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# Plural words for bodies, in the languages pages quote lists in (German, English, the Romance
# languages): stems, matched at a word's start ("Universitäten", "universidades", "Parteien").
_BODIES = re.compile(
    r"\b(?:universi(?:ties|täten|dades|tats|tés|tà)|hochschulen|colleges|"
    r"faculdades|facultades|institut(?:e|es|ions|os|ionen)|instituições|"
    r"companies|firms|unternehmen|firmen|konzerne|empresas|entreprises|aziende|"
    r"banks|banken|bancos|banques|part(?:ies|eien|idos|is|iti)|"
    r"unions|gewerkschaften|sindicatos|syndicats|vereine|clubs|verbände|associations|"
    r"organi[sz]ations|organisationen|organizaciones|organizações|organismes|"
    r"agencies|behörden|ministries|ministerien|ministérios|ministerios|"
    r"broadcasters|sender|newspapers|zeitungen|jornais|periódicos)\b",
    re.IGNORECASE,
)
_MIN_ITEMS = 4  # a shorter run of capitals is as likely a heading or a product's name
_LOOK_BACK = 400  # characters before the colon where the list's kind is named
_COLON = re.compile(r":\s+")


def acronym_lists(text: str, words: list[Token]) -> list[Piece]:
    """The organisations of every such list, one piece per item, in text order."""
    found: list[Piece] = []
    starts = [w.start for w in words]
    for colon in _COLON.finditer(text):  # rows start only right after a colon: few to try
        i = bisect_left(starts, colon.end())
        if i == len(words) or words[i].start != colon.end() or not words[i].capital:
            continue
        j = i + 1
        while (
            j < len(words) and words[j].capital and text[words[j - 1].end : words[j].start] == " "
        ):
            j += 1
        if j - i >= _MIN_ITEMS and _BODIES.search(
            text, max(0, colon.start() - _LOOK_BACK), colon.start()
        ):
            found.extend(_items(words[i:j]))
    return found


def _items(row: list[Token]) -> list[Piece]:
    """The list's names: most items acronyms, or none of them are a list of bodies."""
    if sum(acronym(w.text) for w in row) * 4 < len(row) * 3:
        return []
    return [
        Piece(EntityKind.ORG, [word])
        for word in row
        if acronym(word.text) or places.lookup(word.text) is None
    ]
