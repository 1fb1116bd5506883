"""A paper's page that carries a news agency's story names the agency in the story's dateline
("ST. JOSEPH, Mich. (AP) —", "Hamburg (dpa) -") and closes the story with the agency's notice
("Copyright 2019 The Associated Press. All rights reserved. This material may not be
published …", as en-news' detroit.cbslocal.com page does). Both credit the story: the agency
is the article's `agency`, never its outlet; where the page names its own masthead, that is
the outlet. An agency's own site, whose footer closes with its notice, stays its outlet. The
pages are written by hand in those shapes.
"""

from __future__ import annotations

from quality import DATA

from reader.core.ingest.plaintext import parse
from reader.core.ingest.wire_credits import is_wire, notice_agency
from reader.core.text import normalise

PAGES = DATA / "outlet_wires"


def _parse(name: str):  # noqa: ANN202 - a ParsedArticle
    return parse(normalise((PAGES / name).read_text(encoding="utf-8")))


def test_the_agencys_notice_and_dateline_under_a_papers_story_make_no_outlet() -> None:
    article = _parse("en_paper_ap_story.txt")
    assert article.site_name != "The Associated Press"
    assert article.site_name is None  # (one masthead line alone names no outlet)
    assert article.agency == "Associated Press"  # the dateline's "(AP)", as the agency spells itself


def test_the_agencys_dateline_adds_nothing_to_its_name_as_an_outlet() -> None:
    # ("More from Reuters" under the story links to more of the agency's stories)
    article = _parse("en_paper_reuters_dateline.txt")
    assert article.site_name != "Reuters"
    assert article.agency == "Reuters"


def test_the_papers_masthead_is_the_outlet_and_the_notice_gives_the_agency() -> None:
    article = _parse("en_paper_masthead.txt")
    assert article.site_name == "Harbor Daily"
    assert article.agency == "Associated Press"  # no dateline: the closing notice names it


def test_a_german_papers_dpa_story() -> None:
    article = _parse("de_paper_dpa_story.txt")
    assert article.site_name != "dpa"
    assert article.agency == "dpa"


def test_an_agencys_own_site_keeps_it_as_the_outlet() -> None:
    article = _parse("en_wire_own_site.txt")
    assert article.site_name == "Reuters"


def test_wire_names_and_notices() -> None:
    for name in ("The Associated Press", "Associated Press", "Thomson Reuters", "PTI", "dpa"):
        assert is_wire(name), name
    for name in ("Harbor Daily", "CNN", "Associated Press Stylebook"):
        assert not is_wire(name), name
    assert notice_agency("© 2019 Associated Press. All Rights Reserved.") == "Associated Press"
    assert notice_agency("Copyright 2019 The Associated Press. All rights reserved.") == (
        "The Associated Press"
    )
    assert notice_agency("© Thomson Reuters 2019") == "Reuters"
    assert notice_agency("© 2019 Harbor Daily") is None
    assert notice_agency("Cases first appeared in the west of the state.") is None
