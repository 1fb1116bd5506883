"""What the reading view shows of a saved page says each thing once: the page's own headline,
which the extractor keeps under a section kicker, is set aside with the kicker, as the header
shows the title already; the header names no author the extractor made of a web address.

Pages written for these tests in the shapes seen on saved development pages of both sets: the
headline again on 20 ("Review" over a review's headline, "Betriebliche Altersvorsorge" over a
guide's), an address as an author on 4 ("Facebook Com, Evgenia Karp", "Hessenschau De,
Frankfurt, Germany").
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import BlockRole, prepare_bytes
from reader.core.ingest.phrases import ARTICLE_INFO, CAPTION

DATA = Path(__file__).resolve().parents[2] / "data" / "saved_repeats"


def _parse(name: str):  # type: ignore[no-untyped-def]
    return prepare_bytes((DATA / name).read_bytes(), name).article


def test_the_pages_headline_and_its_kicker_are_set_aside() -> None:
    article = _parse("kicker_headline.html")
    assert article.title == "Stahlzölle: Brüssel bereitet Gegenmaßnahmen vor"
    assert article.body.startswith("Die EU-Kommission hat eine Liste amerikanischer Waren")
    aside = {b.text: b.reason for b in article.blocks if b.role is BlockRole.BOILERPLATE}
    assert aside["Stahlzölle: Brüssel bereitet Gegenmaßnahmen vor"] == ARTICLE_INFO
    assert aside["Handelsstreit"] == ARTICLE_INFO


def test_no_author_made_of_a_web_address_beside_a_person() -> None:
    # article:author "facebook.com/lena.vogt": the extractor read "Facebook Com; Lena Vogt"
    assert _parse("author_address.html").byline == "Lena Vogt"
    # "hafenblatt.de, Hamburg, Germany": the house and its town; the address alone stays
    assert _parse("author_house_address.html").byline == "Hafenblatt De"


def test_a_pictures_credit_kept_as_a_paragraph_is_set_aside() -> None:
    article = _parse("credit_lines.html")
    aside = {b.text: b.reason for b in article.blocks if b.role is BlockRole.BOILERPLATE}
    assert aside["Foto: Jan Meier (Archiv)"] == aside["Fotos: Hafenblatt/Lena Vogt"] == CAPTION
    assert article.body.startswith("Die EU-Kommission hat eine Liste")
    assert article.body.endswith("Ihr Verband Eurofer fordert binnen weniger Wochen Einfuhrquoten.")
