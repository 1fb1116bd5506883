"""A player's position written before the name in a table of players or a draft ("CB Greedy
Williams, LSU") is no body's acronym: the row names the player and the college, and the code
with the name is no organisation. Hand-written rows with invented players; a company whose name
an acronym opens stays ("CB Insights", "DL Capital Partners")."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_position_before_a_player_is_no_organisation() -> None:
    text = (
        "Round 1: CB Greedy Wilkins, LSU: 6-2, 185 pounds. Round 2: PG Tramell Youngblood, "
        "Oklahoma State. Round 3: OLB Devonte Marsh Jr., Alabama."
    )
    orgs = _orgs(text)
    assert not {o for o in orgs if o.startswith(("CB", "PG", "OLB"))}
    assert "LSU" in orgs


def test_a_position_before_a_known_first_name_leaves_the_person() -> None:
    people = {f.name for f in extract("Pick 12: WR Justin Jeffords, LSU: 6-3.", "en")
              if f.kind is EntityKind.PERSON}  # fmt: skip
    assert "Justin Jeffords" in people
    people = {f.name for f in extract("Pick 14: CB Justin Jeffords, LSU: 6-3.", "en")
              if f.kind is EntityKind.PERSON}  # fmt: skip
    assert "Justin Jeffords" in people


def test_companies_opened_by_an_acronym_stay() -> None:
    orgs = _orgs(
        "Analysts at CB Insights said funding fell, and DL Capital Partners bought the firm."
    )
    assert {"CB Insights", "DL Capital Partners"} <= orgs
