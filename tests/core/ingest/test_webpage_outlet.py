"""A saved page whose `og:site_name` holds its own headline, or a template's unfilled
variable, names no outlet there: de-web's saved pages gave "Zähne zusammenbeißen: …" (the
headline), the headline with the site's address after it, and TYPO3's
"{$plugin.tx_news.opengraph.site_name}". The page's address names the site instead. A site
name beside the headline ("Headline | Site") and a one-word headline that is also the site's
name stay. The pages are written by hand in those shapes; the outlets are what a reader of
each page would name.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.webpage import parse_page
from reader.core.ingest.webpage_outlet import declared_outlet

HEADLINE = "Stadtrat beschließt neue Radwege für die Innenstadt"
TEXT = (
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, in der Innenstadt vier"
    " neue Radwege anzulegen. Die Bauarbeiten sollen im Frühjahr beginnen und bis zum Herbst"
    " abgeschlossen sein, teilte die Verwaltung mit."
)


def page(site: str, url: str | None = "https://www.stadtbote.de/lokales/radwege") -> str:
    canonical = f"<link rel='canonical' href='{url}'>" if url else ""
    return (
        f"<html lang='de'><head><title>{HEADLINE} | Stadtbote</title>{canonical}"
        f"<meta property='og:title' content='{HEADLINE}'>"
        f"<meta property='og:site_name' content='{site}'></head><body><article>"
        f"<h1>{HEADLINE}</h1><p>{TEXT}</p><p>{TEXT.replace('Dienstag', 'Mittwoch')}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("site", "outlet"),
    [
        (HEADLINE, "stadtbote.de"),  # the headline as the site's name
        (f'"{HEADLINE}" - http://www.stadtbote.de', "stadtbote.de"),  # with the address after it
        ("{$plugin.tx_news.opengraph.site_name}", "stadtbote.de"),  # TYPO3's unfilled variable
        ("{{ site.name }}", "stadtbote.de"),
        ("%%sitename%%", "stadtbote.de"),
        ("Stadtbote", "Stadtbote"),  # the site's own name stays
        ("Stadtbote – Nachrichten aus der Region", "Stadtbote – Nachrichten aus der Region"),
    ],
)
def test_a_declared_outlet_that_is_the_headline_or_a_placeholder_gives_way_to_the_address(
    site: str, outlet: str
) -> None:
    article = parse_page(page(site))
    assert article.title == HEADLINE
    assert article.site_name == outlet


def test_without_an_address_the_headline_names_no_outlet() -> None:
    article = parse_page(page(HEADLINE, url=None))
    assert article.site_name is None


def test_a_short_headline_may_be_the_sites_name_and_a_part_of_a_word_is_no_headline() -> None:
    assert declared_outlet("Design", "Design") == "Design"  # von-der-see.de's page "Design"
    assert declared_outlet("Über uns", "Über uns") == "Über uns"
    # The headline's words inside a longer name only as whole words.
    assert declared_outlet("Fahrrad am Sonntagmorgen", "Rad am Sonntag") == "Fahrrad am Sonntagmorgen"
    assert declared_outlet("Neue Radwege für alle – Stadtbote", "Neue Radwege für alle") is None
    assert declared_outlet(None, HEADLINE) is None


def test_a_site_name_the_address_spells_stays_when_a_headline_repeats_it() -> None:
    """A blog's home or about page is headed with the blog's name; its address spells it."""
    name = "Kochen mit Anna"
    html = (
        f"<html lang='de'><head><title>{name}</title>"
        "<link rel='canonical' href='https://kochenmitanna.de/ueber-mich'>"
        f"<meta property='og:title' content='{name}'><meta property='og:site_name' content='{name}'>"
        f"</head><body><article><h1>{name}</h1><p>{TEXT}</p><p>{TEXT.replace('Dienstag', 'Mittwoch')}</p>"
        "</article></body></html>"
    )
    article = parse_page(html)
    assert article.title == name
    assert article.site_name == name
    assert declared_outlet(name, name, "blog.kochen-mit-anna.de") == name
    # The headline on another site's address, or with the address written after it, names no site.
    assert declared_outlet(name, name, "stadtbote.de") is None
    assert declared_outlet(f'"{HEADLINE}" - http://www.stadtbote.de', HEADLINE, "stadtbote.de") is None
