"""File ▸ Bin…'s Delete for good: the question names all the user's work that goes (in English
and German, as `briefing bin purge` does), the window is told only what changed, and what
changed while the question stood is left."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reader.core.changes import Changes
from tests.ui.library.bin_window import TOKYO, answer, binned, opened


def _furnished(window) -> int:
    """TOKYO binned with a highlight (annotated), a note, a tag, a title the user edited a day
    after the import, and joined to a story by hand."""
    store = window.session.store
    tokyo = next(s.id for s in store.sources.list() if s.title == TOKYO)
    other = next(s.id for s in store.sources.list() if s.id != tokyo)
    store.highlights.add(tokyo, 0, 12, "key", "Kernpunkt")
    store.notes.set(tokyo, "Für den Kunden")
    store.tags.add([tokyo], "Japan")
    store.db.execute("UPDATE sources SET imported_at = '2026-01-01T09:00:00+00:00' WHERE id = ?", (tokyo,))
    store.sources.update_metadata(tokyo, title="Japan und die USA")
    window.stories.join([tokyo, other])
    store.sources.delete(tokyo)
    return tokyo


def test_the_question_names_all_the_users_work_that_goes(qtbot, make_window, monkeypatch) -> None:
    """Edits, tags and a story placed by hand went without a word; `briefing bin purge` says
    the same list (tests/cli/test_cli_bin.py)."""
    window = make_window()
    _furnished(window)
    dialog = opened(qtbot, window)
    asked: list[QMessageBox] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.purge_selected()
    assert asked[0].informativeText() == ("Lost with it: 1 highlight, 1 annotation, its note, 1 tag, its edited details "
                                          "and its story grouping set by hand. This cannot be undone.")


def test_the_question_of_several_counts_what_each_held(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    tokyo = _furnished(window)
    other = next(s.id for s in store.sources.list() if s.title != TOKYO)
    store.notes.set(other, "Auch prüfen")
    store.sources.delete(other)
    dialog = opened(qtbot, window)
    asked: list[QMessageBox] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.empty_button.click()
    assert asked[0].informativeText() == ("Lost with them: 1 highlight, 1 annotation, 2 notes, 1 tag, edits to 1 "
                                          "source and the story grouping of 2 sources set by hand. This cannot be "
                                          "undone.")
    assert tokyo in {e.id for e in store.bin.contents()}


def test_the_question_in_german(qtbot, make_window, speak, monkeypatch) -> None:
    speak("de")
    window = make_window()
    _furnished(window)
    dialog = opened(qtbot, window)
    asked: list[QMessageBox] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.purge_selected()
    assert asked[0].informativeText() == (
        "Damit gehen verloren: 1 Markierung, 1 Anmerkung, ihre Notiz, 1 Schlagwort, ihre bearbeiteten Angaben und ihre "
        "von Hand gesetzte Zuordnung zu Geschichten. Das lässt sich nicht rückgängig machen.")


def test_deleting_for_good_tells_the_window_only_what_changed(qtbot, make_window, monkeypatch) -> None:
    """The purge said tags and stories changed, and every pane reloaded for sources none of
    them showed: it says which went for good and which briefings lost quotes, no more."""
    window = make_window()
    store = window.session.store
    (tokyo,) = binned(window, TOKYO)
    store.tags.add([tokyo], "Japan")
    told: list[Changes] = []
    window.session.changes_applied.connect(told.append)
    dialog = opened(qtbot, window)
    answer(monkeypatch, QMessageBox.StandardButton.Yes, [])
    dialog.purge_selected()
    assert told == [Changes(purged=frozenset({tokyo}))]
    assert "Japan" in [t.name for t in store.tags.all()]  # kept, as a tag on no source is


def test_a_source_deleted_for_good_by_another_program_leaves_the_list(qtbot, make_window) -> None:
    """`briefing bin purge` in a terminal: the open bin kept listing what was gone (it holds
    nothing else a change could be seen by)."""
    from reader.core.store import Store

    window = make_window()
    (tokyo,) = binned(window, TOKYO)
    dialog = opened(qtbot, window)
    assert dialog.table.rowCount() == 1
    with Store.open(window.session.store.path) as other:
        other.bin.purge([tokyo])
    window.session.catch_up()
    assert dialog.intro.text() == "The bin is empty."


def test_a_story_member_deleted_for_good_here_is_not_taken_for_another_programs_change(
    qtbot, make_window, monkeypatch
) -> None:
    """Its story membership goes with it: unrecorded as the window's own, the next change made
    in a terminal was read as stories changed elsewhere, every story view reloaded."""
    from reader.core.store import Store

    window = make_window()
    store = window.session.store
    first, second, third = [s.id for s in store.sources.list()][:3]
    window.stories.join([first, second])
    store.sources.delete(first)
    dialog = opened(qtbot, window)
    answer(monkeypatch, QMessageBox.StandardButton.Yes, [])
    dialog._purge([first])
    told: list[Changes] = []
    window.session.changes_applied.connect(told.append)
    with Store.open(store.path) as other:
        other.notes.set(third, "im Terminal geschrieben")
    window.session.catch_up()
    assert told == [Changes(notes=frozenset({third}))]


def test_a_source_that_changed_while_the_question_stood_stays_in_the_bin(qtbot, make_window, monkeypatch) -> None:
    """Asked "Lost with it: nothing", answered after another program had restored it, added a
    highlight and deleted it again: the highlight went for good, never named."""
    from reader.core.store import Store

    window = make_window()
    store = window.session.store
    (tokyo,) = binned(window, TOKYO)
    dialog = opened(qtbot, window)

    def meanwhile(box):
        with Store.open(store.path) as other:
            other.bin.restore([tokyo])
            other.highlights.add(tokyo, 0, 12, "key")
            other.sources.delete(tokyo)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("reader.ui.dialogs.run", meanwhile)
    dialog.purge_selected()
    assert [(e.id, e.highlights) for e in store.bin.contents()] == [(tokyo, 1)]
    assert dialog.status.text() == ("1 of the chosen sources changed while you were asked and stayed in the bin "
                                    "(Delete asks again, naming what it holds now).")
