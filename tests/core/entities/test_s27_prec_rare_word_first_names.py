"""A first name that is also a rare word of the dictionary ("Dusty", "Heath", "Brock") still
gives the word after it a person: the surname alone is then no company. A frequent word
before a name ("Will Apple …") stays no first name. Hand-written sentences; the expected
values read off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_surname_after_a_rare_word_first_name_is_no_company() -> None:
    text = (
        "Dusty Nelson's second goal lifted the Kings past the Ducks. Nelson won it when he "
        "fired a shot, and the Ducks lost. Fans cheered Nelson after the game."
    )
    assert "Nelson" not in _orgs(text)


def test_a_frequent_word_before_a_company_is_no_first_name() -> None:
    text = "Will Kovatix raise prices? Analysts at Kovatix expect it, and shares of Kovatix fell."
    assert "Kovatix" in _orgs(text)
