"""A blog's copied post signed by its content system's account ("Posted on March 30, 2015 by
Admin", "By admin - 2018-09-16", "Veröffentlicht am … von admin"): the account was the byline,
and the library's Author filter listed "Admin" beside the writers. A byline is a person or a
desk; the saved page's author field naming the account gave none already."""

from __future__ import annotations

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse

_DE = (
    "Die neuen Zölle auf Stahl treffen den Mittelstand härter als gedacht. In Gesprächen mit "
    "Lieferanten in Polen und Tschechien zeigt sich, dass viele Betriebe keine Puffer mehr haben.\n\n"
    "Was jetzt hilft, sind Verträge mit Preisgleitklauseln und ein offener Austausch mit den "
    "Kunden, sagt der Verband.\n"
)
_EN = (
    "The new tariffs on steel hit small manufacturers harder than expected. Talks with suppliers "
    "in Poland and the Czech Republic show that many firms have no buffers left.\n\n"
    "What helps now are contracts with price adjustment clauses and open talks with customers, "
    "the association says.\n"
)


@pytest.mark.parametrize(("title", "line", "text"), [
    ("Zölle treffen den Mittelstand", "Veröffentlicht am 3. Dezember 2024 von admin", _DE),
    ("Zölle treffen den Mittelstand", "3. Dezember 2024 von Administrator", _DE),
    ("Tariffs hit small manufacturers", "Posted on December 3, 2024 by Admin", _EN),
    ("Tariffs hit small manufacturers", "By webmaster - 2024-12-03", _EN),
    ("Tariffs hit small manufacturers", "By editor | December 3, 2024", _EN),
])  # fmt: skip
def test_a_content_systems_account_is_no_byline(title: str, line: str, text: str) -> None:
    article = parse(f"{title}\n{line}\n\n{text}")
    assert (article.title, article.byline, article.published) == (title, None, "2024-12-03")
    assert line in [b.text for b in article.blocks if b.role is BlockRole.META]  # its date line


@pytest.mark.parametrize(("line", "byline", "text"), [
    # A desk signs as one: "Redaktion" is the gold byline of four dev pages, "Editorial" of one.
    ("Von Redaktion | 3. Dezember 2024", "Redaktion", _DE),
    ("By Editorial Staff | December 3, 2024", "Editorial Staff", _EN),
    # A blog's own account is its writer's ("oradmin" is a dev page's gold byline).
    ("3. Dezember 2024 von oradmin", "oradmin", _DE),
    # A person whose name holds an account's letters.
    ("By Ed Admiral | December 3, 2024", "Ed Admiral", _EN),
])  # fmt: skip
def test_a_desk_a_blogs_own_account_or_a_person_stays_the_byline(line: str, byline: str, text: str) -> None:
    assert parse(f"Zölle treffen den Mittelstand\n{line}\n\n{text}").byline == byline


def test_a_name_under_the_post_is_the_byline_when_the_account_is_not() -> None:
    # The account gives way: the writer who signs the post under it is its author.
    text = f"Tariffs hit small manufacturers\nPosted on December 3, 2024 by admin\n\n{_EN}\nBy Anna Becker\n"
    assert parse(text).byline == "Anna Becker"


@pytest.mark.parametrize("line", ["Posted by Admin", "By admin"])
def test_an_accounts_line_without_a_date_stays_in_the_text(line: str) -> None:
    # No byline and no date for the header to show in its place: the line is the text's.
    article = parse(f"Tariffs hit small manufacturers\n{line}\n\n{_EN}")
    assert article.byline is None
    assert line in [b.text for b in article.blocks if b.role is BlockRole.BODY]
