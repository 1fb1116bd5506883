"""A company's national or regional arm, named by the company and the country or the part of
the world it serves: "Lexus Philippines offers …", "bei Samsung Deutschland", "Nissan North
America", "Vattenfall Europe".

Why one name: a group calls the company it runs in a country after itself and the country, and
such a name stands where the company would — as a subject, after "bei", "von", "der". Read
apart it became the parent (a different company) and a country the text does not speak of. A
town after the company is its seat and `seat_names` weighs it; only a country or a world region
(no state or province: "Ford Michigan" is rather a place of Ford's) joins here. German puts the
object before a clause's last verb ("weil Siemens Russland verlässt"), so there the company
must follow a preposition or an article; an English possessive after the country ("Apple
China's rules" aside) is kept out ("… beat Japan's team").
"""

from __future__ import annotations

from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Where a German company's name stands as one: after a preposition or an article.
_OPENERS_DE = frozenset(
    """von vom bei beim für mit aus an zu zur zum der die das des dem den ein eine einer eines
    einem""".split()
)


def national_arms(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """The pieces with each organisation and the country right after it made one name."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and _arm(last, piece, text, lang):
            out[-1] = Piece(EntityKind.ORG, [*last.words, *piece.words])
        else:
            out.append(piece)
    return out


def _arm(company: Piece, place: Piece, text: str, lang: str) -> bool:
    if company.kind is not EntityKind.ORG or place.kind is not EntityKind.PLACE:
        return False
    where = place.place
    if where is None or text[company.end : place.start] != " ":
        return False
    if not (
        where.key.startswith("country:") or (where.key.startswith("region:") and not where.country)
    ):
        return False  # a town, a state or a province
    if place.words[-1].text.endswith(("’s", "'s")) or text[place.end : place.end + 2] in (
        "’s",
        "'s",
    ):
        return False
    if lang == "de":
        before = text[: company.start].split()
        return bool(before) and before[-1] in _OPENERS_DE
    return True
