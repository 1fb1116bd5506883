"""Co-authors each with the place they report from, as Swiss papers print them ("Markus M.
Haefliger, London, Beat Bumbacher"), are all authors: the one-word places leave the list.
A name with a place or an employer after it keeps the name alone, and an initial is no
acronym.

Expected values are the names a reader would cite from each line.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.name_lists import name_parts
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("names", "parts"),
    [
        ("Markus M. Haefliger, London, Beat Bumbacher", ["Markus M. Haefliger", "Beat Bumbacher"]),
        ("Anna Weber, Berlin, Max Muster, Hamburg", ["Anna Weber", "Max Muster"]),
        ("Jane M. Doe, John Smith", ["Jane M. Doe", "John Smith"]),
        ("Jane Doe, London", ["Jane Doe"]),
        ("Kathrin Erdmann, ARD-Studio Tokio", ["Kathrin Erdmann"]),
    ],
)
def test_name_parts_with_places(names: str, parts: list[str]) -> None:
    assert name_parts(names) == parts


def test_swiss_byline_with_places() -> None:
    page = f"Kontakt\n{HEADLINE}\nMarkus M. Haefliger, London, Beat Bumbacher\n19.10.2019, 23:38 Uhr\n\n{P1}\n\n{P2}\n"
    assert parse_page(page).byline == "Markus M. Haefliger, Beat Bumbacher"
