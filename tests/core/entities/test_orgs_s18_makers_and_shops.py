"""Companies the rules lost to other readings: a car maker that is a first name, where the
text names its models; a listed company that only a preposition made a place; an outlet whose
web address opens with a digit. And a product's colour is no company. Expected values read off
hand-written sentences (made-up models and outlets; makers and shops from general knowledge)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_a_maker_that_is_a_first_name_is_the_company_where_its_models_are_named() -> None:
    text = (
        "Ford is rolling out an all-new electric SUV this week.\n\n"
        "FORD ZEPHYRA X\n\nFord will show its first electric van too."
    )
    assert "Ford" in _orgs(text)


def test_a_first_name_with_no_model_stays_no_company() -> None:
    assert "Ford" not in _orgs("Ford is rolling out his new garden plans this week.")


@pytest.mark.parametrize(
    "text",
    [
        "The earbuds dropped to an all-time low on Amazon at just $139.\n\nAvailable from Amazon",
        "The charger is $19 today.\n\nAvailable from Amazon\n\nBuy Now",
    ],
)
def test_a_listed_shop_after_from_or_on_is_the_company(text: str) -> None:
    assert _kinds(text).get("Amazon") is EntityKind.ORG


def test_a_town_stays_a_town() -> None:
    text = "Einige Kunden des Fahrdienstes in der US-Stadt Phoenix fahren bald ohne Fahrer."
    assert {f.name: f.kind for f in extract(text, "de")}.get("Phoenix") is EntityKind.PLACE


def test_a_web_address_opening_with_a_digit_is_an_outlet() -> None:
    text = "The deal was first spotted by 4to6Gadgets.com on Monday."
    assert "4to6Gadgets.com" in _orgs(text)


def test_a_products_colour_is_no_company() -> None:
    text = (
        "Orvix Watch Series 4 (GPS, 44mm) - Space Gray Aluminium Case with Black Sport Band\n\n"
        "Sale price withheld at the maker's request\n\n"
        "Orvix Tablet Pro (11-inch, Wi-Fi, 64GB) - Space Gray (Latest Model)\n\n$674.00\n"
    )
    assert "Space Gray" not in _orgs(text)


def test_a_small_town_on_a_tour_list_stays_a_town() -> None:
    text = "June 24 -- Lube Live, Bristow, VA\n\nJune 26 -- PPL Center, Allentown, PA"
    assert _kinds(text).get("Bristow") is not EntityKind.ORG
