"""A body named in Spanish, Portuguese, Italian or French with its language's small words is
one organisation, whole, in German and English text; the translation in brackets after it is
no second body, and a word of the text's own language ends the name. Expected values read
off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang", "body"),
    [
        (
            "Die Regierung verhandelt wieder mit dem Bündnis Frente Nacional por la Paz y la "
            "Democracia, das im Exil gegründet wurde.",
            "de",
            "Frente Nacional por la Paz y la Democracia",
        ),
        (
            "Auch das Movimento dos Trabalhadores Rurais Sem Terra rief zu Protesten auf.",
            "de",
            "Movimento dos Trabalhadores Rurais Sem Terra",
        ),
        (
            "The Federación Nacional de Cafeteros de Colombia said export prices fell.",
            "en",
            "Federación Nacional de Cafeteros de Colombia",
        ),
        (
            "Data from the Instituto Nacional de Estadística y Geografía showed a slowdown.",
            "en",
            "Instituto Nacional de Estadística y Geografía",
        ),
    ],
)
def test_a_romance_body_is_read_whole(text: str, lang: str, body: str) -> None:
    assert _orgs(text, lang) == {body}


def test_the_translation_in_brackets_is_no_second_body() -> None:
    text = (
        "Sprecherin der Coordinadora Estudiantil por la Justicia (studentische Allianz "
        "für Gerechtigkeit und Freiheit) ist eine Studentin aus León."
    )
    assert _orgs(text, "de") == {"Coordinadora Estudiantil por la Justicia"}


def test_a_word_of_the_texts_language_ends_the_name() -> None:
    text = "Als das Instituto Nacional de Estadística Daten zur Inflation veröffentlichte, fiel der Peso."
    assert _orgs(text, "de") == {"Instituto Nacional de Estadística"}
