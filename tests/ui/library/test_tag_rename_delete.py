"""Renaming (F2) and deleting (Delete) a tag in the library's tag list, each one undo step.

Seen in the German window at 1366 x 768: a tag typed wrong ("Enrgie") could only be fixed by
untagging and retagging every source; F2 on the tag list opened the open source's metadata,
a right-click did nothing. Expected tags come from what the test gives each seed source.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from reader.core.changes import Changes


def _answer(monkeypatch, *names: str) -> list[str]:
    """The next name dialogs are answered with `names`; returns what each dialog offered."""
    answers, offered = list(names), []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)  # not Edit metadata
        offered.append(dialog.textValue())
        dialog.setTextValue(answers.pop(0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("reader.ui.dialogs.run", run)
    return offered


def _tags(window, ids: list[int]) -> list[set[str]]:
    return [set(window.session.store.sources.get(i).tags) for i in ids]


def _binned_tags(window, ids: list[int]) -> list[set[str]]:
    """Tags of sources live or in the bin (`sources.get` finds only live ones)."""
    names = window.session.store.tags.names()
    carried = {name: set(window.session.store.tags.carriers(name)) for name in names}
    return [{name for name in names if i in carried[name]} for i in ids]


def _choose(window, name: str | None) -> None:
    model = window.library.tag_model
    window.library.tag_view.setCurrentIndex(model.index(model.row_of(name)))


def _tagged(window) -> list[int]:
    store = window.session.store
    a, b, c = window.library.model.ids()[:3]  # three rows of the list, none folded into another
    store.tags.add([a, b], "Enrgie")
    store.tags.add([b, c], "Energie")
    window.session.apply(lambda: Changes(tags=True))
    return [a, b, c]


def test_f2_renames_a_tag_into_an_existing_one_and_undo_restores_each_source(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    ids = _tagged(window)
    library = window.library
    _choose(window, "Enrgie")
    assert sorted(library.model.ids()) == sorted(ids[:2])
    offered = _answer(monkeypatch, "energie")  # typed in lower case: joins the existing "Energie"
    library.tag_view.setFocus()
    qtbot.keyClick(library.tag_view, Qt.Key.Key_F2)
    assert offered == ["Enrgie"]
    assert _tags(window, ids) == [{"Energie"}, {"Energie"}, {"Energie"}]
    assert [t.name for t in window.session.store.tags.all()] == ["Energie"]
    assert library.current_tag == "Energie" and sorted(library.model.ids()) == sorted(ids)  # the list follows
    window.undo_action.trigger()
    assert _tags(window, ids) == [{"Enrgie"}, {"Enrgie", "Energie"}, {"Energie"}]
    assert library.current_tag == "Enrgie" and sorted(library.model.ids()) == sorted(ids[:2])
    window.redo_action.trigger()
    assert _tags(window, ids) == [{"Energie"}, {"Energie"}, {"Energie"}]


def test_a_change_of_case_renames_the_tag(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    ids = _tagged(window)
    _choose(window, "Energie")
    _answer(monkeypatch, "ENERGIE")
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_F2)
    assert _tags(window, ids) == [{"Enrgie"}, {"Enrgie", "ENERGIE"}, {"ENERGIE"}]
    window.undo_action.trigger()
    assert _tags(window, ids) == [{"Enrgie"}, {"Enrgie", "Energie"}, {"Energie"}]


def test_delete_takes_the_tag_off_every_source_and_undo_puts_it_back(make_window, qtbot) -> None:
    window = make_window()
    ids = _tagged(window)
    library = window.library
    _choose(window, "Enrgie")
    open_id = window.open_source_id
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Delete)
    assert _tags(window, ids) == [set(), {"Energie"}, {"Energie"}]
    assert window.open_source_id == open_id  # not Delete highlight or source
    assert library.current_tag is None and library.model.rowCount() > 2  # every source again
    assert "Enrgie" in window.statusBar().currentMessage() and "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert _tags(window, ids) == [{"Enrgie"}, {"Enrgie", "Energie"}, {"Energie"}]
    assert library.current_tag == "Enrgie"


def test_all_sources_has_no_rename_or_delete(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    ids = _tagged(window)
    _choose(window, None)
    offered = _answer(monkeypatch)
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_F2)
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_Delete)
    assert offered == [] and _tags(window, ids) == [{"Enrgie"}, {"Enrgie", "Energie"}, {"Energie"}]
    assert window.session.store.sources.count() >= 3


def test_the_german_window_says_it_in_german(make_window, speak, monkeypatch, qtbot) -> None:
    speak("de")
    window = make_window()
    _tagged(window)
    _choose(window, "Enrgie")
    edits = window.library.tag_edits
    assert (edits.rename_action.text(), edits.delete_action.text()) == ("Schlagwort &umbenennen …", "Schlagwort &löschen")
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_Delete)
    said = window.statusBar().currentMessage()
    window.undo_action.trigger()
    speak("en")
    assert said == "Schlagwort „Enrgie“ von 2 Quellen entfernt (Strg+Z stellt es wieder her)"


def test_saved_searches_of_the_tag_follow_a_rename(make_window, monkeypatch, qtbot) -> None:
    """A saved search "Energy, unread" kept the old tag and found nothing after a rename."""
    from reader.core.store import SavedSearch

    window = make_window()
    _tagged(window)
    store = window.session.store
    kept, _ = store.saved_searches.add(SavedSearch(0, "Energie ungelesen", "", tag="Enrgie", unread_only=True))
    other, _ = store.saved_searches.add(SavedSearch(0, "Alles", "Japan"))
    _choose(window, "Enrgie")
    _answer(monkeypatch, "Energie")
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_F2)
    assert store.saved_searches.get(kept.id).tag == "Energie" and store.saved_searches.get(kept.id).unread_only
    assert store.saved_searches.get(other.id) == other
    window.undo_action.trigger()
    assert store.saved_searches.get(kept.id).tag == "Enrgie"


def test_a_rename_reaches_sources_in_the_bin_and_undo_gives_them_their_tags_back(
    make_window, monkeypatch, qtbot
) -> None:
    """A source in the bin kept "Enrgie" through a rename and brought it back when restored."""
    window = make_window()
    ids = _tagged(window)
    store = window.session.store
    store.sources.delete(ids[1])  # carries both tags, in the bin
    window.session.apply(lambda: Changes(sources_removed=frozenset(ids[1:2]), tags=True))
    _choose(window, "Enrgie")
    _answer(monkeypatch, "Energie")
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_F2)
    assert _binned_tags(window, ids) == [{"Energie"}, {"Energie"}, {"Energie"}]
    assert store.tags.names() == ["Energie"]
    window.undo_action.trigger()
    assert _binned_tags(window, ids) == [{"Enrgie"}, {"Enrgie", "Energie"}, {"Energie"}]
    window.redo_action.trigger()
    store.sources.undelete(ids[1])
    assert _binned_tags(window, ids)[1] == {"Energie"}


def test_a_change_of_case_reaches_a_source_in_the_bin(make_window, monkeypatch, qtbot) -> None:
    """"energie" → "Energie" kept the old spelling while a binned source carried it."""
    window = make_window()
    store = window.session.store
    a, b = window.library.model.ids()[:2]
    store.tags.add([a, b], "energie")
    store.sources.delete(b)
    window.session.apply(lambda: Changes(sources_removed=frozenset([b]), tags=True))
    _choose(window, "energie")
    _answer(monkeypatch, "Energie")
    qtbot.keyClick(window.library.tag_view, Qt.Key.Key_F2)
    assert store.tags.names() == ["Energie"] and _binned_tags(window, [a, b]) == [{"Energie"}, {"Energie"}]
    window.undo_action.trigger()
    assert store.tags.names() == ["energie"] and _binned_tags(window, [a, b]) == [{"energie"}, {"energie"}]
