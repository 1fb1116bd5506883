"""The Entities view's Name column sorts people by surname: it sorted by the name the index
keeps, so "Dr. Ina Berger" (kept as "Ina Berger", the title a role) went under "I" between
"Anna Zeller" and "Prof. Dr. Karl Adler" (under "K"). A real library, imported and indexed by
the real window; the command line and the who's who: tests/cli/test_cli_entities_surname_order.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_entities_surname_order import BY_SURNAME, CLINIC
from tests.ui.entities.texts_library import imported, people_by_name_column


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    imported(data_dir, tmp_path, {"klinik.txt": CLINIC})
    return data_dir


def test_the_name_column_sorts_people_by_surname(library, make_window, qtbot) -> None:
    rows = people_by_name_column(make_window(), qtbot)
    assert [n for n in rows if n in BY_SURNAME] == BY_SURNAME, rows
