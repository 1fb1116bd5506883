"""Deleting sources says so in the status bar, with the way back, as deleting a tag, a saved
search or a briefing does. Seen in the walk: after Source ▸ Delete source the next source came
up in its place without a word. Expected lines are written out from the seed titles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from reader.ui.library import bulk

TITLE = "Japan ist bereits der engste asiatische Verbündete der USA"


def _yes(monkeypatch) -> None:
    monkeypatch.setattr("reader.ui.dialogs.run", lambda _question: QMessageBox.StandardButton.Yes)


def _id(window, title: str) -> int:
    return next(s.id for s in window.session.store.sources.list() if s.title == title)


def test_delete_source_names_it_and_the_way_back(make_window, monkeypatch) -> None:
    window = make_window()
    _yes(monkeypatch)
    assert window.editor.delete(_id(window, TITLE))
    assert window.statusBar().currentMessage() == "Moved “Japan ist bereits der engste as…” to the bin (Ctrl+Z brings it back, or File ▸ Bin…)"


def test_deleting_sources_from_the_table_counts_them(make_window, monkeypatch) -> None:
    window = make_window()
    _yes(monkeypatch)
    ids = window.session.store.sources.ids()[:2]
    assert bulk.delete_sources(window.session, ids, window)
    assert window.statusBar().currentMessage() == "Moved 2 sources to the bin (Ctrl+Z brings them back, or File ▸ Bin…)"


def test_the_table_forgets_deleted_rows_it_had_selected(make_window, monkeypatch) -> None:
    """The "2 selected" button kept its count (and its menu the deleted sources) after Delete…."""
    window = make_window()
    _yes(monkeypatch)
    window.table_mode.action.trigger()
    view = window.table_mode.view
    for row in (0, 1):
        view.table.selectionModel().select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    assert view.bulk_button.text().replace("&", "") == "2 selected"
    assert bulk.delete_sources(window.session, view.selected_ids(), window)
    assert view.selected_ids() == []
    assert view.bulk_button.text().replace("&", "") == "Selected sources" and not view.bulk_button.isEnabled()


def test_the_question_counts_highlights_only_when_there_are_some(make_window, monkeypatch) -> None:
    """It said "They have 0 highlights." for sources without any."""
    window = make_window()
    asked: list[str] = []

    def run(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.informativeText())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr("reader.ui.dialogs.run", run)
    first, second = window.session.store.sources.ids()[:2]
    assert not bulk.delete_sources(window.session, [first, second], window)
    window.session.store.highlights.add(first, 0, 5, "key")
    assert not bulk.delete_sources(window.session, [first, second], window)
    assert asked == ["Edit ▸ Undo brings them back with everything they hold.",
                     "They have 1 highlight. Edit ▸ Undo brings them back with everything they hold."]  # fmt: skip


def test_german(make_window, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    _yes(monkeypatch)
    assert window.editor.delete(_id(window, TITLE))
    assert window.statusBar().currentMessage() == "Quelle „Japan ist bereits der engste as…“ in den Papierkorb gelegt (Strg+Z holt sie zurück, oder Datei ▸ Papierkorb …)"
    assert bulk.delete_sources(window.session, window.session.store.sources.ids()[:1], window)
    assert window.statusBar().currentMessage() == "1 Quelle in den Papierkorb gelegt (Strg+Z holt sie zurück, oder Datei ▸ Papierkorb …)"


def test_the_question_is_as_wide_as_its_sentences(make_window, monkeypatch) -> None:
    """Seen in the walk: "Delete 2 sources?" set the box's width, and the sentence under it
    wrapped four words a line. Shown as Qt shows it, the one sentence now stands on one line."""
    window = make_window()
    seen: list[tuple[int, int]] = []

    def exec_(box: QMessageBox) -> int:
        box.show()
        QApplication.processEvents()
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        seen.append((label.contentsRect().height(), label.fontMetrics().lineSpacing()))
        box.close()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not bulk.delete_sources(window.session, window.session.store.sources.ids()[:2], window)
    [(height, line)] = seen
    assert height < 2 * line  # "Edit ▸ Undo brings them back with everything they hold." on one line
