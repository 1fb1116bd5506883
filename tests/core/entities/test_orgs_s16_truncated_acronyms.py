"""A body's acronym as the first half of a German compound whose end the next word carries
is still the body ("SPD- und CDU-Politiker"); a noun's half stays none ("Lade- und
Entladezeiten"). Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_acronym_before_a_shared_compound_end_is_the_body() -> None:
    assert {"SPD", "CDU"} <= _orgs("Die SPD- und CDU-Politiker stimmten dem Gesetz zu.")


def test_a_nouns_half_stays_none() -> None:
    assert not _orgs("Die Lade- und Entladezeiten an der Rampe sind lang.")
