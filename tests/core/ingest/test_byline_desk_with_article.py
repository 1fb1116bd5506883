"""A desk named with its article under the headline ("By the editors | March 3, 2025", "Von der
Redaktion | 3. März 2025"): the byline was "the" or "der", the article alone, taken as a blog's
lower-case account beside the date. A desk so named is the byline as the page writes it ("The
Editors", and "Redaktion" bare, as the dev sets' gold writes German desks); a lone article or
function word is never a byline, whichever reader took it."""

from __future__ import annotations

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.byline import byline_in_line
from reader.core.ingest.plaintext import parse

_EN = (
    "The central bank lowered its key rate on Tuesday, and stocks rose sharply across Europe as "
    "investors welcomed the move.\n\n"
    "Analysts said the decision had been widely expected after weeks of weak data from the "
    "eurozone economies.\n"
)
_DE = (
    "Die Notenbank hat den Leitzins am Dienstag gesenkt, und die Aktien stiegen in ganz Europa "
    "deutlich, als Anleger den Schritt begrüßten.\n\n"
    "Analysten sagten, die Entscheidung sei nach Wochen schwacher Daten aus der Eurozone "
    "erwartet worden.\n"
)
_TITLE = "Markets rally after rate decision"


@pytest.mark.parametrize(("line", "byline", "text"), [
    ("By the editors | March 3, 2025", "The Editors", _EN),
    ("By The Editors", "The Editors", _EN),
    ("By the Editorial Board", "The Editorial Board", _EN),
    ("By the editorial board | March 3, 2025", "The Editorial Board", _EN),
    ("By the staff | March 3, 2025", "The Staff", _EN),
    ("Von der Redaktion | 3. März 2025", "Redaktion", _DE),
    ("Von der Redaktion", "Redaktion", _DE),
    ("By Staff", "Staff", _EN),
])  # fmt: skip
def test_a_desk_named_with_its_article_is_the_byline(line: str, byline: str, text: str) -> None:
    article = parse(f"{_TITLE}\n{line}\n\n{text}")
    assert (article.title, article.byline) == (_TITLE, byline)
    body = [b.text for b in article.blocks if b.role is BlockRole.BODY]
    assert body == [p for p in text.split("\n") if p]  # the desk's line is no paragraph


def test_the_agency_named_with_its_article_is_the_byline() -> None:
    # (Its line stays in the text, as before: the agency's reader does not set it aside.)
    assert parse(f"{_TITLE}\nBy the Associated Press\n\n{_EN}").byline == "Associated Press"


@pytest.mark.parametrize(("line", "text"), [
    ("By the | March 3, 2025", _EN),
    ("By an | March 3, 2025", _EN),
    ("By the weekend | March 3, 2025", _EN),  # no desk after the article
    ("Von der | 3. März 2025", _DE),
    ("Von und | 3. März 2025", _DE),
    ("3. März 2025 von der", _DE),
])  # fmt: skip
def test_a_lone_article_or_function_word_is_never_the_byline(line: str, text: str) -> None:
    article = parse(f"{_TITLE}\n{line}\n\n{text}")
    assert article.byline is None
    assert article.published == "2025-03-03"


def test_a_lone_article_gives_way_to_the_author_signing_under_the_text() -> None:
    text = f"{_TITLE}\nPosted on March 3, 2025 by the\n\n{_EN}\nBy Anna Becker\n"
    assert parse(text).byline == "Anna Becker"


def test_a_nickname_with_its_article_stays_the_byline() -> None:
    # "der Michel" is a dev page's gold author: the article belongs to the nickname there.
    text = f"Tach auch\nEINGESTELLT VON DER MICHEL UM 21:11\n\n{_DE}"
    assert parse(text).byline == "Der Michel"


@pytest.mark.parametrize(("line", "byline", "text"), [
    ("By the Editors of Consumer Reports", "The Editors of Consumer Reports", _EN),  # not "The Editors"
    ("By the editors, March 3, 2025", "The Editors", _EN),
    ("By the numbers | March 3, 2025", None, _EN),  # a section, no desk
    ("Von der Leyen | 3. März 2025", None, _DE),  # a surname: not "der", "Leyen" or "Redaktion"
])  # fmt: skip
def test_a_desk_s_owner_is_kept_and_no_desk_is_none(line: str, byline: str | None, text: str) -> None:
    assert parse(f"{_TITLE}\n{line}\n\n{text}").byline == byline


@pytest.mark.parametrize("line", [
    "By the way the team had known",  # a sentence going on after the desk's word
    "Liked by the team and 3 others",
    "Von der Redaktion empfohlen",  # a widget's heading: the desk recommends
    "By the staff of the hospital",
])  # fmt: skip
def test_a_line_going_on_after_the_desk_s_word_names_no_desk(line: str) -> None:
    assert byline_in_line(line, False) is None
