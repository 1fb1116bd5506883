"""A date alone on its line under a picture's credit, or in its own field of a credit line,
dates the story: the credit makes the next line look like the picture's caption ("Foto: Juan
Pérez" / "12 de marzo de 2024", "Fotos: Max Muster | 12.03.2024"), but a caption describes
the picture in words, and its date is the picture's.

Expected values are the dates a reader of each hand-built page would cite.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page

ES_HEADLINE = "La ciudad presenta su plan de carriles bici"
ES_BODY = (
    "El ayuntamiento presentó el lunes un plan para ampliar la red de carriles bici en toda la "
    "ciudad, y el alcalde prometió que las obras empezarían antes del verano.\n\n"
    "La oposición criticó su coste, que rondará los ocho millones de euros, y pidió un examen "
    "más detallado de cada tramo antes de la votación del pleno."
)


def test_a_date_line_under_a_spanish_credit() -> None:
    page = (
        f"Inicio\nNoticias\n\n{ES_HEADLINE}\nFoto: Juan Pérez\n12 de marzo de 2024\n\n{ES_BODY}\n"
    )
    article = parse_page(page)
    assert (article.title, article.published) == (ES_HEADLINE, "2024-03-12")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Fotos: Max Muster | 12.03.2024", "2024-03-12"),
        ("Foto: Max Muster | 12.03.2024, 14:05 Uhr", "2024-03-12T14:05"),
        # A caption that names a day in its words dates the picture, not the story.
        ("Foto: Max Muster | Der neue Radweg am 10.03.2024 bei der Eröffnung", None),
    ],
)
def test_a_date_in_its_own_field_of_a_credit_line(line: str, published: str | None) -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\nVon Anna Weber\n{line}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE, published)
