"""A place's name in the reader's language is read from its own entry, not from the gazetteer
the extraction builds (seconds of CPU): the Entities view of a German window must not wait for
it. The names must be the gazetteer's all the same."""

from __future__ import annotations

import subprocess
import sys

from reader.core.entities.place_names import place_name
from reader.core.entities.places import gazetteer, lookup


def test_every_gazetteer_place_is_named_as_the_gazetteer_names_it() -> None:
    places = {place.key: place for place in reversed(list(gazetteer().values()))}
    for key, place in places.items():
        assert place_name(key, "en") == place.name("en"), key
        german = place_name(key, "de")
        if key.startswith("city:"):
            # GeoNames tells no German name apart; CLDR names a time zone's city ("Moskau"),
            # never a place of another country ("Singapur" is the city-state's city too)
            named = lookup(german) if german else None
            assert named is None or named.country == place.country, (key, german)
        else:
            assert german == place.name("de"), key
    assert len(places) > 8_000  # countries, regions and cities all checked


def test_a_few_names_as_readers_expect_them() -> None:
    assert place_name("country:US", "de") == "Vereinigte Staaten"
    assert place_name("country:TR", "en") == "Turkey"
    assert place_name("region:DE-BY", "en") == "Bavaria"
    assert place_name("region:DE-BY", "de") == "Bayern"
    assert place_name("city:524901", "de") == "Moskau" and place_name("city:524901", "en") == "Moscow"
    assert place_name("city:1819729", "de") == "Hongkong"
    assert place_name("city:1816670", "de") is None  # Beijing: no time zone's; as a source writes it
    assert place_name("site:nordhessen", "de") is None
    assert place_name("country:ZZZ", "en") is None


def test_naming_a_place_does_not_build_the_gazetteer() -> None:
    code = (
        "from reader.core.entities.place_names import place_name\n"
        "from reader.core.entities.places import gazetteer\n"
        "names = [place_name(k, l) for k in ('country:JP', 'region:DE-BY', 'city:1850147')"
        " for l in ('en', 'de')]\n"
        "assert names == ['Japan', 'Japan', 'Bavaria', 'Bayern', 'Tokyo', 'Tokio'], names\n"
        "print(gazetteer.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
