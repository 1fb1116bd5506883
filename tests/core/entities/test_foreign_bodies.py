"""Bodies named in a Romance language open with their head word ("Universidade Federal
Fluminense", "Protezione Civile"): organisations, not people, in German and English text.
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_romance_head_word_opens_a_body() -> None:
    german = _kinds(
        "Der Rektor der Universidade Federal Fluminense wurde bedroht. Informieren Sie sich "
        "beim Dipartimento della Protezione Civile. Die Lehrergewerkschaft (Sindicato Estadual "
        "dos Profissionais) protestierte.",
        "de",
    )
    english = _kinds(
        "Students of the Universidad Nacional Autónoma protested, and Luis Ortega joined them.",
        "en",
    )
    for found, name in (
        (german, "Universidade Federal Fluminense"),
        (german, "Protezione Civile"),
        (german, "Sindicato Estadual"),
        (english, "Universidad Nacional Autónoma"),
    ):
        assert found.get(name, EntityKind.ORG) is EntityKind.ORG, name
        assert not [n for n, k in found.items() if k is EntityKind.PERSON and name in n], name
    assert english.get("Luis Ortega") is EntityKind.PERSON
