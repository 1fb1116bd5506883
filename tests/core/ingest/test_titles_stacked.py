"""Titles on real copied pages (issue #10): a headline stacked over its standfirst is the
headline, also when a dated source line, a widget's label or a company's name stands next to
the pair; only a list of titles over the pair (a related-articles box) makes the upper line
one of the box's.

Built like the dev-set pages that showed the class (a science news site's dated source line
over headline, standfirst, company name and picture; a discussion platform's tutorial
buttons over headline and standfirst); the expected values are what a reader of the page
would cite.
"""

from __future__ import annotations

from tests.head_pages import P1, P2, parse_page

MENU = "Start\nPolitik\nWirtschaft\nKultur\n"
HEADLINE = "Stadtrat beschließt neuen Haushalt für die Straßen"
STANDFIRST = "Bürgermeister will das Geld noch vor dem Sommer für Reparaturen ausgeben"
SOURCE = "12.03.2021 - Stadtwerke Musterstadt (Amt für Straßenbau)"


def test_a_dated_source_line_over_the_headline_is_no_title_of_a_box() -> None:
    # Language links, the date with its source, headline, standfirst, story.
    for above in ("", "DE\nEN\nFR\n"):
        article = parse_page(f"{MENU}{above}{SOURCE}\n{HEADLINE}\n{STANDFIRST}\n{P1}\n{P2}\n")
        assert article.title == HEADLINE, above
        assert article.published == "2021-03-12", above


def test_one_widget_line_over_the_headline_makes_no_list() -> None:
    widget = "Tutorial starten Tutorial ausschalten Alle Tutorials ausschalten"
    article = parse_page(f"{MENU}{widget}\n{HEADLINE}\n{STANDFIRST}\n{P1}\n{P2}\n")
    assert article.title == HEADLINE


def test_a_headline_over_its_standfirst_and_a_company_name() -> None:
    # The company's name under the standfirst, then the picture's caption and zoom button:
    # the name is no headline, and the line over it is the standfirst, not the headline.
    headline = "Forscher-Firma revolutioniert die Messung von Treibhausgasen"
    standfirst = "Preis für Nordwind Analytik: Bereit für nachhaltiges Wachstum"
    story = (
        "Das im Februar 2018 gegründete Unternehmen Nordwind Analytik erhielt im Oktober einen "
        "Preis für seine Geräte zur Messung von Treibhausgasen, die nun in vielen Ländern "
        "verkauft werden sollen.\nEs ist der vorläufige Höhepunkt einer Erfolgsgeschichte, "
        "sagte die Gründerin, die mit ihrem Team im vergangenen Jahr mehr als hundert Geräte "
        "an Forschungsinstitute geliefert hat.\n"
    )
    for above in ("", f"DE\nEN\nFR\n{SOURCE}\n"):
        page = (
            f"{MENU}{above}{headline}\n{standfirst}\nNordwind Analytik\n"
            f"Die Gründer mit einem ihrer Geräte im Labor.\nHineinzoomen\n{story}"
        )
        assert parse_page(page).title == headline, above


KICKER = "Haushalt für die Straßen der Stadt"
SHORT_HEADLINE = "Geld für Schlaglöcher"


def test_a_kicker_over_a_short_headline_on_the_text_is_no_headline() -> None:
    # A newspaper's topic line over a three-word headline that stands right on the story:
    # the topic line shares more of the story's words, the headline is the line under it.
    article = parse_page(f"{MENU}{KICKER}\n{SHORT_HEADLINE}\n{P1}\n{P2}\n")
    assert article.title == SHORT_HEADLINE


def test_a_headline_over_its_first_subheading_stays_the_headline() -> None:
    article = parse_page(f"{MENU}{HEADLINE}\nDas Wichtigste in Kürze\n{P1}\n{P2}\n")
    assert article.title == HEADLINE


def test_a_short_headline_ending_in_a_full_stop_is_no_kicker() -> None:
    # An exhibition page: the headline states something, the line under it names the show,
    # then its dates. A kicker is a label and never ends in a full stop.
    headline = "Straßen in neuem Glanz."
    page = f"{MENU}{headline}\nHaushalt der Stadt Musterstadt\n12. März 2021\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_a_headline_under_a_section_label_over_its_subtitle() -> None:
    # The section's label over the headline makes the headline look like a list's item; the
    # headline and its subtitle over the author line are no list.
    headline = "Wer zahlt das Geld für die Straßen und alle Schlaglöcher"
    page = (
        f"{MENU}Sport\nStadtrat\n{headline}\n{STANDFIRST}\nVon Anna Weber\n12.03.2021\n{P1}\n{P2}\n"
    )
    article = parse_page(page)
    assert article.title == headline
    assert article.byline == "Anna Weber"
