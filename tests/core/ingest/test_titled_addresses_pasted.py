"""A headline and its page's address, each a line: a reading list's entry pasted or imported.
Short of eight words and a sentence, it was refused as "no article text"; longer, its address
was set aside as a page's "article info" line, and the source kept nothing but its title. The
headline is the title and the address the text; an address alone is still refused (a link is
not fetched; the window says how to save the page instead)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest import IngestError, prepare_bytes

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "published"), [
    ("title_url_de.txt", None),
    ("title_url_en.txt", "2024-12-03"),  # the address dates it, as a note's address does
])  # fmt: skip
def test_a_headline_over_its_address_keeps_both(name: str, published: str | None) -> None:
    headline, address = (PASTES / name).read_text(encoding="utf-8").splitlines()
    prepared = prepare_bytes((PASTES / name).read_bytes(), "Eingefügt.txt")
    assert (prepared.article.title, prepared.article.title_derived) == (headline, False)
    assert prepared.reading_text == address
    assert prepared.article.published == published


@pytest.mark.parametrize("text", [
    "https://www.reuters.com/markets/steelmakers-brace-new-us-tariffs-2024-12-03/\n",
    "https://www.reuters.com/markets/a/\nhttps://www.reuters.com/markets/b/\n",  # addresses, no headline
])  # fmt: skip
def test_addresses_alone_are_still_refused(text: str) -> None:
    with pytest.raises(IngestError, match="no article text"):
        prepare_bytes(text.encode("utf-8"), "Eingefügt.txt")


@pytest.mark.parametrize("html", [
    "<html><head><title>Redirecting</title></head><body><p>https://www.example.com/new-page</p></body></html>",
    "<html><head><title>Weiterleitung</title></head><body><p>https://www.example.de/neu/</p></body></html>",
])  # fmt: skip
def test_a_saved_redirect_page_is_still_refused(html: str) -> None:
    # Its title over the address it sends to is no reading list's entry: it became a source.
    with pytest.raises(IngestError, match="no article text"):
        prepare_bytes(html.encode("utf-8"), "seite.html")
