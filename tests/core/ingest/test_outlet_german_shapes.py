"""Shapes in which German pages named a wrong or cut outlet (session 29, found on de-web and
checked against each page's own og:site_name): a public body's long name, picture credits in the
footer, a byline that is the title's own name. Pages and names by hand, in those shapes."""

from __future__ import annotations

from outlet_pages import HEADLINE, P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet import find_site_name
from reader.core.ingest.outlet_evidence import line_names
from reader.core.ingest.outlet_names import copyright_notices

_MINISTRY = "Bundesministerium für Familie, Senioren, Frauen und Jugend"


def _notice_names(line: str) -> list[str]:
    return [notice.name for notice in copyright_notices([line], line)]


def test_a_public_body_s_name_that_lists_its_fields_is_not_cut_at_the_comma() -> None:
    assert _notice_names(f"© 2022 {_MINISTRY}") == [_MINISTRY]
    assert _notice_names(f"© 2022 {_MINISTRY} | Impressum") == [_MINISTRY]
    assert _notice_names("© 2019 Ministry of Health, Labour and Welfare. All rights reserved.") == [
        "Ministry of Health, Labour and Welfare"
    ]
    assert _site(["Themen", "Presse"], ["Impressum", f"© 2022 {_MINISTRY}"]) == _MINISTRY
    # Other commas still end the name: a place, a rights sentence, a body with no list after it.
    assert _notice_names("© 2020 Hafen GmbH, Bremen") == ["Hafen"]
    assert _notice_names("© 2021 Verein für Kultur, alle Rechte vorbehalten") == [
        "Verein für Kultur"
    ]
    assert _notice_names("© 2021 Verein für Kultur, Sport und Spiel in Bremen") == [
        "Verein für Kultur"
    ]


def test_a_picture_credit_in_the_last_lines_names_no_outlet() -> None:
    for credit in (
        "Fotos © 2024 Stadt Bremen",
        "Bilder: © 2024 Stadt Bremen",
        "Bildnachweis: © 2024 Stadt Bremen",
        "Titelbild © Stadt Bremen 2024",
        "Fotografie © 2024 Stadt Bremen",
    ):
        assert _notice_names(credit) == [], credit
        assert _site(["Suchen", "Reisen"], ["Impressum", credit]) is None, credit
    # The site's own notice in the same place still names it.
    assert _site(["Suchen", "Reisen"], ["Impressum", "© 2024 Stadt Bremen"]) == "Stadt Bremen"
    # "Foto: agency / photographer": the person is the photographer, never the outlet; a
    # credit to the paper's own photographer still names the paper.
    assert line_names("Foto: Picture Alliance / Michael Kappeler")[1] is None
    assert line_names("Bild: Stadt Bremen / Anna Weber")[1] is None
    assert line_names("Foto: Michael Kappeler / Hafenblatt")[1] == "Hafenblatt"


def test_a_byline_that_is_the_title_s_own_name_does_not_keep_it_from_the_outlet() -> None:
    # "IT Finanzmagazin" signs the story, heads the page and holds the notice: an acronym
    # opening a name makes it a title's (or a desk's, "NDR Info"), not a person's.
    top = ["IT Finanzmagazin", "Kontakt | Mediadaten | Impressum"]
    below = ["Impressum", "© 2020 IT Finanzmagazin - Das Fachmagazin für IT bei Banken"]
    lines = [*top, HEADLINE, "IT Finanzmagazin /PP 20. Juni 2019", P1, P2, *below]
    body = "\n\n".join([P1, P2])
    assert find_site_name(lines, "IT Finanzmagazin", body, len(top)) == "IT Finanzmagazin"
    # A person's byline is still no outlet where the notice names them.
    mine = ["Impressum", "Webdesign und alle Inhalte © by Ralf Glaser"]
    lines = ["Ralf Glaser", "Reisen", HEADLINE, P1, P2, *mine]
    assert find_site_name(lines, "Ralf Glaser", body, 2) is None


def test_a_sister_site_s_address_is_not_the_site_s_own() -> None:
    # A baking brand's page: its cookie notice speaks of its own address twice, while a sister
    # site's address stands among the menu's links and again in the footer's.
    top = ["Rezepte", "Suchen", "Merkzettel", "Pinterest", "Backstube.de", "Produkte"]
    below = [
        "Facebook",
        "Instagram",
        "Backstube.de",
        "Backstube Rezepte",
        "Die Backstube entdecken",
    ]
    cookies = [
        "Diese Cookies sind notwendig, damit die Basisfunktionen von hafenkueche.de genutzt "
        "werden können, etwa der Merkzettel.",
        "Die Performance-Cookies helfen darüber hinaus, die Nutzung von hafenkueche.de zu "
        "analysieren und die Qualität zu verbessern.",
    ]
    assert _site(top, [*below, *cookies]) is None
    # Without the site's own words about its address, the address in the menu still counts.
    assert _site(top, below) == "Backstube.de"
    assert _site(top, [*below, cookies[0]]) == "Backstube.de"
