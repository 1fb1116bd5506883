"""A family name's particles between a first name and a surname keep the name whole, written
small or with a capital ("Rafael van der Vaart", "James Van Der Beek", "Oscar De La Hoya"),
though "Der" and "La" are no name's words elsewhere; without a first name before them they
join no person ("Institut der Deutschen Wirtschaft", "Museo del Prado"). Hand-written
sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _people(text: str, lang: str) -> list[str]:
    return sorted(f.name for f in extract(text, lang) if f.kind is EntityKind.PERSON)


def test_capitalised_dutch_particles_stay_inside_the_name() -> None:
    text = "Yesterday the jury met Pieter Van Den Broek in Utrecht for an hour."
    assert _people(text, "en") == ["Pieter Van Den Broek"]


def test_capitalised_spanish_particles_stay_inside_the_name() -> None:
    assert _people("Fans still remember how Oscar De La Hoya fought.", "en") == ["Oscar De La Hoya"]


def test_small_particles_after_a_first_name_in_german() -> None:
    text = "Der Verein holte Sander van der Linden als Trainer zurück."
    assert _people(text, "de") == ["Sander van der Linden"]


def test_particles_after_a_body_s_word_make_no_person() -> None:
    assert _people("Visitors queued outside the Museo del Prado for hours.", "en") == []


def test_a_romance_word_before_particles_is_no_first_name() -> None:
    from reader.core.entities.family_names import inner_particles
    from reader.core.entities.names import tokens

    assert inner_particles(tokens("Iglesia de la Merced")) == frozenset()
    assert inner_particles(tokens("Botic van de Zandschulp")) == frozenset({1, 2})


def test_a_school_named_after_a_particled_name_is_no_person() -> None:
    text = "Am Gabriele von Bülow Gymnasium wählten die Schüler am Freitag."
    assert _people(text, "de") == []
