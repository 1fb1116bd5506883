"""Session 41 (issue 15): "Trump reported a loss" made Trump an organisation through the rule
that a verb of reporting after a lone name names an outlet ("Reuters reported"). A person is
never an outlet: a name the text calls a person elsewhere (after a title or a first name,
before an age) or in the apposition it stands in keeps a person's reading; outlets keep
theirs. Hand-written sentences; what a consultant would see in the Entities view."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.company_neighbours import named_a_person
from reader.core.entities.names import tokens


def _kinds(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {e.name: e.kind for e in extract(text, lang)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trump reported a loss on Monday. Mr. Trump said he was not worried.", "Trump"),
        ("Trump reported a loss on Monday. President Trump left early.", "Trump"),
        ("Trump reported that the bill failed. Trump, 77, left early.", "Trump"),
        ("Müller reported a loss on Monday. Dr. Müller left early.", "Müller"),
        ("Halvorsen reports that the vote failed. Senator Halvorsen left early.", "Halvorsen"),
        # a year after a comma is no age, and what the text says later still counts
        (
            "Halvorsen reported that the vote failed. As Halvorsen, 2024 wrote, it was close. "
            "Senator Halvorsen left early.",
            "Halvorsen",
        ),
    ],
)
def test_a_person_the_text_names_so_elsewhere_is_no_outlet(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) is EntityKind.PERSON
    assert EntityKind.ORG not in kinds.values()


def test_a_role_in_the_apposition_makes_no_outlet() -> None:
    kinds = _kinds("The chairman of the board, Halvorsen, reported that the vote failed.")
    assert kinds.get("Halvorsen") is not EntityKind.ORG


def test_a_person_in_a_german_text_quoted_in_english_is_no_outlet_either() -> None:
    text = "Müller reported einen Verlust. Thomas Müller sagte, es sei wenig."
    assert _kinds(text, "de") == {"Thomas Müller": EntityKind.PERSON}


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported a loss on Monday. Mr. Reuters is no one we know.",  # known outlet
        "Zorvex reported that the bill failed. Zorvex said more would follow.",
        "Kan reported on Wednesday that the talks failed.",  # a first name alone: Israel's Kan
        "Bloomberg reported that the vote failed, said analyst Jane Roe, 41.",
        # a role earlier in the sentence, but no apposition: "…, Zorvex reported." names the outlet
        "The chief executive resigned on Monday, Zorvex reported.",
    ],
)
def test_outlets_keep_their_reading(text: str) -> None:
    name = text.split()[0] if " reported." not in text else text.split()[-2].rstrip(",")
    assert _kinds(text).get(name) is EntityKind.ORG


def test_the_times_and_the_new_york_times_stay_outlets() -> None:
    assert _kinds("The New York Times reported on Monday that the vote failed.") == {
        "New York Times": EntityKind.ORG
    }
    assert _kinds("the Financial Times reported that the vote failed.") == {
        "Financial Times": EntityKind.ORG
    }


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zorvex reported a loss. Zorvex, 77, left early.", True),  # an age
        ("Zorvex reported a loss. Nobody asked Zorvex. 12 others left.", False),  # a full stop
        ("Zorvex reported a loss. The chairman. Zorvex reported more.", False),
    ],
)
def test_only_a_comma_before_a_number_makes_it_an_age(text: str, person: bool) -> None:
    assert named_a_person(tokens(text), 0) is person
