"""View ▸ Timeline: layout, zoom, hover and click, the library's filter as scope, undated apart."""

from __future__ import annotations

from datetime import date
from itertools import combinations

from PySide6.QtCore import QPointF, Qt

from reader.ui.timeline.colours import OTHER, PALETTE, colour_keys
from reader.ui.timeline.mark_layout import MARK_W, Item, Mark, fit, marks_of, place, ticks
from tests.ui.colour_measures import lab_distance
from tests.ui.settled import settle

D = date(2025, 10, 28).toordinal()


def test_a_story_is_one_mark_with_its_count_at_its_first_day() -> None:
    items = [Item(1, D, "A", "DWN", "DWN", story=7), Item(2, D - 1, "B", None, "", story=7),
             Item(3, D, "C", "FAZ", "FAZ")]  # fmt: skip
    # coloured by DWN, the story's outlet: its first report has none
    assert marks_of(items) == [Mark(2, D - 1, "B", None, "DWN", 2), Mark(3, D, "C", "FAZ", "FAZ")]


def test_a_story_told_first_without_an_outlet_takes_the_colour_of_its_next_reports() -> None:
    """Seen in the German window on the samples: the Tokyo story's mark was grey ("andere oder
    keine") and DWN was missing from the legend, as its first report, signed "Redaktion", has
    no outlet; the library's row names the story DWN. Its first outlet colours it."""
    items = [Item(1, D, "Japan–USA schmieden", None, "", story=7), Item(2, D, "Gegengewicht", "DWN", "DWN", story=7),
             Item(3, D + 1, "Später", "FAZ", "FAZ", story=7)]  # fmt: skip
    (mark,) = marks_of(items)
    assert (mark.source_id, mark.title, mark.key, mark.count) == (1, "Japan–USA schmieden", "DWN", 3)
    assert colour_keys([mark]) == {"DWN": PALETTE[0]}


