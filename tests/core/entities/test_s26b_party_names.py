"""A party whose name is its own article and a word in capitals ("die Satire-Partei Die
PARTEI") is that party: the word in capitals is how it writes its name, not a word shouted
(shouted.py), and the word for its kind before it ("Satire-Partei") is no name of its own
(group_kinds.not_kinds). A word in capitals with no article of its own is still shouted.
Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_party_named_by_its_article_and_capitals() -> None:
    orgs = _orgs(
        "Erwähnenswert ist noch das Ergebnis der Satire-Partei Die PARTEI, die im Landkreis "
        "mehr als drei Prozent holte."
    )
    assert "Die PARTEI" in orgs
    assert "Satire-Partei" not in orgs


def test_the_kind_word_before_another_group_is_no_name() -> None:
    orgs = _orgs("Im Stadtrat sitzt seit Mai auch die Spaß-Partei Die FREUDE mit zwei Sitzen.")
    assert "Die FREUDE" in orgs
    assert "Spaß-Partei" not in orgs


def test_a_word_shouted_without_its_own_article_stays_shouted() -> None:
    orgs = _orgs("Die Aufschrift POLIZEI stand groß auf dem Wagen, der vor dem Rathaus hielt.")
    assert not any("POLIZEI" in name for name in orgs)
