"""The outlet, not its owner, a picture's credit or an event: classes of wrong names seen on
real copied pages (issue #10, dev sets en-news and de-web).

Pages are built the way `test_outlet_rules` builds them: lines around a headline, with the
article's paragraphs as `body`. Expected names are the pages' own names, checked by hand.
"""

from __future__ import annotations

from outlet_pages import HEADLINE, P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet import find_site_name
from reader.core.ingest.outlet_names import is_publisher, publisher_stem

FOOTER = ["Privacy Policy", "Terms of Use", "Accessibility", "Cookie Settings", "Help"]


def test_links_to_the_portal_outweigh_the_owners_notice() -> None:
    # (msn.com: "© 2019 Microsoft" closes a page whose links all name MSN)
    below = ["MSN Worldwide", "Make MSN my homepage", "Send MSN Feedback", *FOOTER,
             "© 2019 Microsoft"]  # fmt: skip
    assert _site(["Menu", "News"], below) == "MSN"
    # One link alone does not beat the site's own notice.
    assert _site(["Menu", "News"], ["Send MSN Feedback", *FOOTER, "© 2019 Microsoft"]) == (
        "Microsoft"
    )


def test_a_newsletter_prompt_names_the_outlet() -> None:
    # (politifact.com under "© All Rights Reserved Poynter Institute 2019")
    below = ["Who Pays for Harbor Post", "Keep up to date with Harbor Post",
             "Harbor Post’s guide to the city budget", *FOOTER,
             "© All Rights Reserved Harbor Institute 2019"]  # fmt: skip
    assert _site(["Menu", "News"], below) == "Harbor Post"


def test_a_photographer_after_a_slash_is_a_credit_not_the_site() -> None:
    credits = [
        "Radwege im Seenland © SalzburgerLand Tourismus / Markus Greber",
        "Wallersee",
        "SalzburgerLand Tourismus GmbH / Markus Greber",
    ]
    assert _site(["Menü", "Radfahren"], [*FOOTER, *credits]) is None


def test_a_holder_credited_under_many_pictures_is_no_site() -> None:
    credits = [
        "Bike-Ausflug ins Grüne © Tourismus Salzburg GmbH",
        "Blick auf die Stadt © Tourismus Salzburg GmbH",
        "Radfahren am Residenzplatz © Tourismus Salzburg GmbH",
    ]
    assert _site(["Menü", "Radfahren"], [*FOOTER, *credits]) is None
    # Named once at the foot of the page, the same notice is the site's own.
    assert _site(["Menü", "Radfahren"], [*FOOTER, credits[0]]) == "Tourismus Salzburg"


def test_an_event_with_its_year_is_no_outlet() -> None:
    # (bdzv.de: the masthead line names the year's summit, the notice the association)
    top = ["BDZV-Vermarktungsgipfel 2019", "Programm", "Anmeldung"]
    assert _site(top, [*FOOTER, "© BDZV"]) == "BDZV"


def test_the_outlet_comes_without_legal_form_or_sign() -> None:
    assert _site(["Menu"], [*FOOTER, "Wake News ©", "Copyright © 2019 Wake News"]) == ("Wake News")
    top = ["Harbor Design GmbH", "Leistungen", "Kontakt"]
    assert _site(top, [*FOOTER, "© 2022 Harbor Design GmbH"]) == "Harbor Design"


def test_a_publishers_word_inside_other_names_is_not_the_outlet() -> None:
    # (vg247.com: the network's sister sites and its own name repeat "Gamer")
    below = ["Gamer Network", "Eurogamer", "USgamer", "Gamer's Edition", *FOOTER,
             "This site © 2018 Gamer Network. All Rights Reserved."]  # fmt: skip
    assert _site(["Menu", "Reviews"], below) is None


def test_an_aside_after_the_masthead_is_no_part_of_the_name() -> None:
    top = ["Bundeskriminalamt (BKA)", "Presse", "Fahndungen"]
    assert _site(top, [*FOOTER, "© Bundeskriminalamt 2022"]) == "Bundeskriminalamt"


def test_the_groups_other_businesses_above_its_notice_are_no_logo() -> None:
    # (aljazeera.com: the footer lists the network's institutes, hotels and festivals)
    below = [*FOOTER, "Al Jazeera Media Institute", "Al Jazeera Forum",
             "Al Jazeera Hotel Partners", "© 2019 Al Jazeera Media Network"]  # fmt: skip
    assert _site(["Menu", "News"], below) != "Al Jazeera Hotel Partners"


