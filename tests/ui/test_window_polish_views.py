"""The reading views as a consultant finds them: the Entities list, the timeline, the library
pane, the versions of an updated article and their marks in the notes. Found by driving the
real window; each test names what was wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize("language", ["en", "de"])
def test_entity_kinds_fit_their_column(make_window, speak, language) -> None:
    """“Organisation” was shown as “Organi…”: the column was as wide as its title “Kind”."""
    speak(language)
    window = make_window(start=False)
    window.resize(1280, 800)  # narrower, the kind goes under the names (test_mentions_readable_at_1024)
    window.entities.mode.action.setChecked(True)
    view = window.entities.mode.view
    from reader.ui.entities.entity_models import KIND

    assert not view.table.isColumnHidden(KIND)
    needed = view.table.fontMetrics().horizontalAdvance("Organisation")  # the longest, in both
    assert view.table.columnWidth(KIND) >= needed + 12
    window.entities.mode.action.setChecked(False)


def test_mentions_waiting_for_the_pause_are_dropped_when_the_view_closes(make_window, qtbot) -> None:
    """The mentions are read 80 ms after moving in the list; closing the window within those
    80 ms read them from a closed library ("Cannot operate on a closed database")."""
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    view = mode.view
    view.table.setCurrentIndex(view.model.index(1, 0))
    assert view._mention_timer.isActive()  # the pause is running
    window.close()
    window.session.store.close()
    qtbot.wait(200)  # an exception in the timer's slot would fail the test here
    assert not view._mention_timer.isActive()


@pytest.mark.parametrize(("language", "quiet", "moved"), [
    ("en", "Updated “ECB”", "Updated “ECB”: 2 highlights moved, 1 needs review"),
    ("de", "„ECB“ aktualisiert", "„ECB“ aktualisiert: 2 Markierungen verschoben, 1 muss geprüft werden"),
])  # fmt: skip
def test_an_update_that_moved_nothing_says_only_that_it_updated(speak, language, quiet, moved) -> None:
    """“Updated “ECB”: 0 highlights moved” read as if something had gone missing."""
    from reader.core.models import UpdateReport
    from reader.ui.library.versions import update_line

    speak(language)
    assert update_line("ECB", UpdateReport(7, 2, moved=0, review=0, orphaned=0)) == quiet
    assert update_line("ECB", UpdateReport(7, 2, moved=2, review=1, orphaned=0)) == moved


@pytest.mark.parametrize(("language", "key"), [("en", "R"), ("de", "S")])
def test_the_version_chooser_is_reached_by_its_letter(make_window, speak, qtbot, monkeypatch, language, key) -> None:
    """Show original on an updated source: Alt+R (German Alt+S, “Fa&ssung”) goes to the chooser of
    earlier versions; the reading view keeps Tab for its links, so nothing else reached it."""
    from pathlib import Path

    from reader.ui import dialogs
    from reader.ui.library.versions import NewerVersionQuestion

    def answer(dialog: object) -> int:
        if isinstance(dialog, NewerVersionQuestion):
            dialog.chosen = dialog.update_button
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    speak(language)
    window = make_window(start=False)
    revisions = Path(__file__).resolve().parents[1] / "data" / "revisions"
    for name in ("ecb-v1.md", "ecb-v2.md"):
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            window.importer.import_paths([revisions / name])
    window.article.show_original_action.trigger()
    chooser = window.article.versions.chooser
    assert chooser.isVisible()
    window.activateWindow()
    window.article.view.setFocus()
    qtbot.keyClick(window.article.view, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    assert chooser.hasFocus()


def test_undated_titles_wrap_in_the_timelines_narrow_column(make_window, qtbot) -> None:
    """“Neues goldenes Zeitalter d” was cut off beside a sideways scroll bar."""
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(1200, 600)
    qtbot.waitExposed(timeline)
    undated = timeline.undated
    (title,) = [undated.item(r).text() for r in range(undated.count())]
    assert title.startswith("Neues goldenes Zeitalter")  # the sample 004 has no date
    rect = undated.visualItemRect(undated.item(0))
    assert undated.horizontalScrollBar().maximum() == 0
    assert rect.right() <= undated.viewport().width()
    assert rect.height() >= 2 * undated.fontMetrics().height()  # wrapped onto its two lines
    timeline.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_search_and_sort_share_a_narrow_library_pane(make_window, qapp, speak, qtbot, language) -> None:
    """With the composer docked the library pane gives up width; the search box alone shrank,
    to “Sea…” (“D…”) beside a sort box at full width."""
    speak(language)
    window = make_window(start=False)
    window.resize(1360, 860)
    qapp.processEvents()
    library = window.library
    sort, search = library.sort_box, library.search_box
    assert sort.width() >= sort.fontMetrics().horizontalAdvance(sort.currentText()) + 24  # all of it
    window.briefings.show(None)
    qapp.processEvents()
    assert library.width() < 260  # the pane did give up width
    first_word = search.placeholderText().split()[0]  # "Search", "Durchsuchen"
    assert search.width() >= search.fontMetrics().horizontalAdvance(first_word) + 12
    assert search.width() >= sort.width() - 2
    # Too narrow for both whole, the sort box goes under the search box and shows its choice
    # whole (it was cut, "Newest pu", then elided, "Zuletzt …"; see test_search_row_narrow).
    assert sort.geometry().top() >= search.geometry().bottom()
    assert sort.shown_text() == sort.currentText()


def test_tab_goes_down_the_library_pane_as_it_reads(make_window, qtbot) -> None:
    """Tab went from the sort box to the filters at the bottom, then up to the tags and the list."""
    from reader.core.store import SavedSearch

    window = make_window(start=False)
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japan", "Japan", None, None, None, None, False))[1])
    qtbot.waitUntil(library.saved.view.isVisible)
    window.activateWindow()
    library.search_box.setFocus()
    reached = []
    for _ in range(6):
        reached.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert reached[:5] == [library.search_box, library.sort_box, library.source_view, library.tag_view,
                           library.saved.view]  # fmt: skip
    assert library.filters.isAncestorOf(reached[5])  # then the filters, at the bottom


def test_timeline_axis_labels_stay_inside_the_canvas(qtbot) -> None:
    """The last year at the right edge was drawn half outside ("202")."""
    from datetime import date

    from reader.ui.timeline.canvas import TimelineCanvas
    from reader.ui.timeline.mark_layout import Mark

    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(760, 300)
    days = [date(2022, 1, 22), date(2024, 4, 11), date(2025, 10, 28)]  # the samples' dates
    canvas.set_marks([Mark(i, d.toordinal(), f"s{i}", None, "") for i, d in enumerate(days)])
    labels = canvas.axis_labels()
    assert {"2022", "2023", "2024", "2025"} <= {label for _rect, label in labels}
    for rect, label in labels:
        assert 0 <= rect.left() and rect.right() <= canvas.width(), label
    rects = sorted((rect for rect, _label in labels), key=lambda rect: rect.left())
    assert all(a.right() < b.left() for a, b in zip(rects, rects[1:], strict=False))  # none overlap


@pytest.mark.parametrize(("language", "said"), [
    ("en", "2 sources naming “Sanae Takaichi”"),
    ("de", "2 Quellen, die „Sanae Takaichi“ nennen"),
])  # fmt: skip
def test_the_library_count_says_it_is_narrowed_to_an_entity(make_window, speak, qtbot, language, said) -> None:
    """After “Show sources in library” the list read “2 sources”; the chip saying why sat at
    the bottom of the pane. Takaichi is named in the samples 001 and 004 only."""
    speak(language)
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.setChecked(True)
    view = mode.view
    qtbot.keyClicks(view.filter_box, "Takaichi")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    view.show_sources.click()
    assert window.library.status.text() == said
    window.library.filters.entity_chip.click()
    assert window.library.status.text() == ("5 sources" if language == "en" else "5 Quellen")


def test_a_review_mark_wraps_instead_of_running_off_the_notes_pane(make_window, qtbot, monkeypatch) -> None:
    """“Evidence/figure · the words changed in an update: please che” was cut at the pane's edge."""
    from pathlib import Path

    from PySide6.QtWidgets import QStyleOptionViewItem

    from reader.ui import dialogs
    from reader.ui.library.versions import NewerVersionQuestion

    def answer(dialog: object) -> int:
        if isinstance(dialog, NewerVersionQuestion):
            dialog.chosen = dialog.update_button
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    window = make_window(start=False)
    revisions = Path(__file__).resolve().parents[1] / "data" / "revisions"
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as first:
        window.importer.import_paths([revisions / "ecb-v1.md"])
    source_id = first.args[0][0].source_id
    store = window.session.store
    text = store.sources.get(source_id).reading_text
    start = text.index("4.5 percent in October")  # its words change in v2: placed, flagged for review
    figure = store.highlights.add(source_id, start, start + len("4.5 percent in October"), "evidence")[0].id
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([revisions / "ecb-v2.md"])
    qtbot.waitUntil(lambda: window.notes.delegate.review == {figure})
    notes, delegate = window.notes, window.notes.delegate
    (index,) = [notes.model.index(r, 0) for r in range(notes.model.rowCount())]
    option = QStyleOptionViewItem()
    option.initFrom(notes.list)
    option.rect.setWidth(300)
    flagged = delegate.sizeHint(option, index).height()
    delegate.review = frozenset()
    plain = delegate.sizeHint(option, index).height()
    assert flagged - plain >= 8  # the mark takes a second line of the small heading font


def test_an_earlier_version_says_it_is_for_reading_only(make_window, qtbot, monkeypatch) -> None:
    """Its hint said “Restore one with its link; right-click a paragraph to hide it”, which an
    earlier version refuses."""
    from pathlib import Path

    from reader.ui import dialogs
    from reader.ui.library.versions import NewerVersionQuestion

    def answer(dialog: object) -> int:
        if isinstance(dialog, NewerVersionQuestion):
            dialog.chosen = dialog.update_button
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    window = make_window(start=False)
    revisions = Path(__file__).resolve().parents[1] / "data" / "revisions"
    for name in ("ecb-v1.md", "ecb-v2.md"):
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            window.importer.import_paths([revisions / name])
    hint = window.article.view.header.original_hint
    window.article.show_revision(1)
    assert hint.isVisible() and hint.text().startswith("An earlier version, for reading only")
    window.article.show_revision(2)  # the current one: its blocks can be restored and hidden
    assert hint.text().startswith("Showing the original") and "Restore one" in hint.text()
