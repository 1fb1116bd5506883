"""The timeline's heading names the entity the library is narrowed to, as it names a tag or a search.

Seen filtering the library by an entity (View ▸ Entities, Show sources in library: the chip
"Naming “Donald Trump”" above the filters) and opening View ▸ Timeline: its heading said
"5 sources" alone, where a search is "5 sources · matching “Trump”", as if it had lost most of
the library. Real window on the seeds (Takaichi is named in 001 and 004), real indexing.
"""

from __future__ import annotations

import pytest


def _narrowed_to(window, qtbot, name: str = "Sanae Takaichi"):
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
    (entity,) = [e for e in mode.view.listed() if e.name == name]
    mode.view.table.setCurrentIndex(mode.view.model.index(mode.view.model.row_of(entity.id), 0))
    mode.view.show_sources.click()  # back to reading, the library narrowed to her sources
    assert not mode.active
    window.timeline.action.trigger()
    return window.timeline.window


@pytest.mark.parametrize(("language", "heading", "every"), [
    ("en", "2 sources · naming “Sanae Takaichi”", "5 sources"),
    ("de", "2 Quellen · mit Nennung von „Sanae Takaichi“", "5 Quellen"),
])  # fmt: skip
def test_the_heading_names_the_entity(make_window, qtbot, speak, language, heading, every) -> None:
    speak(language)
    window = make_window()
    timeline = _narrowed_to(window, qtbot)
    assert timeline.scope.text() == heading
    ids = {s.file_name[:3]: s.id for s in window.session.store.sources.list()}
    assert [m.source_id for m in timeline.canvas.marks] == [ids["001"]]  # 004, undated, is of its story
    window.library.filters.clear_entity()  # the chip's ✕: every source again, and said so
    qtbot.waitUntil(lambda: "Takaichi" not in timeline.scope.text())
    assert timeline.scope.text() == every


def test_a_place_is_named_in_the_windows_language(make_window, qtbot) -> None:
    """The index calls the city "Tokio", as the German seeds do; in the English window the
    library's chip says "Naming “Tokyo”", and so does the heading."""
    window = make_window()
    store = window.session.store
    store.entities.refresh()
    (tokio,) = [e for e in store.entities.find("Tokio") if e.name == "Tokio"]
    window.library.filters.put_entity((tokio.id, "Tokio"))  # as a search saved in the German window
    window.timeline.action.trigger()
    assert window.timeline.window.scope.text() == "5 sources · naming “Tokyo”"
