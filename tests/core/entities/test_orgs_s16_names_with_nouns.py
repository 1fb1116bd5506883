"""A short name (an acronym, or written as brands write) with a German noun after it, which
the text never writes alone, is mentioned by the name without its noun: the run names the
body's people or thing, not the body. A club's town and a body's head stay in the name.
Expected names read off hand-written sentences (made-up names)."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Im Jura trafen wir uns mit BrixoLab Aktivisten aus ganz Europa.", "BrixoLab"),
        ("Das führte zur Abwertung des KVRB Urteils im vorigen Jahr.", "KVRB"),
    ],
)
def test_the_noun_after_a_short_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _orgs(text) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stark spielte Noah Quendt (MTV Bamberg) im Finale.", "MTV Bamberg"),
        ("Gefördert wird das Projekt von der KVRB Stiftung in Bonn.", "KVRB Stiftung"),
    ],
)
def test_a_clubs_town_and_a_bodys_head_stay(text: str, name: str) -> None:
    assert name in _orgs(text)
