"""A word of the English dictionary listed with a single organisation that is itself named in
dictionary words or by an acronym is a title among titles ("Born to be Wild and The Road to
Hell"), no company; a coined name, a listed company or a second organisation in the list still
make it one ("Microsoft and Sprint"). Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_song_listed_with_another_title_is_no_company() -> None:
    text = (
        "The album has nine old hits, and the band played Paradise and The Silver Lights at "
        "every show."
    )
    assert "Paradise" not in _orgs(text)


def test_a_game_listed_with_an_acronym_is_no_company() -> None:
    text = "He wrote rulebooks for the RPGX and Nightfall role-playing games in the 1990s."
    assert "Nightfall" not in _orgs(text)


def test_a_dictionary_word_beside_a_coined_company_name_is_one() -> None:
    text = "Shares of Microsoft and Sprint fell on Monday, traders said."
    assert "Sprint" in _orgs(text)
