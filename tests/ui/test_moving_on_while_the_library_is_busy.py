"""Moving to another source (or briefing item) while another program holds the library's write
lock, with typed text not yet saved: the move completes at once, the text typed is kept for the
place it was typed in and saved there once the library is free (`GuardedText.move_on`).

Before, the move waited two seconds for the lock, showed a second "The library is busy" box,
and stopped halfway: the library list on the new source, the article and notes on the old one.
Here the other program is a second sqlite3 connection holding BEGIN IMMEDIATE on the library
file; the boxes are counted as the errors raised to the window's handler
(`qtbot.captureExceptions`), as in test_one_busy_message_per_spell.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.briefing_model import ItemKind
from reader.core.store import Store, library_busy
from reader.ui.session import WRITE_WAIT_MS
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.elsewhere import opened
from tests.ui.library.test_window_search import open_result, results, type_search
from tests.ui.notes.test_annotation_changed_elsewhere import _annotating
from tests.ui.test_one_busy_message_per_spell import _held, _pause, _stored
from tests.ui.test_quit_on_a_full_disk import _answer

NOTE = "Rueckruf bei der Bundesbank"


def _release(other: sqlite3.Connection) -> None:
    other.execute("ROLLBACK")
    other.close()


def _busy_boxes(told) -> list[bool]:
    return [library_busy(error) for _kind, error, _tb in told]


def _typed_then_told(qtbot, window, data_dir: Path) -> tuple[int, sqlite3.Connection]:
    """The open source's note typed into while another program holds the library, and the
    pause's save told in the spell's one box. Returns the source typed in and the holder."""
    source_id = window.open_source_id
    other = _held(data_dir)
    with qtbot.captureExceptions() as told:
        _pause(qtbot, window.notes.note.editor, NOTE)
    assert _busy_boxes(told) == [True]
    return source_id, other


def _j_in_the_list(qtbot, window) -> list:
    """J pressed in the library list, as a user moves on; the errors it raised, caught."""
    window.library.source_view.setFocus()
    with qtbot.captureExceptions() as told:
        qtbot.keyClick(window.library.source_view, Qt.Key.Key_J)
    return told


def _all_on(window, source_id: int) -> None:
    """The list, the article and the notes all show `source_id`: never one on each."""
    store = window.session.store
    assert window.library.current_source_id() == source_id == window.open_source_id
    assert window.article.view.header.title.text() == store.sources.get(source_id).title
    assert window.notes.note.editor.toPlainText() == store.notes.get(source_id).body


def _moved_on_while_busy(qtbot, window, data_dir: Path, move) -> None:
    """Type, be told busy, `move(window)` to another source: the move completes, no second box,
    the status bar says the text is kept; once free, the text lands in the source it was typed in."""
    store = window.session.store
    source_id, other = _typed_then_told(qtbot, window, data_dir)
    try:
        with qtbot.captureExceptions() as told:
            target = move(window)
            _all_on(window, target)
            assert "kept" in window.statusBar().currentMessage()
            qtbot.wait(100)  # anything the move left to tell after it
        assert target != source_id and not told  # the spell was told once, before the move
    finally:
        _release(other)
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE, timeout=5_000)
    assert _stored(data_dir, target) in (None, "")  # not in the source moved to
    assert window.notes.note.editor.toPlainText() == store.notes.get(target).body
    _all_on(window, target)


def test_a_click_on_another_source_during_a_busy_spell_moves_at_once(qtbot, make_window, data_dir: Path) -> None:
    def click(window) -> int:
        view, model = window.library.source_view, window.library.model
        target = model.ids()[1]
        rect = view.visualRect(model.index(model.row_of(target), 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return target

    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    assert window.library.model.ids()[0] == window.open_source_id
    _moved_on_while_busy(qtbot, window, data_dir, click)


def test_the_move_tries_the_save_without_waiting_for_the_lock(qtbot, make_window, data_dir: Path,
                                                               monkeypatch) -> None:  # fmt: skip
    """Told busy already, the move's save does not wait WRITE_WAIT_MS on the window's thread
    for a lock that is still held (each move froze the window two seconds), nor does marking
    the source moved to read (once it stays open), which stays unread: counted as the library's own busy wait at
    each write of the note or the read mark tried."""
    window = make_window()
    store = window.session.store
    waits: list[tuple[str, int]] = []

    def watched(repo, name: str) -> None:
        write = getattr(repo, name)

        def waiting(*args, **kwargs):
            waits.append((name, store.db.execute("PRAGMA busy_timeout").fetchone()[0]))
            return write(*args, **kwargs)

        monkeypatch.setattr(repo, name, waiting)

    watched(store.notes, "set")
    watched(store.sources, "mark_opened")
    source_id, other = _typed_then_told(qtbot, window, data_dir)  # the first pause waits, as ever
    try:
        told = _j_in_the_list(qtbot, window)
        target = window.open_source_id
        assert not told and target != source_id
        # J passes sources by: the one moved to is marked read once it stays open (`read_mark`);
        # a retry of the note's save on a slow machine, before it, waits for nothing either
        window.read_mark.timer.timeout.emit()  # the stay over (not waited for: the machine's speed decides nothing)
        assert ("mark_opened", 0) in waits
        assert waits[:2] == [("set", WRITE_WAIT_MS), ("set", 0)]
        assert all(wait == 0 for _, wait in waits[1:])  # the move's waited for nothing
        assert window.library.model.summary(window.library.model.row_of(target)).unread
    finally:
        _release(other)
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE, timeout=5_000)


def test_j_and_k_during_a_busy_spell_move_and_coming_back_shows_the_typing(qtbot, make_window,
                                                                          data_dir: Path) -> None:  # fmt: skip
    """J moves on at once; K back before the library is free shows the note typed there (not
    the stored one without it), which is then saved as ever, once."""
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    view = window.library.source_view
    source_id, other = _typed_then_told(qtbot, window, data_dir)
    try:
        view.setFocus()
        with qtbot.captureExceptions() as told:
            qtbot.keyClick(view, Qt.Key.Key_J)
            target = window.open_source_id
            _all_on(window, target)
            qtbot.keyClick(view, Qt.Key.Key_K)
            assert window.library.current_source_id() == source_id == window.open_source_id
            assert window.notes.note.editor.toPlainText() == NOTE  # the typing, still unsaved
            qtbot.wait(100)
        assert not told and target != source_id
    finally:
        _release(other)
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE, timeout=5_000)
    assert _stored(data_dir, target) in (None, "")
    assert window.notes.note.editor.toPlainText() == NOTE


def test_a_search_result_opened_during_a_busy_spell_moves_at_once(qtbot, make_window, data_dir: Path) -> None:
    def search(window) -> int:
        type_search(window, qtbot, "Kishida")
        typed_in = window.open_source_id
        target = next(r.source_id for r in results(window) if r.source_id != typed_in and r.where == "article")
        open_result(window, lambda r: r.source_id == target and r.where == "article")
        return target

    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    _moved_on_while_busy(qtbot, window, data_dir, search)


def test_quitting_after_moving_on_during_the_spell_still_asks(qtbot, make_window, data_dir: Path) -> None:
    """The text left behind is in no editor any more, yet quitting while it waits asks, as
    for the note still in its editor; staying keeps it, saved once the library is free."""
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    source_id, other = _typed_then_told(qtbot, window, data_dir)
    try:
        _j_in_the_list(qtbot, window)
        asked: list[str] = []
        _answer("Stay and try again", asked)
        assert not window.close() and asked
    finally:
        _release(other)
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE, timeout=5_000)


def test_the_source_moved_away_from_and_then_binned_elsewhere_leaves_the_text_in_the_bar(
        qtbot, make_window, data_dir: Path, other: Store) -> None:  # fmt: skip
    """Once the library is free, the other program bins the source the note was typed in
    before the retry comes: the text is not written into the bin, the lost-text bar holds it."""
    window = opened(qtbot, make_window)
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    note = window.notes.note
    source_id, holder = _typed_then_told(qtbot, window, data_dir)
    try:
        told = _j_in_the_list(qtbot, window)
        assert not told
    finally:
        _release(holder)
    other.sources.delete(source_id)  # binned in the other window, before the retry
    qtbot.waitUntil(lambda: note.lost.isVisible(), timeout=5_000)
    assert note.lost.text == NOTE
    assert other.notes.get(source_id).body == ""  # not hidden in the bin with its source
    assert window.open_source_id != source_id and note.editor.toPlainText() == ""


def test_the_note_moved_away_from_and_written_elsewhere_meanwhile_keeps_both(
        qtbot, make_window, data_dir: Path, other: Store) -> None:  # fmt: skip
    """The other program writes the note of the source moved away from before the retry: no one
    is left to ask (the editor shows another source), so both are kept, the other one first."""
    window = opened(qtbot, make_window)
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    source_id, holder = _typed_then_told(qtbot, window, data_dir)
    try:
        _j_in_the_list(qtbot, window)
    finally:
        _release(holder)
    other.notes.set(source_id, "Notiz aus dem Terminal", expected="")
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == f"Notiz aus dem Terminal\n\n{NOTE}", timeout=5_000)
    assert "both texts are kept" in window.statusBar().currentMessage()


def test_an_annotation_typed_during_a_busy_spell_lands_on_its_highlight(qtbot, make_window, data_dir: Path) -> None:
    """The annotation, like the note: the move to another source completes at once, and the
    annotation is saved on the highlight it was typed for once the library is free."""
    window, first, _second = _annotating(qtbot, make_window)
    store = window.session.store
    store.db.execute("PRAGMA busy_timeout = 0")
    source_id, editor = window.open_source_id, window.notes.annotation.editor
    holder = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, editor, " und Zinsen")
        assert _busy_boxes(told) == [True]
        window.library.source_view.setFocus()
        with qtbot.captureExceptions() as told:
            qtbot.keyClick(window.library.source_view, Qt.Key.Key_J)
            _all_on(window, window.open_source_id)
            assert window.notes.annotation.highlight_id is None and editor.toPlainText() == ""
            qtbot.wait(100)
        assert not told and window.open_source_id != source_id
    finally:
        _release(holder)
    qtbot.waitUntil(lambda: store.highlights.get(first).annotation == "Loaded und Zinsen", timeout=5_000)


def test_another_item_chosen_in_the_composer_during_a_busy_spell(qtbot, make_window, monkeypatch,
                                                                data_dir: Path) -> None:  # fmt: skip
    """The briefing's first text typed into and told busy, the second chosen: the list and the
    editor both show the second at once, and the first's text lands in the first once free."""
    window = make_window()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Erster Absatz")
    composer.add_item(ItemKind.TEXT, "Zweiter Absatz")
    repo = window.session.store.briefings
    first, second = (item.id for item in repo.items(composer.briefing_id))
    composer.items_list.setCurrentRow(0)
    assert composer.current_item().id == first
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    holder = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, composer.editor, " und mehr")
        assert _busy_boxes(told) == [True]
        composer.items_list.setFocus()
        with qtbot.captureExceptions() as told:
            qtbot.keyClick(composer.items_list, Qt.Key.Key_Down)
            assert composer.current_item().id == second
            assert composer.editor.toPlainText() == "Zweiter Absatz"
            assert "kept" in window.statusBar().currentMessage()
            qtbot.wait(100)
        assert not told
    finally:
        _release(holder)
    qtbot.waitUntil(lambda: repo.item(first).text == "Erster Absatz und mehr", timeout=5_000)
    assert repo.item(second).text == "Zweiter Absatz"
    assert composer.editor.toPlainText() == "Zweiter Absatz"


