"""A folded story's row shows the tags of all its reports, not only its first report's.

Seen in the library: the Tokyo story's row ("▸ 3") showed and its tooltip named only the tags of
the report standing for it; a tag on one of its other reports could not be seen until the story
was opened. Now the folded row carries their union, the tags most of its reports share first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.library.list_loading import asked_of, listing
from reader.ui.library.source_model import StoryRole, SummaryRole, story_tags


def test_tags_shared_by_most_reports_come_first_then_a_to_z() -> None:
    assert story_tags([("Japan", "USA"), ("allianz", "Japan"), ("Japan",), ("Allianz",)]) == (
        "Japan", "allianz", "USA")  # fmt: skip
    assert story_tags([]) == ()


def test_a_folded_story_row_shows_every_reports_tags(make_window) -> None:
    window = make_window()
    store, model = window.session.store, window.library.model
    head = next(r for r in range(model.rowCount()) if model.index(r).data(StoryRole))
    mark = model.index(head).data(StoryRole)
    head_id = model.ids()[head]
    others = [m for m in mark.members if m != head_id]
    assert len(others) == 2
    window.session.apply(lambda: store.tags.add([head_id], "Verteidigung"))
    window.session.apply(lambda: store.tags.add(others, "Japan"))
    window.session.apply(lambda: store.tags.add([others[1]], "Allianz"))

    summary = model.index(head).data(SummaryRole)
    assert summary.tags == ("Japan", "Allianz", "Verteidigung")
    tooltip = model.index(head).data(Qt.ItemDataRole.ToolTipRole).split("\n")
    assert "Tags: Japan, Allianz, Verteidigung" in tooltip

    window.library.story_rows.toggle(mark.story_id, True)  # open, each row shows its own
    assert model.index(head).data(SummaryRole).tags == ("Verteidigung",)
    assert model.index(head + 2).data(SummaryRole).tags == ("Allianz", "Japan")



def test_the_folded_rows_tags_come_with_the_list_or_their_page(make_window) -> None:
    """Painting a folded story's row asked the store for its reports' tags, on the window's
    thread, a query per such row at every reload (the list itself read off it after an import).
    A listing read off the window's thread brings them; one read on it leaves them to the rows'
    page, one query for every folded row on it. Painting fetches no hidden report's summary."""
    window = make_window()
    store, model = window.session.store, window.library.model
    head = next(r for r in range(model.rowCount()) if model.index(r).data(StoryRole))
    mark = model.index(head).data(StoryRole)
    head_id = model.ids()[head]
    others = [m for m in mark.members if m != head_id]
    window.session.apply(lambda: store.tags.add([others[1]], "Allianz"))
    assert listing(store, asked_of(window.library), with_tags=True).story_tags == {head_id: ("Allianz",)}

    fetched: list[int] = []
    asked: list[list[int]] = []
    real_fetch, real_tags = model._fetch, model._tags_of
    model._fetch = lambda ids: fetched.extend(ids) or real_fetch(ids)
    model._tags_of = lambda ids: asked.append(list(ids)) or real_tags(ids)
    found = listing(store, asked_of(window.library), with_tags=True)  # as the list loader reads it
    window.library.show_listing(found, None)
    for row in range(model.rowCount()):
        model.index(row).data(SummaryRole)
    assert model.index(head).data(SummaryRole).tags == ("Allianz",)
    assert asked == [] and not set(others) & set(fetched)

    window.library.reload()  # on the window's thread: the page brings them
    for row in range(model.rowCount()):
        model.index(row).data(SummaryRole)
    assert model.index(head).data(SummaryRole).tags == ("Allianz",)
    assert asked == [list(mark.members)] and not set(others) & set(fetched)

    window.session.apply(lambda: store.tags.add([others[0]], "Japan"))  # an edit: read anew, once
    assert model.index(head).data(SummaryRole).tags == ("Allianz", "Japan")
