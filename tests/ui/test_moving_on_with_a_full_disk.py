"""Moving to another source, highlight or briefing item while the disk is full, with typed text
not yet saved: the move does not happen. The list stays on (or returns to) the place the text
was typed for, the article and the editor with it, and a box says the text could not be saved
and is still in the editor; once there is room, the next move saves it first.

Before, the move's save raised "The disk is full … do it again" and the move stopped halfway:
the library list on the new source, the article and the notes still on the old one. A real
library in a temp dir made full with SQLite's page limit (`tests.ui.full_disk`); the box is the
one `dialogs.run` is given (recorded here instead of shown), as the backup tests read theirs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from reader.core.briefing_model import ItemKind
from reader.ui import dialogs
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.library.search_results import ResultRole
from reader.ui.library.source_model import SourceIdRole
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.full_disk import make_room
from tests.ui.library.test_window_search import open_result, results, type_search
from tests.ui.notes.test_annotation_changed_elsewhere import _annotating
from tests.ui.test_moving_on_while_the_library_is_busy import _all_on
from tests.ui.test_one_busy_message_per_spell import _stored
from tests.ui.test_quit_on_a_full_disk import _answer

NOTE = "Kundentermin: Zahlen prüfen. " * 2000  # ~60 kB: it needs pages the full library lacks


def _boxes(monkeypatch) -> list[str]:
    """The texts of the "The disk is full" boxes the window shows from now on (each answered
    at once; any other, the quit's question, is shown as ever)."""
    shown: list[str] = []
    original, title = dialogs.run, QCoreApplication.translate("App", "The disk is full")

    def run(box):
        if isinstance(box, QMessageBox) and box.windowTitle() == title:
            shown.append(box.text())
            return 0
        return original(box)

    monkeypatch.setattr(dialogs, "run", run)
    return shown


def _typed_on_a_full_disk(window, full_disk, monkeypatch) -> tuple[int, list[str]]:
    """The open source's note typed into (not yet saved), then the disk full."""
    window.notes.note.editor.setPlainText(NOTE)
    full_disk(window.session.store)
    return window.open_source_id, _boxes(monkeypatch)


def _stays(qtbot, window, source_id: int, boxes: list[str]) -> None:
    """What the user sees after the move was refused: one box, everything on `source_id`."""
    qtbot.waitUntil(lambda: len(boxes) == 1)
    qtbot.waitUntil(lambda: window.library.current_source_id() == source_id)
    view = window.library.source_view
    assert [index.data(SourceIdRole) for index in view.selectionModel().selectedRows()] == [source_id]
    assert window.open_source_id == source_id
    assert window.article.view.header.title.text() == window.session.store.sources.get(source_id).title
    assert window.notes.note.editor.toPlainText() == NOTE
    assert "could not be saved" in boxes[0] and "still in the editor" in boxes[0]


def test_a_click_on_another_source_on_a_full_disk_stays_and_the_next_move_saves(
        qtbot, make_window, monkeypatch, full_disk, data_dir: Path) -> None:  # fmt: skip
    window = make_window()
    source_id, boxes = _typed_on_a_full_disk(window, full_disk, monkeypatch)
    view, model = window.library.source_view, window.library.model
    target = model.ids()[1]
    with qtbot.captureExceptions() as raised:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(model.index(model.row_of(target), 0)).center())  # fmt: skip
        _stays(qtbot, window, source_id, boxes)
        qtbot.wait(1000)  # the pause's save, due as the move came, is not a second box
    assert not raised  # nor the general "The disk is full" box on top
    assert "summary note" in boxes[0]
    assert _stored(data_dir, source_id) in (None, "")
    make_room(window.session.store)  # the user made room
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(model.index(model.row_of(target), 0)).center())  # fmt: skip
    _all_on(window, target)
    assert _stored(data_dir, source_id) == NOTE and len(boxes) == 1


def test_j_on_a_full_disk_stays_on_the_source_typed_in(qtbot, make_window, monkeypatch, full_disk,
                                                      data_dir: Path) -> None:  # fmt: skip
    window = make_window()
    source_id, boxes = _typed_on_a_full_disk(window, full_disk, monkeypatch)
    view = window.library.source_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)
    _stays(qtbot, window, source_id, boxes)
    make_room(window.session.store)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.open_source_id != source_id
    _all_on(window, window.open_source_id)
    assert _stored(data_dir, source_id) == NOTE


def test_a_search_result_on_a_full_disk_stays_on_the_source_typed_in(qtbot, make_window, monkeypatch,
                                                                     full_disk) -> None:  # fmt: skip
    window = make_window()
    type_search(window, qtbot, "Kishida")
    source_id = window.open_source_id
    target = next(r.source_id for r in results(window) if r.source_id != source_id and r.where == "article")
    _, boxes = _typed_on_a_full_disk(window, full_disk, monkeypatch)
    open_result(window, lambda r: r.source_id == target and r.where == "article")
    qtbot.waitUntil(lambda: len(boxes) == 1)
    current = window.library.results_view.currentIndex()
    assert window.open_source_id == source_id and window.notes.note.editor.toPlainText() == NOTE
    assert window.article.view.header.title.text() == window.session.store.sources.get(source_id).title
    assert not current.isValid() or current.data(ResultRole).source_id == source_id


