"""A footer sentence saying who owns the site names the site (issue 10, session 9): the copyright
notice of a group-owned site names only the company, and "<Site> is part of <Company>" is
often the one line that spells the outlet's own name."""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet_claims import claimed_names
from reader.core.ingest.outlet_spellings import spelling_of

_NOTICE = "© Harbor Group, Inc. 11 Pier Street, Portland, ME 04101."


def test_an_ownership_sentence_in_the_footer_names_the_outlet() -> None:
    below = ["Harbor Science is part of Harbor Group Inc, a leading digital publisher.", _NOTICE]
    assert _site(["Search", "RSS"], below) == "Harbor Science"
    # Without the sentence the notice names only the company's group.
    assert _site(["Search", "RSS"], [_NOTICE]) is None


def test_the_claims_wordings_in_english_and_german() -> None:
    assert claimed_names("Tidewater is published by The Tidewater Group, a Coast company.") == [
        "Tidewater"
    ]
    assert claimed_names("The Harbor Reporter, LLC is a subsidiary of Coast Media, LLC") == [
        "The Harbor Reporter"
    ]
    assert claimed_names("Schienenblatt ist eine Marke der Bahn Medien GmbH") == ["Schienenblatt"]


def test_a_claim_inside_a_line_or_about_a_person_names_no_outlet() -> None:
    # The story's own wording, a pronoun, an owner that is no name.
    assert claimed_names("The initiative is part of the Fourth Energy Plan.") == []
    assert claimed_names("He is part of the Harbor Post team.") == []
    assert claimed_names("Harbor Science is part of our family of sites.") == []
    assert claimed_names("Last year Harbor Science is part of Harbor Group Inc") == []
    story = "Harbor Science is part of Harbor Group Inc, the company said on Monday."
    assert _site(["Search", "RSS"], [], [P1, P2, story]) is None


def test_a_printers_notice_names_no_outlet() -> None:
    # The company printing the paper holds the notice ("© 2019 The Printers (Mysore) Private
    # Ltd." under the Deccan Herald): better no outlet than the printer.
    below = ["Disclaimer", "© 2019 The Printers (Harbor) Private Ltd."]
    assert _site(["Menu", "Harbor"], below) is None
    below = ["Disclaimer", "© 2019 The Harbor Herald (Harbor) Private Ltd."]
    assert _site(["Menu", "Harbor"], below) == "The Harbor Herald"


_HOUSE_MENU = ["Der HRV", "HRV Aktuell", "HRV Fernsehen", "HRV4", "Radio HRV", "HRV-Sport"]


def test_a_menu_headed_by_the_houses_name_names_it() -> None:
    # German organisations head the menu about themselves "Der ADAC", "Der SWR", "Das BKA".
    assert _site(["Menü", "Suche"], [*_HOUSE_MENU, "Impressum"]) == "HRV"
    assert _site(["Menü", "Suche"], ["DER HAFEN", "HAFEN TV", "HAFEN+", "Digitaler HAFEN",
                                      "HAFEN Geschichte", "Impressum"]) == "DER HAFEN"  # fmt: skip


def test_a_plain_word_or_a_short_family_names_no_house() -> None:
    # Three lines of its own may be a section's ("HRV Aktuell", "HRV Fernsehen", "Radio HRV").
    assert _site(["Menü", "Suche"], [*_HOUSE_MENU[:5], "Impressum"]) is None
    # A common noun heads lines of its own kinds: "Das Handwerk", "Handwerk Bayern" …
    words = ["Das Handwerk", "Handwerk Bayern", "Handwerk Sachsen", "Handwerk heute",
             "Zukunft Handwerk", "Impressum"]  # fmt: skip
    assert _site(["Menü", "Suche"], words) is None


def test_the_spelling_with_a_web_address_loses_to_the_name_in_capitals() -> None:
    assert spelling_of({"adac.de": 1.0, "ADAC": 1.0}) == "ADAC"
    assert spelling_of({"SFGATE": 1.0, "SFGate": 1.0}) == "SFGate"


def test_a_blogs_software_credit_follows_the_blogs_name() -> None:
    # (spreeblick.com, campino2k.de: the theme's footer names the blog, then WordPress)
    assert _site(["Suche", "Themen"], ["Hafenblick is powered by WordPress"]) == "Hafenblick"
    below = ["Impressum", "Am Rande des Hafens, Stolz präsentiert von WordPress"]
    assert _site(["Suche", "Themen"], below) == "Am Rande des Hafens"
    # A link before the credit, or the credit alone, names no blog.
    assert claimed_names("Datenschutzerklärung Stolz präsentiert von WordPress") == []
    assert claimed_names("Powered by WordPress. Theme by Press Customizr.") == []
