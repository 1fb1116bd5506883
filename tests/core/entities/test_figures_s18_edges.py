"""What a figure's edges take in (figures.py, units.py): a range written in words ("vier bis
sechs Prozent"), a rate with both its units ("90 miles per gallon"), the minus of a temperature,
pixels and megapixels, a share in a table's columns ("74 100%" is 100 %), and "1 assist" where
the text counts assists. Hand-written sentences, German and English."""

from __future__ import annotations

from reader.core.entities.figures import figures


def _found(text: str) -> set[str]:
    return {f for _, _, f in figures(text)}


def test_a_range_in_words_is_one_figure() -> None:
    found = _found(
        "Der Verbrauch liegt bei drei bis fünf Prozent des Diesels; der Kanister fasst zwei bis "
        "zehn Litern. Prices rose by two to three percent."
    )
    assert {"drei bis fünf Prozent", "zwei bis zehn Litern", "two to three percent"} <= found
    assert not {"fünf Prozent", "zehn Litern", "three percent"} & found


def test_a_rate_keeps_both_units() -> None:
    found = _found(
        "The hybrid returns 52 miles per gallon, or 22 kilometers per liter, and its screen "
        "shows 120 frames per second at 460 pixels per inch. It runs 300 miles per charge."
    )
    assert {
        "52 miles per gallon", "22 kilometers per liter", "120 frames per second",
        "460 pixels per inch",
    } <= found  # fmt: skip
    assert "300 miles" in found  # a charge is no unit: the distance stands alone


def test_a_temperature_keeps_its_minus_a_price_change_does_not() -> None:
    found = _found(
        "Das Wasser gefriert bei -4,5 Grad Celsius, der Tank hält -20 bis 40 Grad Celsius aus "
        "(unter -3 °C). Shares of Northwind closed -2.15% lower."
    )
    assert {"-4,5 Grad Celsius", "-20 bis 40 Grad Celsius", "-3 °C", "2.15%"} <= found


def test_pixels_and_megapixels_are_measures() -> None:
    found = _found(
        "The panel shows 2160 pixels by 1920 pixels; the front camera has 8MP, the back a "
        "48-megapixel sensor and 1.200 Pixel stehen in jeder Zeile."
    )
    assert {"2160 pixels", "1920 pixels", "8MP", "48-megapixel", "1.200 Pixel"} <= found


def test_a_share_in_a_table_is_its_last_column() -> None:
    found = _found("LB Sam Ortiz 81 100% 9 tackles\nLB Ron Vail 12 96% 2 tackles")
    assert {"100%", "96%", "9 tackles", "2 tackles"} <= found
    assert "81 100%" not in found


def test_one_of_what_the_text_counts_is_a_figure() -> None:
    found = _found(
        "Ortiz had 9 tackles and 1 sack; Vail 2 tackles, 1 assist and 3 sacks. Mira Holt "
        "scored 2 goals, Ana Lenz 1 goal and 2 assists."
    )
    assert {"1 sack", "1 assist", "1 goal"} <= found


def test_one_of_what_the_text_never_counts_is_none() -> None:
    found = _found("He took 1 look at the 3 cars and spent 1 day, not 3 days, on 1 car.")
    assert "1 look" not in found and "1 day" not in found
    assert "1 car" in found


def test_one_of_a_kind_is_no_count_one_of_money_or_a_share_is_an_amount() -> None:
    found = _found(
        "Streit in einem Unternehmen kostet mehr als einem Mitarbeiter lieb ist; der Preis "
        "stieg um einem Euro, der Zins um einem Prozent. Abstand: einem Meter. One member paid one million dollars."
    )
    assert not {"einem Unternehmen", "einem Mitarbeiter", "One member"} & found
    assert {"einem Euro", "einem Prozent", "einem Meter", "one million dollars"} <= found
