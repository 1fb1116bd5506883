"""A town written before its US state in commas is a place though no gazetteer knows it
("Palm Beach, Florida,"); a state that names something else ("Florida officials") makes no
town of the words before it. The first sentence is from an s23 dev text, its expected places
the gold's spans."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _places(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.PLACE}


def test_town_before_a_state_in_commas() -> None:
    text = (
        'Prosecutors said Epstein "sexually exploited and abused dozens of minor girls" at his '
        "homes in Manhattan and Palm Beach, Florida, and at other locations."
    )
    assert _places(text) == {"Manhattan", "Palm Beach", "Florida"}


def test_town_after_an_opening_preposition() -> None:
    assert _places("In Boca Raton, Florida, the vote was close.") == {"Boca Raton", "Florida"}


def test_no_town_before_a_state_that_names_something_else() -> None:
    text = (
        "On Tuesday, Florida officials said no. Last week, Texas, Ohio and Iowa voted. "
        "Teachers, Florida voters and the mayor met."
    )
    assert _places(text) == {"Florida", "Texas", "Ohio", "Iowa"}
