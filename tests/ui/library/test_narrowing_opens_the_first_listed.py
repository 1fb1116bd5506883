"""A new narrowing of the library that leaves the open source out opens the first source listed.

Seen with 401 sources: Entities ▸ "Show sources in library" for Donald Trump (24 sources) opened
the last of them, "World Community…": the row the open source had in the whole library, cut to
the new list's length. The open source stays open when the narrowing lists it; a source gone
from the same list (deleted) still gives way to its neighbour. From the seed files (grep):
"Trump" is named in 001, 002 and 004, not in 000 and 003."""

from __future__ import annotations

from tests.ui.elsewhere import look
from tests.ui.library.test_deleting_sources_says_so import _yes
from tests.ui.library.test_window_saved_entity import _narrow_to


def _rows_and_the_last_unnamed(window) -> tuple[list[int], int]:
    """The list's rows under Title A–Z, and 003 (naming no Trump), its last row."""
    library = window.library
    library.set_sort("title")
    ids = {s.file_name[:3]: s.id for s in window.session.store.sources.list()}
    rows = library.model.ids()  # 000 is folded into the story of 001 and 004
    assert rows[-1] == ids["003"]
    return rows, ids["003"]


def test_show_sources_in_library_opens_the_first_of_them(make_window, qtbot) -> None:
    window = make_window()
    _rows, unnamed = _rows_and_the_last_unnamed(window)
    window.library.select_source(unnamed)
    assert window.open_source_id == unnamed
    _narrow_to(window, qtbot, "Donald Trump")
    listed = window.library.model.ids()
    assert unnamed not in listed and len(listed) >= 2  # a first and a last to tell apart
    assert window.open_source_id == listed[0]
    assert window.library.current_source_id() == listed[0]


def test_show_sources_in_library_keeps_the_open_source_it_lists(make_window, qtbot) -> None:
    window = make_window()
    window.library.set_sort("title")
    ids = {s.file_name[:3]: s.id for s in window.session.store.sources.list()}
    named = ids["002"]
    window.library.select_source(named)
    _narrow_to(window, qtbot, "Donald Trump")
    assert window.open_source_id == named and window.library.current_source_id() == named


def test_a_tag_chosen_opens_the_first_of_its_sources(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    rows, unnamed = _rows_and_the_last_unnamed(window)
    tagged = [i for i in rows if i != unnamed][:2]
    store.tags.add(tagged, "Klient A")
    window.library.reload_tags()
    window.library.select_source(unnamed)
    tag_row = window.library.tag_model.row_of("Klient A")
    window.library.tag_view.setCurrentIndex(window.library.tag_model.index(tag_row))
    assert window.library.model.ids() == [i for i in rows if i in tagged]
    assert window.open_source_id == window.library.model.ids()[0]



def _in_tag_klient_a(window) -> list[int]:
    library = window.library
    window.session.store.tags.add(library.model.ids()[:3], "Klient A")
    library.reload_tags()
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of("Klient A")))
    listed = library.model.ids()
    assert len(listed) == 3
    return listed


def _untag(window, source_id: int) -> None:
    store = window.session.store
    window.session.perform("Remove tag", lambda: store.tags.remove([source_id], "Klient A"),
                           lambda: store.tags.add([source_id], "Klient A"))  # fmt: skip


def test_undoing_the_tag_taken_reopens_the_source_it_took_away(make_window) -> None:
    """In a tag's list, the tag taken off the open source opens its neighbour; Ctrl+Z gives the
    tag back, and the source it was taken off opens again (the neighbour stayed open)."""
    window = make_window()
    listed = _in_tag_klient_a(window)
    window.library.select_source(listed[1])
    _untag(window, listed[1])
    assert window.library.model.ids() == [listed[0], listed[2]]
    assert window.open_source_id == listed[2]  # its neighbour, in its row
    window.session.undo()
    assert window.library.model.ids() == listed
    assert window.open_source_id == listed[1] and window.library.current_source_id() == listed[1]


def test_undo_leaves_a_source_chosen_since_open(make_window) -> None:
    """Moved on from the neighbour, the user chose what is open: the undo changes only the list."""
    window = make_window()
    listed = _in_tag_klient_a(window)
    window.library.select_source(listed[1])
    _untag(window, listed[1])
    window.library.select_source(listed[0])
    window.session.undo()
    assert window.open_source_id == listed[0]


def test_the_tag_given_back_elsewhere_leaves_the_neighbour_open_and_listed(qtbot, make_window, other) -> None:
    """Given back by another program, the tag brings the source back into the list, but the
    window opens nothing for another's change, so the list's row stays on the source open (were
    it moved to the source given back, the list would say one source and the panes show another)."""
    window = make_window()
    listed = _in_tag_klient_a(window)
    window.library.select_source(listed[1])
    _untag(window, listed[1])
    assert window.open_source_id == listed[2]
    other.tags.add([listed[1]], "Klient A")
    look(qtbot, window)
    assert window.library.model.ids() == listed
    assert window.open_source_id == listed[2] and window.library.current_source_id() == listed[2]


def test_undoing_the_delete_reopens_the_source_deleted(make_window, monkeypatch) -> None:
    """As for the tag taken off: Ctrl+Z of the delete opens again the source it moved to the bin."""
    window = make_window()
    _yes(monkeypatch)
    rows = window.library.model.ids()
    window.library.select_source(rows[1])
    assert window.editor.delete(rows[1])
    assert window.open_source_id != rows[1]
    window.session.undo()
    assert window.library.model.ids() == rows
    assert window.open_source_id == rows[1] and window.library.current_source_id() == rows[1]
