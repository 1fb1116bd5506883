"""The "Similar to #2 …" strip over an article quotes the title the window's way.

Seen in the German window on a copy of a seed that came in twice: "Ähnlich wie #2 “Gegengewicht
zu China: Japan und USA stärken Allianz”" — English quotes in a German line, where every other
title stands in „…“ (and a title's own quotes go single inside them, as in status lines).
Real window on the seeds, the two sources linked as similar in the real store."""

from __future__ import annotations


def _linked(window) -> tuple[int, str]:
    """Link the Japan–USA seed ("Japan–USA schmieden „Goldenes Bündnis“") with another seed and
    open that one: its strip names the seed."""
    store = window.session.store
    by_file = {s.file_name[:3]: s for s in store.sources.list()}
    named, other = by_file["000"], by_file["002"]
    window.session.apply(lambda: store.revisions.link_similar([(other.id, named.id, 0.9)]))
    window.library.select_source(other.id)
    return named.id, named.title


def test_german_window_quotes_the_similar_title_in_german_quotes(make_window, speak) -> None:
    speak("de")
    window = make_window()
    named_id, title = _linked(window)
    assert title == "Japan–USA schmieden „Goldenes Bündnis“"
    text = window.article.versions.similar.text()
    assert text.startswith("Ähnlich wie ")
    assert f"#{named_id} „Japan–USA schmieden ‚Goldenes Bündnis‘“</a>" in text
    assert "“Japan" not in text


def test_english_window_keeps_english_quotes(make_window) -> None:
    window = make_window()
    named_id, _title = _linked(window)
    text = window.article.versions.similar.text()
    assert f"#{named_id} “Japan–USA schmieden ‘Goldenes Bündnis’”</a>" in text
