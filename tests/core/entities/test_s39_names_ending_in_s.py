"""A place's name ending in "s" inside an organisation's name is no German case ending (issue 15,
session 39): "Dallas P.D." was keyed "dalla p.d.", and the library matched it across sources
with a "Dalla"; the German genitive of a body's words still goes ("des Bundesamtes für …")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reader.core.entities import EntityKind, case_stem, extract
from reader.core.store.entity_bodies import form

REPO = Path(__file__).resolve().parents[3]


def _keys(text: str, lang: str) -> dict[str, str]:
    return {f.name: f.key for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_place_ending_in_s_keeps_its_s_in_a_bodys_key() -> None:
    keys = _keys("The Dallas P.D. said the suspect fled. Texas Instruments raised its forecast.", "en")
    assert keys == {"Dallas P.D.": "dallas p.d.", "Texas Instruments": "texas instruments"}


def test_the_library_tells_a_place_ending_in_s_from_the_word_without_it() -> None:
    for name in ("dallas", "paris", "athens", "texas"):
        assert case_stem(name) == name
    # across sources a row joins the one of its form: "Dallas P.D." and a "Dalla P.D." were one
    assert form("org", "dallas p.d.") != form("org", "dalla p.d.")
    assert form("org", "texas instruments") != form("org", "texa instruments")
    # a word no place's name keeps what it did: "Brooks Brothers" and "Brook Brothers" are one
    assert form("org", "brooks brothers") == form("org", "brook brothers")


def test_the_library_still_meets_a_german_bodys_declined_forms() -> None:
    assert form("org", "bundestages") == form("org", "bundestags") == form("org", "bundestag")
    assert form("org", "deutschen frauenrates") == form("org", "deutsche frauenrat")
    assert form("org", "instituts für wirtschaft") == form("org", "institut für wirtschaft")


def test_importing_the_rules_leaves_the_gazetteer_unread() -> None:
    """The listed bodies' keys ask the gazetteer (`case_stem`): built on import, they would load
    it in every process that imports the rules (the store, the command line's `entities`)."""
    probe = (
        "import reader.core.entities.variants, reader.core.store.entity_bodies\n"
        "from reader.core.entities import places\n"
        "print(places.gazetteer.cache_info().currsize)"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0"]


def test_a_german_bodys_declined_words_still_give_one_key() -> None:
    keys = _keys(
        "Die Studie des Bundesamtes für Migration und Flüchtlinge zeigt das. Das Bundesamt für "
        "Migration und Flüchtlinge widerspricht. Die Europäische Zentralbank und die Präsidentin "
        "der Europäischen Zentralbank schweigen.",
        "de",
    )
    # one organisation each, under its name undeclined
    assert set(keys) == {"Bundesamt für Migration und Flüchtlinge", "Europäische Zentralbank"}
    assert keys["Bundesamt für Migration und Flüchtlinge"] == "bundesamt für migration und flüchtlinge"
    assert case_stem("instituts") == case_stem("institut")  # "des Instituts für …"
    assert case_stem("rates") == "rat"  # "des Rates für …": a German body's head


def test_an_english_plural_is_still_read_as_one_word() -> None:
    assert case_stem("veterans") == case_stem("veteran")  # "Veterans Affairs", "Veteran Affairs"
