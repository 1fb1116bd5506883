"""One word before a date, set off by a separator, is the author's name or account only when it
stands alone there ("Redaktion - 31. Januar 2022", "reineckefuchs — 2. Februar 2022"); a word
with more after it is a label ("Video 01:30 Min. | 19.10.19", "Wochenbericht 14. - 20. Januar
2022").

Expected values are the names as printed; None where the line names no one.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import name_beside_date
from reader.core.ingest.date_lines import find_date
from tests.head_pages import HEADLINE, P1, P2, parse_page


def _beside(line: str) -> str | None:
    hit = find_date(line)
    assert hit is not None
    return name_beside_date(line, hit.start, hit.end)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Redaktion - 31. Januar 2022", "Redaktion"),
        ("reineckefuchs — 2. Februar 2022", "reineckefuchs"),
        ("Markus Reuter | 23.06.2016", "Markus Reuter"),
    ],
)
def test_name_alone_before_the_date(line: str, name: str) -> None:
    assert _beside(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Video 01:30 Min. | 19.10.19",
        "Wochenbericht 14. - 20. Januar 2022",
        "Audio 3 Min. - 12.03.2021",
    ],
)
def test_label_with_more_before_the_date_is_no_name(line: str) -> None:
    assert _beside(line) is None


def test_video_line_under_the_headline_gives_no_byline() -> None:
    page = f"Start\nKultur\n{HEADLINE}\nVideo 01:30 Min. | 19.10.19 | ardmediathek.de\n{P1}\n{P2}\n"
    assert parse_page(page).byline is None
