"""Taking a report out of its story, or joining two, says so in the status bar with the way
back, as deleting a tag does; before, the library's rows changed without a word (from the
story window, behind it). Real window on the seeds, English and German."""

from __future__ import annotations

from tests.ui.stories.test_story_rows import _seed_ids


def test_take_out_and_join_say_what_they_did(make_window) -> None:
    window = make_window()
    ids = _seed_ids(window)
    title = window.session.store.sources.get(ids["000"]).title
    window.stories.show_story()  # the open source's story, in its window
    window.stories._view.detach_requested.emit(ids["000"])  # its "Take out of story" button
    assert title == "Japan–USA schmieden „Goldenes Bündnis“"  # its own quotes go single inside ours
    assert window.statusBar().currentMessage() == "Took “Japan–USA schmieden ‘Goldenes Bündnis’” out of its story (Ctrl+Z puts it back)"
    window.stories.join([ids["002"], ids["003"]])
    assert window.statusBar().currentMessage() == "Joined 2 sources into one story (Ctrl+Z takes it back)"


def test_the_german_window_says_it_in_german(make_window, speak) -> None:
    speak("de")
    window = make_window()
    ids = _seed_ids(window)
    window.stories.join([ids["002"], ids["003"]])
    assert window.statusBar().currentMessage() == "2 Quellen zu einer Geschichte verbunden (Strg+Z macht es rückgängig)"
