"""Bylines led by other languages' words: "Door …" (Dutch), "Scritto da …" (Italian),
"Escrito por …" (Spanish), "Автор: …" (Russian)."""

from __future__ import annotations

import pytest

from reader.core.ingest.plaintext import parse

STORY = (
    "Le gouvernement a présenté mardi un plan de soutien de dix milliards d'euros pour les "
    "petites et moyennes entreprises. Les aides seront versées à partir du mois d'avril.\n\n"
    "Selon le ministère, près de deux cent mille entreprises pourraient en bénéficier. Les "
    "demandes seront déposées sur un portail en ligne, et les premiers versements suivront.\n"
)


def _page(meta_line: str) -> str:
    return f"Le gouvernement présente un plan pour les petites entreprises\n{meta_line}\n14.03.2023\n\n{STORY}"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Door Jan de Vries", "Jan de Vries"),
        ("Geschreven door Jan de Vries", "Jan de Vries"),
        ("Scritto da Marco Rossi", "Marco Rossi"),
        ("A cura di Marco Rossi", "Marco Rossi"),
        ("Escrito por María López", "María López"),
        ("Publié par Claire Martin", "Claire Martin"),
        ("Автор: Иван Петров", "Иван Петров"),
    ],
)
def test_other_languages_lead_words_introduce_the_author(line: str, author: str) -> None:
    assert parse(_page(line)).byline == author


def test_a_lead_word_opening_a_phrase_makes_no_author() -> None:
    assert parse(_page("Door prizes for everyone")).byline is None