def test_a_menu_item_holding_the_owners_name_is_no_masthead() -> None:
    top = ["Menu", "AJ Impact", "Al Jazeera World", "Opinion"]
    assert _site(top, [*FOOTER, "© 2019 Al Jazeera Media Network"]) != "Al Jazeera World"
    # The first line is the masthead: there the longer name is the outlet's.
    top = ["Business Insider", "Tech", "Finance"]
    assert _site(top, [*FOOTER, "© 2019 Insider Inc. All rights reserved."]) == ("Business Insider")


def _signed(top: list[str], below: list[str], byline: str) -> str | None:
    lines = [*top, HEADLINE, byline, P1, P2, *below]
    return find_site_name(lines, byline, f"{P1}\n\n{P2}", len(top))


def test_a_byline_the_sites_notice_also_names_is_the_outlet() -> None:
    # (auswaertiges-amt.de: the ministry signs its own pages)
    below = [*FOOTER, "© 1995 – 2021   Auswärtiges Amt"]
    assert _signed(["Menü", "Reisewarnungen"], below, "Auswärtiges Amt") == "Auswärtiges Amt"
    # A writer's name in links, with another name in the notice, stays the writer's.
    top = ["Maria Lopez", "News", "Sport"]
    below = ["Follow Maria Lopez", "More from Maria Lopez", *FOOTER, "© 2019 Harbor Post"]
    assert _signed(top, below, "Maria Lopez") == "Harbor Post"


def test_a_writer_the_sites_notice_names_is_no_outlet() -> None:
    # (trails.de: "Webdesign und alle Inhalte © by Ralf Glaser" under Ralf Glaser's page;
    # a briefing cited "outlet: Ralf Glaser", the author's name twice)
    below = [*FOOTER, "Webdesign und alle Inhalte © by Ralf Glaser | All Rights Reserved"]
    assert _signed(["Menü", "Touren"], below, "Ralf Glaser") is None


def test_a_list_of_addresses_links_to_other_sites() -> None:
    # (slf.ch: its partners' addresses under a menu whose first item is "Naturgefahren")
    top = ["Hauptnavigation", "Suche", "Sprache", "Naturgefahren", "Lawinen"]
    partners = ["naturgefahren.ch", "whiterisk.ch", "envidat.ch", "wsl.ch"]
    assert _site(top, [*FOOTER, "Mehr zu Naturgefahren", "Naturgefahren im Winter",
                       *partners]) is None  # fmt: skip
    # One address alone, and at the top, is the page's own.
    assert _site(["Helge.at", "Blog"], [*FOOTER, "helge.at"]) == "Helge.at"


def test_a_contacts_credit_and_address_name_no_outlet() -> None:
    # (mpimet.mpg.de: a partner institute's contact closes the press release)
    below = ["Kontakt", "Deutsches Klimarechenzentrum, DKRZ", "E-Mail: bockelmann@dkrz.de", *FOOTER]
    assert _site(["Suche", "Forschung"], below) is None


def test_a_companys_digital_arm_is_the_owner() -> None:
    # (haustiermagazin.com under "© Quinta Digital GmbH"; chip.de under "© CHIP Digital GmbH")
    # The notice alone names no outlet, only its company's stem, too little by itself.
    assert (
        _site(["Suche", "Hunde"], [*FOOTER, "© Hafen Digital GmbH | Cookie Einstellungen"]) is None
    )
    assert is_publisher("Hafen Digital")
    assert publisher_stem("Hafen Digital") == "Hafen"
    # A title opening with the word is no company's: "Digital Trends".
    assert not is_publisher("Digital Harbor")
    assert _site(["Menu", "Reviews"], [*FOOTER, "© 2019 Digital Harbor"]) == "Digital Harbor"


def test_a_company_named_for_its_title_and_how_often_it_came_out() -> None:
    # "The Atlantic" publishes under "© … The Atlantic Monthly Group"; a weekly the same way
    notice = "© 2024 The Atlantic Monthly Group. All Rights Reserved."
    assert _site(["The Atlantic", "Politics", "Ideas"], [*FOOTER, notice]) == "The Atlantic"
    notice = "© 2024 Harbor Weekly Media GmbH"
    assert _site(["Harbor", "Politik", "Sport"], [*FOOTER, notice]) == "Harbor"
    # the group alone names no title
    notice = "© 2024 The Atlantic Monthly Group. All Rights Reserved."
    assert _site(["Politics", "Ideas"], [*FOOTER, notice]) is None
