"""A country whose name is a common first name opens a person's name before a surname: "Chad
Wolf", "Jordan Spira", also after a role ("Acting Secretary Chad Wolf"). Alone, or before a
word of a place's or a body's name, it stays the country ("aid to Chad and Jordan", "Jordan
Valley"), and a country no one is named after stays a place after a role ("Präsident
Frankreich Macron"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str, lang: str = "en") -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_first_name_country_before_a_surname_is_a_person() -> None:
    found = _found("Chad Wolf said the border was safe. Jordan Spira scored twice.")
    assert found.get("Chad Wolf") is EntityKind.PERSON
    assert found.get("Jordan Spira") is EntityKind.PERSON
    assert "Chad" not in found and "Jordan" not in found


def test_a_first_name_country_after_a_role() -> None:
    people = {
        f.name: f.roles
        for f in extract("Acting Secretary Chad Wolf visited the border.", "en")
        if f.kind is EntityKind.PERSON
    }
    assert people.get("Chad Wolf") == ("Acting Secretary",)


def test_the_country_alone_stays_a_country() -> None:
    found = _found(
        "Aid went to Chad and Jordan. Farms in the Jordan Valley are dry. Georgia Tech won."
    )
    assert found.get("Chad") is EntityKind.PLACE
    assert found.get("Jordan") is EntityKind.PLACE
    assert not any(kind is EntityKind.PERSON for kind in found.values())


def test_a_country_no_one_is_named_after_stays_a_place_after_a_role() -> None:
    found = _found("Der Präsident Frankreichs Macron sprach lange.", "de")
    assert (
        found.get("Frankreich") is EntityKind.PLACE or found.get("Frankreichs") is EntityKind.PLACE
    )
