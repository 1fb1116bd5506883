"""Where a site names itself in shapes of its own (issue #10, session 12): the title before its
publisher in the notice, the name before the copyright sign, its address as a story's source or
in the lead's dateline, and links in German, French and Spanish around its name. Pages and
expected names by hand."""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet_claims import licensed_names
from reader.core.ingest.outlet_evidence import line_names
from reader.core.ingest.outlet_names import copyright_notices
from reader.core.ingest.outlet_sources import source_addresses


def _notice_names(line: str) -> list[str]:
    return [notice.name for notice in copyright_notices([line], line)]


def test_a_notice_names_the_title_before_its_publisher() -> None:
    assert _notice_names("Copyright © 2023 Hafen Magazin / Backmann Verlag") == ["Hafen Magazin"]
    below = ["Impressum", "Copyright © 2023 Hafen Magazin / Backmann Verlag"]
    assert _site(["Suche", "Wirtschaft"], below) == "Hafen Magazin"
    # A picture's credit puts its photographer last: no notice of the site.
    assert _notice_names("© Hafenland Tourismus / Markus Greber") == []


def test_a_name_before_the_sign_is_the_notices_when_nothing_after_it_is() -> None:
    assert _notice_names("Der Hafenblog © 2011-2018. Alle Rechte vorbehalten.") == ["Der Hafenblog"]
    below = ["Impressum", "Der Hafenblog © 2011-2018. Alle Rechte vorbehalten."]
    assert _site(["Suche", "Reisen"], below) == "Der Hafenblog"
    # The logo's text with its initials: the name.
    assert _notice_names("HB – Der Hafenblog © 2011-2018. Alle Rechte vorbehalten.") == [
        "Der Hafenblog"
    ]
    # The notice's own words, the word "Copyright", a person (a picture's credit) and a line
    # without years or reserved rights name no one.
    assert _notice_names("All Rights Reserved © 2019") == []
    assert _notice_names("Copyright © 2022.") == []
    assert _notice_names("Maria Lopez © 2019") == []
    assert _notice_names("Hafenblick ©") == []


def test_the_word_copyright_is_no_brand_before_the_sign() -> None:
    notices = copyright_notices(["Copyright © Harbor Post Ltd."], "Copyright © Harbor Post Ltd.")
    assert [(n.name, n.brand) for n in notices] == [("Harbor Post", None)]


def test_the_sites_address_as_its_storys_source_names_it() -> None:
    top = ["Menu", "Last Updated : Nov 20, 2019 01:41 PM IST | Source: Harborpost.com"]
    assert _site(top, ["Privacy Policy"]) == "Harborpost.com"
    assert source_addresses("Quelle: hafenblatt.de") == ["hafenblatt.de"]
    # An agency by its name, a picture's source: not the site.
    assert source_addresses("Source: PTI\nBildquelle: hafenblatt.de/Max Muster") == []
    assert source_addresses("Image source: harborpost.com") == []


def test_the_sites_address_in_the_leads_dateline_names_it() -> None:
    lead = "(Harbor-Post.com) - " + P1
    assert _site(["Menu", "News"], ["Privacy Policy"], [lead, P2]) == "Harbor-Post.com"
    # An agency's name there is no address, and is no outlet alone.
    agency = "(Reuters) - " + P1
    assert _site(["Menu", "News"], ["Privacy Policy"], [agency, P2]) is None


def test_links_around_the_name_in_other_languages() -> None:
    def chrome(line: str) -> str | None:
        return line_names(line)[0]

    assert chrome("Hafenblatt auf Twitter") == "Hafenblatt"
    assert chrome("Folgen Sie Hafenblatt auf Instagram") == "Hafenblatt"
    assert chrome("Mehr über Hafenblatt") == "Hafenblatt"
    assert chrome("Beliebt bei Hafenblatt") == "Hafenblatt"
    assert chrome("Hafenblatt Redaktion:") == "Hafenblatt"
    assert chrome("Suivez Le Courrier du Port sur Twitter") == "Le Courrier du Port"
    assert chrome("Abonnez-vous à Le Courrier du Port") == "Le Courrier du Port"
    assert chrome("À propos de Le Courrier du Port") == "Le Courrier du Port"
    assert chrome("Acerca de El Diario del Puerto") == "El Diario del Puerto"
    assert chrome("Sigue a El Diario del Puerto en Facebook") == "El Diario del Puerto"
    # Chrome words around no name.
    assert chrome("Die Redaktion") is None
    assert chrome("Mehr über uns") is None
    assert chrome("Suivez-nous sur Twitter") is None


def test_two_links_in_german_name_the_outlet() -> None:
    top = ["Suche", "Mehr über Hafenblatt"]
    assert _site(top, ["Hafenblatt auf Twitter", "Impressum"]) == "Hafenblatt"


def test_a_logo_line_spelling_the_pages_own_address_names_it() -> None:
    # The logo's text in lower case or with small words, which a name's shape would not take.
    below = ["Kontakt: redaktion@hafenblatt.de", "Impressum"]
    assert _site(["Suche", "hafen BLATT", "Politik"], below) == "hafen BLATT"
    assert _site(["Suche", "Du bist Hafen", "Politik"], ["www.dubisthafen.de"]) == "Du bist Hafen"
    # Without the address, or where the line stands under the headline, no outlet.
    assert _site(["Suche", "hafen BLATT", "Politik"], ["Impressum"]) is None
    assert _site(["Suche", "Politik"], ["hafen BLATT", "redaktion@hafenblatt.de"]) is None


def test_a_footers_glued_links_leave_the_notices_name() -> None:
    # Copying joins a footer's links to the notice: "…KomiteeImpressumPrivacy & AGBs".
    line = "© 2022 Hafen Regatta KomiteeImpressumPrivacy & AGBsCookie-EinstellungenSitemap"
    assert _notice_names(line) == ["Hafen Regatta Komitee"]
    assert _notice_names("© 2019 Harbor PostPrivacy PolicyTerms of Use") == ["Harbor Post"]
    # A name's own capitals inside a word stay: "PanARMENIAN", "AppleInsider".
    assert _notice_names("© 2019 AppleInsider Inc. All rights reserved.") == ["AppleInsider"]
    # A link's word opening a word of the name is no glued link.
    assert _notice_names("© 2021 Kontaktlinsen Hafen GmbH") == ["Kontaktlinsen Hafen"]


def test_a_creative_commons_licence_names_the_work_it_licenses() -> None:
    licence = (
        "Ein Hafentagebuch von Max Muster steht unter einer Creative Commons Namensnennung 3.0 "
        "Unported Lizenz."
    )
    assert _site(["Suche", "Reisen"], [licence, "Impressum"]) == "Ein Hafentagebuch"
    english = (
        "Harbor Notes by Jane Roe is licensed under a Creative Commons Attribution 4.0 License."
    )
    assert licensed_names(english) == ["Harbor Notes"]
    french = "Notes du Port de Jeanne Roux est mis à disposition selon les termes de la licence Creative Commons"
    assert licensed_names(french) == ["Notes du Port"]
    # A picture's credit, the licence of "this work", a sentence about licences: no name.
    assert licensed_names("“Sunset” by Jane Roe is licensed under CC BY 2.0") == []
    assert (
        licensed_names("This work by Jane Roe is licensed under a Creative Commons License") == []
    )
    assert licensed_names("The photos by Jane Roe are free to use under Creative Commons.") == []
    assert licensed_names("Harbor Notes by Jane Roe is licensed under a pseudonym.") == []
