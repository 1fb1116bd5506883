"""Save search (Ctrl+Shift+S) offers the search's words, or its tag, as the name: Enter saves.
Seen in the walk: the name field was empty and the words just typed had to be typed again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog

from reader.core.changes import Changes
from reader.core.store import SourceFilter


def _accept_as_offered(monkeypatch) -> list[str]:
    offered: list[str] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        offered.append(dialog.textValue())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("reader.ui.dialogs.run", run)
    return offered


def _saved(window) -> list[str]:
    return [s.name for s in window.session.store.saved_searches.all()]


def test_the_words_are_offered(make_window, monkeypatch) -> None:
    window = make_window()
    offered = _accept_as_offered(monkeypatch)
    window.library.search_box.setText("  seltene Erden ")
    window.library.reload()
    window.library.saved.save_current()
    assert offered == ["seltene Erden"] and _saved(window) == ["seltene Erden"]


def test_a_tag_alone_offers_its_name(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    store.tags.add(store.sources.ids()[:2], "Energie")
    window.session.apply(lambda: Changes(tags=True))
    model = window.library.tag_model
    window.library.tag_view.setCurrentIndex(model.index(model.row_of("Energie")))
    offered = _accept_as_offered(monkeypatch)
    window.library.saved.save_current()
    assert offered == ["Energie"] and _saved(window) == ["Energie"]


def test_an_entity_alone_offers_its_name(make_window, monkeypatch) -> None:
    """Seen in the walk: the list narrowed to "Tokio" from the Entities view offered an empty
    name, and Enter saved nothing and said nothing."""
    window = make_window()
    window.library.show_search("", None, SourceFilter(), (1, "Tokio"), None)
    offered = _accept_as_offered(monkeypatch)
    window.library.saved.save_current()
    assert offered == ["Tokio"] and _saved(window) == ["Tokio"]
