"""The first run after an install or update builds the place gazetteer (2-3 s of CPU), which
the Roles column needs to read "Japanexperte" as an expert on Japan. With every source indexed
already, nothing else loaded it, and the window's own thread built it while the Entities view
opened: the window froze (session 32). It is prepared on the view's worker now, the view saying
so meanwhile, and a who's who waits for it the same way.

A real library in a temp folder, indexed before the window opens; this process's gazetteer and
region names are put back to "not loaded yet", as a first run finds them, each recording the
thread that loads it.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader import paths
from reader.core.entities import place_names, places
from reader.core.store import Store
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.entities.entity_models import NAME, ROLES, EntityRole
from reader.ui.entities.indexing_progress import IndexingProgress
from tests.ui.entities.texts_library import imported
from tests.ui.settled import settle

TEXT = """Japan und Bayern vertiefen ihre Zusammenarbeit

München – Der Japanexperte Hans Weber sagte am Montag, Bayern und Japan wollten enger
zusammenarbeiten. Hans Weber verwies auf Firmen in Bayern, die in Japan investieren.
"""


@pytest.fixture
def first_run(data_dir: Path, tmp_path: Path, monkeypatch) -> list[tuple[str, threading.Thread]]:
    """An indexed library, and this process's place names not loaded yet: the loads, by thread."""
    imported(data_dir, tmp_path, {"bayern_japan.txt": TEXT})
    with Store.open(paths.resolve(data_dir).ensure().db_path) as store:
        store.entities.refresh()  # indexed, as by the version before the update
    loads: list[tuple[str, threading.Thread]] = []

    def recorded(name, load):
        @cache
        def loaded():
            loads.append((name, threading.current_thread()))
            return load()

        return loaded

    monkeypatch.setattr(places, "gazetteer", recorded("gazetteer", places.gazetteer))
    monkeypatch.setattr(place_names, "_region_names", recorded("regions", place_names._region_names))
    return loads


def test_the_entities_view_prepares_place_names_on_its_worker(first_run, make_window, qtbot, monkeypatch) -> None:
    said: list[str] = []
    shown = IndexingProgress.preparing
    monkeypatch.setattr(IndexingProgress, "preparing", lambda progress: said.append("preparing") or shown(progress))
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    model = mode.view.model
    rows = (model.index(r, NAME) for r in range(model.rowCount()))
    roles = {i.data(EntityRole).name: i.siblingAtColumn(ROLES).data(Qt.ItemDataRole.DisplayRole) for i in rows}
    assert roles.get("Hans Weber") == "Japan expert"  # the gazetteer read: "Japan" is a place
    assert {name for name, _thread in first_run} == {"gazetteer", "regions"}
    assert all(thread is not threading.main_thread() for _name, thread in first_run), first_run
    assert said == ["preparing"]
    assert not mode.view.indexing.words.isVisible()  # and gone when the list came


def test_a_whos_who_waits_for_them_in_the_background_too(first_run, make_window, qtbot) -> None:
    window = make_window()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    said = window.statusBar().currentMessage
    window.entities.whos_who.action.trigger()
    # nothing to index, but the names are not ready: a background run first, and it says so
    assert said() == "Finding the names for the who's who…"
    qtbot.waitUntil(lambda: said().startswith("Inserted a who's who"), timeout=60_000)
    assert window.session.undo_stack.undoText() == "Insert who's who"
    assert first_run and all(thread is not threading.main_thread() for _name, thread in first_run)



def test_the_words_said_meanwhile_never_widen_the_window(first_run, make_window, qtbot, themed, speak,
                                                         monkeypatch) -> None:  # fmt: skip
    """A German window at 976 px (a 1024 px screen's) with the composer docked, the view opened
    for the first time since the start: "Ortsnamen werden vorbereitet (nur einmal je
    Programmversion) …" were held as the words' least width, and the window grew to 1108 px.
    They are cut with "…" where the row has no room, whole in their tooltip. The gazetteer's
    load waits here until the window is measured (the names' 2-3 s on a first run)."""
    speak("de")
    themed("light")
    measured = threading.Event()
    load = places.gazetteer  # first_run's: not loaded yet

    @cache
    def gazetteer() -> dict[str, places.Place]:
        measured.wait(30)
        return load()

    monkeypatch.setattr(places, "gazetteer", gazetteer)
    window = make_window()
    window.resize(976, 700)
    window.briefings.show(create_briefing(window.session, "Japan"))
    mode = window.entities.mode
    try:
        mode.action.trigger()
        words = mode.view.indexing.words
        qtbot.waitUntil(words.isVisible)
        settle(qtbot, window)
        assert words.full_text().startswith("Ortsnamen werden vorbereitet")
        assert window.width() == 976  # nothing widened the window
        assert words.text().endswith("…") and words.toolTip() == words.full_text()
    finally:
        measured.set()
    qtbot.waitUntil(lambda: not words.isVisible(), timeout=60_000)
    speak("en")
