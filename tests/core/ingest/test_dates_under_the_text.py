"""A line that is only a date, right under the article's last paragraph, dates the article when
the head gives no date (news modules of content systems print it there, above "Zurück").

Expected values are the dates printed; a date under another story's title, a date with words
beside it, or one below the readers' thread is not the article's.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page

HEAD = f"Startseite\nNews\nDetails\n{HEADLINE}\n"
# A story long enough that its end is far below the head (a date a few lines under the
# opening is read by another rule).
STORY = "\n".join([P1, P2, "Die Sanierung beginnt", P1, P2, P1, "Was die Stadt plant", P2, P1, P2])
FOOTER = "Zurück\nImpressum\nDatenschutz\n"


def _published(tail: str, head: str = HEAD) -> str | None:
    return parse_page(f"{head}{STORY}\n{tail}{FOOTER}").published


@pytest.mark.parametrize(
    ("tail", "published"),
    [
        ("21.01.2022\n", "2022-01-21"),
        ("21.01.2022 10:15 Uhr\n", "2022-01-21T10:15"),
        ("21. Januar 2022\n", "2022-01-21"),
    ],
)
def test_date_alone_under_the_last_paragraph(tail: str, published: str) -> None:
    assert _published(tail) == published


@pytest.mark.parametrize(
    "tail",
    [
        "Weitere Meldungen aus der Stadt\n22.01.2022\n",  # under another story's title
        "Termin: Sitzung 22.01.2022\n",  # a date with words: an event's
        "Nächste Sitzung 22.01.2022\n",
    ],
)
def test_other_dates_under_the_text_are_not_the_articles(tail: str) -> None:
    assert _published(tail) is None


def test_the_head_date_wins() -> None:
    head = f"Startseite\nNews\n{HEADLINE}\n06.11.2023\n"
    assert _published("21.01.2022\n", head) == "2023-11-06"


@pytest.mark.parametrize(
    ("tail", "byline"),
    [
        # A blog theme's meta line under the post names the author after the date's label.
        ("Veröffentlicht am 21. Januar 2022 von Anna Weber\n", "Anna Weber"),
        ("Posted on January 21, 2022 by Jane Doe\n", "Jane Doe"),
        ("Publié le 21 janvier 2022 par Marie Dupont\n", "Marie Dupont"),
        # The date alone: no author.
        ("Veröffentlicht am 21. Januar 2022\n", None),
    ],
)
def test_the_author_on_an_announced_date_line_under_the_text(tail: str, byline: str | None) -> None:
    article = parse_page(f"{HEAD}{STORY}\n{tail}{FOOTER}")
    assert (article.published, article.byline) == ("2022-01-21", byline)


@pytest.mark.parametrize(
    "tail",
    [
        # Public bodies' and other languages' labels of the page's date under the text.
        "Letzte Änderung: 21.01.2022\n",
        "Seite zuletzt geändert: 21.01.2022\n",
        "Pressemitteilung vom 21.01.2022\n",
        "Page last reviewed: 21 January 2022\n",
        "Mis à jour le 21 janvier 2022\n",
        "Pubblicato il 21 gennaio 2022\n",
    ],
)
def test_a_labelled_date_under_the_text(tail: str) -> None:
    assert _published(tail) == "2022-01-21"


# A related-stories box under the text: each teaser's headline over its author and date.
RELATED_BOX = (
    "Mehr zum Thema\nStadt plant neue Buslinien\nVon Max Muster | 19.01.2022\n"
    "Parkgebühren steigen ab Mai\nVon Erika Mustermann | 18.01.2022\n"
    "Neuer Bahnhof eröffnet\nVon Hans Meier | 17.01.2022\n"
)


def test_a_box_of_teasers_names_neither_author_nor_date() -> None:
    article = parse_page(f"{HEAD}{STORY}\n{RELATED_BOX}{FOOTER}")
    assert (article.published, article.byline) == (None, None)


def test_a_block_of_credits_under_the_text_keeps_its_author() -> None:
    credits = (
        "Geschrieben von Anna Weber\nGeschrieben von Global Voices\n"
        "Geschrieben von Max Muster\nÜbersetzt von Eva Klein\n"
    )
    assert parse_page(f"{HEAD}{STORY}\n{credits}{FOOTER}").byline == "Anna Weber"
