"""A source read or marked unread in another window on the same library shows in this one at
its next look: the list's unread dot and bold title, and the count of a saved search for
unread sources; its undo history stays, as a source opened elsewhere is no edit of it.

Before, the fingerprint the look compares left the read state out (`opened_at`), so the other
window's marks never reached this one, while titles and tags did. The other window is a second
connection to the library file (conftest's `other`), writing what the window's own open and
Mark as read / Mark as unread write (`mark_opened`, `set_read`)."""

from __future__ import annotations

from reader.core.store import SavedSearch, Store, set_read
from reader.ui import undoable
from tests.ui.elsewhere import look, opened
from tests.ui.library.test_saved_search_counts import _shown


def _unread(window, source_id: int) -> bool:
    model = window.library.model
    summary = model.summary(model.row_of(source_id))
    assert summary is not None
    return summary.unread


def _listed(window) -> list[int]:
    """The sources with a row of their own in the library list (a story's others fold into it)."""
    model = window.library.model
    return [summary.id for row in range(model.rowCount()) if (summary := model.summary(row)) is not None]


def test_a_source_opened_in_another_window_shows_read_here(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    unread = next(i for i in _listed(window) if _unread(window, i))
    other.sources.mark_opened(unread)  # the other window opened it
    look(qtbot, window)
    assert not _unread(window, unread)


def test_marked_unread_elsewhere_the_dot_and_the_count_come_back(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    session, store = window.session, window.session.store
    session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Ungelesen", unread_only=True))[1])
    source_id = window.open_source_id
    undoable.edit_note(session, source_id, "", "Meine Notiz")  # a step on the same source
    ids = store.sources.ids()
    session.apply(lambda: set_read(store.db, ids, True))
    qtbot.waitUntil(lambda: _shown(window) == ["Ungelesen  (0)"])  # counted: nothing more to count
    set_read(other.db, [source_id], False)  # Mark as unread in the other window
    look(qtbot, window)
    assert _unread(window, source_id)
    qtbot.waitUntil(lambda: _shown(window) == ["Ungelesen  (1)"])
    assert session.undo_stack.count() == 1  # the note's step is not stale
    assert "undo history" not in window.statusBar().currentMessage()


def test_sources_opened_here_are_not_taken_for_anothers(qtbot, make_window, other: Store) -> None:
    """The window's own opens mark sources read too: the next look (another window tagged a
    source meanwhile) tells only the tag."""
    window = opened(qtbot, make_window)
    first = window.open_source_id
    window.library.move_selection(1)  # J: the next source, opened and marked read here
    assert window.open_source_id != first
    ids = _listed(window)
    told: list[object] = []
    window.session.changes_applied.connect(told.append)
    other.tags.add([ids[-1]], "Japan")
    look(qtbot, window)
    assert [changes.read for changes in told] == [frozenset()]


def test_the_library_table_follows_read_state_set_elsewhere(qtbot, make_window, other: Store) -> None:
    """View ▸ Library table shows read state too (its Unread column's dot, the bold title):
    marked unread in another window, the row shows it at the next look."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id  # read here, as it was opened
    window.table_mode.action.trigger()
    model = window.table_mode.view.model
    row = model.row_of(source_id)
    assert row is not None
    assert not model.source_row(row).unread
    set_read(other.db, [source_id], False)  # Mark as unread in the other window
    look(qtbot, window)
    assert model.source_row(row).unread
