"""Shouted words in a byline (issue #10, en-news and de-web pages): an outlet in capitals after
names in their usual case is no part of the names ("Kevin Johnson and Kevin McCoy USA TODAY",
usatoday.com), and a short shouted word alone is initials, kept as printed ("Posted by DT",
1hundetagebuch.wordpress.com), not a shouted name to set in its usual case.
"""

from __future__ import annotations

from reader.core.ingest.byline import clean_byline


def test_a_shouted_outlet_after_the_names_is_dropped() -> None:
    assert clean_byline("Kevin Johnson and Kevin McCoy USA TODAY") == (
        "Kevin Johnson and Kevin McCoy"
    )
    # One shouted word may be the surname, as French pages print it.
    assert clean_byline("Jean DUPONT") == "Jean DUPONT"


def test_a_shouted_byline_is_set_in_its_usual_case_but_initials_stay() -> None:
    assert clean_byline("By LISA MASCARO and ERIC TUCKER") == "Lisa Mascaro and Eric Tucker"
    assert clean_byline("Posted by DT") == "DT"
    assert clean_byline("By JOSH BOAK") == "Josh Boak"
