"""A company's unit named by its line of business, in German: "VW Nutzfahrzeuge", "Volkswagen
Nutzfahrzeuge", "Allianz Lebensversicherung", "BMW Bank", "Porsche Holding", "Bayer
Pharma" — one name, the unit's, not the company and a noun.

After an acronym or a listed company's name, a word that ends in a branch of business (the
things a unit makes, sells or manages as a trade: vehicles, insurance, property, leasing,
logistics) is that unit's name's second half; the same noun after a maker's name otherwise
says what it makes ("die BMW Fahrzeuge", "Apple Produkte") and stays out. Rules elsewhere cut
a German noun off a short name ("MinusL Joghurt") or drop a company's word that is also a
German compound ("Volkswagen"); this joins the two words again.

English names a unit the same way with a plural or a trade after the company's name
("Mercedes-Benz Vans", "Daimler Trucks", "BMW Motorsport"): one run, which
`classify` takes whole (`business_unit`) before its words are read as a person's name.
"""

from __future__ import annotations

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# The endings of a unit's line of business (lower case): "Nutzfahrzeuge", "Lebensversicherung",
# "Baumaschinen", "Medizintechnik", "Finanzdienstleistungen".
_LINES = (
    "nutzfahrzeuge", "versicherung", "versicherungen", "immobilien", "leasing",
    "dienstleistungen", "logistik", "baumaschinen", "landtechnik", "medizintechnik", "bank",
    "holding", "pharma", "touristik",
)  # fmt: skip


# An English unit's line of business, the run's last word: "Mercedes-Benz Vans", "Daimler
# Trucks", "BMW Motorsport".
_LINES_EN = frozenset(
    """Vans Trucks Cars Buses Coaches Motorcycles Mobility Leasing Logistics
    Aerospace Aviation Motorsport Pharmaceuticals Healthcare Insurance""".split()
)


def business_unit(run: list[Token]) -> bool:
    """A company's unit named in English by its line of business, as German text writes it
    too: a listed company or an acronym, then the line ("Mercedes-Benz Vans", "BMW
    Motorsport")."""
    if len(run) < 2 or bare(run[-1].text) not in _LINES_EN:
        return False
    rest = run[1:-1]
    if any(not w.capital or bare(w.text) in NEVER_NAME for w in rest):
        return False  # "Daimler Trucks and …": one name, not two
    first = bare(run[0].text)
    return run[0].capital and first not in NEVER_NAME and (acronym(first) or listed(first))


def line_of_business(word: str) -> bool:
    """Whether `word` names a branch of business a company's unit is named by."""
    return bare(word).casefold().endswith(_LINES)


def _company(word: Token) -> bool:
    name = bare(word.text)
    return word.capital and name not in NEVER_NAME and (acronym(name) or listed(name))


def units(pieces: list[Piece], words: list[Token], index: dict[int, int], text: str) -> list[Piece]:
    """`pieces` with each company's unit named by its line of business as one organisation,
    what the rules made of its two words before (the company, the noun) dropped."""
    joined: list[Piece] = []
    for piece in pieces:
        if len(piece.words) != 1 or piece.kind not in (None, EntityKind.ORG):
            continue
        at = index.get(piece.start, 0)
        if at == 0 or not line_of_business(piece.words[0].text):
            continue
        before = words[at - 1]
        if text[before.end : piece.start] == " " and _company(before):
            joined.append(Piece(EntityKind.ORG, [before, piece.words[0]]))
    if not joined:
        return pieces
    taken = {(w.start, w.end) for unit in joined for w in unit.words}
    kept = [p for p in pieces if not any((w.start, w.end) in taken for w in p.words)]
    return sorted([*kept, *joined], key=lambda p: p.start)
