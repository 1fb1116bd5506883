"""A question heading opens the article's own list (`body_lists.listed`).

Service and documentation pages head their lists with the question the list answers
("Welche Unterlagen werden benötigt?", "What's new in version 2.26?"); copied, the bullets are
gone and each item is a short line. A related list's linked headline can be a question too,
but it names its subject last ("Who will replace Pochettino at Spurs?"), and a question of
full prose is a paragraph. Lines written by hand.
"""

from __future__ import annotations

from reader.core.ingest.boilerplate import _listed
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

INTRO = (
    "Alle Deutschen ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. "
    "Den Ausweis beantragen Sie persönlich im Bürgerbüro Ihres Wohnortes."
)
ITEMS = ["bisheriger Personalausweis oder Reisepass", "aktuelles biometrisches Lichtbild", "Geburtsurkunde bei Erstantrag"]


def _listed_lines(lines: list[str]) -> list[str]:
    page = read_page(normalise("\n\n".join(lines)))[0]
    return [page.segments[i].text for i in sorted(_listed(page))]


def test_the_items_under_a_question_heading_are_listed() -> None:
    assert _listed_lines([INTRO, "Welche Unterlagen werden benötigt?", *ITEMS]) == ITEMS


def test_a_headline_question_opens_no_list() -> None:
    headlines = ["Maradona out as coach of Gimnasia", "Messi accepts challenge from Cavani"]
    assert _listed_lines([INTRO, "Who will replace Pochettino at Spurs?", *headlines]) == []


def test_a_question_of_prose_opens_no_list() -> None:
    question = "Haben Sie schon einmal darüber nachgedacht, wie viele Unterlagen man für einen Ausweis braucht?"
    assert _listed_lines([INTRO, question, *ITEMS]) == []
