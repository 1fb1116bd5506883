"""A salutation is no role (session 28): the Entities view listed "Angela Merkel —
Bundeskanzlerin, Frau" and "Olaf Scholz — Herr", because the rules keep the word before a name
("Frau Angela Merkel") with the person's roles. The Roles column and its tooltip leave it out
(since session 30 the stored roles hold none either) (the who's who and
`briefing entities`: tests/cli/test_cli_entities_salutations.py). A real library in a temp folder, imported and indexed by the real window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.core.entities import merge_roles
from reader.ui.entities.entity_models import NAME, ROLES, EntityRole
from tests.ui.entities.texts_library import imported

GERMAN = """Merkel trifft Scholz in Berlin

Frau Angela Merkel hat am Montag in Berlin gesprochen. Bundeskanzlerin Angela Merkel sagte, sie
wolle handeln. Herr Olaf Scholz schwieg dazu. Merkel reiste am Abend ab.
"""


def test_merge_roles_leaves_salutations_out() -> None:
    assert merge_roles(["Frau", "Bundeskanzlerin"], "de") == ("Bundeskanzlerin",)
    assert merge_roles(["Bundeskanzlerin", "Frau"], "en") == ("Chancellor",)
    for salutation in ("Herr", "Frau", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "mr."):
        assert merge_roles([salutation], "de") == ()
        assert merge_roles([salutation, "spokesman"], "en") == ("spokesman",)
    assert merge_roles(["Frauenbeauftragte"], "de") == ("Frauenbeauftragte",)  # a word, not "Frau"


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    """The text imported into the window's library before it opens (so no seeds)."""
    imported(data_dir, tmp_path, {"merkel_scholz.txt": GERMAN})
    return data_dir


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_entities_view_shows_no_salutation(library, make_window, qtbot, speak, language) -> None:
    speak(language)
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    model = mode.view.model
    rows = {model.index(r, NAME).data(EntityRole).name: r for r in range(model.rowCount())}
    merkel, scholz = model.index(rows["Angela Merkel"], ROLES), model.index(rows["Olaf Scholz"], ROLES)
    assert "Frau" not in merkel.data(EntityRole).roles  # a salutation is no role, not even stored
    office = "Bundeskanzlerin" if language == "de" else "Chancellor"
    assert merkel.data() == office
    assert merkel.data(Qt.ItemDataRole.ToolTipRole) == f"Angela Merkel — {office}"
    assert scholz.data() == ""
    assert scholz.data(Qt.ItemDataRole.ToolTipRole) is None  # not "Olaf Scholz — "
    speak("en")
