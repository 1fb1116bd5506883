"""A saved page's publication date (`webpage_dates`): the moment the page declares, as written.

Each page is built by hand with the dates a news page carries: the day in its address, a
local-time line, the declared moment in UTC, JSON-LD for the article and for things in it.
The expected dates are the declared ones, read off the page here.
"""

from __future__ import annotations

import json
from pathlib import Path

from reader.core.ingest.webpage import parse_page

PROSE = "".join(
    f"<p>Paragraph {n} of the story tells what happened at the council meeting on Monday night, "
    f"when members argued over the budget for the coming year and the new bridge.</p>"
    for n in range(5)
)
URL = "https://www.example-news.com/2019/11/18/council-budget/"


def page(head: str, body: str = "") -> str:
    return (
        f'<html><head><link rel="canonical" href="{URL}">{head}</head><body><article>'
        f"<h1>Council argues over the budget</h1>{body}{PROSE}</article></body></html>"
    )


def json_ld(*items: dict[str, str]) -> str:
    return f'<script type="application/ld+json">{json.dumps(list(items))}</script>'


def test_the_declared_moment_beats_the_day_in_the_address_and_a_local_time_line() -> None:
    html = page(
        '<meta name="article_date_original" content="Monday, November 18, 2019, 08:19 PM">'
        '<meta property="article:published_time" content="2019-11-19T01:19:34.819Z">',
        "<p>Posted Nov 18, 2019</p>",
    )
    assert parse_page(html).published == "2019-11-19T01:19"


def test_an_articles_json_ld_date_counts_and_a_video_inside_it_does_not() -> None:
    html = page(json_ld(
        {"@type": "VideoObject", "name": "Clip", "datePublished": "2018-05-02T10:00:00Z"},
        {"@type": "NewsArticle", "headline": "Council", "datePublished": "2019-11-19T04:58:46+00:00"},
    ))  # fmt: skip
    assert parse_page(html).published == "2019-11-19T04:58"


def test_a_declared_day_at_midnight_is_a_day() -> None:
    html = page('<meta itemprop="datePublished" content="2019-11-19T00:00:00Z">')
    assert parse_page(html).published == "2019-11-19"


def test_a_placeholder_date_is_no_declaration() -> None:
    # A content system's empty date ("0001-01-01") and a day yet to come declare nothing:
    # the date found on the page stands (here the address's day).
    for placeholder in ("0001-01-01T00:00:00Z", "2999-01-01T10:00:00Z"):
        html = page(json_ld({"@type": "NewsArticle", "datePublished": placeholder}))
        assert parse_page(html).published == "2019-11-18"


def test_a_meta_tag_naming_the_date_in_its_itemprop_declares_it() -> None:
    # A small saved page of a shape two en-news sites use: `property="article:published"`
    # (no standard name) with `itemprop="datePublished"` on the same tag. The page shows the
    # newsroom's local day (Nov 18, 10:05pm EST) and its address the 18th; the page declares
    # the 19th, as its JSON-LD does in a form no date reader takes.
    path = Path(__file__).parents[2] / "data" / "html" / "date-property-and-itemprop.html"
    assert parse_page(path.read_text(encoding="utf-8")).published == "2019-11-19"


def test_an_itemprop_among_several_declares_the_date() -> None:
    html = page(
        '<meta property="article:published" itemprop="datePublished dateCreated" '
        'content="2019-11-19T11:00:09.000Z">'
    )
    assert parse_page(html).published == "2019-11-19T11:00"
