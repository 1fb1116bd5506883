"""Session 33: a brand measured out by a quantity and a unit is the product, no organisation
("1 scoop Vitaboost"); a name the text also writes unmeasured, and a name after a unit with
words between, stay what the other rules make of them. Made-up brands, hand-written."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.measured_things import measured


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "product"),
    [
        (
            "Breakfast: 1 scoop Vitaboost, 1 cup blueberries. Lunch: 1 scoop Vitaboost with water.",
            "en",
            "Vitaboost",
        ),
        ("Snack: 2 tbsp. Nutrazen. Dinner: 1 tbsp. Nutrazen on rice.", "en", "Nutrazen"),
        (
            "Morgens 1 Messlöffel Proteva in Milch, abends 2 Messlöffel Proteva in Wasser.",
            "de",
            "Proteva",
        ),
        ("Dazu 2 Päckchen Backfix und später noch 1 Päckchen Backfix.", "de", "Backfix"),
    ],
)
def test_a_measured_brand_is_no_organisation(text: str, lang: str, product: str) -> None:
    assert product in measured(text)
    assert product not in _orgs(text, lang)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # also named with no measure: the maker may be meant
        ("Take 1 scoop Vitaboost daily. Vitaboost said its sales rose.", "Vitaboost"),
        # words between the unit and the name: the name is no measured stuff
        ("Add 2 cups of flour, Greenleaf says.", "Greenleaf"),
        # a count of a body's things, no unit of measure
        ("Fizzco opened 2 stores in Ohio. 3 Fizzco stores closed.", "Fizzco"),
    ],
)
def test_what_is_not_measured_in_every_mention_is_kept(text: str, name: str) -> None:
    assert name not in measured(text)


def test_a_listed_company_stays_an_organisation() -> None:
    assert "Coca-Cola" not in measured("He drank 2 cans of Coca-Cola and 1 cup of tea.")
