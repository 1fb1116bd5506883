"""Newer version or similar: the rules on hand-made pairs (expected verdicts written by hand)."""

from __future__ import annotations

import pytest

from reader.core.revisions import (
    canonical_url,
    is_newer_version,
    is_similar,
    shared,
    shingles,
    url_spellings,
)

STORY = (
    "The European Central Bank raised its key interest rate by a quarter point on Thursday, the "
    "third increase this year. Inflation in the euro area was 4.5 percent in October, above what "
    "economists had expected. Analysts expect the bank to raise rates again in December, though "
    "several members of the council have argued for a pause."
)
UPDATED = "Updated with reactions. " + STORY.replace("4.5", "4.75")
OTHER = (
    "Japan's parliament approved a record defence budget on Friday after weeks of debate, with "
    "the opposition warning that the spending would have to be paid for by higher taxes on "
    "companies and households in the years to come, and economists divided on the effects."
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/a/b/?utm_source=x&id=3#top", "//example.com/a/b?id=3"),
        ("http://example.com/a/b", "//example.com/a/b"),
        ("https://example.com/", None),  # a front page names no article
        ("", None),
        (None, None),
    ],
)
def test_canonical_url(url: str | None, expected: str | None) -> None:
    assert canonical_url(url) == expected


def test_url_spellings_include_the_stored_forms() -> None:
    spellings = url_spellings("https://www.example.com/a/b?utm_source=x")
    assert "https://www.example.com/a/b?utm_source=x" in spellings
    assert "http://example.com/a/b/" in spellings and "https://example.com/a/b" in spellings


def test_shared_text_ignores_order_and_counts_the_shorter_text() -> None:
    a, b = shingles(STORY), shingles(UPDATED)
    assert 0.7 < shared(a, b) < 1.0
    assert shared(a, shingles(OTHER)) == 0.0
    assert shared(a, frozenset()) == 0.0


def test_same_address_is_a_version_when_some_text_is_kept() -> None:
    old = ("ECB raises rates", "Example News", "https://example.com/ecb", shingles(STORY))
    assert is_newer_version(("New headline", None, "http://www.example.com/ecb/", shingles(UPDATED)), old)
    assert not is_newer_version(("ECB raises rates", "Example News", "https://example.com/ecb", shingles(OTHER)), old)


def test_same_title_and_outlet_with_most_text_is_a_version_without_addresses() -> None:
    old = ("ECB raises rates", "Example News", None, shingles(STORY))
    assert is_newer_version(("ecb raises rates", "example news", None, shingles(UPDATED)), old)
    assert not is_newer_version(("ECB raises rates", "Other Paper", None, shingles(UPDATED)), old)
    assert not is_newer_version(("ECB raises rates", "Example News", None, shingles(OTHER)), old)
    no_outlet = ("ECB raises rates", None, None, shingles(STORY))
    assert not is_newer_version(("ECB raises rates", None, None, shingles(UPDATED)), no_outlet)


def test_two_different_addresses_are_never_versions() -> None:
    old = ("ECB raises rates", "Example News", "https://example.com/ecb", shingles(STORY))
    assert not is_newer_version(("ECB raises rates", "Example News", "https://example.com/ecb-2", shingles(STORY)), old)


def test_similar_is_the_same_text_elsewhere_and_never_a_short_one() -> None:
    mine = ("Other Paper", "https://other.example/ecb", shingles(UPDATED))
    assert is_similar(mine, ("Example News", "https://example.com/ecb", shingles(STORY))) is not None
    assert is_similar(mine, ("Example News", "https://example.com/japan", shingles(OTHER))) is None
    assert is_similar(mine, ("Other Paper", "https://other.example/ecb/", shingles(STORY))) is None
    short = ("Other Paper", None, shingles("The bank raised rates."))
    assert is_similar(short, ("Example News", None, shingles("The bank raised rates."))) is None


def test_an_agencys_older_spelling_is_the_same_outlet() -> None:
    """A source imported as "The Associated Press" before an agency had one spelling: its
    newer version, now credited "Associated Press", updates it rather than coming in beside it
    (as a second source, linked as similar)."""
    old = ("ECB raises rates", "The Associated Press", None, shingles(STORY))
    assert is_newer_version(("ECB raises rates", "Associated Press", None, shingles(UPDATED)), old)
    assert not is_newer_version(("ECB raises rates", "Associated Press Stylebook", None, shingles(UPDATED)), old)
    assert is_similar(("Associated Press", None, shingles(UPDATED)), ("AP", None, shingles(STORY))) is None
