"""A text in a language the rules were not made for: places, figures and people with a first
name of the list; no organisations or people made of its ordinary words. Hand-written after the
Portuguese and Indonesian pages of the development sample; expected values read off the text."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract

TEXT = (
    "Reflexão Sobre a educação. Mensagens de Gratidão para o dia. O professor Miguel Queiroz "
    "viajou de Belo Horizonte para a Bahia; 25% dos alunos foram. Sebaliknya, Alfabetizar é preciso."
)


def test_a_portuguese_text_keeps_places_figures_and_named_people_only() -> None:
    found = {(f.kind, f.name) for f in extract(TEXT, "pt")}
    assert (EntityKind.PERSON, "Miguel Queiroz") in found
    assert (EntityKind.PLACE, "Belo Horizonte") in found
    assert any(kind is EntityKind.FIGURE for kind, _name in found)
    assert not any(kind is EntityKind.ORG for kind, _name in found)
    assert (EntityKind.PERSON, "Reflexão Sobre") not in found


def test_german_english_and_unknown_languages_are_read_in_full() -> None:
    text = "Apple will sich unabhängig machen. Laut Bericht arbeitet Apple an Akkus. Apple testet."
    for lang in ("de", "de-DE"):
        assert any(f.kind is EntityKind.ORG for f in extract(text, lang))
    english = "Intel said on Monday it would cut jobs. Intel shares fell."
    for lang in ("en", "en-US", None, ""):
        assert any(f.kind is EntityKind.ORG and f.name == "Intel" for f in extract(english, lang))
