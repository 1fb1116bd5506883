"""Session 23's figure classes, read off session 22's blind pages (s23) and the rest of the
development part, and checked on hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities.figures import figures


def _found(text: str, lang: str = "") -> set[str]:
    return {f for _, _, f in figures(text, lang)}


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The shed held four ladders, two wheelbarrows and nine garden hoses.",
            {"four ladders", "two wheelbarrows", "nine garden hoses"},
        ),
        ("She had 12 points, 8 blocks and three steals.", {"three steals"}),
        (
            "Die Jury sprach mit sieben Bäckern und drei Konditoren.",
            {"sieben Bäckern", "drei Konditoren"},
        ),
    ],
)
def test_small_counts_in_words_count_in_a_series_of_counts(text: str, counts: set[str]) -> None:
    assert counts <= _found(text, "de" if "Jury" in text else "en")


@pytest.mark.parametrize(
    "text",
    [
        "The band recorded three albums before splitting up.",
        "Die Stadt hat zwei Bahnhöfe, einen Hafen und ein Theater.",
        "He spent $3,000 on the two trips and $500 on the visa.",
    ],
)
def test_a_small_count_in_words_alone_or_named_before_is_no_figure(text: str) -> None:
    assert not any(f[0].isalpha() for f in _found(text))


def test_persons_are_counted_like_people_also_in_words() -> None:
    found = _found("Im Boot sitzen sechs Personen, im Bus 40 persons.", "de")
    assert {"sechs Personen", "40 persons"} <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Im Feld 2 arbeiten Mitglieder an Servern.", "de"),
        ("In Kapitel 4 zeigen viele Beispiele den Weg.", "de"),
        ("She lives with type 1 diabetes.", "en"),
        ("The Series 5 features a brighter screen.", "en"),
        ("On level 3 visitors find a café.", "en"),
        ("The four F-35 engines were replaced.", "en"),
        ("Der Verein zählte die Covid-19 Erkrankten.", "de"),
    ],
)
def test_a_number_labelling_a_noun_or_joined_to_a_name_counts_nothing(text: str, lang: str) -> None:
    assert not _found(text, lang)


def test_an_amount_after_a_label_stays_a_figure() -> None:
    found = _found("Pro Zimmer 25 Quadratmeter, pro Etage 40 Euro Aufpreis.", "de")
    assert {"25 Quadratmeter", "40 Euro"} <= found
    found = _found("Each room 20 square feet, each page 30% shorter.", "en")
    assert {"20 square feet", "30%"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Anmeldung: Kulturhaus, Am Markt 4, 06108 Halle",
        "Telefon: 0341 96412 Mobil: 0176 55501234 Rufen Sie an.",
        "Neighbours made several 911 calls that night.",
    ],
)
def test_postcodes_and_telephone_numbers_count_nothing(text: str) -> None:
    assert not _found(text, "en" if "911" in text else "de")


def test_grouped_and_small_counts_before_a_capital_stay() -> None:
    found = _found("Es kamen 12.000 Besucher, 70000 € Spenden, 15000 Fans und 250 Helfer.", "de")
    assert {"12.000 Besucher", "70000 €", "15000 Fans", "250 Helfer"} <= found


def test_a_price_without_cents_keeps_its_dash() -> None:
    found = _found("Das Rad kostet 1.290,- Euro, der Helm 45,– € und die Tasche EUR 60,-.", "de")
    assert {"1.290,- Euro", "45,– €", "EUR 60,-"} <= found


def test_a_size_joined_to_its_noun_may_take_any_double_quote_for_the_inch_mark() -> None:
    found = _found('Das Auto hat ein 12,3“-Display, das Büro einen 27"-Monitor.', "de")
    assert {"12,3“", '27"'} <= found


def test_a_german_quotation_closing_on_a_number_is_no_size() -> None:
    assert not _found("Er sagte: „Wir kommen um 12“ - und kam nicht.", "de")


def test_a_german_volume_with_a_hyphen_is_a_figure_before_a_noun() -> None:
    found = _found("Der 2,0-Liter Diesel und die 1,5-Liter-Flasche Wasser.", "de")
    assert {"2,0-Liter", "1,5-Liter"} <= found


def test_a_singular_unit_describing_a_noun_is_a_measure() -> None:
    found = _found("She won the 400 yard medley and ran a 5 mile loop of 2 to 3 meter paths.")
    assert {"400 yard", "5 mile", "2 to 3 meter"} <= found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nine of the 14 nurses worked nights.", "Nine of the 14 nurses"),
        ("Only 7 of the 30 schools reopened.", "7 of the 30 schools"),
        ("Four out of five people agree.", "Four out of five people"),
        ("Im Finale standen drei der 16 Mannschaften.", "drei der 16 Mannschaften"),
    ],
)
def test_a_part_of_a_counted_whole_is_one_figure(text: str, figure: str) -> None:
    found = _found(text, "de" if "Finale" in text else "en")
    assert figure in found
    assert figure.rsplit(" ", 2)[-2] + " " + figure.rsplit(" ", 1)[-1] not in found


def test_one_of_a_count_is_the_count_alone() -> None:
    assert "40 people" in _found("One of 40 people on the bus was hurt.")


def test_a_degree_sign_apart_from_its_scale_is_one_temperature() -> None:
    found = _found("Im Ofen hat es 80° C, draußen -5° C und in Texas 95° F.", "de")
    assert {"80° C", "-5° C", "95° F"} <= found
    assert "80°" not in found


def test_a_word_in_s_that_is_no_plural_is_not_what_is_counted() -> None:
    found = _found("He scored 40 plus points, filed 2 status reports and printed 12 menus.")
    assert {"40 plus points", "2 status reports", "12 menus"} <= found
    assert not {"40 plus", "2 status"} & found


def test_a_capitalised_spoon_measure_is_one_too() -> None:
    found = _found("Add 2 Tbsp. honey and 1 Tsp. salt.")
    assert {"2 Tbsp.", "1 Tsp."} <= found


def test_a_hyphenated_word_may_describe_what_is_counted() -> None:
    found = _found("Pack 3 hard-boiled eggs and 2 whole-wheat wraps; 400 part-time teachers left.")
    assert {"3 hard-boiled eggs", "2 whole-wheat wraps", "400 part-time teachers"} <= found


def test_thousands_after_a_sign_may_take_a_capital_k() -> None:
    assert {"$250K", "$12k"} <= _found("The county spent $250K on ads and $12k on posters.")
