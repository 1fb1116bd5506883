"""A search for an outlet's name is the scope of the timeline, the chronology and the who's who,
as it is the library list's.

Seen building a briefing on one outlet's reports: "Handelsblatt" in the library's search box
listed its report (an "Outlet/author" hit), while View ▸ Timeline said "0 sources · matching
“Handelsblatt”" over "No sources in this view: the library's tag, search or filters find
none." and Briefing ▸ Insert chronology / Insert who's who said "No sources for a chronology."
/ "No sources for a who's who.". Real window on the seeds (002 is Handelsblatt's, of
11 Apr 2024, by Nicole Bastian, and names Fumio Kishida), real briefing, background indexing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.briefing.add_menu import create_briefing


def _search(window, qtbot, text: str) -> None:
    library = window.library
    library.search_box.setText(text)
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.status.text() == "1 result")


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def test_the_timeline_draws_what_the_outlets_search_lists(make_window, qtbot) -> None:
    window = make_window()
    handelsblatt = _seeds(window)["002"]
    _search(window, qtbot, "Handelsblatt")
    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert timeline.scope.text() == "1 source · matching “Handelsblatt”"
    assert [m.source_id for m in timeline.canvas.marks] == [handelsblatt]


def test_chronology_and_whos_who_of_the_outlets_search(make_window, qtbot) -> None:
    window = make_window()
    store, ids = window.session.store, _seeds(window)
    briefing = create_briefing(window.session, "Handelsblatt")
    window.briefings.show(briefing)
    _search(window, qtbot, "bastian")  # its author
    said: list[str] = []
    window.session.notice_posted.connect(said.append)
    window.chronology.action.trigger()
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()
    qtbot.waitUntil(lambda: len([i for i in store.briefings.items(briefing) if i.text]) == 2)
    chronology, whos_who = (i.text for i in store.briefings.items(briefing) if i.text)
    assert f"- **2024-04-11** — Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert" \
           f" (Handelsblatt) [^chron-{ids['002']}]" in chronology
    assert "**Fumio Kishida**" in whos_who and f"[^who-{ids['002']}]: Handelsblatt, Nicole Bastian" in whos_who
    assert said[0] == "Inserted a chronology of the sources the library lists (Ctrl+Z takes it back)"
    assert said[-1] == "Inserted a who's who of the sources the library lists (Ctrl+Z takes it back)"
