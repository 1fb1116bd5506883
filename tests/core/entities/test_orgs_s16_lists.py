"""A name listed with organisations is one, along the whole list: a name that joins passes it
on to its neighbour, whichever end the known organisation stands at, and a word that is also a
first name joins a list of two organisations or more. Expected kinds read off hand-written
sentences (made-up names beside companies of the main stock indices)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


@pytest.mark.parametrize(
    "text",
    [
        "The agency counts Brixolo, Dantrel, Harvix and Comcast among its clients this year.",
        "The agency counts Comcast, Harvix, Dantrel and Brixolo among its clients this year.",
    ],
)
def test_every_name_of_a_list_with_an_organisation_is_one(text: str) -> None:
    kinds = _kinds(text)
    assert [kinds.get(n) for n in ("Brixolo", "Dantrel", "Harvix")] == [EntityKind.ORG] * 3


def test_a_first_name_in_a_list_of_two_organisations_is_one() -> None:
    kinds = _kinds("Its clients include Macy’s, Comcast and Verizon, the firm said on Monday.")
    assert kinds.get("Macy") is EntityKind.ORG


def test_a_first_name_beside_one_organisation_stays_none() -> None:
    kinds = _kinds("She thanked Kimberly, Comcast and her whole team for the evening.")
    assert kinds.get("Kimberly") is not EntityKind.ORG


def test_a_german_noun_in_the_list_stays_none() -> None:
    kinds = _kinds("Sie halten Anteile an Siemens, BASF, Daimler und Strom ist teuer.", "de")
    assert kinds.get("Strom") is not EntityKind.ORG and kinds.get("Daimler") is EntityKind.ORG


def test_names_right_after_a_plural_for_companies_are_companies() -> None:
    kinds = _kinds("The agency awarded contracts to companies Brixolo, Dantrel and Harvix today.")
    assert [kinds.get(n) for n in ("Brixolo", "Dantrel", "Harvix")] == [EntityKind.ORG] * 3


def test_names_right_after_a_plural_of_people_stay_none() -> None:
    kinds = _kinds("The bill was backed by lawmakers Brixolo and Dantrel on Monday.")
    assert EntityKind.ORG not in (kinds.get("Brixolo"), kinds.get("Dantrel"))


def test_a_town_before_its_state_is_no_listed_organisation() -> None:
    kinds = _kinds(
        "The newly selected firms are:\n\nBrixolo Robotics, Quenton Ridge, California\n"
        "Comcast, Harvell, California\n"
    )
    assert kinds.get("Harvell") is not EntityKind.ORG
    assert kinds.get("Quenton") is not EntityKind.ORG


def test_a_run_of_dictionary_words_between_two_listed_organisations_is_one() -> None:
    kinds = _kinds(
        "The agency chose Comcast, Brixolo, Quiet Engines, Verizon and others for the work."
    )
    assert kinds.get("Quiet Engines") is EntityKind.ORG


def test_such_a_run_beside_one_organisation_stays_none() -> None:
    kinds = _kinds("The agency chose Comcast, Quiet Engines and Lyon for the work.")
    assert "Quiet Engines" not in kinds
