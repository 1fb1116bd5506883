"""A name made of English words ("Home Depot", "Blue Origin") is an organisation when the text
writes it as a name again; written mostly after an article it is a thing the text talks of
("the Touch Bar", "the black Magic Mouse"), and ending in what people gather for it is an
event ("Anniversary Tour", "Music Awards"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_a_name_of_words_written_after_an_article_is_a_thing() -> None:
    text = (
        "Apple's new MacBook keeps the Touch Bar, and the Touch Bar is still optional. My son "
        "hid the black Magic Mouse, and the Magic Mouse came back a week later."
    )
    assert not _orgs(extract(text, "en")) & {"Touch Bar", "Magic Mouse"}


def test_a_name_of_words_written_as_a_name_is_an_organisation() -> None:
    text = (
        "NASA picked Blue Origin's Blue Moon lander; New Glenn from Blue Origin flies later, "
        "and the Blue Origin team is ready. Shares of Home Depot fell after Home Depot cut "
        "its forecast."
    )
    assert {"Blue Origin", "Home Depot"} <= _orgs(extract(text, "en"))


def test_a_name_of_words_ending_in_a_gathering_is_an_event() -> None:
    text = (
        "She will play at the American Music Awards on Sunday, where American Music Awards "
        "voters meet. The band starts its 50th Anniversary Tour in May; the Anniversary "
        "Tour ends in June, and Welcome Daehak-ro Festival visitors come too."
    )
    orgs = _orgs(extract(text, "en"))
    assert not {n for n in orgs if n.endswith(("Awards", "Tour", "Festival"))}


def test_a_dictionary_word_only_ending_longer_names_is_no_organisation() -> None:
    text = (
        "I tried the Logitech MX Keys keyboard, and the MX Keys felt great. I prefer the Smart "
        "Keyboard Folio; the Smart Keyboard Folio is thin. Buyers of the Founder's Edition or "
        "the Premiere Edition get it first. The Eagles led 14-7, and the Eagles won. Follow "
        "us on Twitter, where Twitter users argue."
    )
    orgs = _orgs(extract(text, "en"))
    assert not orgs & {"Keys", "Folio", "Edition"}
    assert "Twitter" in orgs


def test_a_plural_name_of_words_after_the_is_a_team() -> None:
    text = (
        "Eric Robinson and Boone Jenner also scored for the Blue Jackets, and the Blue "
        "Jackets won 5-2 against the Canadiens."
    )
    assert "Blue Jackets" in _orgs(extract(text, "en"))
