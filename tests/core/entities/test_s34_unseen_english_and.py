"""Session 34: in a German text an English "and" between capitalised words joins one English
name ("das Label Pine and Pebble"), as German joins two names with "und" — names holding
"and", "&" or commas were missed or cut in blind batches s22, s23, s24 and s27 while unseen.
Made-up names and sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_english_and_stays_inside_the_name() -> None:
    assert "Faible and Pebble" in _orgs("Beim Münchner Label Faible and Pebble gibt es warme Mützen.")
    assert "Faible" not in _orgs("Die Marke Faible and Pebble verkauft warme Mützen.")


def test_a_german_und_still_joins_two_names() -> None:
    found = _orgs("Die Allianz und die Munich Re haben die Prämien erhöht.")
    assert "Allianz und die Munich Re" not in found
