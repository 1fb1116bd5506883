"""The reading time over the article and the print button are the page's chrome in the
languages the product meets ("Tempo de leitura: 2 minutos", "Temps de lecture : 5 min",
"Print this article", "Artikel drucken"); a sentence that talks about reading time is text."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    "line",
    [
        "Tempo de leitura: 2 minutos",
        "Temps de lecture : 5 min",
        "Tiempo de lectura: 3 minutos",
        "Tempo di lettura 4 minuti",
        "Leestijd: 6 minuten",
    ],
)
def test_a_reading_time_is_article_info(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) == phrases.ARTICLE_INFO


@pytest.mark.parametrize("line", ["Print this article", "Print story", "Artikel drucken"])
def test_a_print_button_is_share_furniture(line: str) -> None:
    assert phrases.label_reason(line, line.lower()) == phrases.SHARE


def test_a_sentence_about_reading_time_is_text() -> None:
    line = "O tempo de leitura de um livro depende de quem o lê e de quando."
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) is None
