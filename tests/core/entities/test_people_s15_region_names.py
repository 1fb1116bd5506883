"""A Chinese province ISO 3166-2 names in Pinyin with the word for its kind ("Yunnan Sheng",
"Xinjiang Uygur Zizhiqu") is named in English as English writes it, "Yunnan", "Xinjiang" —
the German name, which drops that word; the long name still finds it. Hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.place_names import place_key, place_name


def test_a_province_is_named_without_the_word_for_its_kind() -> None:
    places = {
        f.name
        for f in extract("Cases were found in Yunnan, Qinghai and Xinjiang.", "en")
        if f.kind is EntityKind.PLACE
    }
    assert {"Yunnan", "Qinghai", "Xinjiang"} <= places


def test_the_long_name_is_the_same_place() -> None:
    key = place_key("Yunnan")
    assert key is not None and place_key("Yunnan Sheng") == key
    assert place_name(key, "en") == "Yunnan"
    assert place_name(key, "de") == "Yunnan"
