"""Head metadata on the committed sample of real dev pages (tests/data/devsample).

Rates as the dev-set scorer counts them (`tests/devsample.py`): the title fuzzy on en-news and
by containment on de-web, the byline by name, the date by calendar day, each over the sample
pages whose gold has a value. The floors sit a little below what the importer reached when
they were set, so a change that loses a page or two of head metadata fails here.
"""

from __future__ import annotations

import pytest
from devsample import metadata_rate

# (dataset, field): floor. Measured when set (second round of issue #10): en-news title 11/24,
# byline 10/14, date 12/17; de-web title 11/16, byline 9/14, date 13/16; after the second
# wave's date and author-box rules en-news byline 11/14, de-web date 14/16; after the second
# wave's headline rules (field values, inflected lede words, repeated headline over its
# subtitle) en-news title 12/24, de-web title 11/16; after the fourth round (listicle
# headlines, names over an age line, dated heaviest runs) en-news title 15/24. First round: en-news
# 11/24, 9/14, 10/17; de-web 11/16, 6/14, 12/16. Before the head rules of issue #10: en-news
# 5/24, 4/14, 7/17; de-web 9/16, 4/14, 10/16. Session 5 (one-word bylines, desk credits,
# datelines with desk initials, public bodies' notices, year-less dates): de-web byline 10/14,
# en-news date 12/17. Session 5's headline classes (pull quotes, names and breadcrumb trails
# under the headline, long menus, headlines without capitals): en-news title 16/24. Session 6
# (article start, name-shaped phrases, dated meta lines, …): en-news title 16/24, byline 12/14,
# date 12/17; de-web title 13/16, byline 12/14, date 14/16. Session 7 (kicker over headline,
# about-box headings, dates under the text): de-web title 14/16, date 15/16.
FLOORS = {
    ("en-news", "title"): 15,
    ("en-news", "byline"): 11,
    ("en-news", "date"): 11,
    ("de-web", "title"): 13,
    ("de-web", "byline"): 11,
    ("de-web", "date"): 14,
}


@pytest.mark.parametrize(("dataset", "field"), list(FLOORS), ids=[f"{d}-{f}" for d, f in FLOORS])
def test_head_metadata_rate_holds(dataset: str, field: str) -> None:
    hits, pages = metadata_rate(dataset, field)
    assert pages > 0
    assert hits >= FLOORS[(dataset, field)], (hits, pages)