def test_marks_of_a_day_stack_and_zoomed_out_days_share_a_column() -> None:
    marks = [Mark(i, D + (i // 2), str(i), None, "") for i in range(4)]  # two per day
    wide = place(marks, px_per_day=40)
    assert [p.level for p in wide] == [0, 1, 0, 1]
    assert wide[0].x == wide[1].x and wide[2].x - wide[0].x == 40
    narrow = place(marks, px_per_day=1)  # a day is narrower than a mark
    assert [p.level for p in narrow] == [0, 1, 2, 3]
    assert all(p.x == narrow[0].x for p in narrow)
    assert MARK_W > 1


def test_an_edit_keeps_each_outlets_colour() -> None:
    """Seen in the window: splitting a story drew a new outlet and every other outlet changed
    colour (the ranking by frequency shifted). Redrawn after an edit, a colour stays put."""
    before = [Mark(1, D, "a", "Zeit", "Zeit", 2), Mark(3, D, "b", "Bild", "Bild"), Mark(4, D, "c", "FAZ", "FAZ")]
    shown = colour_keys(before)
    assert shown == {"Zeit": PALETTE[0], "Bild": PALETTE[1], "FAZ": PALETTE[2]}
    after = [Mark(1, D, "a", "Zeit", "Zeit"), Mark(2, D, "a2", "Taz", "Taz"), *before[1:]]
    assert colour_keys(after, shown) == {"Bild": PALETTE[1], "FAZ": PALETTE[2], "Taz": PALETTE[3],
                                         "Zeit": PALETTE[0]}  # fmt: skip
    assert colour_keys(after)["Bild"] == PALETTE[0]  # a new scope ranks afresh
    assert list(colour_keys(after, shown)) == ["Bild", "FAZ", "Taz", "Zeit"]  # legend: by count, then name


def test_every_outlet_has_its_own_colour_even_when_none_repeats() -> None:
    """Seen in the window: ten outlets of one report each were all grey under "other or none"
    (with more outlets than the eight colours, only one seen twice had a colour). Each has its
    own now, those seen most first; only beyond the palette are outlets grey, the rarest (then
    the last by name) first."""
    once = [Mark(i, D - i, str(i), f"Outlet {i:02}", f"Outlet {i:02}") for i in range(10)]
    coloured = colour_keys(once)
    assert list(coloured) == [f"Outlet {i:02}" for i in range(10)]
    assert len(set(coloured.values())) == 10  # ten colours, none shared
    twice = [Mark(20, D, "a", "IGN", "IGN", 2), Mark(21, D - 40, "b", "WSJ", "WSJ"), Mark(22, D - 41, "c", "WSJ", "WSJ")]
    many = colour_keys(once[:9] + twice + [Mark(30, D - 50, "z", "Zeit", "Zeit"), Mark(31, D - 51, "y", "Taz", "Taz")])
    assert len(many) == len(PALETTE) == 12 and len(set(many.values())) == 12
    assert list(many)[:2] == ["IGN", "WSJ"]  # seen twice: coloured first
    assert "Zeit" not in many and "Taz" in many  # thirteen outlets: the last by name is grey


def test_the_palette_stays_distinguishable() -> None:
    """Twelve colours, any two (and each and the grey of "other") clearly apart: at least 29 in
    CIELAB, where two that a reader takes for one (the palette's blue and a navy) are about 20."""
    assert lab_distance("#1f77b4", "#1b4f72") < 25  # the measure tells such a pair apart
    for a, b in combinations((*PALETTE, OTHER), 2):
        assert lab_distance(a, b) >= 29, (a, b)


def test_fit_shows_every_day_and_ticks_suit_the_zoom() -> None:
    days = [date(2022, 1, 22).toordinal(), D]
    start, px = fit(days, 1000)
    assert start < days[0] and start + 1000 / px > days[1]
    assert {label for _d, label, _m in ticks(start, px, 1000)} >= {"2022", "2023", "2024", "2025"}
    months = ticks(D - 60, 3, 300)
    assert any(label == "Oct" for _d, label, _m in months) and not any(label.isdigit() and len(label) < 3 for _d, label, _m in months)
    days_shown = ticks(D - 3, 40, 400)
    assert (D, "28", False) in days_shown


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def test_timeline_of_the_seeds(make_window, qtbot) -> None:
    window = make_window()
    ids = _seeds(window)
    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert timeline.isVisible()
    marks = {m.source_id: m for m in timeline.canvas.marks}
    # 000 and 001 (28 Oct 2025) are one story mark; 004 of that story has no date: listed apart.
    story = next(m for m in marks.values() if m.count == 2)
    assert story.day == D and story.source_id in (ids["000"], ids["001"])
    assert {m.day for m in marks.values() if m.count == 1} == {date(2024, 4, 11).toordinal(), date(2022, 1, 22).toordinal()}
    assert [timeline.undated.item(r).data(Qt.ItemDataRole.UserRole) for r in range(timeline.undated.count())] == [ids["004"]]
    assert "3 reports of one event, 1 undated" in timeline.canvas.describe(story)  # 004 counted too

    # a click on a mark opens its source in the main window
    timeline.canvas.resize(1000, 300)
    timeline.canvas.fit()
    placed = next(p for p in timeline.canvas._placed if p.mark.source_id == ids["003"])
    centre = timeline.canvas.mark_rect(placed).center()
    qtbot.mouseClick(timeline.canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.open_source_id == ids["003"]
    assert timeline.canvas.mark_at(QPointF(centre)) == placed.mark


def test_timeline_follows_the_librarys_tag(make_window) -> None:
    window = make_window()
    ids = _seeds(window)
    store = window.session.store
    window.session.apply(lambda: store.tags.add([ids["002"], ids["003"]], "Archiv"))
    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert len(timeline.canvas.marks) == 3
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of("Archiv")))
    assert {m.source_id for m in timeline.canvas.marks} == {ids["002"], ids["003"]}
    assert timeline.undated.count() == 0
    timeline.colour_by.setCurrentIndex(timeline.colour_by.findData("tag"))
    assert set(timeline.canvas.colours) == {"Archiv"}


def _drawn(timeline) -> set[int]:
    undated = (timeline.undated.item(row) for row in range(timeline.undated.count()))
    return {m.source_id for m in timeline.canvas.marks} | {int(i.data(Qt.ItemDataRole.UserRole)) for i in undated}


def test_timeline_follows_a_typed_search_once_it_settles(make_window, qtbot) -> None:
    window = make_window()
    ids, library = _seeds(window), window.library
    window.timeline.action.trigger()
    timeline = window.timeline.window
    everything = _drawn(timeline)
    takaichi = {ids["001"], ids["004"]}  # the seeds naming her (grep), 004 undated
    qtbot.keyClicks(library.search_box, "Takaichi")
    assert _drawn(timeline) == everything  # not redrawn per keystroke
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    assert _drawn(timeline) == takaichi
    library.clear_search()
    assert _drawn(timeline) == everything
    qtbot.keyClicks(library.search_box, "Takaichi")
    qtbot.waitUntil(lambda: _drawn(timeline) == takaichi)  # the pause after typing
    timeline.close()


def test_a_mark_opens_from_the_keyboard(make_window, qtbot) -> None:
    """Only a click opened a mark: ← → now pick one in time (ringed), Enter opens it, and
    Shift+← → moves the view as ← → did."""
    window = make_window()
    ids = _seeds(window)
    window.timeline.action.trigger()
    canvas = window.timeline.window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.chosen == ids["003"]  # 22 Jan 2022, the first in view
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # past the last: stays on it
    assert canvas.chosen in (ids["000"], ids["001"])  # the story of 28 Oct 2025
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.chosen == ids["002"]
    start = canvas.start
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.start > start and canvas.chosen == ids["002"]
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert window.open_source_id == ids["002"]
    window.timeline.window.close()


def test_zoom_keeps_the_day_under_the_pointer(make_window) -> None:
    window = make_window()
    window.timeline.action.trigger()
    canvas = window.timeline.window.canvas
    before = canvas.start + 300 / canvas.px_per_day
    canvas.zoom(2.0, 300)
    assert abs(canvas.start + 300 / canvas.px_per_day - before) < 1e-6
    width = canvas.px_per_day
    canvas.zoom(1e9)
    assert canvas.px_per_day <= 160 and canvas.px_per_day > width


def test_insert_chronology_into_the_open_briefing(make_window) -> None:
    from reader.ui.briefing.add_menu import create_briefing

    window = make_window()
    store = window.session.store
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    window.chronology.action.trigger()  # quotes nothing yet: the library's five sources
    (item,) = store.briefings.items(briefing_id)
    assert item.text.startswith("**Chronology**") and item.text.count("\n- ") == 3
    window.session.undo_stack.undo()
    assert store.briefings.items(briefing_id) == []

    seed = next(s for s in store.sources.list() if s.file_name.startswith("003"))
    highlight, _ = store.highlights.add(seed.id, 0, 20, "key")
    store.briefings.add_highlights(briefing_id, [highlight.id])
    window.chronology.action.trigger()  # now only the quoted source
    text = next(i.text for i in store.briefings.items(briefing_id) if i.text)
    assert text.count("\n- ") == 1 and "2022-01-22" in text

    window.session.settings.export_language = "de"  # Preferences ▸ export in German
    window.chronology.action.trigger()
    german = [i.text for i in store.briefings.items(briefing_id) if i.text][-1]
    assert "- **22.01.2022**" in german and "„Japan ist bereits der engste" in german


def _story_counts(timeline) -> list[int]:
    return sorted(m.count for m in timeline.canvas.marks)


def test_an_open_timeline_follows_story_edits(make_window, qtbot) -> None:
    """A split, its undo and "Find stories" redraw the open timeline and the library's rows."""
    window = make_window()
    ids, store = _seeds(window), window.session.store
    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert _story_counts(timeline) == [1, 1, 2]  # 000+001 one mark (004 is undated), 002, 003
    timeline.canvas.zoom(3.0)
    zoomed = (timeline.canvas.start, timeline.canvas.px_per_day)
    window.stories.take_out(ids["000"])
    assert _story_counts(timeline) == [1, 1, 1, 1]
    assert (timeline.canvas.start, timeline.canvas.px_per_day) == zoomed  # an edit keeps the zoom
    window.session.undo_stack.undo()
    assert _story_counts(timeline) == [1, 1, 2]

    # Grouping found nothing yet (memberships wiped behind the window's back); "Find stories"
    # runs on the worker and its changes reach the timeline and the library.
    store.stories.set_memberships({i: None for i in ids.values()})
    timeline.reload()
    window.library.reload()
    assert _story_counts(timeline) == [1, 1, 1, 1] and len(window.library.model.ids()) == 5
    window.stories.regroup_action.trigger()
    qtbot.waitUntil(lambda: _story_counts(timeline) == [1, 1, 2], timeout=20_000)
    assert len(window.library.model.ids()) == 3


def test_insert_chronology_without_a_briefing_says_so_and_leaves_the_article_its_room(make_window, qtbot) -> None:
    window = make_window()
    width = window.splitter.sizes()[1]
    said: list[str] = []
    window.session.notice_posted.connect(said.append)
    window.chronology.action.trigger()
    settle(qtbot, window)
    assert said and "briefing first" in said[-1]
    assert not window.briefings.dock.isVisible()  # no empty composer squeezing the article
    assert window.splitter.sizes()[1] == width
