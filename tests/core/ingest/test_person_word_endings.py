"""A rare word that opens two capitalised words is no first name when it ends as a derived
noun or adjective does ("Classificação NASCAR", "Transgenerationales Coaching"): such a
headline over its date line was read as the author, and the title lost with it. The lines are
written by hand; which are names is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.person_shape import common_word
from reader.core.ingest.plaintext import parse
from reader.core.ingest.shape import is_person_name
from reader.core.text import normalise


@pytest.mark.parametrize(
    "line",
    [
        "Classificação NASCAR",  # Portuguese -ção
        "Transgenerationales Coaching",  # German -ionales
        "Clasificación Mundial",  # Spanish -ción
        "Sostenibilità Ambientale",  # Italian -ità
        "Kreislaufwirtschaft Konkret",  # German -schaft
        "Verkehrsberuhigung Innenstadt",  # German -ung
    ],
)
def test_a_derived_word_opens_no_name(line: str) -> None:
    assert not is_person_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "Carl Jung",  # a short word with the ending is a name as often
        "Conceição Lopes",  # a first name with the ending, on the first-name list
        "Clement Attlee",
        "Julia Kern",
        "Sandee Ortega",  # a first name neither list knows
    ],
)
def test_names_stay_names(line: str) -> None:
    assert is_person_name(line)


@pytest.mark.parametrize(
    "word",
    [
        "Ament",  # a surname: too short for the ending to tell
        "TVT-Redaktion",  # a desk's name, which pages credit as an author
    ],
)
def test_short_or_hyphenated_words_are_not_judged_by_their_ending(word: str) -> None:
    assert not common_word(word)


PAGE = """Início
Fórum
Classificação Mundial
sexta-feira, 22 de outubro de 2010
Nesta página você encontra sempre a classificação atualizada do campeonato mundial até a última corrida da temporada, com todos os pilotos.
A tabela mostra os pontos de cada piloto depois de cada corrida, e os doze primeiros disputam o título nas últimas dez corridas do ano.
Coloque a página nos seus favoritos e volte sempre para conferir a classificação depois de cada fim de semana de corrida.
"""


def test_a_derived_headline_over_its_date_is_the_title_not_the_author() -> None:
    article = parse(normalise(PAGE))
    assert article.byline is None
    assert article.title == "Classificação Mundial"
