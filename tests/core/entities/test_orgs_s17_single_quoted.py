"""A name that opens a title in single curly quotes is the title's, no organisation (‘The
Medium is the Message’); speech quoted so, ending in a comma or a stop, keeps its names.
Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_theme_in_single_quotes_is_no_organisation() -> None:
    text = (
        "The artists share their reading of the theme ‘The Harbour is the Story’ this "
        "winter, and The Harbour is everywhere in the city."
    )
    assert not any("Harbour" in name for name in _orgs(text))


def test_speech_in_single_quotes_keeps_its_organisation() -> None:
    text = "‘Brenmark has let us down,’ he said on Monday. Brenmark declined to comment."
    assert "Brenmark" in _orgs(text)


def test_a_long_quotation_is_no_title() -> None:
    text = (
        "He wrote ‘Brenmark will build the new bridge and the new tunnel over the next ten "
        "years’ in his letter. Brenmark declined to comment."
    )
    assert "Brenmark" in _orgs(text)


def test_speech_broken_by_its_speaker_keeps_its_organisation() -> None:
    text = "‘Brenmark, he said, must pay’ was the headline. Brenmark paid on Friday."
    assert "Brenmark" in _orgs(text)
