"""A German list of three or more companies makes an English dictionary word in it a company
too (issue 15, session 40, half A's misses): "Anteile an Siemens, BASF, HeidelbergCement,
Daimler, BMW, Eon, RWE, VW und Thyssenkrupp" left out "Eon", since "eon" is an English word
and German lists nouns with a capital ("Smartphone und Tablet"). Beside one or two companies
such a word stays out, and so do a German word and a first name however long the list."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _kinds(text: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, "de")}


def test_an_english_word_among_many_companies_is_one() -> None:
    text = (
        "Sie halten in Deutschland Anteile an Siemens, BASF, HeidelbergCement, Daimler, BMW, "
        "Eon, RWE, VW und Thyssenkrupp."
    )
    kinds = _kinds(text)
    assert kinds.get("Eon") is EntityKind.ORG
    assert kinds.get("Thyssenkrupp") is EntityKind.ORG


def test_an_english_word_among_three_companies_is_one() -> None:
    text = "Die Fonds halten Aktien von Siemens, BASF, Lantern und RWE."
    assert _kinds(text).get("Lantern") is EntityKind.ORG


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Die Fonds halten Aktien von Siemens, BASF und Lantern.", "Lantern"),  # two companies
        ("Die Fonds halten Aktien von Siemens, BASF, Anna, RWE und Daimler.", "Anna"),
        ("Die Fonds halten Aktien von Siemens, BASF, Strom, RWE und Daimler.", "Strom"),
        ("Im Laden gibt es Smartphone, Tablet und Laptop.", "Tablet"),
    ],
)
def test_beside_fewer_companies_or_a_word_or_first_name_stays_out(text: str, absent: str) -> None:
    assert _kinds(text).get(absent) is not EntityKind.ORG
