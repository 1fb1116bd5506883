"""American football's positions are roles like "quarterback" and "pass rusher": "defensive
end", "tight end", "wide receiver", "cornerback", "lineman" before a player's name are his
role, and a team's plural before them employs him ("Browns defensive end Myles Garrett"). The
sentence is from an s23 dev text; expected role and organisations are the gold's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_defensive_end_is_a_role_and_the_team_before_it_an_organisation() -> None:
    text = (
        "In the closing seconds of last week’s game in Cleveland, Browns defensive end Myles "
        "Garrett pulled off Steelers quarterback Mason Rudolph’s helmet."
    )
    found = extract(text, "en")
    people = {f.name: f.roles for f in found if f.kind is EntityKind.PERSON}
    assert any("defensive end" in role for role in people["Myles Garrett"])
    assert {f.name for f in found if f.kind is EntityKind.ORG} == {"Browns", "Steelers"}
