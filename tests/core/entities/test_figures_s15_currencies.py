"""Amounts in the forms the first rules missed: a code or sign before the number ("CHF 80 000",
"Rs 24 lakh", "$300M"), a sign after it ("60,000₩"), old or long currency names ("6000 DM",
"176 Hong Kong dollars") and a range of amounts ("$40-50 billion"). Hand-written sentences;
a capitalised number word at a sentence start stays no figure."""

from __future__ import annotations

from reader.core.entities.figures import figures


def _found(text: str) -> set[str]:
    return {f for _, _, f in figures(text)}


def test_codes_and_signs_before_and_after_the_number() -> None:
    found = _found(
        "Die Anlage kostet zwischen CHF 80 000 und mehr. He spent Rs 24 lakh and paid Rs 300 "
        "for air. The label sold for $300M in May. Tickets: VIP 60,000₩, R 50,000₩."
    )
    assert {"CHF 80 000", "Rs 24 lakh", "Rs 300", "$300M", "60,000₩", "50,000₩"} <= found


def test_old_and_long_currency_names_and_ranges() -> None:
    found = _found(
        "Der Preis fiel von 3000 Euro (6000 DM) auf 750 Euro. Shares at 176 Hong Kong dollars "
        "would raise 88 billion Hong Kong dollars, short of the $40-50 billion hoped for."
    )
    assert {
        "3000 Euro", "6000 DM", "176 Hong Kong dollars", "88 billion Hong Kong dollars",
        "$40-50 billion",
    } <= found  # fmt: skip
    assert "$40" not in found


def test_capitalised_number_word_and_a_name_after_rs_are_no_amount() -> None:
    assert _found("Ten people came. Rs Smith wrote. Ten dollars, he said.") == set()
