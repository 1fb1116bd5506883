"""A headline with its number in brackets in front ("(16) Coronavirus-Update: …", a podcast's
episode) is a headline candidate, number and all; a bracketed count alone ("(2)") is none. A
browser's tab count never reaches the copied text, so the number is the page's own."""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    "title",
    [
        f"(16) {HEADLINE}",
        "(16) Coronavirus-Update: Brauchen Abkürzungen bei der Impfstoffzulassung",
    ],
)
def test_numbered_headline_is_the_title(title: str) -> None:
    article = parse_page(f"Start\nPolitik\nPodcasts\n{title}\nVon Anna Weber\n{P1}\n{P2}\n")
    assert article.title == title


def test_bracketed_count_alone_is_no_title() -> None:
    article = parse_page(f"Start\nPolitik\n{HEADLINE}\n(2)\nVon Anna Weber\n{P1}\n{P2}\n")
    assert article.title == HEADLINE
