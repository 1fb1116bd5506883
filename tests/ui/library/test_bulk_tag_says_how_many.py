"""The library table's Tag… and Remove tag… say how many sources the tag goes on (or off).

Seen in the library table with 2,093 sources selected: Tag… asked "Schlagwort:" and nothing
more, over a selection the dialog hid; whether it would tag one source or all of them was left to
memory. The count is grouped as the window's language writes it. Real window and store on the
seeds; the dialog is the real one, answered through the dialog seam.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from reader.ui import dialogs


def _asked(monkeypatch) -> list[str]:
    labels: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        labels.append(dialog.labelText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", answer)
    return labels


def test_the_tag_dialogs_name_the_count_of_the_selection(make_window, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    window.table_mode.action.trigger()
    view = window.table_mode.view
    view.table.selectAll()
    labels = _asked(monkeypatch)
    menu = QMenu(view)
    view.fill_bulk_menu(menu)
    for text in ("Verschlagworten …", "Schlagwort entfernen …"):
        next(a for a in menu.actions() if a.text().replace("&", "") == text).trigger()
    assert labels == ["Schlagwort für 5 Quellen:", "Schlagwort, das von 5 Quellen entfernt wird:"]
    view._ask_tag([window.session.store.sources.ids()[0]], add=True)
    view._ask_tag(list(range(1, 2094)), add=True)  # nothing is tagged: the dialog is cancelled
    assert labels[2:] == ["Schlagwort für 1 Quelle:", "Schlagwort für 2.093 Quellen:"]
    menu.deleteLater()


def test_in_english_too(make_window, monkeypatch, speak) -> None:
    speak("en")
    window = make_window()
    window.table_mode.action.trigger()
    labels = _asked(monkeypatch)
    window.table_mode.view._ask_tag(list(range(1, 2094)), add=False)
    assert labels == ["Tag to remove from 2,093 sources:"]
