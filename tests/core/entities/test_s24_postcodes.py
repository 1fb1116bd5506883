"""The town after a German postcode in an address is a place, though its name is a German noun
("06114 Halle"); a count before a noun names no town. The address is from an s23 dev text; its
expected place is the gold's span."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.PLACE}


def test_town_after_a_postcode() -> None:
    assert "Halle" in _places("Ort: Gaststätte Felsenblick, Zum Saaleblick 11, 06114 Halle")


def test_counts_before_nouns_are_no_postcodes() -> None:
    assert _places("Sie zahlte, 15000 Euro.\n15000 Menschen kamen zur Halle.") == set()
