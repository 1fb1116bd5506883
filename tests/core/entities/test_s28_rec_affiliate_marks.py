"""A name a German shopping page stars as an affiliate link is the maker's or the shop's, an
organisation, though named once with nothing else said of it: "die Lampe von Lumira*", "bei
Strikko* gibt es". A star on a German word (a footnote), a place, a first name (a changed
name) or a gender star marks no brand, and the last word of a longer name is no name of its
own. Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import extract


def _found(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "de")}


def test_starred_makers_and_shops_are_organisations() -> None:
    found = _found(
        "Die kleine Leselampe von Lumira* passt in jede Tasche. Den passenden Ständer gibt es "
        "bei Strikko* in drei Farben. Und der Kratzbaum von KATZO*macht jede Katze glücklich."
    )
    assert found.get("Lumira") == "org"
    assert found.get("Strikko") == "org"
    assert found.get("KATZO") == "org"


def test_footnotes_changed_names_and_gender_stars_are_no_brands() -> None:
    found = _found(
        "Der Preis gilt zzgl. Versandkosten* und mit Garantie*. Die 31-jährige Lena* erzählt "
        "von ihrer Reise nach Portugal*, und alle Kolleg*innen hören zu. Im Büro lacht das Halbo*innenteam."
    )
    assert not {"Versandkosten", "Garantie", "Lena", "Portugal", "Kolleg", "Halbo"} & {
        name for name, kind in found.items() if kind == "org"
    }


def test_the_last_word_of_a_longer_name_stays_in_it() -> None:
    found = _found("Das junge Label Nora Tirkel* näht jede Jacke in Leipzig.")
    assert found.get("Nora Tirkel") == "org"
    assert "Tirkel" not in found
