"""A blog's title over its tagline, the page's first two lines, names the site (de-web's
lernpfadprismen page: "PRISMEN" / "Lernpfad für die 3. Klasse AHS/NMS (7. Schulstufe)";
1337kultur: "1337@kultur:~$" / "Leet-Kultur – Kultur aus der Nerdperspektive"; mywakenews:
"Mywakenews's Blog" / "For all who want to wake up! …"; resonator-podcast: "Resonator" / "Der
Forschungspodcast der Helmholtz-Gemeinschaft – mit …"). A first line alone stays a masthead
too weak to name it, and a menu item over its first entry, a date, the skip links or a label
are no title over a tagline. The pages are written by hand in those shapes.
"""

from __future__ import annotations

from outlet_pages import site

from reader.core.ingest.outlet_taglines import tagline_name

MENU = ["Start", "Rezepte", "Reisen", "Über mich"]
FOOTER = ["Impressum", "Datenschutz"]


def test_the_title_over_the_tagline_names_the_site() -> None:
    top = ["Lotsenblatt", "Notizen aus dem Hafen und vom Deich", *MENU]
    assert site(top, FOOTER) == "Lotsenblatt"
    top = ["Harbor Notes", "for all who love the sea and its ships", *MENU]
    assert site(top, FOOTER) == "Harbor Notes"


def test_the_first_line_alone_names_no_site() -> None:
    assert site(["Lotsenblatt", *MENU], FOOTER) is None


def test_no_title_over_a_tagline() -> None:
    for top in (
        ["Produkte", "Solaranlagen mit und ohne Speicher"],  # a menu item over its first entry
        ["1. November 2023", "✔ unabhängig ✔ überparteilich ❤ kostenfrei"],  # a date
        ["Sprungmarken", "Übersicht der Marken des HR anspringen"],  # the skip links
        ["Lotsenblatt", "Springe direkt zu:"],
        ["Lotsenblatt", "Start | Blog | über mich | Kontakt"],  # a menu
        ["Lotsenblatt", "Hafen Kiel"],  # too short for a phrase
    ):
        assert tagline_name([*top, *MENU], 0, len(top) + len(MENU)) is None, top


def test_a_headline_over_its_teaser_is_no_title_over_a_tagline() -> None:
    # (line 1 is the headline: the first line and the line under it stand above it)
    lines = ["Lotsenblatt", "Der Hafen wird größer und die Stadt zahlt dafür", "Text"]
    assert tagline_name(lines, 0, 1) is None
    # the headline again in a bar over the page
    headline = "Power shutoff begins over fire danger in the valley"
    lines = ["Currently Reading", headline, "News", headline]
    assert tagline_name(lines, 0, 3) is None
