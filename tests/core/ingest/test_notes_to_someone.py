"""A note to a neighbour or a colleague opens with a greeting and ends with a closing, as a mail
copied without its header does: it is read as a mail only when something besides the two says
mail (a quoted reply, the mail program's line, a signature, a formal address). Read as a mail,
the note lost its last lines as a signature ("Danke dir!" / "Gruß, Anna"). A note's author line
("von Anna") is the note's, not a page's byline: the note was read as a page and titled by its
last line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockKind, BlockRole, ParsedArticle
from reader.core.ingest.mail import is_mail
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


def _text(name: str) -> str:
    return (PASTES / name).read_text(encoding="utf-8")


def _body(article: ParsedArticle) -> list[str]:
    return [b.text for b in article.blocks if b.role is BlockRole.BODY]


def _aside(article: ParsedArticle) -> list[str]:
    return [b.text for b in article.blocks if b.role is BlockRole.BOILERPLATE]


@pytest.mark.parametrize(("name", "title"), [
    ("note_neighbour_de.txt", "Ich bin ab Montag für zwei Wochen im Urlaub"),
    ("note_colleague_en.txt", "could you cover the client call on Thursday?"),
])  # fmt: skip
def test_a_note_with_a_greeting_and_a_closing_keeps_every_line(name: str, title: str) -> None:
    text = _text(name)
    assert not is_mail(text)
    article = parse(text)
    assert _body(article) == [line for line in text.splitlines() if line]  # the closing and name too
    assert (article.title, article.title_derived) == (title, True)  # its first sentence, not "Hallo, Nachbar!"
    assert article.byline is None and article.published is None


@pytest.mark.parametrize("evidence", [
    ["Gruß, Anna", "Leiterin Einkauf", "Example GmbH"],  # a signature: her job and company
    ["Gruß, Anna", "Tel. +49 30 1234567"],  # a way to reach her
    ["Gruß", "Anna Becker"],  # her full name
    ["Gruß, Anna", "", "Von meinem iPhone gesendet"],  # the mail program's line
    ["Gruß, Anna", "", "Am 2. Dezember 2024 um 17:02 schrieb Jan Vogel <jan.vogel@example.de>:", "> Und?"],
])  # fmt: skip
def test_the_same_text_with_a_mails_evidence_is_a_mail(evidence: list[str]) -> None:
    lines = _text("note_neighbour_de.txt").splitlines()
    text = "\n".join([*lines[:-1], *evidence])
    assert is_mail(text)
    article = parse(text)
    # The closing with its name is the signature; "Danke dir!" above it stays the writer's.
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY and b.kind is not BlockKind.QUOTE][-1] == (
        "Danke dir!"
    )
    assert _aside(article)[0] == evidence[0]


def test_one_line_under_a_closing_with_the_first_name_keeps_it_a_note() -> None:
    # A note's "PS: …" under "Gruß, Anna", which a mail's lone job line cannot be told from.
    text = _text("note_neighbour_de.txt") + "PS: Die Katze bekommt morgens Futter.\n"
    assert not is_mail(text)
    assert _body(parse(text)) == text.splitlines()


def test_a_signatures_divider_says_mail() -> None:
    lines = _text("note_neighbour_de.txt").splitlines()
    assert is_mail("\n".join([*lines, "--", "Anna"]))


def test_a_formal_greeting_says_mail_with_a_first_name_under_the_closing() -> None:
    lines = _text("note_neighbour_de.txt").splitlines()
    text = "\n".join(["Sehr geehrte Frau Weber,", *lines[1:]])
    assert is_mail(text)
    assert _aside(parse(text)) == ["Gruß, Anna"]


def test_a_closing_word_with_a_capital_after_it_and_no_comma_is_no_closing() -> None:
    # "Best Practices" closing a mail's list is one of its items, not a closing and its name.
    text = "From: Tom Price\nSubject: Agenda\n\nHi Mark,\n\nthe agenda for Thursday:\n\nTariffs\nBest Practices\n"
    assert _body(parse(text))[-2:] == ["Tariffs", "Best Practices"]


@pytest.mark.parametrize(("name", "title", "author", "led"), [
    ("note_von_de.txt", "Besprechung 4.12", "Anna", "von Anna"),
    ("note_by_en.txt", "Client call Acme, 4 Dec", "Mark", "by Mark"),
])  # fmt: skip
def test_a_notes_author_line_names_its_writer_and_keeps_it_a_note(name, title, author, led) -> None:
    text = _text(name)
    article = parse(text)
    assert article.title == title  # its first line, not its last
    assert article.byline == author
    # Every line but the author's (which the header shows) stays, the title's too where it
    # was made from its sentence.
    lines = [line for line in text.splitlines() if line and line != led]
    assert _body(article) == (lines if article.title_derived else lines[1:])


@pytest.mark.parametrize("text", [
    "Anrufe heute\nAnna Weber\nJan Vogel\nMark Ellis\nRückruf Kunde X\n",
    "Workshop Hamburg\nTeilnehmer\nAnna Weber, Jan Vogel\nRaum 3.12\nBeamer mitbringen\n",
])  # fmt: skip
def test_a_name_in_a_notes_list_is_no_author(text: str) -> None:
    # A name alone under the note's first line was its author, its line taken out of the list.
    article = parse(text)
    assert article.byline is None
    assert _body(article) == text.splitlines()[1:]


def test_a_notes_author_line_with_a_full_name_names_its_writer() -> None:
    text = _text("note_von_de.txt").replace("von Anna", "von Anna Weber")
    article = parse(text)
    assert (article.title, article.byline) == ("Besprechung 4.12", "Anna Weber")
    assert "von Anna Weber" not in _body(article)
