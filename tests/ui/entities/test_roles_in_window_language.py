"""The Entities view's Roles column and an inserted who's who say a known office in the window's
(the briefing's) language, whatever language the source wrote it in (session 28).

Seen: a German window listed "Liu — vice-premier" and "Aseem Prakash — founding director" from
an English source beside "Xi Jinping — Präsident" from a German one. A real library in a temp
folder: an English and a German news text, imported and indexed by the real window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.ui.entities.entity_models import NAME, ROLES, EntityRole
from tests.ui.entities.texts_library import imported

ENGLISH = """China and the United States resume trade talks

BEIJING — Chinese vice-premier Liu He will travel to Washington next week, the commerce ministry
said on Monday. Liu He said both sides wanted an agreement. Aseem Prakash, founding director of the
Center for Environmental Politics, said the talks mattered. Prakash added that tariffs hurt farmers.
"""
GERMAN = """Xi empfängt Scholz in Peking

Präsident Xi Jinping hat am Montag Bundeskanzler Olaf Scholz in Peking empfangen. Xi Jinping
sprach von einer engen Partnerschaft. Auch die Kulturmanagerin Anna Berg war in Peking.
"""
# name: (roles in a German window, roles in an English one)
EXPECTED = {
    "Liu He": ("Vizepremier", "vice-premier"),
    "Aseem Prakash": ("Gründungsdirektor", "founding director"),
    "Xi Jinping": ("Präsident", "President"),
    "Olaf Scholz": ("Bundeskanzler", "Chancellor"),
    "Anna Berg": ("Kulturmanagerin", "Kulturmanagerin"),  # no office the table knows: as written
}


@pytest.fixture
def library(data_dir: Path, tmp_path: Path) -> Path:
    """The two texts imported into the window's library before it opens (so no seeds)."""
    return imported(data_dir, tmp_path, {"trade_talks.txt": ENGLISH, "xi_scholz.txt": GERMAN})


def _roles_column(window, qtbot) -> dict[str, str]:
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    model = mode.view.model
    rows = (model.index(r, NAME) for r in range(model.rowCount()))
    return {i.data(EntityRole).name: i.siblingAtColumn(ROLES).data() for i in rows}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_roles_column_says_offices_in_the_windows_language(
    library, make_window, qtbot, speak, language
) -> None:
    speak(language)
    window = make_window()
    shown = _roles_column(window, qtbot)
    column = 0 if language == "de" else 1
    assert {name: shown[name] for name in EXPECTED} == {n: r[column] for n, r in EXPECTED.items()}
    # the tooltip says the same
    model = window.entities.mode.view.model
    row = next(r for r in range(model.rowCount()) if model.index(r, NAME).data(EntityRole).name == "Liu He")
    tip = model.index(row, ROLES).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Liu He — {EXPECTED['Liu He'][column]}"
    speak("en")


@pytest.mark.parametrize("export", ["de", "en"])
def test_the_inserted_whos_who_says_offices_in_the_briefings_language(
    library, make_window, qtbot, speak, export
) -> None:
    from reader.ui.briefing.add_menu import create_briefing

    speak("de")
    window = make_window()
    window.session.settings.export_language = export
    briefing_id = create_briefing(window.session, "China")
    window.briefings.show(briefing_id)
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()
    text = [i.text for i in window.session.store.briefings.items(briefing_id) if i.text][-1]
    column = 0 if export == "de" else 1
    for name, roles in EXPECTED.items():
        assert f"- **{name}** — {roles[column]} [^who-" in text
    speak("en")
