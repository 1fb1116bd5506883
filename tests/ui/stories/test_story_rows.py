"""Stories in the window: one library row per story, expand and collapse, the story view,
taking out and joining with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core import search
from reader.ui.appearance import stylesheet
from reader.ui.library.source_model import StoryRole
from reader.ui.stories.story_rows import StoryMark, fold


def test_fold_shows_a_story_once_at_its_first_member() -> None:
    stories = {10: [2, 4, 9]}  # 9 is filtered out of the list: it does not count
    visible, marks = fold([1, 2, 3, 4, 5], stories, set())
    assert visible == [1, 2, 3, 5]
    assert marks == {2: StoryMark(10, 2, True, False)}
    visible, marks = fold([1, 4, 3, 2, 5], stories, {10})
    assert visible == [1, 4, 2, 3, 5]
    assert marks == {4: StoryMark(10, 2, True, True), 2: StoryMark(10, 2, False, True)}
    assert fold([1, 2, 3], stories, set()) == ([1, 2, 3], {})


def _seed_ids(window) -> dict[str, int]:
    store = window.session.store
    return {s.file_name[:3]: s.id for s in store.sources.list()}


def _rows(window) -> list[int]:
    return window.library.model.ids()


def _mark(window, row: int) -> StoryMark | None:
    return window.library.model.index(row).data(StoryRole)


def test_the_seed_story_is_one_row_that_opens_and_closes(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    rows = _rows(window)
    assert len(rows) == 3  # five seeds, the three Tokyo reports as one row
    head = next(r for r in range(3) if _mark(window, r))
    mark = _mark(window, head)
    assert mark.count == 3 and mark.head and not mark.expanded
    assert rows[head] in {ids["000"], ids["001"], ids["004"]}
    assert window.library.status.text() == "5 sources"

    view = window.library.source_view
    badge = window.library.story_rows.delegate.badge_rect(view.visualRect(window.library.model.index(head)), view.font(), mark)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=badge.center())
    assert len(_rows(window)) == 5
    assert [bool(_mark(window, r)) for r in range(head, head + 3)] == [True, True, True]
    assert not _mark(window, head + 1).head

    window.library.select_source(_rows(window)[head + 1])
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert len(_rows(window)) == 3
    assert window.library.current_source_id() == _rows(window)[head]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert len(_rows(window)) == 5


def test_a_hidden_member_asked_for_opens_its_story(make_window) -> None:
    window = make_window()
    ids = _seed_ids(window)
    hidden = next(i for i in (ids["000"], ids["001"], ids["004"]) if i not in _rows(window))
    assert window.library.select_source(hidden)
    assert window.library.current_source_id() == hidden
    assert len(_rows(window)) == 5


def test_taking_out_and_joining_undo_and_redo(make_window) -> None:
    window = make_window()
    ids = _seed_ids(window)
    store, undo = window.session.store, window.session.undo_stack
    window.stories.take_out(ids["000"])
    assert store.stories.story_of([ids["000"]]) == {}
    assert len(_rows(window)) == 4
    assert undo.undoText() == "Take “Japan–USA schmieden ‘Goldenes B…” out of its story"
    undo.undo()
    assert ids["000"] in store.stories.story_of()
    assert len(_rows(window)) == 3
    undo.redo()
    assert len(_rows(window)) == 4

    window.stories.join([ids["002"], ids["003"]])
    assert len(_rows(window)) == 3
    assert store.stories.story_of([ids["002"]])[ids["002"]] == store.stories.story_of([ids["003"]])[ids["003"]]
    undo.undo()
    assert store.stories.story_of([ids["002"], ids["003"]]) == {}
    assert len(_rows(window)) == 4


def test_story_view_shows_the_reports_side_by_side(make_window) -> None:
    window = make_window()
    ids = _seed_ids(window)
    window.library.select_source(ids["004"])
    window.stories.show_action.trigger()
    view = window.stories._view
    assert view is not None and view.isVisible()
    assert view.columns.count() == 3
    assert view.heading.text() == "3 reports of one event · 28\u00a0Oct\u00a02025"
    texts = [w.text() for w in view.findChildren(type(view.heading))]
    assert any(t.startswith("Adds ") and "passage" in t for t in texts)
    view.detach_requested.emit(ids["004"])
    assert view.columns.count() == 2
    window.session.undo_stack.undo()
    assert view.columns.count() == 3


def _text_left(label) -> int:
    """Where the label's text starts in its window: the first column unlike its background."""
    image = label.grab().toImage()
    background = image.pixel(0, 0)
    for x in range(image.width()):
        if any(image.pixel(x, y) != background for y in range(image.height())):
            return label.mapTo(label.window(), label.rect().topLeft()).x() + round(x / image.devicePixelRatio())
    raise AssertionError("no text drawn")


def test_story_view_heading_and_note_start_in_one_line(make_window, qapp) -> None:
    """Seen in the window: the note ("Shaded: what only this report has.") stood 7 px left of
    the heading above it and of the reports' titles below it."""
    window = make_window()
    window.library.select_source(_seed_ids(window)["004"])
    window.stories.show_action.trigger()
    view = window.stories._view
    view.setStyleSheet(stylesheet("light"))  # the window's own look (the heading's padding), on this view alone
    qapp.processEvents()
    assert abs(_text_left(view.note) - _text_left(view.heading)) <= 2
    view.close()


def test_show_story_on_a_source_without_one_says_so(make_window, qtbot) -> None:
    window = make_window()
    ids = _seed_ids(window)
    window.library.select_source(ids["003"])
    with qtbot.waitSignal(window.session.notice_posted) as posted:
        window.stories.show_action.trigger()
    assert "not part of a story" in posted.args[0]


def test_a_story_row_stands_for_its_first_report_whatever_is_open(make_window, speak, qtbot) -> None:
    """Seen walking through the German window: a folded story's row showed the report open in
    the article in the story's place — an undated one read "heute hinzugefügt" among the stories
    of last October, sorted there by another report's date. The row is the story's first report
    in the list's order, in every order; an open report it hides opens the story, as a search
    hit does, and stays current."""
    speak("de")
    window = make_window()
    store = window.session.store
    ids = _seed_ids(window)
    members = [ids["000"], ids["001"], ids["004"]]
    undated = members[-1]
    store.sources.update_metadata(undated, published="")  # "heute hinzugefügt" in its row
    window.library.reload()
    for order in ("published", "title", "imported"):
        window.library.select_source(ids["002"])  # a report of no story open
        window.library.set_sort(order)
        listed = [i for i in window.library.model.ids() if i in members]
        assert len(listed) == 1  # folded
        first = next(i for i in search.source_ids(store, "", order, None) if i in members)
        assert order != "published" or first != undated  # undated last under Newest published
        window.library.select_source(undated if first != undated else members[0])  # another report
        opened = window.library.current_source_id()
        assert opened != first
        rows = _rows(window)
        head = next(r for r in range(len(rows)) if rows[r] in members)
        assert rows[head] == first and _mark(window, head).head  # the story's row is unchanged
        assert opened in rows and not _mark(window, rows.index(opened)).head  # opened under it
        qtbot.keyClick(window.library.source_view, Qt.Key.Key_Left)  # fold it: its row, its first report, is current
        assert window.library.current_source_id() == first
