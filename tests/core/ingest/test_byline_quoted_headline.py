"""A headline that opens with the person it is about ("Viviane Obenauf – Staatsanwaltschaft
hat Beweise vorgelegt") is no author line, over a date or beside one; the account glued
after it, before the date, is the author ("… vorgelegt reineckefuchs — 2. Februar 2022").

Expected values are what a reader of the page calls its headline, author and date.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import is_quoted_headline, name_beside_date
from reader.core.ingest.date_lines import find_date
from tests.head_pages import parse_page

P1 = (
    "Wie bereits im Dezember berichtet, sitzt die ehemalige Titelträgerin seit Monaten in "
    "Untersuchungshaft, weil sie ihren Lebensgefährten getötet haben soll; sie bestreitet das."
)
P2 = (
    "Ein Antrag auf Haftverschonung wurde abgelehnt, weil die Beweislage und eine mögliche "
    "Fluchtgefahr dagegen stehen. Der Prozess soll im Frühjahr vor dem Landgericht beginnen."
)
HEADLINE = "Viviane Obenauf – Staatsanwaltschaft hat Beweise vorgelegt"


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        (HEADLINE, True),
        ("Olaf Scholz - Wir werden die Krise gemeinsam meistern", True),
        ("Markus Reuter - Redakteur für Politik und Wirtschaft", False),  # a job title
        ("Megan Castillo – Mar 4, 2025 3:14 pm | 127", False),  # a date
        ("Kathrin Erdmann - ARD-Studio Tokio", False),  # the outlet
        ("Justin McCurry in Tokyo", False),  # no dash
    ],
)
def test_statement_after_a_name_and_a_dash(line: str, quoted: bool) -> None:
    assert is_quoted_headline(line) is quoted


def test_account_glued_after_the_headline_before_the_date() -> None:
    line = f"{HEADLINE} reineckefuchs — 2. Februar 2022"
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) == "reineckefuchs"


def test_quoted_headline_over_its_date_is_the_headline() -> None:
    page = f"Top News\nRanglisten\n{HEADLINE}\n2. Februar 2022\n{P1}\n{P2}\n"
    article = parse_page(page)
    assert article.byline is None
    assert article.title == HEADLINE
    assert article.published == "2022-02-02"
