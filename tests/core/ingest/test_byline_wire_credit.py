"""A credit line naming a news agency after the outlet or the writers ("Le Monde avec AFP",
"Par Marie Dupont avec AFP", "Von Anna Weber mit dpa", "By Jane Doe with Reuters") is no
headline; it gives the agency, and the writer before it is the author without the connector.

Expected values are what a reader of each hand-built page would cite.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page

FR_HEADLINE = "La ville présente son plan pour les pistes cyclables"
FR_P1 = (
    "Le conseil municipal a présenté lundi un projet d'extension du réseau de pistes cyclables "
    "dans toute la ville, et le maire a promis que les travaux commenceraient avant l'été."
)
FR_P2 = (
    "L'opposition a critiqué son coût, qui devrait atteindre environ huit millions d'euros, et "
    "a demandé un examen plus attentif de chaque tronçon avant le vote du conseil."
)
EN_HEADLINE = "City council approves budget for road repairs"
EN_P1 = (
    "The city council on Monday approved a budget for road repairs after a long debate, and "
    "the mayor said the money would be spent before the summer."
)
EN_P2 = (
    "The opposition said the plan relied on optimistic tax forecasts and warned that cuts "
    "might be needed in the autumn if revenue fell short again."
)


def _french(credit: str) -> str:
    return f"Accueil\nActualités\n{FR_HEADLINE}\n{credit}\nPublié le 12 mars 2024\n\n{FR_P1}\n\n{FR_P2}\n"


@pytest.mark.parametrize(
    ("credit", "byline", "agency"),
    [
        ("Le Monde avec AFP", "AFP", "AFP"),  # no person: the wire stands as the author
        ("20 Minutes avec AFP", "AFP", "AFP"),
        ("Rédaction avec AFP", "AFP", "AFP"),
        ("Le Figaro avec l'AFP", "AFP", "AFP"),
        ("Par Marie Dupont avec AFP", "Marie Dupont", "AFP"),
    ],
)
def test_french_credit_with_agency(credit: str, byline: str, agency: str) -> None:
    article = parse_page(_french(credit))
    assert (article.title, article.byline, article.agency) == (FR_HEADLINE, byline, agency)
    assert article.published == "2024-03-12"


def test_german_writer_with_agency() -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\nVon Anna Weber mit dpa\n12.03.2024\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.byline, article.agency) == (HEADLINE, "Anna Weber", "dpa")


def test_english_writer_with_agency() -> None:
    page = f"Home\nNews\n{EN_HEADLINE}\nBy Jane Doe with Reuters\nMarch 12, 2024\n\n{EN_P1}\n\n{EN_P2}\n"
    article = parse_page(page)
    assert (article.title, article.byline, article.agency) == (EN_HEADLINE, "Jane Doe", "Reuters")


@pytest.mark.parametrize(
    "headline",
    ["Google partners with Reuters on fact checks", "Google Partners With Reuters"],
)
def test_a_headline_naming_an_agency_stays_the_headline(headline: str) -> None:
    page = f"Home\nNews\n{headline}\nBy Jane Doe\nMarch 12, 2024\n\n{EN_P1}\n\n{EN_P2}\n"
    article = parse_page(page)
    assert (article.title, article.byline) == (headline, "Jane Doe")
