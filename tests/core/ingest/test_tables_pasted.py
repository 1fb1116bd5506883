"""A table copied out of a spreadsheet: its rows tab-separated lines. Every row stays as it was;
the title is the first row with its cells apart ("Land · Zoll 2024 · …"): its tabs made spaces,
"Land Zoll 2024 Zoll 2025 Änderung" ran the column names together."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import prepare_bytes
from reader.core.ingest.article import BlockRole

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title"), [
    ("table_de.txt", "Land · Zoll 2024 · Zoll 2025 · Änderung"),
    ("table_en.txt", "Country · Exports 2023 ($bn) · Tariff"),  # an empty column left out
])  # fmt: skip
def test_a_spreadsheets_rows_stay_and_its_first_row_titles_it_cell_by_cell(name: str, title: str) -> None:
    data = (PASTES / name).read_bytes()
    article = prepare_bytes(data, "Eingefügt.txt").article
    assert (article.title, article.title_derived) == (title, True)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == data.decode("utf-8").splitlines()
