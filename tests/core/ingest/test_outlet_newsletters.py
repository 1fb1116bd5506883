"""Where nothing else names the site, the newsletter it sells under its own name does (en-news'
VG247 page: "Subscribe to the" / "VG247 newsletter!"; de-web's 1000things page: "Der 1000things
Newsletter für Österreich"; bund.net: "BUND-Newsletter abonnieren!"); a newsletter named for a
topic, a column, a partner or the reader's account never does, and where a masthead or a notice
names the site the newsletter changes nothing. The pages are written by hand in those shapes.
"""

from __future__ import annotations

from outlet_pages import site

from reader.core.ingest.outlet_newsletters import newsletter_name

MENU = ["Home", "Reviews", "Guides", "Videos"]
FOOTER = ["Privacy policy", "Terms of use", "Contact"]


def test_the_newsletter_named_after_the_site_names_it() -> None:
    assert site(["Subscribe to the", "Pixelwerk newsletter!", *MENU], FOOTER) == "Pixelwerk"
    top = ["Der 1000wege Newsletter für Österreich", "Wandern", "Essen & Trinken"]
    assert site(top, ["Impressum", "Datenschutz"]) == "1000wege"
    assert site(["Themen", "Termine"], ["HAFV-Newsletter abonnieren!", "Impressum"]) == "HAFV"


def test_the_shapes_of_a_newsletter_named_after_the_site() -> None:
    assert newsletter_name(["Sign up for SFGATE Newsletters"]) == "SFGATE"
    assert newsletter_name(["Subscribe to Inexhibit’s newsletter"]) == "Inexhibit"
    assert newsletter_name(["Willkommen beim Hafenblatt-Newsletter!"]) == "Hafenblatt"
    # a title of common words with its article in capitals
    assert newsletter_name(["Subscribe to The Atlantic newsletter"]) == "The Atlantic"
    assert newsletter_name(["The Atlantic Newsletter"]) == "The Atlantic"
    assert newsletter_name(["Subscribe to the Atlantic newsletter"]) is None
    # the name its newsletters carry most often
    lines = ["Pixelwerk Newsletter", "Lotsenpost Newsletter", "Lotsenpost-Newsletter"]
    assert newsletter_name(lines) == "Lotsenpost"


def test_newsletters_named_for_no_site() -> None:
    for line in (
        "Pick Six Newsletter",  # a column
        "Join the IGN Deals Newsletter.",  # a section of the site
        "Daily Newsletter",
        "Email Newsletters",
        "Meine Newsletter",  # the reader's account
        "Subscribe to our newsletters",
        "UV-Newsletter",  # two letters: a topic's as often as a paper's initials
        "Abonnieren Sie den Digitalisierungs-Newsletter!",
        "Coaching-Newsletter erhalten",
        "RNZ-WhatsApp-Newsletter",  # the channel it comes by
        "Ja, ich möchte den Hafenblatt-Newsletter kostenlos abonnieren.",  # a sentence
        "Newsletter",
    ):
        assert newsletter_name([line]) is None, line


def test_a_site_named_otherwise_keeps_its_name() -> None:
    notice = ["© 2024 Harbor Daily. All rights reserved."]
    assert site(["Birdlife Newsletter", *MENU], [*FOOTER, *notice]) == "Harbor Daily"
    assert site(["Pick Six Newsletter", *MENU], FOOTER) is None
