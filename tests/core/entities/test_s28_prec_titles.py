"""An English dictionary noun capitalised inside sentences again and again is a company only
where the text has it do what a body does (acting_nouns, asked by undecided): the subject of a
verb, an owner, the maker of a model. A game's title, a service's tier or a group of people is
no organisation. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_service_tier_is_no_organisation() -> None:
    orgs = _orgs(
        "The free plan stores five notebooks. Subscribers can upgrade to Platinum for $5 a "
        "month, and anyone who moves to Platinum gets unlimited storage."
    )
    assert "Platinum" not in orgs


def test_a_group_of_people_is_no_organisation() -> None:
    orgs = _orgs(
        "The bakery took on 40 Apprentices this spring. It pays its Apprentices a full wage "
        "from the first week."
    )
    assert "Apprentices" not in orgs


def test_a_game_title_and_the_one_listed_with_it_are_no_organisations() -> None:
    orgs = _orgs(
        "Its combat borrows from Ashes and Vortigern. Fans of Ashes will feel at home, "
        "though the game is kinder than Ashes ever was to newcomers."
    )
    assert not {"Ashes", "Vortigern"} & orgs


def test_a_dictionary_noun_that_acts_is_a_company() -> None:
    orgs = _orgs(
        "The studio was sold last year. Since then Lantern released two phones, and the "
        "board says Lantern is now testing a tablet."
    )
    assert "Lantern" in orgs


def test_the_maker_of_a_model_is_a_company() -> None:
    orgs = _orgs(
        "This week you can get Beacon Arc2 earbuds for $89. The deal also covers Beacon "
        "speakers, and the older Beacon Arc1 drops to $59."
    )
    assert "Beacon" in orgs
