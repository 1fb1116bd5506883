"""A place's name ending in "s" inside an organisation's name is no German case ending (issue 15,
session 39): "Dallas P.D." was keyed "dalla p.d.", and the library matched it across sources
with a "Dalla"; the German genitive of a body's words still goes ("des Bundesamtes für …")."""

from __future__ import annotations

from reader.core.entities import EntityKind, case_stem, extract


def _keys(text: str, lang: str) -> dict[str, str]:
    return {f.name: f.key for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_place_ending_in_s_keeps_its_s_in_a_bodys_key() -> None:
    keys = _keys("The Dallas P.D. said the suspect fled. Texas Instruments raised its forecast.", "en")
    assert keys == {"Dallas P.D.": "dallas p.d.", "Texas Instruments": "texas instruments"}


def test_the_library_tells_a_place_ending_in_s_from_the_word_without_it() -> None:
    for name in ("dallas", "paris", "athens", "texas"):
        assert case_stem(name) == name
        assert case_stem(name[:-1]) != name  # "Dalla", "Pari", "Athen", "Texa": other names


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