def test_the_first_busy_save_met_by_a_move_is_told_once_after_the_move(qtbot, make_window, data_dir: Path) -> None:
    """Typed and moved on before any pause: the move's save is the spell's first, told in
    the box once the move is done, not raised through it."""
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    source_id, view = window.open_source_id, window.library.source_view
    editor = window.notes.note.editor
    editor.setFocus()
    qtbot.keyClicks(editor, NOTE)
    holder = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            window.read_source(window.library.model.ids()[1])
            target = window.open_source_id
            _all_on(window, target)
            qtbot.waitUntil(lambda: len(told) == 1)
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_J)  # another move in the same spell: no second box
            qtbot.wait(100)
        assert _busy_boxes(told) == [True] and target != source_id
    finally:
        _release(holder)
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE, timeout=5_000)


def test_two_moves_in_a_row_keep_each_text_for_its_own_source(qtbot, make_window, data_dir: Path) -> None:
    """Typed in the first source, moved on, typed in the second, moved on again, all in one
    spell: both texts wait, each saved into the source it was typed in, neither lost."""
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    view = window.library.source_view
    first, other = _typed_then_told(qtbot, window, data_dir)
    try:
        with qtbot.captureExceptions() as told:
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_J)
            second = window.open_source_id
            _pause(qtbot, window.notes.note.editor, "Zweite Notiz")
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_J)
            third = window.open_source_id
            _all_on(window, third)
            qtbot.wait(100)
        assert not told and len({first, second, third}) == 3
    finally:
        _release(other)
    qtbot.waitUntil(lambda: _stored(data_dir, second) == "Zweite Notiz", timeout=5_000)
    qtbot.waitUntil(lambda: _stored(data_dir, first) == NOTE, timeout=5_000)
    assert _stored(data_dir, third) in (None, "")


def test_the_german_window_says_the_text_is_kept_where_it_was_typed(qtbot, make_window, data_dir: Path,
                                                                    speak) -> None:  # fmt: skip
    speak("de")
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    _source_id, other = _typed_then_told(qtbot, window, data_dir)
    try:
        _j_in_the_list(qtbot, window)
        assert window.statusBar().currentMessage() == (
            "Die Bibliothek ist belegt: Ihr Text bleibt erhalten und wird dort gespeichert, wo Sie ihn "
            "geschrieben haben, sobald sie frei ist")
    finally:
        _release(other)
