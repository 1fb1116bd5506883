"""Under the text, a line is read for an announced date, its author or a name beside its date
only when it holds a date (`tail_dates.announced_date_below`): a line without one never gave
the date, so its author is not looked for. These pages guard what the scan still finds: an
announced date line under a dateless announcement or author line, a name beside its date, and
the lines it passes over (a dateless "Veröffentlicht von …", a reader's name and date below
the thread, a date beside a mail address)."""

from __future__ import annotations

import pytest

from reader.core.ingest import ParsedArticle
from tests.head_pages import HEADLINE, P1, P2, parse_page

HEAD = f"Startseite\nNews\nDetails\n{HEADLINE}\n"
STORY = "\n".join([P1, P2, "Die Sanierung beginnt", P1, P2, P1, "Was die Stadt plant", P2, P1, P2])
FOOTER = "Zurück\nImpressum\nDatenschutz\n"


def _parsed(tail: str) -> ParsedArticle:
    return parse_page(f"{HEAD}{STORY}\n{tail}{FOOTER}")


@pytest.mark.parametrize(
    ("tail", "published", "byline"),
    [
        # Announced without a date, then with one: the dated line gives the date, the
        # dateless one the author (read as an author line under the text).
        (
            "Veröffentlicht von Anna Weber\nVeröffentlicht am 12. März 2024\n",
            "2024-03-12",
            "Anna Weber",
        ),
        ("Posted on March 12, 2024 by Jane Doe\n", "2024-03-12", "Jane Doe"),
        ("Gespeichert von rasos am 24. Juli 2017\n", "2017-07-24", "rasos"),
        ("Publié le 8 février 2024 par Julien Martin\n", "2024-02-08", "Julien Martin"),
        # A person's name beside the date alone: the post's meta line.
        ("Malte Welding | 29.07.2006 um 14:26\n", "2006-07-29T14:26", "Malte Welding"),
    ],
)
def test_an_announced_date_under_the_text(tail: str, published: str, byline: str | None) -> None:
    article = _parsed(tail)
    assert article.published == published
    if byline is not None:
        assert article.byline == byline


@pytest.mark.parametrize(
    "tail",
    [
        "Veröffentlicht von Anna Weber\n",  # announced, but no date
        "Kommentare\nMalte Welding | 29.07.2006 um 14:26\n",  # a reader's, below the thread
        "Malte Welding malte@example.org 29.07.2006\n",  # beside a mail address
    ],
)
def test_no_date_from_lines_that_give_none(tail: str) -> None:
    assert _parsed(tail).published is None
