"""A story is named after its oldest report wherever it is shown: the library's folded row, its
timeline mark and the story window's title.

Seen in the German window: the timeline named the Tokyo story's mark „Japan–USA schmieden …"
while the library's folded row, sorted newest first, showed „Gegengewicht …": the row was the
first report in the list's order, the mark the earliest day's report with the lowest id."""

from __future__ import annotations

from reader.ui.library.source_model import StoryRole
from reader.ui.timeline.layout import Item, Mark, marks_of

JAPAN_USA = "Japan–USA schmieden „Goldenes Bündnis“"  # 000: 28 Oct 2025, no time
GEGENGEWICHT = "Gegengewicht zu China: Japan und USA stärken Allianz"  # 001: 28 Oct 2025, 18:05


def _names(window) -> tuple[set[str], str, str]:
    """The folded row's title in each order, the timeline mark's, the story window's."""
    store, library = window.session.store, window.library
    rows = set()
    for order in ("published", "title", "imported"):
        library.set_sort(order)
        marks = [(i, library.model.index(r).data(StoryRole)) for r, i in enumerate(library.model.ids())]
        heads = [i for i, mark in marks if mark is not None and mark.head]
        assert len(heads) == 1  # the story's row, whether it is open or not
        rows.add(store.sources.get(heads[0]).title)
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.reload()
    mark = next(m for m in timeline.canvas.marks if m.count > 1)
    library.select_source(heads[0])
    window.stories.show_action.trigger()
    story = window.stories._view.windowTitle().removeprefix("Story: ")
    return rows, mark.title, story


def test_the_library_the_timeline_and_the_story_window_name_a_story_alike(make_window) -> None:
    window = make_window()
    ids = {s.file_name[:3]: s.id for s in window.session.store.sources.list()}
    assert _names(window) == ({JAPAN_USA}, JAPAN_USA, JAPAN_USA)
    # The same day, 000 now reported later than 001: 001 is the oldest, though its id is higher.
    window.session.store.sources.update_metadata(ids["000"], published="2025-10-28T20:00")
    window.library.reload()
    assert _names(window) == ({GEGENGEWICHT}, GEGENGEWICHT, GEGENGEWICHT)


def test_a_story_mark_is_its_oldest_report_of_the_day() -> None:
    day = 739552
    items = [Item(1, day, "Later", "A", "A", story=7, order=1), Item(2, day, "Earlier", "B", "B", story=7, order=0)]
    assert marks_of(items) == [Mark(2, day, "Earlier", "B", "B", 2)]
