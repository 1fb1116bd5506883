"""Session 38: an English word written once in capitals, as a tabloid's first words are ("A
HUNTER who killed …"), is that word shouted when the text writes it in small letters too ("the
hunter"), whether or not the dictionary lists it; it names no body. Made-up sentences; what a
reader would mark."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_word_in_capitals_the_text_writes_small_too() -> None:
    text = "A HUNTER who shot a deer fell ill. The hunter was taken to hospital."
    assert not _orgs(text)


def test_letters_the_text_never_writes_small_stay_a_body() -> None:
    assert "ZORVEX" in _orgs("A ZORVEX spokesman said the hunter was fine.")
    # named again in capitals: a body the text is about, though "swift" is a word
    text = "SWIFT said it would comply. It was a swift decision. SWIFT cut the banks off."
    assert "SWIFT" in _orgs(text)


def test_an_address_holds_no_word_in_small_letters() -> None:
    text = "Log in at zorvex.de to add it to the search engine ZORVEX."
    assert "ZORVEX" in _orgs(text)


def test_a_handle_holds_no_word_in_small_letters() -> None:
    text = "Write to @zorvex or ask the search engine ZORVEX."
    assert "ZORVEX" in _orgs(text)
