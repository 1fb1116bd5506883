"""Session 34: a lone name one holds shares in is a company ("Shares in Zorvex fell") — the
rules knew "shares of" and "a stake in", and read "in Zorvex" as a place. Lone company names
were missed by all six recent blind batches while unseen. Made-up names and sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "en")}


def test_shares_in_a_company() -> None:
    assert _kinds("Shares in Quandrix fell 4 percent on Monday.").get("Quandrix") is EntityKind.ORG
    assert _kinds("Shareholders in Quandrix rejected the offer.").get("Quandrix") is EntityKind.ORG


def test_shares_in_a_known_place_stay_a_place() -> None:
    assert _kinds("Shares in Asia fell on Monday.").get("Asia") is EntityKind.PLACE
