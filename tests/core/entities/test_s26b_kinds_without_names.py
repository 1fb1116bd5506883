"""A kind of body a country has many of, named by an adjective of what it does alone ("an der
Technischen Universität", "die Medizinische Hochschule"), names no body: which one, its town
or its name would say (kind_words.named_by_kind). With its town it is one ("Technische
Universität München"), and a body there is one of stays one ("Europäische Union").
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_adjective_and_a_kind_name_no_body() -> None:
    orgs = _orgs(
        "Die Messungen fanden in Darmstadt an der Technischen Universität statt. Eine "
        "Pädagogische Hochschule bildet Lehrkräfte aus, die Medizinische Hochschule Ärzte."
    )
    assert not any("Universität" in name or "Hochschule" in name for name in orgs)


def test_with_its_town_or_as_the_only_one_it_is_a_body() -> None:
    orgs = _orgs(
        "Sie forscht an der Technischen Universität München. Die Europäische Union fördert "
        "das Projekt mit zwei Millionen Euro."
    )
    assert "Europäische Union" in orgs
    assert any(name.endswith("Universität München") for name in orgs)
