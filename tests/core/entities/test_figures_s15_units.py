"""Measures are key figures (units.py): a number with a unit of measure spelt out or as a symbol
("670 Gramm", "55,2 g", "355 horsepower", "50 km/h", "21.7 cu.ft."), a size with a hyphen
("20-inch", "80-percent") unless it is part of a product's name, and a range of them ("0-62 mph",
"100 bis 120 kg"). Hand-written sentences, German and English."""

from __future__ import annotations

from reader.core.entities.figures import figures


def _found(text: str) -> set[str]:
    return {f for _, _, f in figures(text)}


def test_german_measures_spelt_and_as_symbols() -> None:
    found = _found(
        "Eine Anzeige verursacht 670 Gramm CO2, manche Seiten nur 55,2 g. Der Laser "
        "setzt 59 Megajoule frei; der Anschluss liefert 16 Mbit, der Tank fasst "
        "50 l und der Wagen fährt 50 km/h."
    )
    assert {
        "670 Gramm",
        "55,2 g",
        "59 Megajoule",
        "16 Mbit",
        "50 l",
        "50 km/h",
    } <= found


def test_english_measures_spelt_and_as_symbols() -> None:
    found = _found(
        "The motor makes 355 horsepower and 414 lb-ft of torque, charges at 150 kW and tops out "
        "at 124 mph. It is 16 feet long and six feet wide, the trunk holds 21.7 cu.ft. in total "
        "and the town lies 185 miles away, some 230 million light-years from the galaxy."
    )
    assert {
        "355 horsepower", "414 lb-ft", "150 kW", "124 mph", "16 feet", "six feet",
        "21.7 cu.ft.", "185 miles", "230 million light-years",
    } <= found  # fmt: skip


def test_sizes_with_a_hyphen_but_not_in_a_product_name() -> None:
    found = _found(
        "The car has 20-inch wheels and a 12.1-inch screen and charges to 80-percent in half "
        "an hour. Apple sells the 16-inch MacBook Pro. Der Bildschirm misst 15,6 Zoll."
    )
    assert {"20-inch", "12.1-inch", "80-percent", "15,6 Zoll"} <= found
    assert not any("16" in f for f in found)


def test_ranges_are_one_figure_and_an_upper_end_with_a_scale_stands_alone() -> None:
    found = _found(
        "It does 0-62 mph in 6.6 seconds; usage is 97%–98% of capacity. Aus einem Kubikmeter "
        "Laub werden 100 bis 120 kg Pellets. Kredite von 100.000 bis 5 Mio. EUR sind möglich. The stock closed at 12.99 -5.44% today."
    )
    assert {"0-62 mph", "97%–98%", "100 bis 120 kg", "5 Mio. EUR", "5.44%"} <= found
    assert not {"100.000 bis", "100 bis", "97%", "98%", "12.99 -5.44%"} & found


def test_one_of_a_unit_symbol_letters_in_words_and_mobile_standards_are_no_measure() -> None:
    found = _found(
        "Sie gewann um einen Zentimeter. He walked a mile to see the al-Shabaab camp, where 5G "
        "phones and 2G networks were rare."
    )
    assert found == set()


def test_dative_plurals_temperatures_and_areas() -> None:
    found = _found(
        "Nach zehn Kilometern war Schluss, bei 14 Grad, die Wohnung misst 110 qm. It was 14° in "
        "a park of 1,200 square kilometres, 90 dB loud."
    )
    assert {
        "zehn Kilometern",
        "14 Grad",
        "110 qm",
        "14°",
        "1,200 square kilometres",
        "90 dB",
    } <= found


def test_a_unit_joined_to_a_word_and_the_car_maker_are_no_measure() -> None:
    found = _found("Ein Model 3 Tesla-Fahrer kaufte 2 Tesla Autos und 5 l-Flaschen.")
    assert not {"3 Tesla", "2 Tesla", "5 l"} & found
