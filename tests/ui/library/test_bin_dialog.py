"""File ▸ Bin…: the deleted sources listed, restored (one undo step), deleted for good after a
question answered both ways, an empty bin said, German wording. Expected words are written out
from what a user reads, the titles from the seeds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reader.ui.library.bin_dialog import BinDialog
from tests.ui.library.bin_window import TOKYO, answer, binned, click_heading, opened, shown_titles


def test_an_empty_bin_says_so_and_offers_nothing(qtbot, make_window) -> None:
    dialog = opened(qtbot, make_window())
    assert dialog.windowTitle() == "Bin" and dialog.intro.text() == "The bin is empty."
    assert not dialog.table.isVisible()
    assert not (dialog.restore_button.isEnabled() or dialog.purge_button.isEnabled() or dialog.empty_button.isEnabled())


def test_the_bin_lists_what_each_source_holds_and_enter_restores_it(qtbot, make_window) -> None:
    window = make_window()
    store = window.session.store
    (tokyo,) = binned(window, TOKYO)
    dialog = opened(qtbot, window)
    first = [dialog.table.item(0, c).text() for c in range(6)]
    assert first[0] == TOKYO and first[3:] == ["0", "0", ""]
    store.sources.undelete(tokyo)  # with a highlight, an annotation and a note this time
    store.highlights.add(tokyo, 0, 12, "key", "Kernpunkt")
    store.notes.set(tokyo, "Für den Kunden")
    window.session.perform("Delete", lambda: store.sources.delete(tokyo), lambda: store.sources.undelete(tokyo))
    assert [dialog.table.item(0, c).text() for c in (3, 4, 5)] == ["1", "1", "✎ yes"]
    count = store.sources.count()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert store.sources.count() == count + 1 and store.sources.get(tokyo) is not None
    assert [h.annotation for h in store.highlights.for_source(tokyo)] == ["Kernpunkt"]
    assert dialog.intro.text() == "The bin is empty."
    assert window.statusBar().currentMessage().startswith("Restored “Japan ist")
    qtbot.waitUntil(lambda: tokyo in window.library.model.ids())  # back in the window's list
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step: back in the bin
    assert store.sources.get(tokyo) is None
    qtbot.waitUntil(lambda: tokyo not in window.library.model.ids())
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [TOKYO]


def test_newest_deletion_first_and_a_source_deleted_elsewhere_shows_up(qtbot, make_window) -> None:
    window = make_window()
    store = window.session.store
    titles = [s.title for s in store.sources.list()][:2]
    binned(window, titles[0])
    store.db.execute("UPDATE sources SET deleted_at = '2026-01-01T00:00:00+00:00' WHERE deleted_at IS NOT NULL")
    dialog = opened(qtbot, window)
    binned(window, titles[1])  # deleted while the dialog is open
    assert [dialog.table.item(r, 0).text() for r in range(2)] == [titles[1], titles[0]]


def test_delete_for_good_asks_and_no_keeps_it(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    (tokyo,) = binned(window, TOKYO)
    store.highlights.add(tokyo, 0, 12, "key")
    dialog = opened(qtbot, window)
    asked: list[QMessageBox] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [b.text() for b in asked] == ["Delete “Japan ist bereits der engste as…” for good?"]
    assert asked[0].informativeText() == "Lost with it: 1 highlight. This cannot be undone."
    assert [e.id for e in store.bin.contents()] == [tokyo]
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert store.bin.contents() == [] and not store.sources.exists(tokyo)
    assert window.statusBar().currentMessage() == "Deleted 1 source for good"
    assert window.session.undo_stack.count() == 0  # its Delete step could not be taken back any more
    assert dialog.intro.text() == "The bin is empty."


def test_empty_bin_names_how_many_and_answered_yes_empties_it(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    titles = [s.title for s in store.sources.list()][:3]
    ids = binned(window, *titles)
    store.highlights.add(ids[0], 0, 12, "key")
    store.highlights.add(ids[1], 0, 12, "key")
    store.notes.set(ids[2], "Notiz")
    dialog = opened(qtbot, window)
    asked: list[QMessageBox] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.empty_button.click()
    assert (asked[0].windowTitle(), asked[0].text()) == ("Empty bin", "Delete 3 sources for good?")
    assert asked[0].informativeText() == "Lost with them: 2 highlights and 1 note. This cannot be undone."
    assert len(store.bin.contents()) == 3
    answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
    dialog.empty_button.click()
    assert store.bin.contents() == [] and all(not store.sources.exists(i) for i in ids)
    assert store.check() == []


def test_a_source_restored_elsewhere_meanwhile_is_said(qtbot, make_window) -> None:
    window = make_window()
    store = window.session.store
    (tokyo,) = binned(window, TOKYO)
    dialog = opened(qtbot, window)
    store.db.execute("UPDATE sources SET deleted_at = NULL WHERE id = ?", (tokyo,))  # another window's restore
    dialog.restore_selected()
    assert "1 of the chosen sources had already left the bin" in dialog.status.text()
    assert window.session.undo_stack.count() == 1  # only the delete: no restore step of nothing


def test_german(qtbot, make_window, speak, monkeypatch) -> None:
    speak("de")
    window = make_window()
    empty = opened(qtbot, window)
    assert (empty.windowTitle(), empty.intro.text()) == ("Papierkorb", "Der Papierkorb ist leer.")
    (tokyo,) = binned(window, TOKYO)
    window.session.store.highlights.add(tokyo, 0, 12, "key")
    dialog = opened(qtbot, window)
    assert [dialog.restore_button.text(), dialog.purge_button.text(), dialog.empty_button.text()] == [
        "&Wiederherstellen", "&Endgültig löschen …", "Papierkorb &leeren …"]
    asked: list[QMessageBox] = []
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, asked)
    dialog.empty_button.click()
    assert asked[0].text() == "„Japan ist bereits der engste as…“ endgültig löschen?"
    assert asked[0].informativeText() == "Damit gehen verloren: 1 Markierung. Das lässt sich nicht rückgängig machen."
    assert window.bin_action.text().replace("&", "") == "Papierkorb …"


def test_a_read_only_library_shows_its_bin_and_changes_nothing(qtbot, tmp_path, seed_files, monkeypatch) -> None:
    from reader.core.ingest import prepare_file
    from reader.core.store import Store
    from reader.ui.session import Session

    path = tmp_path / "library.sqlite"
    with Store.open(path) as store:
        source_id, _ = store.sources.add(prepare_file(seed_files[0]))
        store.sources.delete(source_id)
    before = path.read_bytes()
    store = Store.open(path, read_only=True)
    try:
        asked: list[QMessageBox] = []
        answer(monkeypatch, QMessageBox.StandardButton.Yes, asked)
        dialog = BinDialog(Session(store))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 1
        assert not (dialog.restore_button.isEnabled() or dialog.purge_button.isEnabled() or dialog.empty_button.isEnabled())
        assert dialog.restore_button.toolTip() == "The library is open read-only: nothing can be changed"
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        assert asked == [] and [e.id for e in store.bin.contents()] == [source_id]
    finally:
        store.close()
    assert path.read_bytes() == before


def test_deleting_one_for_good_keeps_the_undo_of_another_deleted_here(qtbot, make_window, monkeypatch) -> None:
    """Only steps on the sources deleted for good go: the purge's tags and stories flags
    overlapped every Delete step, and the window's Ctrl+Z of an unrelated delete was gone."""
    window = make_window()
    store = window.session.store
    other = next(s for s in store.sources.list() if s.title != TOKYO)
    (kept,) = binned(window, other.title)
    tokyo = next(s.id for s in store.sources.list() if s.title == TOKYO)
    store.sources.delete(tokyo)  # deleted elsewhere (another window, `briefing`): no step here
    dialog = opened(qtbot, window)
    answer(monkeypatch, QMessageBox.StandardButton.Yes, [])
    dialog._purge([tokyo])
    assert not store.sources.exists(tokyo) and window.session.undo_stack.count() == 1
    window.undo_action.trigger()
    assert store.sources.get(kept) is not None


