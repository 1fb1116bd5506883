"""Date forms found on the dev pages that the importer did not read: an English ordinal day
before the month ("Wednesday, 20th November 2019", British papers) and a year shortened to
two digits behind an apostrophe after the day and month ("veröffentlicht am 14 Feb ’20",
a blog theme's meta line), and the compact forms with dashes or dots between all three parts
("19-11-2019", "19-Nov-2019", "19.Nov.2019"), while a range's end keeps its reading ("10-12
November 2019": the 12th, as before).

Expected values are the calendar days a reader of each line would give it.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.date_lines import find_date
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Wednesday, 20th November 2019", "2019-11-20"),
        ("1st of March 2020", "2020-03-01"),
        ("Posted on the 2nd December 2019 by Sam", "2019-12-02"),
        ("veröffentlicht am 14 Feb ’20 | Kategorien: Social Media", "2020-02-14"),
        ("Feb 14, '20", "2020-02-14"),
        ("4 May ’98", "1998-05-04"),
        ("Posted 19-11-2019 10:00", "2019-11-19"),
        ("11-19-2019", "2019-11-19"),  # the second number cannot be a month
        ("05-06-2019", "2019-06-05"),  # day first, as the dotted form
        ("19-Nov-2019", "2019-11-19"),
        ("19.Nov.2019", "2019-11-19"),
        ("10-12 November 2019", "2019-11-12"),
    ],
)
def test_reads_ordinal_days_and_apostrophe_years(line: str, iso: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert hit.iso[:10] == iso


@pytest.mark.parametrize(
    "line",
    [
        "the ’90s were different",  # a decade, no day or month
        "Summer ’20 collection",  # a season with a short year
        "Live since May ’98",  # a month and a short year, no day
        "3rd 2019",  # an ordinal without a month
        "1990-1995",  # a range of years
        "19-11-19",  # a short year with dashes: a score or a range
    ],
)
def test_not_dates(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("meta", "published", "byline"),
    [
        ("Veröffentlicht am 14 Feb ’20 | Kategorien: Politik | Tags: Haushalt", "2020-02-14", None),
        ("Anna Weber | 14 Feb ’20 | Politik", "2020-02-14", "Anna Weber"),
    ],
)
def test_apostrophe_year_on_a_meta_line_dates_the_post(
    meta: str, published: str, byline: str | None
) -> None:
    page = f"Kontakt\nImpressum\nDatenschutz\n{HEADLINE}\n{meta}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published, article.byline) == (HEADLINE, published, byline)
