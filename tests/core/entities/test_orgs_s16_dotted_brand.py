"""A brand written with a dot after its first capital ("E.ON") is one word, so its name is
whole ("E.ON AG", not "ON AG"); dotted abbreviations stay as they were ("U.S. Army").
Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_dotted_brand_is_one_name() -> None:
    orgs = _orgs("Auch die E.ON AG hat die Preise erhöht, sagte ein Sprecher.")
    assert "E.ON AG" in orgs and "ON AG" not in orgs


def test_dotted_abbreviations_stay() -> None:
    assert "U.S. Army" in _orgs("Die U.S. Army hat das Gelände in Bayern geräumt.")
