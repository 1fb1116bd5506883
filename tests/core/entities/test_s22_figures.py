"""Session 22's figure classes, read off session 21's blind pages (s22) and checked on
hand-written sentences: English plurals without an "-s" counted like others, and English
measures abbreviated with a full stop kept whole, and sizes written with the inch mark."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _figures(text: str, lang: str = "en") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.FIGURE}


def test_plurals_without_an_s_are_counted() -> None:
    assert _figures("A trial in 103 women and 84 men found no effect.") >= {
        "103 women",
        "84 men",
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Stir in 1 tsp. olive oil and the garlic.", "1 tsp."),
        ("Serve with 4 oz. cooked chicken.", "4 oz."),
        ("Snacks: 2 tbsp.\n\nDinner: rice.", "2 tbsp."),
    ],
)
def test_an_abbreviated_measure_keeps_its_full_stop(text: str, figure: str) -> None:
    assert figure in _figures(text)


def test_a_full_stop_before_a_new_sentence_ends_the_sentence() -> None:
    assert "5 lbs" in _figures("The parcel weighs 5 lbs. The courier brings it.")


def test_sizes_in_inches_with_the_inch_mark_are_figures() -> None:
    assert {'34"', '65"'} <= _figures('Get the 34" monitor or the 65" Orvane TV for $499.')


@pytest.mark.parametrize("text", ['"It was built in 1999" he said.', '"Not 45" he said.'])
def test_a_number_closing_a_quotation_is_no_size(text: str) -> None:
    assert not _figures(text)
