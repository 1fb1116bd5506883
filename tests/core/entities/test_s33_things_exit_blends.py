"""Session 33: a blend of a country's clipped name and "exit" ("Brexit", "Grexit") is an event
and a policy, no organisation, however often the text repeats it; a party named with it ("the
Brexit Party") stays a body. Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.exit_blends import exit_blends


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_repeated_exit_blend_is_no_organisation() -> None:
    text = (
        "The candidates argued about Brexit on Tuesday. Voters are tired of Brexit, "
        "pollsters said. A second Brexit vote is unlikely. Brexit dominated the debate."
    )
    assert exit_blends(text) == {"Brexit"}
    assert "Brexit" not in _orgs(text)


def test_german_writes_the_blend_too() -> None:
    text = "Der Grexit blieb aus. Über den Grexit wurde lange gestritten. Der Grexit kam nie."
    assert "Grexit" not in {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_party_named_with_the_blend_stays_a_body() -> None:
    text = "The Brexit Party won two seats. The Brexit Party said it would fight on."
    assert "Brexit Party" in _orgs(text)


def test_words_merely_ending_in_exit_are_no_blend() -> None:
    assert exit_blends("Use the Emergency Exit. Mount Exitview Road.") == set()
