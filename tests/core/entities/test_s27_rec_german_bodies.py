"""A German house of learning, art or money with the genitive of what it serves is one name:
"Akademie der Bayerischen Presse", "Pinakothek der Moderne", "Stiftung der Deutschen
Wirtschaft" — as "Verband der Automobilindustrie" is. A role before "der" stays a role and a
body ("Direktorin der Pinakothek"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_academy_with_the_genitive_of_what_it_serves() -> None:
    orgs = _orgs("Im Herbst unterrichtet sie an der Akademie der Hessischen Handwerker in Kassel.")
    assert "Akademie der Hessischen Handwerker" in orgs


def test_a_gallery_with_the_genitive_of_its_art() -> None:
    orgs = _orgs("Die Bilder hängen ab Mai in der Pinakothek der Alten Meister in Kassel.")
    assert "Pinakothek der Alten Meister" in orgs


def test_a_foundation_with_the_genitive_of_its_patrons() -> None:
    orgs = _orgs("Das Stipendium zahlt die Stiftung der Sächsischen Bauern seit 2010.")
    assert "Stiftung der Sächsischen Bauern" in orgs


def test_a_role_before_der_stays_apart_from_the_body() -> None:
    orgs = _orgs("Gestern sprach die Direktorin der Pinakothek der Moderne über den Umbau.")
    assert "Pinakothek der Moderne" in orgs
    assert not any(o.startswith("Direktorin") for o in orgs)
