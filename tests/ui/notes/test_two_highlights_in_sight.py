"""The notes pane in a 1024 px screen's window (976 × 652): a new user's first two highlights
both in sight under the source's tags.

Seen walking a new German user's first hour (session 31): two tags, a highlight, and a second
one with its annotation — the list showed the second and a sliver of the first's label, its
quote scrolled above the list's edge, while the summary note below, still empty, kept 38 % of
the pane. The note now starts with less of it (it scrolls, and its splitter gives it more), and
the annotation box starts at three lines, not four (it grows with its text): measured once the
layouts have run, the first highlight had still been cut by 7 px."""

from __future__ import annotations


def test_both_highlights_whole_beside_tags_and_an_annotation(make_window, qtbot, speak, themed) -> None:
    speak("de")
    themed("light")
    window = make_window()
    window.resize(976, 652)
    store, session = window.session.store, window.session
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    first, _ = store.highlights.add(source_id, 0, text.index(" ", 30), "key")
    start = text.index(" ", 200) + 1
    second, changes = store.highlights.add(source_id, start, text.index(" ", start + 30), "risk",
                                           "Lieferketten: Abhängigkeit von China sinkt")  # fmt: skip
    session.changes_applied.emit(changes)
    session.apply(lambda: store.tags.add([source_id], "Handel"))
    session.apply(lambda: store.tags.add([source_id], "Japan"))
    window.notes.select_highlight(second.id)
    listed = window.notes.list
    qtbot.waitUntil(lambda: listed.model().rowCount() == 2)
    from tests.ui.settled import settle
    settle(qtbot, window)
    viewport = listed.viewport().rect()
    for row in range(2):
        shown = listed.visualRect(listed.model().index(row, 0))
        assert viewport.contains(shown), (row, shown, viewport)
    speak("en")
