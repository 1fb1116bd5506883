"""The Entities view's Name column files a Chinese or Korean name written family name first
under its first word ("Kim Jong Un" under K, "Xi Jinping" under X) among names sorted by
surname. A real library, imported and indexed by the real window; the command line:
tests/cli/test_s31_n_family_first_listing.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_s31_n_family_first_listing import BY_FAMILY_NAME, SUMMIT
from tests.ui.entities.texts_library import imported, people_by_name_column


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    imported(data_dir, tmp_path, {"summit.txt": SUMMIT})
    return data_dir


def test_the_name_column_files_names_under_the_family_name(library, make_window, qtbot) -> None:
    rows = people_by_name_column(make_window(), qtbot)
    assert [n for n in rows if n in BY_FAMILY_NAME] == BY_FAMILY_NAME, rows
