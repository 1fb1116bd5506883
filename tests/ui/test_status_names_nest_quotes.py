"""Status messages quote a name the way undo steps do: its own quotes become single ones.

Seen in the walk: "Took “X” out…" and "Renamed tag …" set a title or tag in quotes as typed,
so a German title's „Goldenes Bündnis“ read „Japan–USA schmieden „Goldenes Bündnis““ — the
reader could not tell where the title ended. Expected lines are written out by hand."""

from __future__ import annotations

from tests.ui.test_undo_steps_name_what import rename_tag

GOLDEN = "Japan–USA schmieden „Goldenes Bündnis“"


def _source(window, title: str) -> int:
    return next(s.id for s in window.session.store.sources.list() if s.title == title)


def test_german_status_lines_nest_a_titles_quotes(make_window, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    window.stories.take_out(_source(window, GOLDEN))
    said = window.statusBar().currentMessage()
    assert said.startswith("„Japan–USA schmieden ‚Goldenes Bündnis‘“ ")
    rename_tag(window, monkeypatch, "Japn", "Das „Bündnis“")
    said = window.statusBar().currentMessage()
    assert "„Japn“" in said and "„Das ‚Bündnis‘“" in said and "„„" not in said and "““" not in said


def test_english_status_lines_nest_a_titles_quotes(make_window) -> None:
    window = make_window()
    window.stories.take_out(_source(window, GOLDEN))
    assert window.statusBar().currentMessage() == (
        "Took “Japan–USA schmieden ‘Goldenes Bündnis’” out of its story (Ctrl+Z puts it back)")


def test_renaming_a_tag_says_the_way_back(make_window, monkeypatch, speak) -> None:
    """Seen walking the German window (session 26): renaming a tag (a merge, when the new name
    exists) said „asia-policy“ in „asien“ umbenannt and no more, where renaming a saved search,
    deleting a tag or taking a report out of its story name Strg+Z."""
    speak("de")
    window = make_window()
    rename_tag(window, monkeypatch, "asia-policy", "asien")
    assert window.statusBar().currentMessage() == "Schlagwort „asia-policy“ in „asien“ umbenannt (Strg+Z macht es rückgängig)"
    speak("en")
    rename_tag(window, monkeypatch, "asien", "Asia")
    assert window.statusBar().currentMessage() == "Renamed tag “asien” to “Asia” (Ctrl+Z takes it back)"
