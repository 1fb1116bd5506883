"""Which line of a pasted page's head dates the story by its age ("3 hours ago" under the
headline), for a head where no line prints a date: read against the moment of the paste
(`relative_dates`).

Only where a story's own date lines stand: the head zone from a few lines above the headline,
and above a comment thread or a list of related stories that starts inside it ("2 hours ago"
over a reader's comment is the comment's). A line of the story's prose is never an age line:
an age is all of its line or of a field of a meta line ("Jane Doe | 3 hours ago").
"""

from __future__ import annotations

from datetime import datetime

from reader.core.ingest.date_lines import find_date
from reader.core.ingest.head import DATE_LINE_MAX_WORDS, Head
from reader.core.ingest.phrases import COMMENTS, RELATED
from reader.core.ingest.relative_dates import read_age
from reader.core.ingest.social_posts import post_age

# How far above the headline an age line may stand ("POLITICS · 3 hours ago" over it), as
# a date line may (`head_dates`).
_ABOVE_TITLE_LINES = 4


def age_date(head: Head, title: int, reference: datetime) -> tuple[str | None, set[int]]:
    """The date an age line gives at `reference`, and the line: the nearest age line below
    the headline at `title`, else one of the few lines just above it that closes no teaser
    card ("Most read" / headline / "2 hours ago" / headline / "5 hours ago"). A post's age
    line ("2 Std. •", `social_posts.post_age`) is one."""
    found: dict[int, str] = {}
    post = post_age([s.text for s in head.segments])
    for i in range(max(0, title - _ABOVE_TITLE_LINES), head.end):
        if i > title and head.labels[i] in (COMMENTS, RELATED):
            break
        if head.shapes[i].n_words > DATE_LINE_MAX_WORDS:
            continue
        age = read_age(head.segments[i].text, head.lang)
        if age is None and post is not None and i == post[0]:
            age = post[1]  # a post's "2 Std. •" under its poster's name
        day = age.date(reference) if age is not None else None
        if day is not None:
            found[i] = day
    near = [i for i in found if i >= title or not _closes_a_card(head, i, found)]
    chosen = min(near, key=lambda i: (i < title, abs(i - title)), default=None)
    return (None, set()) if chosen is None else (found[chosen], {chosen})


def _closes_a_card(head: Head, i: int, ages: dict[int, str]) -> bool:
    """Another age or date line stands two or three lines above or below line `i`."""
    for k in (i - 3, i - 2, i + 2, i + 3):
        if k in ages or k in head.dates:
            return True
        if 0 <= k < len(head.segments) and find_date(head.segments[k].text) is not None:
            return True
    return False
