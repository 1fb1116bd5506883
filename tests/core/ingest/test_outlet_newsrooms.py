"""A German site's newsroom names the site (session 33, four de-web pages checked against each
page's own og:site_name: "auto-motor.at Redaktion" as the byline, "N-Land Redaktion" under the
story, "Kinzig.News Redaktion:" over the contact's number, "Mitglied der Tonight News-Redaktion"
under a writer's name): as strong spelt with a space as with a hyphen ("Hafenblatt-Redaktion"
counted already). A desk or the newsroom unnamed is none. Pages and names by hand."""

from __future__ import annotations

from outlet_pages import site

from reader.core.ingest.outlet_newsrooms import newsroom_names, staff_name
from reader.core.ingest.plaintext import parse

MENU = ["Startseite", "Region", "Sport", "Termine"]
FOOTER = ["Impressum", "Datenschutz", "Kontakt"]


def test_a_line_naming_the_newsroom_names_the_site() -> None:
    assert site(MENU, ["Moorland Kurier Redaktion", *FOOTER]) == "Moorland Kurier"
    assert site(MENU, ["Kontakt", "Elbtal.News Redaktion:", "Telefon: 0421 123456"]) == (
        "Elbtal.News"
    )
    assert site(MENU, ["weserblick.de Redaktion", *FOOTER]) == "weserblick.de"


def test_a_multi_word_name_in_the_hyphened_newsroom_after_its_article() -> None:
    lines = ["Jana Berger", "Mitglied der Abend Echo-Redaktion", "Der Rat tagte am Montag."]
    assert staff_name(lines, "\n".join(lines[:2]), lines[2]) == "Abend Echo"
    assert site(MENU, ["Jana Berger", "Mitglied der Abend Echo-Redaktion", *FOOTER]) == "Abend Echo"


def test_desks_and_the_unnamed_newsroom_name_no_site() -> None:
    for line in (
        "Die Redaktion",
        "Unsere Redaktion",
        "Empfehlung der Redaktion",
        "Top Themen der Redaktion",
        "Lokal Redaktion",  # a desk: a common word
        "Reise Redaktion",
        "Redaktion",
    ):
        assert newsroom_names(line) == [], line
        assert site(MENU, [line, *FOOTER]) is None, line
    # a brand in capitals is a name though its word is common
    assert newsroom_names("BILD Redaktion") == ["BILD"]


def test_the_site_s_notice_spelling_the_newsroom_out_keeps_its_full_name() -> None:
    below = ["Hafen Blog Redaktion", "Impressum", "© 2024 Das Große Hafen Blog"]
    assert site(MENU, below) == "Das Große Hafen Blog"


def test_a_copied_german_page_whose_byline_is_the_newsroom() -> None:
    page = "\n".join(
        [
            "Startseite",
            "Tests",
            "Neuheiten",
            "Kleiner Stadtwagen mit großem Kofferraum im Test",
            "von",
            "fahrwerk-online.at Redaktion",
            "Der neue Stadtwagen ist kaum länger als sein Vorgänger, bietet aber deutlich mehr "
            "Platz im Kofferraum und auf der Rückbank, wie unsere Testfahrten zeigten.",
            "",
            "Auf der Autobahn bleibt er auch bei hohem Tempo leise, nur der Verbrauch steigt "
            "dann spürbar an, und die Lenkung wirkt etwas zu leichtgängig.",
            "",
            "Impressum",
            "Datenschutz",
        ]
    )
    article = parse(page)
    assert article.title == "Kleiner Stadtwagen mit großem Kofferraum im Test"
    assert article.site_name == "fahrwerk-online.at"
