"""The outlet's name from small built pages: which evidence names it and which does not.

Each page is a list of copied lines with the headline at `title_index` and the article's
paragraphs as `body`, the way the plain-text parser hands them to `find_site_name`.
"""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site


def test_chrome_links_name_the_outlet_behind_a_group_notice() -> None:
    top = ["Sign In", "About SFGATE", "Contact SFGATE"]
    below = ["SFGate Newsletters", "© 2019 Hearst Communications, Inc."]
    # The links agree on the name; the notice names the owning group, which names no site.
    assert _site(top, below) == "SFGate"


def test_an_address_at_the_mastheads_domain_confirms_it() -> None:
    top = ["Harbor Daily", "News", "Sports"]
    below = ["Send tips to news@harbordaily.com", "Privacy Policy"]
    assert _site(top, below) == "Harbor Daily"
    # The masthead alone could be a menu's first item.
    assert _site(top, ["Privacy Policy"]) is None


def test_a_staff_bio_and_a_link_agree_on_the_outlet() -> None:
    bio = "Jane Roe is a staff writer at The Ledger, covering city hall."
    assert _site(["Skip to content", "Gear"], ["More From The Ledger"], [P1, P2, bio]) == (
        "The Ledger"
    )


def test_a_staff_bio_closing_the_article_names_the_outlet_alone() -> None:
    # (fourth round of issue #10: often the only line of the copied text naming the outlet)
    bio = "Phil Helsel is a reporter for NBC News."
    assert _site(["Skip to content", "Gear"], ["Privacy Policy"], [P1, P2, bio]) == "NBC News"
    story = "Phil Helsel said the council would meet NBC News reporters on Friday."
    assert _site(["Skip to content", "Gear"], ["Privacy Policy"], [P1, P2, story]) is None


def test_a_link_labelled_copyright_is_no_notice() -> None:
    # ("Copyright Agent": where to send takedown notices, no name of the site)
    assert _site(["Menu"], ["Copyright Agent", "Privacy Policy", "Terms of Use"]) is None


def test_a_photographers_notice_is_not_the_sites() -> None:
    below = ["Hikers on the ridge above the valley © Ralf Glaser", "Share", "Print"]
    assert _site(["Menu", "Trails"], below) is None


def test_a_notice_with_two_names_gives_the_site_not_the_company() -> None:
    german = (
        "Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH Alle Rechte vorbehalten."
    )
    assert _site(["Menu"], [german]) == "Business Insider Deutschland"
    assert _site(["Menu"], ["Impressum", "© ARD-aktuell / tagesschau.de"]) == "tagesschau.de"


def test_a_section_start_page_is_no_logo() -> None:
    assert _site(["NHL", "NHL Home", "Scores"], ["Contact"]) is None
    assert _site(["Ars Technica home", "Science"], ["Contact"]) == "Ars Technica"


def test_an_owner_named_by_the_outlets_initials_confirms_the_masthead() -> None:
    top = ["Sign In", "Harbor Daily Post", "News", "Sports"]
    below = ["Privacy Policy", "© 2019 HDP Holdings, Inc. All Rights Reserved."]
    assert _site(top, below) == "Harbor Daily Post"
    # Without the owner's initials the masthead line could be a menu's first entry.
    assert _site(top, ["Privacy Policy", "© 2019 Tidewater Holdings, Inc."]) is None


def test_a_corporations_notice_names_the_owner_not_the_outlet() -> None:
    below = ["Privacy Policy", "© 2019 The Tidewater Corporation. All Rights Reserved."]
    assert _site(["Sign In", "News"], below) is None
    below = ["Privacy Policy", "Copyright The Tidewater Company, All rights reserved"]
    assert _site(["Sign In", "News"], below) is None


def test_a_web_address_as_the_pages_first_line_is_its_masthead() -> None:
    # The logo's text is the site's address; a sister brand in the menu, with its address
    # over the footer's notice, says less.
    top = ["HarborSports.com", "News", "Scores", "TicketLine"]
    below = ["Privacy Policy", "TicketLine.com", "© 2019 Harbor Media Group. All Rights Reserved."]
    assert _site(top, below) == "HarborSports.com"
    # The address as one menu link among others is no masthead.
    assert _site(["News", "Scores", "HarborSports.com", "TicketLine"], below) != "HarborSports.com"


def test_a_staff_bio_going_on_after_the_outlets_name_names_it_alone() -> None:
    # The bio's next sentence opens with a capital: it is no part of the outlet's name.
    bio = "Phil Helsel is a reporter for NBC News. He covers breaking news and the courts."
    assert _site(["Skip to content", "Gear"], ["Privacy Policy"], [P1, P2, bio]) == "NBC News"
    initials = "Jane Roe is an editor at U.S. News covering health care."
    assert _site(["Skip to content", "Gear"], ["Privacy Policy"], [P1, P2, initials]) == (
        "U.S. News"
    )
