"""A meta line that prints several dates one after another without labels (a CMS printing the
modified and the created time side by side) dates the article by the earliest: a page is
published before it is modified. A date that follows words belongs to them.

Expected values are the publication dates a reader of each line would cite.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ("2018-08-29 14:15:57 2018-06-22 10:20:00", "2018-06-22T10:20"),
        ("15.04.2020 | 12.03.2020", "2020-03-12"),
        # The earlier date first: it stays.
        ("12.03.2020 | 15.04.2020", "2020-03-12"),
        # A date after words is another's (a report it refers to), not the publication's.
        ("15.04.2020 zum Bericht vom 12.03.2020", "2020-04-15"),
    ],
)
def test_earliest_of_dates_side_by_side(meta: str, published: str) -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\n{meta}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE, published)
