"""Work on the source the keys passed to reads it at once, without waiting for the stay.

Seen in a first week's walk: tagging ten sources with `J`, `Ctrl+T`, a tag, `Enter` … left those
tagged within the stay (1.5 s) bold and under *Unread only*, as if never opened, while those the
typing took longer on were read. Tagging, highlighting and writing the note are looking at it.
A tag given to the same source from another program (a `briefing tag` in a terminal) is not.

The stay is the window's timer, never fired here: what reads the source is the work alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.models import ImportResult, ImportStatus
from reader.core.store import Store
from tests.ui.elsewhere import look, opened
from tests.ui.library.test_keys_passing_sources_leave_them_unread import _stored_unread
from tests.ui.test_journey import select_words
from tests.ui.test_read_state_from_elsewhere import _unread


def _passed_to(window):
    """`J` once: the second source is open, passed to, its stay not over (the test never ends it)."""
    window.read_mark.timer.setInterval(24 * 3600 * 1000)
    ids = window.library.model.ids()
    window.library.next_action.trigger()
    assert window.open_source_id == ids[1] and window.read_mark.staying == ids[1]
    assert _unread(window, ids[1])
    return ids[1]


def test_a_tag_given_to_the_source_passed_to_reads_it(make_window, qtbot) -> None:
    window = make_window()
    source_id = _passed_to(window)
    assert window.notes.tag_editor.add_tag("Kunde X")  # Ctrl+T, "Kunde X", Enter
    qtbot.waitUntil(lambda: not _unread(window, source_id))
    assert not _stored_unread(window, source_id)
    assert window.read_mark.staying is None and not window.read_mark.timer.isActive()


def test_a_highlight_on_the_source_passed_to_reads_it(make_window, qtbot) -> None:
    window = make_window()
    source_id = _passed_to(window)
    select_words(window, 0, 12)
    window.article.view.setFocus()
    qtbot.keyClick(window.article.view, Qt.Key.Key_3)
    assert len(window.session.store.highlights.for_source(source_id)) == 1
    qtbot.waitUntil(lambda: not _unread(window, source_id))
    assert not _stored_unread(window, source_id)


def test_the_next_source_passed_to_stays_unread(make_window, qtbot) -> None:
    """The one tagged is read; the keys moving on leave the next one to its stay."""
    window = make_window()
    tagged = _passed_to(window)
    assert window.notes.tag_editor.add_tag("Kunde X")
    window.library.next_action.trigger()  # J at once, before the window has taken in the tag
    following = window.open_source_id
    assert following != tagged
    qtbot.waitUntil(lambda: not _unread(window, tagged))
    assert _unread(window, following) and window.read_mark.staying == following


def test_a_tag_given_elsewhere_leaves_it_unread(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = _passed_to(window)
    other.tags.add([source_id], "Kunde X")  # `briefing tag` in a terminal
    look(qtbot, window)
    assert "Kunde X" in window.session.store.tags.of_sources([source_id])[source_id]
    qtbot.wait(50)  # what the window would do after taking the change in has been done
    assert _unread(window, source_id) and _stored_unread(window, source_id)
    assert window.read_mark.staying == source_id


def test_a_summary_note_written_on_the_source_passed_to_reads_it(make_window, qtbot) -> None:
    window = make_window()
    source_id = _passed_to(window)
    window.notes.note.editor.setPlainText("# Japan und die USA")  # Alt+4, typed
    window.notes.note.flush()  # saved a moment after the typing stops
    assert window.session.store.notes.get(source_id).body == "# Japan und die USA"
    qtbot.waitUntil(lambda: not _unread(window, source_id))
    assert not _stored_unread(window, source_id)


def test_a_tag_given_to_several_sources_at_once_leaves_it_unread(make_window, qtbot) -> None:
    """Tag this import… tags every source of an import, the one passed to among them: no look at it."""
    window = make_window()
    source_id = _passed_to(window)
    others = [i for i in window.library.model.ids() if i != source_id][:2]
    store = window.session.store
    window.session.apply(lambda: store.tags.add([source_id, *others], "Import März"))
    qtbot.wait(50)  # what the window would do after taking the change in has been done
    assert _unread(window, source_id) and _stored_unread(window, source_id)
    assert window.read_mark.staying == source_id


def test_an_import_updating_the_source_passed_to_leaves_it_unread(make_window, qtbot) -> None:
    """A folder imported again while J passes by: its file's newer text updates the source (and
    places its highlights again), which is the import's work, not a look at it."""
    window = make_window()
    source_id = _passed_to(window)
    updated = ImportResult("/tmp/Artikel/japan.html", ImportStatus.UPDATED, None, source_id, "Japan")
    window.session._announce_import([updated])  # as a finished import announces what it changed
    qtbot.wait(50)  # what the window would do after taking the change in has been done
    assert _unread(window, source_id) and _stored_unread(window, source_id)
    assert window.read_mark.staying == source_id
