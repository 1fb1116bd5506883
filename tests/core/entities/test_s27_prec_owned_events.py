"""An organisation's event or programme, named between its possessive and a word for what it
is ("Brightwell's Cloudrise conference"), is no organisation in any mention, and nor is its
abbreviation; a conference with no owner before it, or an owner's name with no word for an
event after it, is left to the other rules. Hand-written sentences; the expected values read
off them."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_an_owners_conference_is_an_event() -> None:
    text = (
        "The chief executive spoke on Tuesday at Brightwell's Cloudrise conference in Denver. "
        "The Cloudrise audience cheered, and hosting him at Cloudrise was a coup, Brightwell "
        "said."
    )
    orgs = _orgs(text)
    assert "Cloudrise" not in orgs
    assert "Brightwell" in orgs


def test_an_owners_programme_and_its_abbreviation_are_no_body() -> None:
    text = (
        "It reminds us of the CLTS program, said Ms. Hale, referring to the ZSA’s Commercial Lunar "
        "Transport Services effort that funded two landers. The ZSA said the landers flew."
    )
    orgs = _orgs(text)
    assert not orgs & {"Commercial Lunar Transport Services", "CLTS"}
    assert "ZSA" in orgs


def test_a_conference_with_no_owner_keeps_its_body() -> None:
    text = (
        "Reporters met at a Quillmark conference in Oslo. The group Quillmark published the "
        "files, and Quillmark said more would follow."
    )
    assert "Quillmark" in _orgs(text)


def test_a_company_after_an_owner_with_no_event_word_is_left_alone() -> None:
    text = (
        "Shares of Brightwell rose after Brightwell's Cloudrise unit won a contract. Cloudrise "
        "said it would hire, and Cloudrise reported higher sales."
    )
    assert "Cloudrise" in _orgs(text)
