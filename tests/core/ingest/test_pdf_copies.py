"""A PDF's text copied: hard-wrapped lines joined into paragraphs, a word hyphenated at a line's
end joined where the joined word is a word ("Wirt-" / "schaft", not "Nord-" / "Süd"), and the
pages' running header, footer and numbers set aside, also where a page breaks a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole, ParsedArticle
from reader.core.ingest.line_hyphens import broken_word
from reader.core.ingest.page_furniture import page_furniture
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


def _body(article: ParsedArticle) -> list[str]:
    return [b.text for b in article.blocks if b.role is BlockRole.BODY]


def _aside(article: ParsedArticle) -> list[str]:
    return [" ".join(b.text.split()) for b in article.blocks if b.role is BlockRole.BOILERPLATE]


def test_a_german_reports_pages_are_joined_into_paragraphs_without_its_footers() -> None:
    article = parse((PASTES / "pdf_de.txt").read_text(encoding="utf-8"))
    assert article.title == "Deutsche Wirtschaft im Winter"
    body = _body(article)
    assert len(body) == 4
    assert body[0].startswith("Die deutsche Wirtschaft dürfte im Winterhalbjahr nur schwach wachsen. Die Industrie")
    assert "der private Konsum von" in body[0] and "Die Wirtschaft insgesamt" in body[0]
    assert "der Maschinenbau, die Automobilindustrie" in body[1]
    assert "Das Nord-Süd-Gefälle" in body[1]  # a compound's hyphen stays
    assert body[1].endswith("hat sich zudem weiter verstärkt.")  # no footer glued on
    assert "Die Arbeitslosenquote dürfte" in body[2] and "planen zurückhaltender mit" in body[2]
    assert body[3].endswith("vor schwierige Abwägungen stellt.")
    assert _aside(article) == ["Monatsbericht Dezember 2024", "Monatsbericht Dezember 2024 3",
                               "Monatsbericht Dezember 2024 4"]  # fmt: skip


def test_an_english_briefs_page_numbers_are_set_aside_and_its_compounds_keep_their_hyphens() -> None:
    article = parse((PASTES / "pdf_en.txt").read_text(encoding="utf-8"))
    assert article.title == "Outlook for European Steel" and article.lang == "en"
    text = "\n".join(_body(article))
    assert "The well-known weak spots" in text
    assert "a long-term project whose costs remain uncertain." in text
    assert "the follow-up talks have stalled" in text
    assert _aside(article) == ["1", "2"]
    assert "1" not in _body(article) and "2" not in _body(article)


def test_a_paragraph_a_page_broke_goes_on_under_the_pages_furniture() -> None:
    footer = "Monatsbericht Dezember 2024                                      3"
    text = (PASTES / "pdf_de.txt").read_text(encoding="utf-8").replace(footer + "\n", "").replace(
        "und die Unternehmen planen zurückhal-\n", f"und die Unternehmen planen zurückhal-\n{footer}\n\n"
    )
    article = parse(text)
    assert any("die Unternehmen planen zurückhaltender mit Neueinstellungen" in t for t in _body(article))
    assert "Monatsbericht Dezember 2024 3" in _aside(article)


@pytest.mark.parametrize(("previous", "line", "broken"), [
    ("Die Wirt-", "schaft wächst.", True),
    ("Besonders der Maschinen-", "bau leidet", True),
    ("Die Energie-", "kosten steigen", True),
    ("This is a matter for gov-", "ernment to decide", True),
    ("Das Nord-", "Süd-Gefälle", False),  # capital: a compound's hyphen
    ("die US-", "amerikanischen Zölle", False),  # after an abbreviation
    ("die deutsch-", "französischen Gespräche", False),  # no word joined
    ("its well-", "known weak spots", False),  # English keeps its compounds' hyphens
    ("the follow-", "up talks", False),
])  # fmt: skip
def test_a_line_end_hyphen_goes_only_where_it_broke_a_word(previous: str, line: str, broken: bool) -> None:
    assert broken_word(previous, line) is broken


def test_a_web_pages_numbered_list_is_no_page_numbers() -> None:
    # A "most read" box of a wrapped page counts up line by line: no page is so short.
    lines = [f"Headline number {n} about the news of the day in the city" for n in range(1, 9)]
    text = "\n".join(f"{line}\n{n}" for n, line in enumerate(lines, 1))
    assert page_furniture(text.split("\n")) == frozenset()



@pytest.mark.parametrize(("end", "start", "joined"), [
    ("die Import-", "oder Exportquote", "die Import- oder Exportquote"),
    ("die Ein-", "und Ausfuhren", "die Ein- und Ausfuhren"),
    ("the pre-", "and post-war figures", "the pre- and post-war figures"),
])  # fmt: skip
def test_a_hyphen_left_for_its_twin_before_und_or_or_keeps_its_space(end: str, start: str, joined: str) -> None:
    # Glued, it read "Import-oder Exportquote", "pre-and post-war".
    text = (
        "Bericht zur Lage\n\n"
        "Die Zahlen für das dritte Quartal liegen seit gestern vor, und sie zeigen\n"
        f"vor allem bei Maschinen und Fahrzeugen einen deutlichen Rückgang, {end}\n"
        f"{start} der Region ist im Vergleich zum Vorjahr gesunken, und die Betriebe\n"
        "rechnen nicht mit einer schnellen Erholung im kommenden Jahr.\n"
    )
    assert joined in " ".join(_body(parse(text)))


@pytest.mark.parametrize("part", ["Schritt", "Chapter", "§"])
def test_a_documents_numbered_headings_are_no_page_furniture(part: str) -> None:
    # "Schritt 1" … "Schritt 3" count up a page's lines apart, as a running footer's numbers
    # do: they were set aside as the pages' footer, the document's headings gone from its text.
    paragraph = ("Die Unternehmen der Region haben im vergangenen Jahr deutlich weniger investiert\n"
                 "als geplant, vor allem wegen der hohen Energiekosten und der schwachen Nachfrage\n"
                 "aus dem Ausland, und für das kommende Jahr erwarten sie keine Besserung.\n")  # fmt: skip
    lines = ["Leitfaden für die Investitionsplanung", ""]
    for n in (1, 2, 3):
        lines += [f"{part} {n}", "", paragraph.replace("Region", f"Region {n}"), paragraph.replace("Jahr", f"Jahr {n}")]
    assert page_furniture("\n".join(lines).split("\n")) == frozenset()
    # The pages' own footer is still told, whatever its words.
    footer = [line.replace(f"{part} ", "Investitionsplanung 2025 – Seite ") for line in lines]
    assert "Investitionsplanung 2025 – Seite 2" in page_furniture("\n".join(footer).split("\n"))
