"""A party's members named after where they sit ("Virginia Democrats", "House Republicans")
are the place or the chamber and the party; "a Democrat" is the Democrats; "the House" is a
chamber; a body named after a place with a site's first word ("Fort Worth Police
Department") is no site. Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _names(found: list[Found], kind: EntityKind) -> set[str]:
    return {f.name for f in found if f.kind is kind}


def test_members_of_a_party_by_where_they_sit() -> None:
    text = (
        "Kentucky Democrats won a majority. And Louisiana Democrats re-elected the governor. "
        "Worried about backlash, House Democrats limited the inquiry. Democrats were right."
    )
    found = extract(text, "en")
    assert _names(found, EntityKind.ORG) == {"Democrats", "House"}
    assert _names(found, EntityKind.PLACE) == {"Kentucky", "Louisiana"}


def test_a_party_of_its_own_name_stays_whole() -> None:
    text = "The Liberal Democrats won seats from the Conservatives in the south."
    assert "Liberal Democrats" in _names(extract(text, "en"), EntityKind.ORG)


def test_a_member_is_named_after_the_party() -> None:
    text = (
        "Obama, the most popular Democrat in America, spoke. Five of the Democrats on stage "
        "are senators, and the Democrats want a pragmatic-minded Democrat."
    )
    orgs = [f for f in extract(text, "en") if f.kind is EntityKind.ORG]
    assert [f.name for f in orgs] == ["Democrats"]


def test_the_house_is_a_chamber() -> None:
    text = "He should be impeached by the House and removed from office by the Senate."
    assert _names(extract(text, "en"), EntityKind.ORG) == {"House", "Senate"}


def test_a_body_named_after_a_site_is_no_site() -> None:
    text = "A friend called 911. Fort Worth Police Department responded and confirmed it."
    found = extract(text, "en")
    assert _names(found, EntityKind.ORG) == {"Fort Worth Police Department"}
    assert _names(found, EntityKind.PLACE) == set()
    text = "The ship passed Fort Sumter and anchored near Lake Geneva."
    assert _names(extract(text, "en"), EntityKind.PLACE) == {"Fort Sumter", "Lake Geneva"}


def test_members_and_a_member_are_the_party() -> None:
    text = (
        "The Democratic Party held its fifth debate in Atlanta.\n"
        "Former President Barack Obama, the most popular Democrat in America, spoke.\n"
        "Biden is the favorite of many establishment Democrats, but there is an opening for "
        "another pragmatic-minded Democrat to step up. It is a complicated topic for Democrats."
    )
    orgs = [f for f in extract(text, "en") if f.kind is EntityKind.ORG]
    assert [f.name for f in orgs] == ["Democratic Party"]
