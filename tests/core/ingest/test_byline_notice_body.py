"""A public body or an association holding the site's copyright is the author of its own page
when no person is named ("© 1995 – 2021 Auswärtiges Amt").

Citation styles name such a body as a page's author; a company's or a news outlet's notice
never makes it the author of a story. Expected values are the body's name as printed.
"""

from __future__ import annotations

import pytest

from tests.head_pages import parse_page

P1 = (
    "Reisende nach Italien müssen bei der Einreise einen Nachweis über eine Impfung, eine "
    "Genesung oder einen negativen Test vorlegen, der nicht älter als 72 Stunden sein darf."
)
P2 = (
    "In Restaurants, Museen und Hotels gilt die Pflicht zum Nachweis ebenfalls; wer ihn nicht "
    "vorlegen kann, muss mit Bußgeldern rechnen, die örtlich unterschiedlich hoch ausfallen."
)
HEAD = "Startseite\nReise und Sicherheit\nItalien: Reise- und Sicherheitshinweise\n12.11.2021\n"
FOOTER = "Impressum\nDatenschutz\nKontakt\n"


def _byline(notice: str, head: str = HEAD) -> str | None:
    return parse_page(f"{head}{P1}\n{P2}\n{FOOTER}{notice}\n").byline


@pytest.mark.parametrize(
    ("notice", "author"),
    [
        ("© 1995 – 2021   Auswärtiges Amt", "Auswärtiges Amt"),
        (
            "© 2020 BDZV - Bundesverband Digitalpublisher und Zeitungsverleger e.V. | Impressum",
            "BDZV",
        ),
        ("© 2022 Landratsamt Nürnberger Land", "Landratsamt Nürnberger Land"),
        ("© 2023 Bundesinstitut für Risikobewertung", "Bundesinstitut für Risikobewertung"),
        ("© 2021 Deutscher Alpenverein", "Deutscher Alpenverein"),
        (
            "© 2020 Bundesministerium für Familie, Senioren, Frauen und Jugend",
            "Bundesministerium für Familie, Senioren, Frauen und Jugend",
        ),
        (
            "© 2022 Deutscher Verband Flüssiggas e.V. | Impressum",
            "Deutscher Verband Flüssiggas e.V.",
        ),
    ],
)
def test_public_body_holding_the_copyright(notice: str, author: str | None) -> None:
    assert _byline(notice) == author


@pytest.mark.parametrize(
    "notice",
    [
        "© 2022 fem Media GmbH",  # a company
        "© 2019 speicherguide.de",  # the outlet itself
        "© Auswärtiges Amt",  # no year: a picture's credit, not the site's notice
        "© 2021 Verlagsgruppe Kammerverband Media",  # a publisher
    ],
)
def test_company_or_outlet_holding_the_copyright_is_no_author(notice: str) -> None:
    assert _byline(notice) is None


def test_a_person_named_wins_over_the_body() -> None:
    head = HEAD.replace("12.11.2021\n", "12.11.2021\nVon Anna Weber\n")
    assert _byline("© 1995 – 2021 Auswärtiges Amt", head) == "Anna Weber"


@pytest.mark.parametrize(
    ("address", "notice", "author"),
    [
        # The notice's holder opens with the site's own address: the site, not a person.
        (
            "Permalink: https://www.internetchemie.info/news/heliumkerne.php",
            "© 1996 - 2022 Internetchemie ChemLin",
            None,
        ),
        ("Kontakt: info@gartenwelt.de", "© 2021 Gartenwelt Hamburg", None),
        # A one-person site named after its owner's surname keeps the person.
        ("www.weber.de", "© 2021 Anna Weber", "Anna Weber"),
    ],
)
def test_a_notice_naming_the_site_address_is_no_person(
    address: str, notice: str, author: str | None
) -> None:
    assert _byline(f"{address}\n{notice}") == author
