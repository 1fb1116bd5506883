"""A box of dated related stories between the story's own head and its text (issue #10,
en-news autoindustriya.com pages): "MORE STORIES LIKE THIS ONE" and items of a section label,
a headline and a date right above the first paragraph. The last item's headline is no
headline of the story: that stands above the box, over the story's own author and date lines;
the author's name there may have the box's link glued to it ("Marcus De GuzmanView More
Articles").

The page is built for the test in the site's layout; the expected values are what a reader of
the page would cite.
"""

from __future__ import annotations

from tests.head_pages import parse_page

HEADLINE = "All-new 2020 Sentra is what we really want from the maker"
TEASER = "Next-generation Sentra makes its global debut at the show in Los Angeles"
P1 = (
    "Crossovers may have become the vehicle of choice for most car buyers, but that does not "
    "mean the sedan is no longer relevant, and the maker has now shown the new generation."
)
P2 = (
    "Taking on a sleeker appearance, the new sedan gets a wider front grille that is "
    "complemented by a pair of slim headlights, and the cabin has been refined throughout."
)
BRANDS = "\n".join(f"Brand {chr(65 + n)}{chr(97 + n)}" for n in range(20))
RELATED = "\n".join(
    f"AUTO NEWS\nThe {year} sedan of the maker gets a new engine for the region\nMay 12, {year}"
    for year in (2014, 2015, 2016, 2017)
)


def _page(author: str) -> str:
    return (
        f"NEWS\nAuto News\nCar Reviews\nAuto News\n{HEADLINE}\n{author}\n{TEASER}\n"
        f"Nissan November 20, 2019 13:42\nFIND YOUR NEXT CAR\n{BRANDS}\nChoose model\n"
        f"MORE STORIES LIKE THIS ONE\n{RELATED}\n{P1}\n{P2}\n"
    )


def test_the_head_above_a_box_of_dated_related_stories() -> None:
    found = parse_page(_page("Marcus De GuzmanView More Articles"))
    assert found.title == HEADLINE
    assert found.byline == "Marcus De Guzman"
    assert found.published == "2019-11-20T13:42"


def test_without_an_author_line_the_date_is_still_the_storys_own() -> None:
    found = parse_page(_page("Car Reviews"))
    assert found.published == "2019-11-20T13:42"
    assert found.title != "The 2017 sedan of the maker gets a new engine for the region"
