"""A maker written before its model is an organisation though the run was read as a product
(product_names.py): "die Panasonic Lumix DMC-FZ100", "meine Canon PowerShot A2500", "ein
Samsung Galaxy S21". A maker before
words of the dictionary names something else ("the Sony Music Hall", a venue), a car's maker
stays part of the car ("ein roter Mazda Kolvaro", as before), and
"LG" before a club's town is a club ("LG Olympia Dortmund"). Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_makers_before_their_models_in_german() -> None:
    text = (
        "Gebraucht gibt es die Panasonic Lumix DMC-FZ100 schon ab 70 Euro, meine Canon "
        "PowerShot A2500 ist älter. Mein Bruder nutzt ein Samsung Galaxy S21."
    )
    assert {"Panasonic", "Canon", "Samsung"} <= _orgs(text, "de")


def test_makers_before_their_models_in_english() -> None:
    text = "She shoots with a Canon EOS R5 and calls home on a Google Pixel 6."
    assert {"Canon", "Google"} <= _orgs(text, "en")


def test_a_maker_before_plain_words_names_a_venue() -> None:
    text = "The band plays the Sony Music Hall in Irving on Friday."
    assert "Sony" not in _orgs(text, "en")
    assert "LG" not in _orgs("Sieger wurde Jonas Brenner (LG Olympia Dortmund) mit 2,10 m.", "de")


def test_a_cars_maker_stays_part_of_the_car() -> None:
    assert "Chevrolet" not in _orgs("Vor dem Haus stand ein roter Chevrolet Camaro.", "de")
