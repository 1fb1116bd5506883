"""A party written with "party" in small letters is an organisation when a political adjective
names it ("the Communist party", "the Democratic Progressive party"); a party of another kind
or a nationality's is none. Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name.casefold() for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_political_adjective_before_party_names_one() -> None:
    assert "communist party" in _orgs("The paper, the mouthpiece of the Communist party, warned.")
    assert "conservative party" in _orgs("She left the Conservative party in 2019, aides said.")


def test_two_adjectives_and_a_plain_name() -> None:
    found = _orgs("Lin Mei of the Democratic Progressive party met leaders of the Labour party.")
    assert {"democratic progressive party", "labour party"} <= found


def test_a_party_of_another_kind_or_a_nationality_is_none() -> None:
    assert not any("party" in name for name in _orgs("We went to the Birthday party at noon."))
    assert not any("party" in name for name in _orgs("Leaders of the American party met."))
