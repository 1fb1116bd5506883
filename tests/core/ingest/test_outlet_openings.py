"""Where a page's own name opens a line (issue 10, session 9): the logo's text right after the
skip links, a line opening with the site's address, and the spelling a masthead writes."""

from __future__ import annotations

from outlet_pages import P1, P2
from outlet_pages import site as _site

from reader.core.ingest.outlet_evidence import email_domains, first_line, line_names
from reader.core.ingest.outlet_spellings import spelling_of

_MENU = ["Harbor Bikes", "News", "Reviews", "Kit"]
_ABOUT = "harborbikes.co.uk features the latest bike reviews, news and events."


def test_the_logo_after_a_skip_link_is_the_pages_first_line() -> None:
    # The logo's text and a line opening with its address agree.
    assert _site(["Skip to content", *_MENU], [_ABOUT, "Privacy"]) == "Harbor Bikes"
    assert _site(["Zum Inhalt springen", *_MENU], [_ABOUT, "Privacy"]) == "Harbor Bikes"
    # Under a menu's first entry the same line is one of the menu's.
    assert _site(["Menu", *_MENU], [_ABOUT, "Privacy"]) is None


def test_skip_links_in_several_languages() -> None:
    assert first_line(["Skip to main content", "Jump to navigation", "Harbor Bikes"]) == 2
    assert first_line(["Direkt zum Inhalt", "Pular para o conteúdo", "Harbor Bikes"]) == 2
    assert first_line(["Harbor Bikes", "Skip to content"]) == 0
    assert first_line(["Main menu", "Harbor Bikes"]) == 0


def test_a_line_opening_with_an_address_names_the_site() -> None:
    assert email_domains(_ABOUT) == {"harborbikes"}
    assert email_domains("kath-net.at behält sich vor, Kommentare zu löschen") == {"kathnet"}
    # An address alone on its line is a domain line; one inside a sentence, anyone's.
    assert email_domains("harborbikes.co.uk") == set()
    assert email_domains("Photos: see photocase.de for more") == set()
    # Without the address the logo after the skip link stands alone.
    assert _site(["Skip to content", *_MENU], ["Privacy"]) is None


def test_a_spelling_that_only_adds_a_sign_loses_a_tie() -> None:
    # The masthead's "Cicero", not "Cicero+", the link to its subscription.
    assert spelling_of({"Cicero+": 2.0, "Cicero": 2.0}) == "Cicero"
    assert spelling_of({"Telegraph": 1.0, "The Telegraph": 1.0}) == "The Telegraph"
    assert spelling_of({"Canal": 1.0, "Canal+": 2.0}) == "Canal+"


def test_a_german_logo_link_back_to_the_start_page() -> None:
    # ("Logo – zur Startseite": the alt text German sites give their logo's link)
    assert _site(["Harbor Blog | Zurück zur Startseite", "Suche"], ["Impressum"]) == "Harbor Blog"
    assert _site(["Harbor Blog – zur Startseite", "Suche"], ["Impressum"]) == "Harbor Blog"
    assert _site(["Zur Startseite", "Suche"], ["Impressum"]) is None


def test_follow_and_subscribe_links_with_what_follows_them() -> None:
    # The platforms' icons after "Follow HRT on"; the link's promise after the newsletter's name.
    assert line_names("Follow HRT on")[0] == "HRT"
    assert line_names("Subscribe to HRT newsletter to get stories others won't tell you")[0] == (
        "HRT"
    )
    assert line_names("Subscribe to Harbor Mac on YouTube for more Apple news:")[0] == "Harbor Mac"
    below = ["Follow HRT on", "Subscribe to HRT newsletter to get the stories", "HRT News App"]
    assert _site(["Menu", "News"], below) == "HRT"


def test_a_first_line_of_the_sites_address_and_its_tagline() -> None:
    top = ["Skip to content", "harborjobs.de - Jobbörse und Nachrichten für Ingenieure", "Jobs"]
    assert _site(top, ["Impressum"]) == "harborjobs.de"
    # Further down, the same line is a link to another site.
    top = ["Skip to content", "Jobs", "harborjobs.de - Jobbörse und Nachrichten für Ingenieure"]
    assert _site(top, ["Impressum"]) is None


def test_a_lead_opening_with_the_sites_address_names_it() -> None:
    lead = "HarborNews.Net - The city council approved the budget on Tuesday after a long debate."
    assert _site(["Menu", "News"], ["Privacy"], [lead, P2]) == "HarborNews.Net"
    # An agency before the dash is no address; a place is no name.
    assert _site(["Menu", "News"], ["Privacy"], ["Reuters - " + P1, P2]) is None
    assert _site(["Menu", "News"], ["Privacy"], ["VIENNA — " + P1, P2]) is None
