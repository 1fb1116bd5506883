"""A region ISO 3166-2 names by its official romanised name is shown to an English reader by the
name English writes when the German catalogue has it ("Xizang Zizhiqu" is Tibet, "Tombouctou"
Timbuktu, "Abū Z̧aby" Abu Dhabi), in the text's entities and in the window's language; a German
exonym English does not write stays out of English. Expected names are the ones English news
writes; hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract
from reader.core.entities.place_names import place_key, place_name


def test_an_english_text_names_tibet_tibet() -> None:
    text = "Monks in Tibet marked the anniversary quietly, a resident of Lhasa said."
    places = {f.name: f.key for f in extract(text, "en") if f.kind is EntityKind.PLACE}
    assert "Tibet" in places and "Xizang Zizhiqu" not in places
    assert places["Tibet"] == place_key("Xizang Zizhiqu")


@pytest.mark.parametrize(
    ("official", "english", "german"),
    [
        ("Xizang Zizhiqu", "Tibet", "Tibet"),
        ("Tombouctou", "Timbuktu", "Timbuktu"),
        ("Pulau Pinang", "Penang", "Penang"),
        ("Madrid, Comunidad de", "Madrid", "Madrid"),
    ],
)
def test_a_region_is_shown_by_the_name_readers_know(
    official: str, english: str, german: str
) -> None:
    key = place_key(official)
    assert key is not None and key.startswith("region:")
    assert (place_name(key, "en"), place_name(key, "de")) == (english, german)


@pytest.mark.parametrize(
    ("code", "english"),
    [
        ("region:ES-AN", "Andalucía"),  # not German's "Andalusien"
        ("region:CH-VS", "Valais"),  # not "Wallis", a first name
        ("region:AF-LOG", "Lōgar"),  # not German's "Lugar"
    ],
)
def test_a_german_exonym_english_does_not_write_stays_german(code: str, english: str) -> None:
    assert place_name(code, "en") == english


def test_a_slip_of_the_german_catalogue_names_no_other_region() -> None:
    assert place_name("region:BY-VI", "de") == "Gebiet Witebsk"  # the catalogue says "Brest"
    assert place_name("region:BY-VI", "en") == "Viciebskaja voblasć"
