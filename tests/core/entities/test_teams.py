"""A team named by its town or state, where the sentence shows a side: a result with a score,
or a sport's player or team right after the name; the town elsewhere stays a place, a country a
place. Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _kinds(found: list[Found]) -> set[tuple[EntityKind, str]]:
    return {(f.kind, f.name) for f in found if f.kind is not EntityKind.FIGURE}


def test_two_sides_of_a_result_with_a_score_are_teams() -> None:
    text = "Dallas beat Boston 112-104 on Sunday night. Luka Doncic scored 38 points in Dallas."
    assert _kinds(extract(text, "en")) == {
        (EntityKind.ORG, "Dallas"),
        (EntityKind.ORG, "Boston"),
        (EntityKind.PLACE, "Dallas"),
        (EntityKind.PERSON, "Luka Doncic"),
    }


def test_a_german_result_with_a_score() -> None:
    text = "Bayern gewann gegen Augsburg mit 3:1. Die Stadt Augsburg feierte trotzdem."
    assert _kinds(extract(text, "de")) == {
        (EntityKind.ORG, "Bayern"),
        (EntityKind.ORG, "Augsburg"),
        (EntityKind.PLACE, "Augsburg"),
    }


def test_without_a_score_or_between_countries_the_places_stay() -> None:
    assert _kinds(extract("Berlin verlor den Streit mit Brüssel.", "de")) == {
        (EntityKind.PLACE, "Berlin"),
        (EntityKind.PLACE, "Brüssel"),
    }
    assert _kinds(extract("Germany beat France 2-0 in Paris.", "en")) == {
        (EntityKind.PLACE, "Germany"),
        (EntityKind.PLACE, "France"),
        (EntityKind.PLACE, "Paris"),
    }


def test_a_sports_player_after_a_town_names_its_club() -> None:
    text = "Kosmos, a group co-founded by Barcelona soccer player Gerard Pique, paid."
    assert (EntityKind.ORG, "Barcelona") in _kinds(extract(text, "en"))


def test_a_side_before_its_score_is_no_numbered_product() -> None:
    text = "In the cup, Bayern thrashed Augsburg 5-0 on Saturday."
    assert {(EntityKind.ORG, "Bayern"), (EntityKind.ORG, "Augsburg")} <= _kinds(extract(text, "en"))


def test_a_place_right_before_the_side_belongs_to_the_clubs_name() -> None:
    text = "Es war spannend, und Bayern München gewann gegen den BVB mit 3:1. In München feierten alle."
    assert _kinds(extract(text, "de")) == {
        (EntityKind.ORG, "Bayern München"),
        (EntityKind.ORG, "BVB"),
        (EntityKind.PLACE, "München"),
    }
