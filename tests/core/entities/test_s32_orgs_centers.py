"""A "Center" named by the work it does is an institution, an organisation ("the Bipartisan
Policy Center", "the Metropolitan Detention Center", "the National Hurricane Center"); one named
by a sponsor or by what it stages stays a site ("Staples Center", "Riverside Music Center")."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {e.name: e.kind for e in extract(text, "en")}


@pytest.mark.parametrize(
    "name",
    ["Harbor Policy Center", "Metropolitan Detention Center", "National Hurricane Center"],
)
def test_center_doing_work_is_a_body(name: str) -> None:
    text = f"Analysts at the {name} said on Tuesday that the storm season would be long."
    assert _kinds(text).get(name) is EntityKind.ORG


def test_venue_center_stays_a_site() -> None:
    text = "The band plays the Riverside Music Center on Friday and the Staples Center in May."
    kinds = _kinds(text)
    assert kinds.get("Riverside Music Center") is not EntityKind.ORG
    assert kinds.get("Staples Center") is not EntityKind.ORG