def test_another_highlight_on_a_full_disk_keeps_the_annotation_and_its_highlight(
        qtbot, make_window, monkeypatch, full_disk) -> None:  # fmt: skip
    window, first, second = _annotating(qtbot, make_window)
    store, notes = window.session.store, window.notes
    notes.annotation.editor.setPlainText(NOTE)
    full_disk(store)
    boxes = _boxes(monkeypatch)
    notes.select_highlight(second)  # chosen in the list, or clicked in the article
    qtbot.waitUntil(lambda: len(boxes) == 1)
    qtbot.waitUntil(lambda: notes.list.currentIndex().row() == notes.model.row_of(first))
    assert notes.annotation.highlight_id == first and notes.annotation.editor.toPlainText() == NOTE
    assert "annotation" in boxes[0] and "still in the editor" in boxes[0]
    make_room(store)
    notes.select_highlight(second)
    assert notes.annotation.highlight_id == second
    assert store.highlights.get(first).annotation == NOTE


def test_another_item_on_a_full_disk_keeps_the_composer_on_the_item_typed_in(
        qtbot, make_window, monkeypatch, full_disk) -> None:  # fmt: skip
    window = make_window()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Erster Absatz")
    composer.add_item(ItemKind.TEXT, "Zweiter Absatz")
    repo = window.session.store.briefings
    first, second = (item.id for item in repo.items(composer.briefing_id))
    composer.items_list.setCurrentRow(0)
    composer.editor.setPlainText(NOTE)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as left:  # the focus leaving the editor (Add text put it there)
        composer.items_list.setFocus()  # tries the save, which fails as any pause does: its box,
        qtbot.waitUntil(lambda: bool(left))  # once the focus's move is done (no move of the item)
    assert [str(error) for _kind, error, _tb in left] == ["database or disk is full"]
    with qtbot.captureExceptions() as raised:
        qtbot.keyClick(composer.items_list, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.waitUntil(lambda: composer.current_item().id == first)
        qtbot.wait(800)  # the pause's save, due as the move came, is not a second box
    assert not raised
    assert [composer.items_list.row(i) for i in composer.items_list.selectedItems()] == [0]
    assert composer.editor.toPlainText() == NOTE
    assert "briefing text" in boxes[0] and "still in the editor" in boxes[0]
    make_room(window.session.store)
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Down)
    assert composer.current_item().id == second and composer.editor.toPlainText() == "Zweiter Absatz"
    assert repo.item(first).text == NOTE


def test_quitting_after_a_refused_move_still_asks_and_loses_nothing(qtbot, make_window, monkeypatch, full_disk,
                                                                    data_dir: Path) -> None:  # fmt: skip
    window = make_window()
    source_id, boxes = _typed_on_a_full_disk(window, full_disk, monkeypatch)
    window.library.source_view.setFocus()
    qtbot.keyClick(window.library.source_view, Qt.Key.Key_J)
    _stays(qtbot, window, source_id, boxes)
    asked: list[str] = []
    _answer("Stay and make room", asked)
    assert not window.close() and asked  # asked, and still open with the note in its editor
    assert window.notes.note.editor.toPlainText() == NOTE
    make_room(window.session.store)
    assert window.close()
    assert _stored(data_dir, source_id) == NOTE


def test_the_german_box_says_the_note_is_still_in_the_editor(qtbot, make_window, monkeypatch, full_disk,
                                                             speak) -> None:  # fmt: skip
    speak("de")
    window = make_window()
    source_id, boxes = _typed_on_a_full_disk(window, full_disk, monkeypatch)
    window.library.source_view.setFocus()
    qtbot.keyClick(window.library.source_view, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert boxes[0] == (
        "Ihre Notiz konnte nicht gespeichert werden: Der Datenträger der Bibliothek ist voll. Sie steht "
        "weiter im Editor, und ihre Quelle bleibt geöffnet. Schaffen Sie Platz auf diesem Datenträger "
        "(Papierkorb leeren, große Dateien löschen oder verschieben) und öffnen Sie die andere Quelle dann "
        "erneut: Die Notiz wird zuerst gespeichert.")
    assert window.open_source_id == source_id
    

def test_another_briefing_on_a_full_disk_keeps_the_briefing_typed_in(
        qtbot, make_window, monkeypatch, full_disk) -> None:  # fmt: skip
    window = make_window()
    other = create_briefing(window.session, "Japan")
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Erster Absatz")
    composer.items_list.setCurrentRow(0)
    memo, first, repo = composer.briefing_id, composer.current_item().id, window.session.store.briefings
    composer.editor.setPlainText(NOTE)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    combo = composer.briefing_combo
    combo.setCurrentIndex(combo.findData(other))  # as chosen in its list
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert composer.briefing_id == memo and combo.currentData() == memo
    assert composer.current_item().id == first and composer.editor.toPlainText() == NOTE
    assert "briefing text" in boxes[0] and "still in the editor" in boxes[0]
    make_room(window.session.store)
    combo.setCurrentIndex(combo.findData(other))  # saved first, and chosen (its save's reload put the
    qtbot.wait(50)  # combo back on the briefing left)
    assert composer.briefing_id == other == combo.currentData() and repo.item(first).text == NOTE
