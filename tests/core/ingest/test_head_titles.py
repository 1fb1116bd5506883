"""Headline classes met on real copied pages (issue #10, second round): share panels between
the date and the story, picture credits and link lines above the story, headlines written as
sentences, and the news agency recorded beside the byline.

Each page is small and built to show one class; the expected title, date, byline and agency
are what a reader of the page would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.plaintext import parse
from reader.core.ingest.title_lines import is_never_a_title
from reader.core.text import normalise

P1 = (
    "The city council approved the new budget for road repairs on Monday evening after a long "
    "debate, and the mayor said the money would be spent before the end of the summer."
)
P2 = (
    "Opposition members said the plan relied on optimistic tax forecasts, and they warned that "
    "the council could be forced to make cuts in the autumn if revenue fell short again."
)
HEADLINE = "Council passes budget with money for road repairs"
MENU = "Home\nNews\nLocal News\nSports\nBusiness\nOpinion\nWeather\nSearch\n"
SHARE_PANEL = "".join(
    f" Share this with {site}\n"
    for site in ("Facebook", "Messenger", "Twitter", "Email", "Facebook", "WhatsApp",
                 "Messenger", "Twitter", "Pinterest", "LinkedIn", "Reddit", "Email")
)  # fmt: skip


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(normalise(text))


def test_a_share_panel_under_the_date_does_not_put_the_headline_out_of_reach() -> None:
    page = (
        f"{MENU}{HEADLINE}\n19 November 2019\n{SHARE_PANEL}Share\nCopy this link\n"
        f"Read more about sharing.\nClose share panel\nImage copyright Getty Images\n{P1}\n{P2}\n"
    )
    article = _parse(page)
    assert article.title == HEADLINE
    assert article.published == "2019-11-19"


@pytest.mark.parametrize(
    "line",
    [
        "Alex Wong | Getty Images",
        "Image copyright Getty Images",
        "Home Depot stock fell after the results. Photograph by Robyn Beck/AFP",
        "via heise online News https://www.heise.de/",
        "Monday 6:30PM",
        "Gestern, 18:05 Uhr",
    ],
)
def test_credits_links_and_weekday_times_are_never_the_title(line: str) -> None:
    assert is_never_a_title(line)


@pytest.mark.parametrize(
    "line",
    [HEADLINE, "Why Beijing will bring slaughter to Hong Kong", "Monday night football returns"],
)
def test_headlines_are_not_taken_for_credits_or_times(line: str) -> None:
    assert not is_never_a_title(line)


def test_a_picture_credit_between_the_headline_and_the_story_is_not_the_title() -> None:
    page = (
        f"{MENU}{HEADLINE}\nUpdated Nov 19, 9:41 AM\nAlex Wong | Getty Images\n"
        f"By Maria Lopez | Advance Media\n{P1}\n{P2}\n"
    )
    assert _parse(page).title == HEADLINE


def test_a_weekday_and_time_under_the_author_is_not_the_title() -> None:
    page = (
        f"{MENU}Maria LopezFriday 11:40AM\nFerry service returns to the island\nHEALTH\n"
        f"{HEADLINE}\nMaria Lopez\nMonday 6:30PM\n•\nFiled to:\nCITY HALL\n{P1}\n{P2}\n"
    )
    assert _parse(page).title == HEADLINE


def test_a_headline_written_as_two_sentences_above_the_author_line() -> None:
    headline = "Home Depot Stock Is Falling After Its Earnings Release. Why You Shouldn’t Worry."
    page = (
        f"Barron's\nSubscribe\nCONSUMER\nEARNINGS REPORT\n{headline}\n"
        f"By Al Root Updated Nov. 19, 2019 8:21 am ET\nPrint Article\nText size\n{P1}\n{P2}\n"
    )
    article = _parse(page)
    assert article.title == headline
    assert article.byline == "Al Root"


def test_a_sentence_below_the_headline_is_its_standfirst_not_the_title() -> None:
    standfirst = "Repairs start in June. Critics doubt the tax forecasts."
    page = f"{MENU}{HEADLINE}\n{standfirst}\nBy Maria Lopez\nMarch 4, 2025\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_a_caption_below_the_headline_is_not_the_title() -> None:
    caption = "Council members debate the budget at City Hall on Monday."
    page = f"{MENU}{HEADLINE}\nUpdated Nov 19, 6:55 AM\n{caption}\nBy Maria Lopez\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_the_agency_is_recorded_beside_the_authors_name() -> None:
    opening = f"Hamburg (dpa/lno) – {P1}"
    page = f"{MENU}{HEADLINE}\nVon Anna Weber\n12.11.2021\n{opening}\n{P2}\n"
    article = _parse(page)
    assert article.byline == "Anna Weber"
    assert article.agency == "dpa/lno"
    assert article.inspect_json()["agency"] == "dpa/lno"


def test_no_agency_when_the_page_names_none() -> None:
    page = f"{MENU}{HEADLINE}\nBy Maria Lopez\nMarch 4, 2025\n{P1}\n{P2}\n"
    assert _parse(page).agency is None


# --- author lines -----------------------------------------------------------------------------

DE_P1 = (
    "Der Stadtrat hat am Montagabend nach langer Debatte den neuen Haushalt beschlossen, und der "
    "Bürgermeister sagte, das Geld für die Straßen werde noch vor dem Sommer ausgegeben."
)
DE_P2 = (
    "Die Opposition hielt die Steuerschätzungen für zu optimistisch und warnte, im Herbst drohten "
    "Kürzungen, wenn die Einnahmen wieder hinter den Erwartungen zurückblieben."
)
DE_HEADLINE = "Stadtrat beschließt Haushalt mit Geld für Straßen"


def test_an_author_line_under_a_long_headline_is_not_glued_to_it() -> None:
    headline = "Why Beijing will bring slaughter to Hong Kong and what the world can do"
    page = f"{MENU}{headline}\nby Tom Rogan\n| November 19, 2019 12:00 AM\n{P1}\n{P2}\n"
    article = _parse(page)
    assert article.title == headline
    assert article.byline == "Tom Rogan"


def test_a_headline_printed_twice_over_its_standfirst_stays_the_title() -> None:
    standfirst = "Opposition members want the tax forecasts behind the plan checked again"
    page = (
        f"{MENU}Up next:\n{HEADLINE}\n{HEADLINE}\n{standfirst}\nby Maria Lopez\n"
        f"Nov 18, 2019 at 9:24 pm ET\n{P1}\n{P2}\n"
    )
    article = _parse(page)
    assert article.title == HEADLINE
    assert article.byline == "Maria Lopez"


@pytest.mark.parametrize(
    ("lead", "name"),
    [("Von", "Robert"), ("von", "auto-motor.at Redaktion"), ("Author:", "The Water Coolest")],
)
def test_a_lead_on_its_own_line_vouches_for_a_one_word_name(lead: str, name: str) -> None:
    page = f"{MENU}{DE_HEADLINE}\n{lead}\n{name}\n-\n31. Dezember 2019\n{DE_P1}\n{DE_P2}\n"
    assert _parse(page).byline == name


def test_a_menu_entry_after_sort_by_or_a_menu_autoren_is_no_author() -> None:
    menu = "Suche\nSort by\nRelevance\nTitle\nArtikel\nAutoren\nChemie-Lexikon\nInfografiken\n"
    page = f"{menu}{DE_HEADLINE}\n12.12.2022\n{DE_P1}\n{DE_P2}\n"
    assert _parse(page).byline is None


@pytest.mark.parametrize(
    ("around", "desk"),
    [
        ("{desk}\nam 3. Februar 2022 um 21:17\n", "Redaktion"),
        ("06.11.2023 | 14:10\n{desk}\n", "Redaktion Polizeiticker Schweiz"),
    ],
)
def test_the_newsroom_beside_the_date_is_the_author(around: str, desk: str) -> None:
    page = f"{MENU}{DE_HEADLINE}\n{around.format(desk=desk)}{DE_P1}\n{DE_P2}\n"
    assert _parse(page).byline == desk


def test_a_french_lead_introduces_the_author() -> None:
    page = f"{MENU}{DE_HEADLINE}\n4.02.2022 par Bob Fischer\n{DE_P1}\n{DE_P2}\n"
    assert _parse(page).byline == "Bob Fischer"


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("11.14.2019 09:00 AM", "2019-11-14T09:00"),  # month first: 14 is no month
        ("05.11.2019", "2019-11-05"),  # ambiguous: the day comes first
        ("29 / Dezember / 2022", "2022-12-29"),
        ("26 | 01 | 2022\tSchweiz | Praxis | Video", "2022-01-26"),
    ],
)
def test_dotted_month_first_and_spaced_separators(line: str, iso: str) -> None:
    from reader.core.ingest.date_lines import find_date

    hit = find_date(line)
    assert hit is not None and hit.iso == iso


def test_a_date_line_after_the_standfirst_and_a_newsletter_prompt() -> None:
    standfirst = (
        "The budget passed after a long night of talks, and the mayor promised that work on the "
        "worst roads would start before the summer holidays."
    )
    prompt = (
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings."
    )
    page = (
        f"{MENU}{HEADLINE}\n{standfirst}\nBreaking News Emails\n{prompt}\nSUBSCRIBE\n"
        f"Nov. 19, 2019, 8:41 AM UTC\nBy Maria Lopez\n{P1}\n{P2}\n"
    )
    assert _parse(page).published == "2019-11-19T08:41"


def test_a_quotations_source_below_the_opening_is_no_date() -> None:
    source = "Benedikt XVI., Enzyklika „Deus caritas est“ 5/6, 25. Dezember 2005:"
    page = f"{MENU}{DE_HEADLINE}\n{DE_P1}\n{DE_P2}\n{source}\n{DE_P1}\n"
    assert _parse(page).published is None


def test_text_and_photos_credit_names_the_author() -> None:
    line = "26 | 01 | 2022\tSchweiz | Praxis | Video\tText & Fotos: Ivan Valetny\t0\t337"
    page = f"{MENU}{DE_HEADLINE}\n{line}\n{DE_P1}\n{DE_P2}\n"
    article = _parse(page)
    assert article.byline == "Ivan Valetny"
    assert article.published == "2022-01-26"


# --- kickers glued with a space, widget labels, wire desks --------------------------------------


def test_a_kicker_glued_with_a_space_goes_when_a_line_above_repeats_the_headline() -> None:
    page = (
        f"{MENU}Daten von Rheinmetall gehackt - Interne Unterlagen im Netz\nWirtschaft\n"
        f"Interne Unterlagen im Netz Daten von Rheinmetall gehackt\nStand: 12.11.2021\n"
        f"{DE_P1}\n{DE_P2}\n"
    )
    assert _parse(page).title == "Daten von Rheinmetall gehackt"


def test_a_quote_opening_the_headline_is_no_kicker() -> None:
    headline = "„Arschloch“: Stadtrat beschließt Haushalt mit Geld für Straßen"
    teaser = "Stadtrat beschließt Haushalt mit Geld für Schulen und Straßen"
    page = f"{teaser}\n{MENU}{headline}\n12.11.2021\n{DE_P1}\n{DE_P2}\n"
    assert _parse(page).title == headline


def test_a_share_widget_label_above_the_author_is_not_the_title() -> None:
    page = (
        f"{MENU}{HEADLINE}\nNovember 20\n15:23\nPrint This Article\nShare it With Friends\n"
        f"by Harbor Post News Weekly\n0 Comments\n{P1}\n{P2}\n"
    )
    assert _parse(page).title == HEADLINE


def test_a_wire_desk_above_the_date_is_the_author_not_the_title() -> None:
    page = (
        f"{MENU}{HEADLINE}\nDetroit News wire services\nPublished 11:11 PM EST Nov 19, 2019\n"
        f"{P1}\n{P2}\n"
    )
    article = _parse(page)
    assert article.title == HEADLINE
    assert article.byline == "Detroit News wire services"


# --- author ranking and lead words --------------------------------------------------------------


def test_a_desk_introduced_on_the_date_line_beats_a_name_in_a_related_title() -> None:
    related = (
        "Neuste Artikel\nWerke von David Hockney ab Sommer in Luzern zu sehen\n"
        "Städte in Bayern rüsten sich für Flut von Kirchenaustritten\nPrevious Next\nin Sport\n"
    )
    standfirst = "Der Stadtrat will mit dem Geld ein Zeichen für bessere Straßen setzen"
    page = (
        f"{MENU}{related}{DE_HEADLINE}\n{standfirst}\nvon  Newsdesk 28. Januar 2022, 12:01\n"
        f"{DE_P1}\n{DE_P2}\n"
    )
    assert _parse(page).byline == "Newsdesk"


def test_a_pingback_line_gives_no_one_word_author() -> None:
    page = (
        f"{MENU}{DE_HEADLINE}\n11.09.2011, 16:20 von jovelstefan\n{DE_P1}\n{DE_P2}\n"
        "Pingback von Too much information - Papierkorb - Lesezeichen | 11.09.2011 23:31\n"
    )
    assert _parse(page).byline == "jovelstefan"


def test_a_headline_opening_with_von_is_no_author_line() -> None:
    headline = "Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»"
    page = f"{MENU}Ethik\n{headline}\n{DE_P1}\n{DE_P2}\nDatum: 19.11.2021\nAutor: Fritz Imhof\n"
    article = _parse(page)
    assert article.byline == "Fritz Imhof"
    assert article.title == headline


def test_a_headline_that_starts_like_a_name_gives_no_author() -> None:
    headline = "Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt"
    page = (
        f"{MENU}{headline}\n06.11.2023 | 14:10\nRedaktion Polizeiticker Schweiz\n{DE_P1}\n{DE_P2}\n"
    )
    assert _parse(page).byline == "Redaktion Polizeiticker Schweiz"


def test_a_blog_category_after_the_name_is_cut() -> None:
    line = "Posted by Nesselsetzer under Just For Fun, Rebloggt | Schlagwörter: Antipoden"
    page = f"{MENU}{DE_HEADLINE}\n2. August 2012\n{line}\n{DE_P1}\n{DE_P2}\n"
    assert _parse(page).byline == "Nesselsetzer"


@pytest.mark.parametrize(
    "line",
    ["Face\xadbookTwit\xadterPin\xadte\xadrestE-MailWhats\xadApp", "TeilenTeilenDruckenTweeten",
     "St. Magdalena und hinten der Rosengarten © Südtirol Wein / Tiberio Sorvillo"],
)  # fmt: skip
def test_share_rows_and_credited_captions_are_never_the_title(line: str) -> None:
    assert is_never_a_title(line)
    assert not is_never_a_title("Facebook")  # one network's name: a menu entry


# --- breadcrumbs and the lead picture's credit --------------------------------------------------


def test_a_breadcrumb_over_the_headline_does_not_take_it_for_a_subtitle() -> None:
    headline = "Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück"
    page = (
        f"{MENU}Home / Horoskop / Astrologie & Sternzeichen / Sternzeichen\n{headline}\n"
        f"von Sonia Mevißen\nErstellt am 01.01.23 um 08:35\n{DE_P1}\n{DE_P2}\n"
    )
    assert _parse(page).title == headline


def test_headline_and_authors_above_the_lead_pictures_credit_are_no_caption() -> None:
    headline = "Ich habe es satt, an Weihnachten gefragt zu werden, wieso ich Single bin"
    page = (
        f"{MENU}Story aus Weihnachten\n{headline}\nSadhbh O'Sullivan, Elisabeth Kochan\n"
        f"Foto: Anna Jay.\n{DE_P1}\n{DE_P2}\n"
    )
    article = _parse(page)
    assert article.title == headline
    assert article.byline == "Sadhbh O'Sullivan, Elisabeth Kochan"  # both co-authors


def test_an_icon_ligature_and_its_link_are_cut_from_the_title() -> None:
    from reader.core.ingest.title import strip_icon_tail

    glued = "Introducing Junior Gaspard, New CEO at Experience chevron_left Browse All Posts"
    assert strip_icon_tail(glued) == "Introducing Junior Gaspard, New CEO at Experience"
    assert strip_icon_tail(HEADLINE) == HEADLINE
    page = f"{MENU}{HEADLINE} arrow_back Back to the blog\nBy Maria Lopez\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_a_by_line_under_the_lead_pictures_credit_is_the_byline_not_its_caption() -> None:
    teaser = "The mayor’s plan relies on tax forecasts that critics call far too optimistic."
    page = (
        f"{MENU}{HEADLINE}\n{teaser}\nThe mayor at City Hall last week.\nCredit...\n"
        f"Anna Moneymaker/The New York Times\nBy Ana Swanson\n{P1}\n{P2}\n"
    )
    assert _parse(page).byline == "Ana Swanson"


def test_a_name_with_a_handle_under_the_standfirst_is_the_byline() -> None:
    headline = "Economy in stress and markets on a high; time to be careful?"
    standfirst = (
        "The September quarter earnings were not a complete disappointment, with most of the "
        "companies reporting in-line or better numbers than what the market expected."
    )
    page = f"{MENU}{headline}\n{standfirst}\nNishant Kumar @Nishantopines\n{P1}\n{P2}\n"
    assert _parse(page).byline == "Nishant Kumar"
    # Without the handle a short line there is the story's first subheading.
    plain = f"{MENU}{headline}\n{standfirst}\nNeues Leitmotto\n{P1}\n{P2}\n"
    assert _parse(plain).byline is None
