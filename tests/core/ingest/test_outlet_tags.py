"""The source tag of a site's related-article lists names the site; a category's label in
capitals does not (issue 10, session 9: "YOGA" under each related post of a yoga blog)."""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site

_TEASERS = ["Seven ways to start the day", "A week in the mountains", "Why sleep matters"]


def _tagged(tag: str) -> list[str]:
    return [line for teaser in _TEASERS for line in (tag, teaser)]


def test_initials_tagging_the_related_articles_name_the_site() -> None:
    assert _site(["Menu", "Energie"], [*_tagged("HWN"), "Impressum"], [P1, P2]) == "HWN"


def test_a_word_in_capitals_tagging_them_is_a_category() -> None:
    assert _site(["Menu", "Energie"], [*_tagged("YOGA"), "Impressum"], [P1, P2]) is None
    assert _site(["Menu", "Energie"], [*_tagged("ANZEIGE"), "Impressum"], [P1, P2]) is None
