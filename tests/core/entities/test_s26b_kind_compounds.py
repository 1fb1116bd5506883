"""A German noun joined to a body's head says what kind of body it is, and names none:
"Beziehungen Autor-Verlag", "eine Kinder-Partei" (cues.org_head: the part before the head is
an everyday German word). A name before the head stays one body ("Ishin-Partei",
"Springer-Verlag", "Hanser-Verlag"). Hand-written sentences; expected values are what a reader
marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_noun_before_a_head_names_no_body() -> None:
    orgs = _orgs(
        "Untersucht werden Rezensionen, Beziehungen Autor-Verlag und Briefe aus dem Nachlass. "
        "Eine eigene Kinder-Partei gibt es in Deutschland bisher nicht."
    )
    assert "Autor-Verlag" not in orgs
    assert "Kinder-Partei" not in orgs


def test_a_name_before_a_head_stays_a_body() -> None:
    orgs = _orgs(
        "Das Buch erschien im Springer-Verlag, die Übersetzung beim Hanser-Verlag. In Osaka "
        "gewann die Ishin-Partei die Wahl."
    )
    assert {"Springer-Verlag", "Hanser-Verlag", "Ishin-Partei"} <= orgs
