"""Session 34: a lone name that what follows it says is a body — founded, headquartered,
seated somewhere, employing hundreds, "which makes pumps", its chief executive — in English and
German. Lone company names were missed by all six recent blind batches while unseen. Made-up
names and sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kind(text: str, lang: str, name: str = "Quandrix") -> EntityKind | None:
    return {f.name: f.kind for f in extract(text, lang)}.get(name)


def test_what_english_says_only_of_bodies() -> None:
    assert _kind("Quandrix is headquartered in Oslo.", "en") is EntityKind.ORG
    assert _kind("Quandrix was founded in 1998 by two engineers.", "en") is EntityKind.ORG
    assert _kind("Quandrix, which makes pumps, was sold in May.", "en") is EntityKind.ORG
    assert _kind("Quandrix's chief executive, Lena Moss, resigned.", "en") is EntityKind.ORG


def test_what_german_says_only_of_bodies() -> None:
    assert _kind("Quandrix wurde 1998 von zwei Ingenieuren gegründet.", "de") is EntityKind.ORG
    assert _kind("Quandrix hat seinen Sitz in Oslo.", "de") is EntityKind.ORG
    assert _kind("Quandrix mit Sitz in Oslo stellt Pumpen her.", "de") is EntityKind.ORG
    assert _kind("Quandrix beschäftigt 300 Mitarbeiter.", "de") is EntityKind.ORG


def test_nouns_and_what_people_share_say_nothing() -> None:
    assert _kind("Das Unternehmen wurde 1998 gegründet.", "de", "Unternehmen") is None
    assert _kind("Brannigan is based in London.", "en", "Brannigan") is not EntityKind.ORG
    assert _kind("Brannigan's shares in the firm rose.", "en", "Brannigan") is not EntityKind.ORG