def test_opened_by_its_keys_the_newest_is_chosen_and_enter_restores_it(qtbot, make_window, monkeypatch) -> None:
    """Ctrl+Shift+Del opened the bin with no row chosen (Restore and Delete for good off, Enter
    doing nothing): still held, Ctrl and Shift made the first row's selection a toggle."""
    window = make_window()
    store = window.session.store
    (tokyo,) = binned(window, TOKYO)
    opened: list[BinDialog] = []

    def run(dialog):
        opened.append(dialog)
        assert dialog.selected_ids() == [tokyo] and dialog.restore_button.isEnabled()
        dialog.restore_selected()
        return 0

    monkeypatch.setattr("reader.ui.dialogs.run", run)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(opened) == 1 and store.sources.get(tokyo) is not None


def test_deleting_for_good_a_source_a_story_step_here_joined_takes_that_steps_undo(
    qtbot, make_window, monkeypatch
) -> None:
    """A join's step names no source (stories have a flag of their own): asked by the sources
    alone, the purge kept it, and its Ctrl+Z wrote the story back for a source gone for good."""
    window = make_window()
    store = window.session.store
    first, second = [s.id for s in store.sources.list()][:2]
    window.stories.join([first, second])
    store.sources.delete(first)  # deleted elsewhere (another window, `briefing`): no step here
    dialog = opened(qtbot, window)
    answer(monkeypatch, QMessageBox.StandardButton.Yes, [])
    dialog._purge([first])
    assert not store.sources.exists(first) and window.session.undo_stack.count() == 0


