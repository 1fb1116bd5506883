"""After an import the library's list is read off the window's thread, and shows what it did.

Measured (README, "Saved searches"): with 10,000 files imported in 20 parts, the list read again
after each part — its ids, the stories and their folding — stalled the window 115–446 ms at a
time. Now the import's listing is read by a task with its own connection; a listing asked for
meanwhile (a sort chosen) wins over an older one arriving later, and a source opened while it
is read (the imported one) is current once it arrives.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reader.ui.library import library_pane, list_loading
from reader.ui.library.source_model import StoryRole

ARTICLE = "# {title}\n\nThe central bank said on Tuesday that {words}. Analysts expected it.\n"


def _files(tmp_path: Path, count: int) -> list[Path]:
    made = []
    for n in range(count):
        path = tmp_path / f"article-{n}.md"
        path.write_text(ARTICLE.format(title=f"Report number {n} on rates", words=f"rates rose by {n} points"),
                        encoding="utf-8")  # fmt: skip
        made.append(path)
    return made


def _import(window, qtbot, paths: list[Path]) -> None:
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths(paths, report=False)


def _shown(library) -> tuple[object, ...]:
    model = library.model
    marks = [model.index(row).data(StoryRole) for row in range(model.rowCount())]
    return model.ids(), marks, library.current_source_id(), library.status.text()


class _Alone:
    """A row in no story: its members are itself."""

    def __init__(self, source_id: int) -> None:
        self.members = (source_id,)


def _listings_by_thread(monkeypatch) -> list[bool]:
    """Whether each listing read from now on was read on the window's thread."""
    on_gui: list[bool] = []
    real = list_loading.listing

    def recorded(store, asked, **kwargs):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(store, asked, **kwargs)

    monkeypatch.setattr(list_loading, "listing", recorded)
    monkeypatch.setattr(library_pane, "listing", recorded)
    return on_gui


def test_the_list_after_an_import_is_read_off_the_window_thread_and_shows_the_same(
    make_window, qtbot, tmp_path, monkeypatch
) -> None:
    window = make_window()
    library = window.library
    on_gui = _listings_by_thread(monkeypatch)
    _import(window, qtbot, _files(tmp_path, 3))
    qtbot.waitUntil(lambda: not library.loader.pending(), timeout=20_000)
    assert on_gui == [False]  # one listing, on the loader's thread; none on the window's
    listed = {member for row in range(library.model.rowCount())
              for member in (library.model.index(row).data(StoryRole) or _Alone(library.model.ids()[row])).members}
    assert listed == set(window.session.store.sources.ids())  # the five seeds, the three imported
    assert "8" in library.status.text()
    after_import = _shown(library)
    assert any(mark is not None and mark.count == 3 for mark in after_import[1])  # the three are one story
    library.reload()  # the same list read on the window's thread
    assert _shown(library) == after_import


def _held_listings(monkeypatch) -> threading.Event:
    """Listings read off the window's thread wait until the returned event is set: the test,
    not the machine's load, decides that the import's listing arrives after the sort (on a busy
    machine it had arrived before the import said it was finished)."""
    go = threading.Event()
    real = list_loading.listing

    def held(store, asked, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            go.wait(20)
        return real(store, asked, **kwargs)

    monkeypatch.setattr(list_loading, "listing", held)
    return go


def test_a_listing_asked_for_meanwhile_wins_over_the_import_s(make_window, qtbot, tmp_path, monkeypatch) -> None:
    window = make_window()
    library = window.library
    go = _held_listings(monkeypatch)
    _import(window, qtbot, _files(tmp_path, 2))
    assert library.loader.pending()
    library.set_sort("title")  # read at once: the import's listing, arriving later, is stale
    by_title = library.model.ids()
    go.set()
    qtbot.waitUntil(lambda: not library.loader.reads.running(), timeout=20_000)  # arrived, dropped
    assert library.model.ids() == by_title
    library.set_sort("published")
    assert library.model.ids() != by_title


def test_a_source_opened_while_the_list_is_read_is_current_once_it_arrives(
    make_window, qtbot, tmp_path
) -> None:
    window = make_window()
    library = window.library
    [path] = _files(tmp_path, 1)
    _import(window, qtbot, [path])  # one new source: the window opens it
    new_id = window.open_source_id
    assert library.model.row_of(new_id) is None or not library.loader.pending()
    qtbot.waitUntil(lambda: not library.loader.pending(), timeout=20_000)
    assert library.current_source_id() == new_id == window.open_source_id
