"""The head rules of issue #10, each on a small page built to show the class of page it is for.

Expected values are what a reader of the page would call its title, author and date.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import agency_of, byline_in_line, clean_byline, name_beside_date
from reader.core.ingest.date_lines import find_date
from reader.core.ingest.plaintext import parse
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
RELATED = (
    "Most read\nFerry service returns to the island after storm repairs\n"
    "Harbor festival draws record crowds\nSchool board names new superintendent\n"
)


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(normalise(text))


# --- the headline ---------------------------------------------------------------------------


def test_headline_is_the_line_above_the_author_not_the_first_menu_line() -> None:
    page = f"{MENU}{HEADLINE}\nBy Maria Lopez\nMarch 4, 2025\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_headline_above_the_author_wins_over_a_related_title_above_the_text() -> None:
    page = f"{MENU}{HEADLINE}\nBy Maria Lopez\nMarch 4, 2025\n{RELATED}{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_headline_sharing_words_with_the_story_wins_over_a_section_name() -> None:
    page = f"{MENU}{HEADLINE}\nCity Hall\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_a_date_line_right_above_the_text_is_never_the_headline() -> None:
    page = f"{MENU}{HEADLINE}\nUpdated Nov 19, 6:55 AM\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_headline_over_its_standfirst_keeps_the_standfirst_out_of_the_title() -> None:
    standfirst = "Repairs to start in June as critics doubt the tax forecasts behind the plan"
    page = f"{MENU}{HEADLINE}\n{standfirst}\nBy Maria Lopez\nMarch 4, 2025\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_a_kicker_above_the_headline_is_not_the_title() -> None:
    page = f"{MENU}Budget\n{HEADLINE}\nBy Maria Lopez\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19"),
        ("Posted 21/11/2019", "2019-11-21"),
        ("Erstellt am 01.01.23 um 08:35", "2023-01-01"),
        ("PUBLISHED WED, NOV 20 20194:29 AM EST", "2019-11-20"),
        ("21. JANUAR 202221. JANUAR 2022", "2022-01-21"),
        ("by Lighthouse ／ 2016.12.01", "2016-12-01"),
        ("2013年04月09日", "2013-04-09"),
        ("2019년 11월 20일", "2019-11-20"),
        ("8.Dezember 2010 um 09:43", "2010-12-08"),
    ],
)
def test_date_forms_of_copied_pages(line: str, day: str) -> None:
    hit = find_date(line)
    assert hit is not None and hit.iso[:10] == day


@pytest.mark.parametrize("line", ["version 1.2.3", "Preis 3.14.15", "Seite 12/30"])
def test_numbers_that_are_no_dates(line: str) -> None:
    assert find_date(line) is None


def test_date_announced_below_the_article_when_the_head_has_none() -> None:
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\n{P1}\nVeröffentlicht am 06.10.2023\nKontakt\n"
    assert _parse(page).published == "2023-10-06"


# --- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "dated", "names"),
    [
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", True, "Joe Rossignol"),
        ("Veröffentlicht vonChris Jung 28. Februar 2016", True, "Chris Jung"),
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", True, "rasos"),
        ("8. Januar 2020 · by Aureliana · in Gefühle", True, "Aureliana"),
        ("Post author  By Helge Fahrnberger", False, "Helge Fahrnberger"),
        ("Text: Kirsten Freund / handwerksblatt.de", False, "Kirsten Freund"),
    ],
)
def test_byline_inside_a_meta_line(line: str, dated: bool, names: str) -> None:
    assert byline_in_line(line, dated) == names


@pytest.mark.parametrize(
    "line",
    ["Eine neue Studie von Heinz Duchhardt", "Auf den Spuren von Rafael Nadal", "Written by hand"],
)
def test_a_headline_naming_someone_is_no_byline(line: str) -> None:
    assert byline_in_line(line, False) is None


def test_bare_name_below_the_headline_is_the_author() -> None:
    page = f"{MENU}{HEADLINE}\nJossi Loibl\n4 Min. Lesedauer\n{P1}\n{P2}\n"
    assert _parse(page).byline == "Jossi Loibl"


def test_author_nearest_the_headline_wins_over_one_in_the_menu_area() -> None:
    page = f"Anna Weber\nEditor\n{MENU}{HEADLINE}\nBy Maria Lopez\nMarch 4, 2025\n{P1}\n{P2}\n"
    assert _parse(page).byline == "Maria Lopez"


def test_date_and_author_line_below_the_article() -> None:
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nGespeichert von rasos am 24. Juli 2017 - 18:55\n"
    article = _parse(page)
    assert article.published == "2017-07-24T18:55"
    assert article.byline == "rasos"


def test_author_box_under_the_article_names_the_author() -> None:
    bio = "Maria Lopez covers city hall and the county budget for the paper since 2015."
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nMaria Lopez\n{bio}\n{RELATED}"
    assert _parse(page).byline == "Maria Lopez"


def test_a_name_that_only_recurs_in_the_text_is_no_author_box() -> None:
    quote = "Maria Lopez said the council had no choice but to act before the storms came."
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\nMaria Lopez said\n{quote}\n{RELATED}"
    assert _parse(page).byline is None


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        (
            "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht "
            "und wurde unter Allgemein, Termine abgelegt. Du kannst die Kommentare verfolgen.",
            "2019-11-27T15:21",
        ),
        (
            "Dieser Artikel wurde erstmals am 25. März 2020 in der Rubrik Gegenwart veröffentlicht.",
            "2020-03-25",
        ),
        (
            "This entry was posted on Monday, March 3rd, 2025 at 4:05 pm and is filed under Local.",
            "2025-03-03T16:05",
        ),
    ],
)
def test_a_blog_themes_published_sentence_under_the_text_dates_it(sentence: str, iso: str) -> None:
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\n{sentence}\n{RELATED}"
    article = _parse(page)
    assert article.published == iso
    assert sentence not in article.body


@pytest.mark.parametrize(
    "sentence",
    [
        # The date is another's: before the sentence's "am", or of an event, not the post.
        "Am 3. März 2025 tagte der Rat, und der Beitrag wurde am Montag veröffentlicht.",
        "Die neue Brücke wurde am 3. März 2025 eröffnet, wie die Stadt mitteilte.",
    ],
)
def test_other_sentences_with_a_date_under_the_text_do_not_date_it(sentence: str) -> None:
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\n{sentence}\n{RELATED}"
    assert _parse(page).published is None


def test_date_above_a_kicker_contact_and_institution_over_the_headline() -> None:
    # A press release's head: date, kicker, the press officer and the institution, headline.
    head = "01.11.2023 11:35\nEffiziente Hybridbatterie\nDr. Karin Schmitz Pressestelle\n"
    page = f"{MENU}{head}Gesellschaft Deutscher Chemiker e.V.\n{HEADLINE}\n{P1}\n{P2}\n"
    article = _parse(page)
    assert article.title == HEADLINE
    assert article.published == "2023-11-01T11:35"


def test_dateline_opening_the_paragraph_under_the_author_dates_it_and_stays_in_the_body() -> None:
    standfirst = (
        "Volunteers across the city remember the victims today, and they invite residents to "
        "readings, guided walks and the laying of new memorial stones in the old town."
    )
    opening = f"27.1.2022 - {P1}"
    page = f"{MENU}{HEADLINE}\n{standfirst}\nBy Claudia Lindner\n{opening}\n{P2}\n"
    article = _parse(page)
    assert article.byline == "Claudia Lindner"
    assert article.published == "2022-01-27"
    assert opening in article.body


def test_a_story_sentence_ending_in_a_date_does_not_date_it() -> None:
    sentence = (
        "The harbor festival opened in the old town park on a sunny afternoon, and the "
        "organisers said that it will be held until October 31, 2025."
    )
    page = f"{MENU}{HEADLINE}\n{sentence}\n{P1}\n{P2}\n"
    assert _parse(page).published is None


def test_dateline_opening_the_story_dates_it_and_stays_in_the_body() -> None:
    opening = f"Harbor City, 31. Oktober 2023. {P1}"
    article = _parse(f"{MENU}{HEADLINE}\n{opening}\n{P2}\n")
    assert article.published == "2023-10-31"
    assert article.body.startswith("Harbor City, 31. Oktober 2023.")


def test_headline_above_a_long_related_list_stays_in_reach() -> None:
    related = "".join(
        f"Harbor festival story number {n} draws record crowds to the pier\n" for n in range(15)
    )
    page = f"{MENU}{HEADLINE}\nBy Maria Lopez\nMarch 4, 2025\n{related}{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_share_text_quoting_the_headline_is_not_the_title() -> None:
    share = f"Share All sharing options for: {HEADLINE}"
    page = f"{MENU}{HEADLINE}\nBy Maria Lopez\nMarch 4, 2025\nShare\n{share}\nPocket\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Evgenia Karp Zuletzt geändert am 06.11.2023", "Evgenia Karp"),
        ("Redaktion - 31. Januar 2022", "Redaktion"),
        ("reineckefuchs — 2. Februar 2022", "reineckefuchs"),
        ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar", "Ulrike Stockhausen"),
        ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", "Markus Reuter"),
    ],
)
def test_author_printed_beside_the_date(line: str, names: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) == names


@pytest.mark.parametrize(
    "line", ["Nov. 19, 2019, 8:41 AM UTC", "Monday November 18, 2019", "Tine 2. Februar 2020"]
)
def test_no_author_beside_a_plain_date(line: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) is None


def test_author_line_under_the_article_when_the_head_has_none() -> None:
    page = f"{MENU}{HEADLINE}\n{P1}\n{P2}\n{P1}\nVon Cosima Künzel\nKontakt\n"
    assert _parse(page).byline == "Cosima Künzel"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Reuters November 18, 2019 11:03 PM", "Reuters"),
        ("PTI, Washington,", "PTI"),
        ("Quelle: dpa/lno", "dpa/lno"),
        ("Associated Press", "Associated Press"),
        ("AP Photo/John Doe", None),
        ("Reuters reported that the talks stalled", None),
    ],
)
def test_agency_named_as_the_source(line: str, agency: str | None) -> None:
    assert agency_of(line) == agency


def test_agency_below_the_headline_is_the_byline_when_no_author_is_named() -> None:
    page = f"{MENU}{HEADLINE}\nReuters November 18, 2019 11:03 PM\n{P1}\n{P2}\n"
    article = _parse(page)
    assert article.byline == "Reuters"
    assert article.published == "2019-11-18T23:03"


def test_date_on_the_author_line_far_above_the_headline() -> None:
    caption = "The store in Atlanta on Monday. Photograph by Robyn Beck"
    page = (
        f"{MENU}By Al Root Updated Nov. 19, 2019 8:21 am ET\nShare\nPrint\nSave\n{caption}\n"
        f"{HEADLINE}\n{P1}\n{P2}\n"
    )
    assert _parse(page).published == "2019-11-19T08:21"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Текст: Венера Ерофеева·24 сентября 2018", "2018-09-24"),
        ("Posted on Maret 30, 2015 by Admin", "2015-03-30"),
        ("02 Ago 2017", "2017-08-02"),
        ("21 de junho de 2015", "2015-06-21"),
    ],
)
def test_month_names_of_other_languages(line: str, day: str) -> None:
    pytest.importorskip("babel")  # the CLDR month names come from babel when installed
    hit = find_date(line)
    assert hit is not None and hit.iso == day


def test_a_word_between_a_number_and_a_year_is_no_month() -> None:
    assert find_date("Posted 3 years 2019") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Catherine Shu @catherineshu / 2 days", "Catherine Shu"),
        ("Nishant Kumar @Nishantopines", "Nishant Kumar"),
    ],
)
def test_byline_loses_social_handles(line: str, names: str) -> None:
    assert clean_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By HNN Staff | November 18, 2019 at 2:26 PM HST",
        "PUBLISHED TUE, NOV 19 20197:05 AM ESTUPDATED TUE, NOV 19 20197:16 AM EST",
    ],
)
def test_lead_words_and_shouted_labels_are_no_names_beside_a_date(line: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) in (None, "Hnn Staff")


def test_agency_of_the_dateline_when_no_author_is_named() -> None:
    opening = f"WASHINGTON (Reuters) - {P1}"
    assert _parse(f"{MENU}{HEADLINE}\n{opening}\n{P2}\n").byline == "Reuters"


def test_wire_line_between_headline_and_story_wins_over_a_name_in_the_menu() -> None:
    page = f"Anna Weber\nEditor\n{MENU}{HEADLINE}\nReuters, Washington,\nNov 20 2019\n{P1}\n{P2}\n"
    assert _parse(page).byline == "Reuters"


def test_picture_credit_naming_an_agency_is_no_byline() -> None:
    assert agency_of("dpa/Jan Woitas") is None
    assert agency_of("AP Photo/John Doe") is None


def test_short_headline_ending_in_a_full_stop() -> None:
    page = f"{MENU}Denkmäler in neuem Licht.\nBy Maria Lopez\n{P1}\n{P2}\n"
    assert _parse(page).title == "Denkmäler in neuem Licht."


@pytest.mark.parametrize(
    "line",
    [
        "Stand - 12.11.2021",
        "10.12.2022 07:00 | Druckvorschau",
        "Donnerstag, 4. November 2021Donnerstag, 4. November 2021",
    ],
)
def test_labels_beside_a_date_are_no_author(line: str) -> None:
    hit = find_date(line)
    assert hit is not None
    assert name_beside_date(line, hit.start, hit.end) is None


def test_author_introduced_by_a_lead_wins_over_a_name_guessed_beside_a_date() -> None:
    page = (
        f"{MENU}{HEADLINE}\nAus der Region 6. November 2023 15:00 Kommentar schreiben\n"
        f"Von Birgit Posselt\n{P1}\n{P2}\n"
    )
    assert _parse(page).byline == "Birgit Posselt"


def test_picture_caption_with_its_credit_is_not_the_headline() -> None:
    caption = "Materials from the county's road campaign, on display at city hall. (example.com)"
    page = f"{MENU}{HEADLINE}\nBy Maria Lopez\nShare\n{caption}\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_caption_above_a_credit_line_is_not_the_headline() -> None:
    page = f"{MENU}{HEADLINE}\nMarch 4, 2025\nThe mayor at the council meeting\nAl Goldis, Associated Press\n{P1}\n{P2}\n"
    assert _parse(page).title == HEADLINE


def test_headline_starting_with_a_lower_case_brand() -> None:
    title = "creditshelf kooperiert mit finleap und plant eine Übernahme"
    page = f"{MENU}{title}\nMarch 4, 2025\n{P1}\n{P2}\n"
    assert _parse(page).title == title


def test_author_line_with_job_and_outlet_is_no_headline() -> None:
    page = f"{MENU}{HEADLINE}\nSteve Peoples, AP National Political Writer\nMarch 4, 2025\n{P1}\n{P2}\n"
    article = _parse(page)
    assert article.title == HEADLINE
    assert article.byline == "Steve Peoples"


def test_headline_opening_with_its_date_loses_the_date() -> None:
    page = f"{MENU}23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln\n{P1}\n{P2}\n"
    article = _parse(page)
    assert article.title == "Dorothea Wierer darf beim Abschluss noch jubeln"
    assert article.published == "2022-01-23"
