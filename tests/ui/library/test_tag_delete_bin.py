"""Deleting a tag in the tag list reaches sources in the bin; undo gives every source its tags back.

A source in the bin kept a deleted tag, and restoring it brought the tag back into the list.
Expected tags come from what the test gives each source.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.changes import Changes


def _tags_live_or_binned(window, ids: list[int]) -> list[set[str]]:
    """Tags of sources live or in the bin (`sources.get` finds only live ones)."""
    tags = window.session.store.tags
    carried = {name: set(tags.carriers(name)) for name in tags.names()}
    return [{name for name, holders in carried.items() if i in holders} for i in ids]


def test_delete_reaches_the_bin_and_undo_restores_every_source(make_window, qtbot) -> None:
    window = make_window()
    store, library = window.session.store, window.library
    a, b, c = library.model.ids()[:3]
    store.tags.add([a, b], "Enrgie")
    store.tags.add([b, c], "Energie")
    store.sources.delete(b)  # carries both tags, in the bin
    window.session.apply(lambda: Changes(sources_removed=frozenset([b]), tags=True))
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of("Enrgie")))
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Delete)
    assert _tags_live_or_binned(window, [a, b, c]) == [set(), {"Energie"}, {"Energie"}]
    assert store.tags.names() == ["Energie"]
    assert "off 1 source " in window.statusBar().currentMessage()  # the one the list counted
    window.undo_action.trigger()
    assert _tags_live_or_binned(window, [a, b, c]) == [{"Enrgie"}, {"Enrgie", "Energie"}, {"Energie"}]
    window.redo_action.trigger()
    store.sources.undelete(b)  # restored: without the deleted tag
    assert set(store.sources.get(b).tags) == {"Energie"}
    assert store.tags.names() == ["Energie"]
