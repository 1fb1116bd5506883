"""`Fingerprint`: what another connection committed, as the `Changes` the window's panes know,
and nothing the window did itself (`retake`). Two connections to one library file, as the
window and a `briefing` command in a terminal have."""

from __future__ import annotations

from reader.core.changes import Changes
from reader.core.ingest.prepare import prepare_bytes
from reader.core.store import Fingerprint, SavedSearch, Store, data_version


def _add(store: Store, title: str) -> int:
    text = f"{title}\n\nDie Regierung in Tokio kündigte neue Investitionen an: {title}.\n"
    return store.sources.add(prepare_bytes(text.encode(), f"{title}.txt"))[0]


def test_data_version_moves_for_anothers_commit_only(two: tuple[Store, Store]) -> None:
    window, terminal = two
    before = data_version(window.db)
    _add(window, "Eins")
    assert data_version(window.db) == before
    _add(terminal, "Zwei")
    assert data_version(window.db) != before


def test_each_kind_of_change_elsewhere_is_told(two: tuple[Store, Store]) -> None:
    window, terminal = two
    first, second = _add(terminal, "Eins"), _add(terminal, "Zwei")
    briefing, _ = terminal.briefings.create("Q4")
    old = Fingerprint.take(window.db)
    third = _add(terminal, "Drei")
    terminal.sources.delete(second)
    terminal.sources.update_metadata(first, agency="dpa")  # a column a migration added
    terminal.notes.set(first, "Notiz")
    terminal.highlights.add(first, 0, 4, "evidence")
    terminal.briefings.rename(briefing.id, "Q4 final")
    terminal.saved_searches.add(SavedSearch(id=0, name="Japan", query="Japan"))
    terminal.tags.add([third], "Japan")
    changes = old.diff(Fingerprint.take(window.db))
    assert changes.sources_added == {third} and changes.sources_removed == {second}
    assert changes.sources_updated == {first}
    assert changes.notes == {first} and changes.highlights == {first}
    assert changes.briefings == {briefing.id}
    assert changes.tags and changes.saved_searches and not changes.stories and not changes.entities


def test_a_note_set_twice_within_a_second_is_told(two: tuple[Store, Store]) -> None:
    """`updated_at` is to the second: the stored words are compared, not the stamp."""
    window, terminal = two
    source_id = _add(terminal, "Eins")
    terminal.notes.set(source_id, "eins")
    old = Fingerprint.take(window.db)
    terminal.notes.set(source_id, "zwei")
    assert old.diff(Fingerprint.take(window.db)).notes == {source_id}


def test_reading_a_source_elsewhere_is_told_as_read_state_alone(two: tuple[Store, Store]) -> None:
    """Opened (or marked unread) in another window: the list's dot follows, but it is no edit
    of the source (the open article is not rebuilt, no undo step on it goes stale)."""
    window, terminal = two
    source_id = _add(terminal, "Eins")
    old = Fingerprint.take(window.db)
    terminal.sources.mark_opened(source_id)
    newer = Fingerprint.take(window.db)
    assert old.diff(newer) == Changes(read=frozenset({source_id}))
    terminal.sources.mark_opened(source_id)  # read already: its stamp stays, nothing to tell
    assert not newer.diff(Fingerprint.take(window.db))


def test_the_windows_own_read_marks_retaken_are_not_told(two: tuple[Store, Store]) -> None:
    window, terminal = two
    source_id = _add(terminal, "Eins")
    seen = Fingerprint.take(window.db)
    seen.retake(window.db, window.sources.mark_opened(source_id))
    assert not seen.diff(Fingerprint.take(window.db))


def test_the_windows_own_changes_retaken_are_not_told(two: tuple[Store, Store]) -> None:
    window, terminal = two
    first, second = _add(terminal, "Eins"), _add(terminal, "Zwei")
    seen = Fingerprint.take(window.db)
    seen.retake(window.db, window.notes.set(first, "mine") | window.tags.add([first], "Japan"))
    terminal.notes.set(second, "theirs")
    changes = seen.diff(Fingerprint.take(window.db))
    assert changes.notes == {second} and not changes.tags and not changes.sources_updated
