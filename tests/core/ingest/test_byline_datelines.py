"""The source a story's dateline credits with its desk's initials ("Rom (kath.net/as) …").

German wire and church-press stories open with place, source and the editor's initials; the
initials mark the parenthesis as a credit even when the source is no known agency. Expected
values are the credit as printed.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.wire_credits import dateline_agency
from tests.head_pages import parse_page

STANDFIRST = (
    "Benedikt XVI. über das Licht des Glaubens: wer sein Leben zu bewahren sucht, wird es "
    "verlieren; wer es dagegen verliert, wird es gewinnen, sagte er in einer Predigt."
)
DATELINE = (
    "Rom (kath.net/as) Freitag der 32. Woche im Jahreskreis, Gedenktag des heiligen Josaphat. "
    "Josaphat wurde um 1580 in Wolodymyr geboren und trat als junger Mann in ein Kloster ein."
)
P2 = (
    "Er wurde später Erzbischof von Polozk und setzte sich für die Einheit der Kirche ein, was "
    "ihm viele Feinde machte; im Jahr 1623 wurde er von einer aufgebrachten Menge getötet."
)
HEAD = "Startseite\nAktuelles\nRom\nDer Tag, an dem sich der Menschensohn offenbart\n"


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Rom (kath.net/as) Freitag der 32. Woche", "kath.net/as"),
        ("Bad Bentheim (dpa/lni) - Bei einem Unfall", "dpa/lni"),
        ("Freiburg (Kirchenbote/mk) – Die Diözese", "Kirchenbote/mk"),
    ],
)
def test_source_with_desk_initials_in_the_dateline(text: str, credit: str) -> None:
    assert dateline_agency(text) == credit


@pytest.mark.parametrize(
    "text",
    [
        "Schnurfassung (mm/m)\t0,20/240,",  # a unit in a table row
        "Preis (EUR/kg) 3,50 im Großhandel",  # a unit before a figure
        "Berlin (Foto/privat) zeigt die Familie",  # a picture credit's owner, no initials
        "Rom (kath.net) Freitag der 32. Woche",  # no desk initials, no known agency
    ],
)
def test_parenthesis_without_a_desk_credit(text: str) -> None:
    assert dateline_agency(text) is None


def test_dateline_under_a_standfirst_credits_the_story() -> None:
    article = parse_page(f"{HEAD}{STANDFIRST}\n{DATELINE}\n{P2}\n")
    assert article.byline == "kath.net/as"
    assert article.agency == "kath.net/as"


def test_a_person_named_wins_over_the_dateline_credit() -> None:
    article = parse_page(f"{HEAD}Von Armin Schwibach\n{STANDFIRST}\n{DATELINE}\n{P2}\n")
    assert article.byline == "Armin Schwibach"
