"""Session 29 (names found only in part): a company's national or regional arm, the company's
name and the country or part of the world it serves ("Velquor Germany", "bei Trandix
Österreich"), is one organisation — on hand-written sentences with made-up companies — while a
state after a company, a possessive country and a German object before its verb stay apart."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.model import EntityKind as Kind
from reader.core.entities.names import tokens
from reader.core.entities.national_arms import national_arms
from reader.core.entities.pieces import Piece
from reader.core.entities.places import lookup


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The story first ran at ZDNet Germany last week.", "ZDNet Germany"),
        ("Prices at Velquor Europe rose by a tenth.", "Velquor Europe"),
    ],
)
def test_a_company_and_the_country_it_serves_are_one_name(text: str, name: str) -> None:
    assert name in _orgs(text, "en")


def _joined(text: str, company: str, where: str, lang: str) -> list[str]:
    """The names `national_arms` leaves of an organisation and a place the text writes."""
    words = {w.text.removesuffix("’s"): w for w in tokens(text)}
    pieces = [
        Piece(Kind.ORG, [words[company]]),
        Piece(Kind.PLACE, [words[where]], place=lookup(where)),
    ]
    return [" ".join(w.text for w in p.words) for p in national_arms(pieces, text, lang)]


def test_german_joins_after_a_preposition_not_before_a_clause_verb() -> None:
    assert _joined("Der Umsatz stieg bei Trandix Österreich.", "Trandix", "Österreich", "de") == [
        "Trandix Österreich"
    ]
    assert _joined("Weil Trandix Russland verlässt, fällt er.", "Trandix", "Russland", "de") == [
        "Trandix",
        "Russland",
    ]


def test_a_state_or_a_possessive_country_stays_apart() -> None:
    assert _joined("He flew Velquor Texas today.", "Velquor", "Texas", "en") == ["Velquor", "Texas"]
    assert _joined("They beat Velquor Japan’s team.", "Velquor", "Japan", "en") == [
        "Velquor",
        "Japan’s",
    ]
