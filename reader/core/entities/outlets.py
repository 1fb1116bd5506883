"""An outlet named as the source of a report: "Wie das Handelsblatt berichtete", "the
Guardian reported".

A verb of reporting after a name says someone reported, a person or an outlet; an article
before the name says it is no person — news names no person with an article — so the two
together name an outlet, an organisation — unless the name is an everyday word of the language
("die Industrie meldet kaum Aufträge").
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece

_ARTICLES = frozenset("der die das the".split())
_REPORTED = frozenset(
    """berichtete berichtet berichten berichteten meldete meldet schrieb schreibt reported
    reports""".split()
)


def reporting_outlet(piece: Piece, words: list[Token], index: dict[int, int], lang: str) -> bool:
    """Whether a one-word name stands between an article and a verb of reporting."""
    at = index.get(piece.start)
    if at is None or len(piece.words) != 1 or at == 0 or at + 1 >= len(words):
        return False
    return (
        words[at - 1].text.casefold() in _ARTICLES
        and words[at + 1].text in _REPORTED
        and not common_word(bare(piece.words[0].text), lang)  # "die Industrie meldet"
    )
