"""A year after "seit" or "since" is no count of the noun after it (issue 15, session 40): "Japan
unterstützt bereits seit 2020 Unternehmen bei der Umsiedlung von Fabriken" listed a figure
"2020 Unternehmen" in a consultant's library. The same number counting companies, and a price
after "ab", stay figures."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _figures(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.FIGURE}


def test_a_year_after_seit_is_no_count() -> None:
    text = (
        "Japan unterstützt bereits seit 2020 Unternehmen bei der Umsiedlung von Fabriken aus "
        "China nach Japan oder Südostasien finanziell.\n"
    )
    assert _figures(text, "de") == set()


def test_a_year_after_since_is_no_count() -> None:
    assert _figures("Since 2019 companies have moved 40 plants out of China.\n", "en") == {
        "40 plants"
    }


def test_the_same_number_counting_companies_stays() -> None:
    text = "Die Umfrage unter 2020 Unternehmen zeigt, dass seit 2019 die Kosten stiegen.\n"
    assert _figures(text, "de") == {"2020 Unternehmen"}


def test_a_price_after_ab_stays() -> None:
    assert _figures("Das Modell kostet ab 2025 Euro, seit 2021 unverändert.\n", "de") == {
        "2025 Euro"
    }


def test_a_count_after_a_duration_after_seit_stays() -> None:
    # "seit" governs "12 Jahren", not the count after it (review of session 40)
    text = "Die Firma beschäftigt seit 12 Jahren 2020 Mitarbeiter in Japan.\n"
    assert _figures(text, "de") == {"2020 Mitarbeiter"}
    assert _figures("Die Firma hat seit 2020 Mitarbeiter in Japan.\n", "de") == set()
