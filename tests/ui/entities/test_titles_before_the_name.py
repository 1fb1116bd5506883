"""An academic title is written before the name in the Entities view, as the who's who writes
it ("Dr. Ina Berger — Tierärztin"): the Roles column listed "Tierärztin, Dr.", the degree read
as an office. `merge_roles`, which every list's roles go through, leaves it out (the command
line's: tests/cli/test_cli_entities_titles.py). A real library, imported and indexed by the
real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from reader.core.entities import merge_roles
from reader.ui.entities.entity_models import NAME, ROLES, EntityRole
from reader.ui.entities.name_and_roles import two_lines
from tests.ui.entities.texts_library import imported

GERMAN = """Impfung im Tierheim

Die Tierärztin Dr. Ina Berger sprach mit dem Redakteur. Berger sagte, es gehe den Tieren gut.
"""


def test_merge_roles_leaves_academic_titles_out() -> None:
    assert merge_roles(["Tierärztin", "Dr."], "de") == ("Tierärztin",)
    assert merge_roles(["Prof. Dr.", "cardiologist"], "en") == ("cardiologist",)
    assert merge_roles(["Dr."], "de") == ()
    assert merge_roles(["Professorin"], "de") == ("Professorin",)  # an office, not the title


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    imported(data_dir, tmp_path, {"tierheim.txt": GERMAN})
    return data_dir


def test_the_entities_view_writes_the_title_before_the_name(library, make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    model = mode.view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, NAME).data(EntityRole).name == "Ina Berger")
    assert model.index(row, NAME).data() == "Dr. Ina Berger"
    assert model.index(row, ROLES).data() == "Tierärztin"
    assert model.index(row, ROLES).data(Qt.ItemDataRole.ToolTipRole) == "Dr. Ina Berger — Tierärztin"
    entity = model.index(row, NAME).data(EntityRole)
    assert two_lines(QFontMetrics(window.font()), entity, True, 600) == ("Dr. Ina Berger", "Person · Tierärztin")
    speak("en")
