"""Metadata typed by a user: cleaned to what the store keeps, or refused with the field named."""

from __future__ import annotations

import pytest

from reader.core.user_metadata import MetadataError, clean_date, clean_metadata


def test_values_are_trimmed_and_blanks_become_none() -> None:
    cleaned = clean_metadata({"title": "  Japan  und   USA ", "byline": "  ", "teaser": " a\nb "})
    assert cleaned == {"title": "Japan und USA", "byline": None, "teaser": "a\nb"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2024-04-11", "2024-04-11"), ("11.04.2024", "2024-04-11"),
     ("11.04.2024 11:46", "2024-04-11T11:46"), ("2024-04-11T11:46", "2024-04-11T11:46")],
)  # fmt: skip
def test_dates_in_common_forms_become_iso(typed: str, stored: str) -> None:
    assert clean_date(typed) == stored


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", ""), ("published", "31.02.2024"), ("published", "yesterday"),
     ("url", "ftp://example.com"), ("url", "javascript:alert(1)"), ("url", "https://"),
     ("lang", "Deutsch"), ("title", "x" * 501), ("format", "html")],
)  # fmt: skip
def test_bad_values_name_their_field(field: str, value: str) -> None:
    with pytest.raises(MetadataError) as caught:
        clean_metadata({field: value})
    assert caught.value.field == field


def test_language_codes_are_normalised() -> None:
    assert clean_metadata({"lang": "EN_gb"})["lang"] == "en-gb"
    assert clean_metadata({"lang": "de"})["lang"] == "de"


@pytest.mark.parametrize("typed", ["31.02.2024", "2024-02-30", "31. April 2024", "April 31, 2024"])
def test_a_date_the_calendar_lacks_is_called_no_such_day(typed: str) -> None:
    with pytest.raises(MetadataError) as caught:
        clean_date(typed)
    assert caught.value.reason == "there is no such day in the calendar"


@pytest.mark.parametrize("typed", ["yesterday", "31 Foo 2024", "02.2024", "11.04.2024 25:10"])
def test_a_text_that_is_no_day_gets_the_forms(typed: str) -> None:
    with pytest.raises(MetadataError) as caught:
        clean_date(typed)
    assert caught.value.reason.startswith("a date such as")
