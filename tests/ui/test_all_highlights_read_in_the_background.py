"""All highlights reads its list off the window's thread (at 10,000 highlights each reading
froze the window 45-110 ms, at every letter typed in its filter): until the first list arrives
the empty list says that it is being read, only the list asked for last is shown, readings gone stale while
they waited are never begun, and a library that is no file is read at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.store import HighlightFilter, Store
from reader.ui import undoable
from reader.ui.highlights import loading
from reader.ui.highlights.highlights_model import COLUMNS, HighlightIdRole
from reader.ui.highlights.highlights_view import HighlightsView
from reader.ui.session import Session
from tests.ui.highlights_listed import listed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def session(qtbot, tmp_path: Path) -> Iterator[Session]:
    """Three seed articles with a highlight on the first word of each."""
    store = Store.open(tmp_path / "library.sqlite")
    import_paths(store, sorted(SEEDS.glob("*.txt"))[:3], workers=1)
    for source_id in range(1, 4):
        text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
        store.highlights.add(source_id, 0, text.index(" "), "key")
    session = Session(store)
    yield session
    session.shutdown()
    store.close()


@pytest.mark.parametrize(("language", "reading", "counted"), [
    ("en", "Reading the highlights…", "3 highlights in 3 groups"),
    ("de", "Die Markierungen werden gelesen …", "3 Markierungen in 3 Gruppen"),
])  # fmt: skip
def test_it_says_it_is_reading_until_the_list_comes(qtbot, speak, session: Session, language: str,
                                                     reading: str, counted: str) -> None:  # fmt: skip
    speak(language)
    view = HighlightsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.empty_hint.isVisible() and view.empty_hint.text() == reading  # not "no highlights yet"
    assert view.count_label.text() == ""
    assert view.tree.isColumnHidden(COLUMNS.index("Source"))  # grouped by source: the columns as they will stay
    listed(qtbot, view)
    assert not view.empty_hint.isVisible()
    assert view.count_label.text() == counted and view.model.rowCount() == 3
    view.text_edit.setText("a")  # a list shown: it stays as it is until the next one comes
    assert view.count_label.text() == counted and view.model.rowCount() == 3
    speak("en")


def test_only_the_list_asked_for_last_is_shown(qtbot, session: Session) -> None:
    view = listed(qtbot, HighlightsView(session))
    qtbot.addWidget(view)
    view.show()
    shown: list[str] = []
    view.listed.connect(lambda: shown.append(view.current_filter().text))
    view.text_edit.setText("e")  # typed quickly: each letter asks for a list
    view.text_edit.setText("wordsnohighlighthas")
    listed(qtbot, view)
    assert shown == ["wordsnohighlighthas"]  # the older list, arriving first, was dropped
    assert view.model.rowCount() == 0 and view.empty_hint.text() == "No highlight matches these filters."
    view.text_edit.setText("wordsnohighlighthas2")  # the hint stays until the next list says otherwise
    assert view.empty_hint.isVisible() and view.empty_hint.text() == "No highlight matches these filters."
    listed(qtbot, view)


def test_a_reading_gone_stale_while_it_waited_is_never_begun(qtbot, session: Session,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The first reading holds the reading thread while four more letters are typed: of those,
    only the last is read."""
    view = listed(qtbot, HighlightsView(session))
    qtbot.addWidget(view)
    read: list[str] = []
    typed = threading.Event()
    query = loading.query_highlights

    def held(db: object, wanted: HighlightFilter, **kwargs: object) -> object:
        read.append(wanted.text)
        typed.wait(10)
        return query(db, wanted, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "query_highlights", held)
    for text in ("J", "Ja", "Jap", "Japa", "Japan"):
        view.text_edit.setText(text)
    typed.set()
    listed(qtbot, view)
    assert read[-1] == "Japan" and len(read) <= 2 and set(read) <= {"J", "Japan"}


def test_a_library_that_is_no_file_is_read_at_once(qtbot, session: Session) -> None:
    unfiled = Session(Store(session.store.db, None))
    view = HighlightsView(unfiled)
    qtbot.addWidget(view)
    assert not view.reading() and view.model.rowCount() == 3
    view.text_edit.setText("wordsnohighlighthas")
    assert not view.reading() and view.model.rowCount() == 0


def test_a_reading_that_fails_in_the_background_is_done_on_the_windows_thread(qtbot, session: Session,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """(The log says why it failed: `tasks.Task`.)"""
    query = loading.query_highlights

    def only_here(db: object, wanted: HighlightFilter, **kwargs: object) -> object:
        if threading.current_thread() is not threading.main_thread():
            raise OSError("disk I/O error")
        return query(db, wanted, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "query_highlights", only_here)
    view = listed(qtbot, HighlightsView(session))
    qtbot.addWidget(view)
    assert view.model.rowCount() == 3 and view.count_label.text() == "3 highlights in 3 groups"


def test_a_view_closed_while_its_list_is_read_takes_no_list(qtbot, session: Session,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """(The list arriving after the view is gone: nothing to show it in, and no error.) The
    reading is held until the view is closed, and the test waits for its late signal: waiting
    200 ms, a reading slower than that on a busy machine arrived after the test."""
    held = threading.Event()
    query = loading.query_highlights
    monkeypatch.setattr(loading, "query_highlights", lambda *args, **kwargs: (held.wait(10), query(*args, **kwargs))[1])
    view = HighlightsView(session)
    assert view.reading()
    (task,) = view.loader._reads._running.values()  # its late signal is what the test waits for
    with qtbot.waitSignal(task.signals.finished, timeout=10_000):
        view.deleteLater()
        threading.Timer(0.1, held.set).start()  # closing the view waits for its reading


def test_a_highlight_deleted_while_the_list_is_read_again_is_not_opened(make_window, qtbot,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Deleted (`Ctrl+Z` of its highlighting, say) and still listed until the list read again
    comes: double-clicked, it left All highlights for the reading panes, which showed nothing
    of it. The view stays."""
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    undoable.add_highlight(window.session, source_id, (0, text.index(" ")), "key_point")
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    row = view.model.index(0, 0, view.model.index(0, 0))
    highlight_id = row.data(HighlightIdRole)
    held = threading.Event()
    query = loading.query_highlights
    monkeypatch.setattr(loading, "query_highlights", lambda *args, **kwargs: (held.wait(10), query(*args, **kwargs))[1])
    window.session.undo()  # the highlight is gone; the list still shows it while it is read
    assert store.highlights.get(highlight_id) is None and view.reading()
    view.tree.activated.emit(view.model.index(0, 0, view.model.index(0, 0)))
    held.set()
    assert window.modes.active and view.isVisible()
    listed(qtbot, view)
    assert view.model.rowCount() == 0
