"""A saved search whose tag was deleted is marked in the list like one whose query no longer
runs (slanted, a warning sign, why in its tooltip), and is plain again once the tag is back.

Seen after deleting a tag: "Japan, unread" stayed in the list as if nothing had happened and,
chosen, silently found nothing. Real store in a temp dir; the tag is given to a seed source here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.changes import Changes
from reader.core.store import SavedSearch

LOST = "The tag “Japan” is on no source any more"


def _tag_and_save(window) -> int:
    """Tag the first source "Japan" and save two searches: one of the tag, one of words only."""
    store = window.session.store
    first = window.library.model.ids()[0]
    store.tags.add([first], "Japan")
    window.session.apply(lambda: Changes(tags=True))
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japan news", "", tag="Japan"))[1])
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Words", "Kishida"))[1])
    return first


def _rows(window) -> dict[str, tuple[bool, bool, str]]:
    """Each listed search: (slanted, has an icon, tooltip)."""
    view = window.library.saved.view
    items = [view.item(r) for r in range(view.count())]
    return {i.text(): (i.font().italic(), not i.icon().isNull(), i.toolTip()) for i in items}


def _delete_tag(window, qtbot, name: str) -> None:
    library = window.library
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of(name)))
    library.tag_view.setFocus()
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Delete)


def test_deleting_the_tag_marks_its_saved_search_and_undo_clears_the_mark(make_window, qtbot) -> None:
    window = make_window()
    _tag_and_save(window)
    assert _rows(window) == {"Japan news": (False, False, "tag: Japan"), "Words": (False, False, "Kishida")}
    _delete_tag(window, qtbot, "Japan")
    assert window.session.store.tags.names() == []
    rows = _rows(window)
    assert rows["Japan news"] == (True, True, f"{LOST}\ntag: Japan")
    assert rows["Words"] == (False, False, "Kishida")  # a search of words only is no tag's
    view = window.library.saved.view
    assert view.item(0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == LOST
    window.undo_action.trigger()  # the tag is back on its source
    assert _rows(window)["Japan news"] == (False, False, "tag: Japan")


def test_the_mark_goes_when_a_source_carries_the_tag_again_in_any_case(make_window, qtbot) -> None:
    window = make_window()
    first = _tag_and_save(window)
    store = window.session.store
    window.session.apply(lambda: store.tags.remove([first], "Japan"))  # its last source: the tag is forgotten
    assert _rows(window)["Japan news"][0]
    window.session.apply(lambda: store.tags.add([first], "japan"))  # tags match any case, as the list does
    assert _rows(window)["Japan news"] == (False, False, "tag: Japan")


def test_a_library_opened_with_the_tag_gone_shows_the_mark_at_once(make_window) -> None:
    """Deleted from a terminal (`briefing tag delete`) while the window was closed."""
    window = make_window()
    _tag_and_save(window)
    window.session.store.tags.delete("Japan")  # not announced: as another program would
    window.library.saved.reload()
    assert _rows(window)["Japan news"] == (True, True, f"{LOST}\ntag: Japan")


def test_the_german_window_says_why_in_german(make_window, speak) -> None:
    speak("de")
    window = make_window()
    _tag_and_save(window)
    window.session.apply(lambda: window.session.store.tags.delete("Japan"))
    assert _rows(window)["Japan news"][2].splitlines()[0] == "Keine Quelle trägt das Schlagwort „Japan“ mehr"


def test_a_tag_left_only_on_a_source_in_the_bin_is_gone_until_the_source_comes_back(make_window) -> None:
    """The tag list no longer shows it, and the search finds nothing: marked the same way."""
    window = make_window()
    first = _tag_and_save(window)
    sources = window.session.store.sources
    window.session.apply(lambda: sources.delete(first))
    assert _rows(window)["Japan news"] == (True, True, f"{LOST}\ntag: Japan")
    window.session.apply(lambda: sources.undelete(first))
    assert _rows(window)["Japan news"] == (False, False, "tag: Japan")