def test_undoing_a_restore_puts_the_source_back_as_deleted_when_it_was(qtbot, make_window) -> None:
    """Ctrl+Z on a restore stamped the source deleted just now: the bin listed a source binned
    weeks ago as its newest, under today's date."""
    window = make_window()
    store = window.session.store
    older, newer = [s.title for s in store.sources.list()][:2]
    old_id, new_id = binned(window, older, newer)
    store.db.execute("UPDATE sources SET deleted_at = '2026-10-01T08:30:00+00:00' WHERE id = ?", (old_id,))
    store.db.execute("UPDATE sources SET deleted_at = '2026-11-20T17:00:00+00:00' WHERE id = ?", (new_id,))
    dialog = opened(qtbot, window)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == [newer, older]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert store.sources.get(old_id) is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(e.id, e.deleted_at) for e in store.bin.contents()] == [
        (new_id, "2026-11-20T17:00:00+00:00"), (old_id, "2026-10-01T08:30:00+00:00")]
    assert [dialog.table.item(r, 0).text() for r in range(2)] == [newer, older]


def test_a_heading_clicked_sorts_the_bin_by_its_column_and_enter_restores_the_chosen(qtbot, make_window) -> None:
    """Clicking a heading did nothing: a consultant looking for the source with most highlights,
    or the oldest deletion, read the whole list. Counts sort as numbers (10 after 9), deletions
    by their time, and the chosen row is the source restored wherever sorting put it."""
    window = make_window()
    store = window.session.store
    titles = [s.title for s in store.sources.list()][:3]
    ids = binned(window, *titles)
    for n, source_id in ((10, ids[0]), (9, ids[1])):
        for i in range(n):
            store.highlights.add(source_id, i * 3, i * 3 + 2, "key")
    for source_id, when in zip(ids, ("2026-11-20T09:00:00+00:00", "2026-03-02T09:00:00+00:00",
                                     "2026-10-05T09:00:00+00:00"), strict=True):  # fmt: skip
        store.db.execute("UPDATE sources SET deleted_at = ? WHERE id = ?", (when, source_id))
    dialog = opened(qtbot, window)
    assert shown_titles(dialog) == [titles[0], titles[2], titles[1]]  # newest deletion first
    click_heading(qtbot, dialog, 3)  # Highlights
    assert [dialog.table.item(r, 3).text() for r in range(3)] == ["0", "9", "10"]
    click_heading(qtbot, dialog, 3)
    assert [dialog.table.item(r, 3).text() for r in range(3)] == ["10", "9", "0"]
    click_heading(qtbot, dialog, 2)  # Deleted: the oldest first
    assert shown_titles(dialog) == [titles[1], titles[2], titles[0]]
    dialog.table.setFocus()
    assert dialog.selected_ids() == [ids[0]]  # the chosen row went down with its source
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    assert dialog.selected_ids() == [ids[1]]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert store.sources.get(ids[1]) is not None and [e.id for e in store.bin.contents()] == [ids[0], ids[2]]
    assert shown_titles(dialog) == [titles[2], titles[0]]  # still sorted as chosen


def test_ctrl_z_here_says_what_it_took_back(qtbot, make_window) -> None:
    """Ctrl+Z in the bin took the restore back without a word: "Restored … (Ctrl+Z takes it
    back)" stood in the status bar over a source back in the bin."""
    window = make_window()
    (tokyo,) = binned(window, TOKYO)
    dialog = BinDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)  # as File ▸ Bin… opens it: the window's Ctrl+Z cannot answer for it
    dialog.show()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Undone: Restore “Japan ist bereits der engste as…”"
    assert [e.id for e in window.session.store.bin.contents()] == [tokyo]
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == "Redone: Restore “Japan ist bereits der engste as…”"
    assert window.session.store.bin.contents() == []
