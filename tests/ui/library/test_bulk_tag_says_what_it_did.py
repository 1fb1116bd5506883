"""The library table's Tag… and Remove tag… say in the status bar what they did.

Seen tagging 30 sources of a 400-source library at 1280 × 720 (session 39): the table fills the
window and has no tag column, and after the tag dialog closed the status line stayed blank, as
if the Enter had gone nowhere (a tag all of them had, or none, was already said). Real window,
store and table on the seeds; the tag dialog answered through the dialog seam.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog

from reader.ui import dialogs


def _answering(monkeypatch, name: str) -> None:
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)


def _table_with(window, ids: list[int]):
    window.table_mode.action.trigger()
    view = window.table_mode.view
    view.select_ids(ids)
    return view


def test_tagging_the_selection_says_how_many_got_the_tag(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    first, second, third, *_ = store.sources.ids()
    window.session.apply(lambda: store.tags.add([first], "Klient A"))
    view = _table_with(window, [first, second, third])
    _answering(monkeypatch, "Klient A")
    view._ask_tag(view.selected_ids(), add=True)
    # Two got it: the first had it already.
    assert window.statusBar().currentMessage() == "Tagged 2 sources “Klient A” (Ctrl+Z takes it back)"
    _answering(monkeypatch, " klient  a ")
    view._ask_tag(view.selected_ids(), add=False)
    # Typed in another case (and spacing), it is the library's tag, named as the library spells it.
    assert window.statusBar().currentMessage() == "Took the tag “Klient A” off 3 sources (Ctrl+Z puts it back)"
    _answering(monkeypatch, "neu")
    view._ask_tag([first], add=True)
    assert window.statusBar().currentMessage() == "Tagged 1 source “neu” (Ctrl+Z takes it back)"


def test_tag_this_import_says_once_what_it_did(make_window, monkeypatch) -> None:
    """Its own words, in the library's spelling; when every source had the tag, only that
    (its "Tagged the 2 imported sources" had covered "already have the tag")."""
    window = make_window()
    store = window.session.store
    ids = store.sources.ids()[:2]
    window.session.apply(lambda: store.tags.add(ids[:1], "Halbleiter"))
    window.import_tagger.offer(ids)
    _answering(monkeypatch, "halbleiter")
    window.import_tagger.button.click()
    assert window.statusBar().currentMessage() == "Tagged the 2 imported sources “Halbleiter” (Ctrl+Z takes it back)"
    window.import_tagger.offer(ids)
    window.import_tagger.button.click()
    assert window.statusBar().currentMessage().startswith("The 2 selected sources already have the tag ")


def test_said_in_german(make_window, monkeypatch, speak) -> None:
    speak("de")
    try:
        window = make_window()
        first = window.session.store.sources.ids()[0]
        view = _table_with(window, [first])
        _answering(monkeypatch, "Klient A")
        view._ask_tag(view.selected_ids(), add=True)
        assert window.statusBar().currentMessage() == "1 Quelle mit „Klient A“ verschlagwortet (Strg+Z macht es rückgängig)"
    finally:
        speak("en")
