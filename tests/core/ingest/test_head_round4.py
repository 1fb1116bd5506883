"""Head classes met on real copied pages (issue #10, fourth round): an author line under the
text split over two lines ("Kommentar von" / the name), and a headline standing below a
notice the running text was taken to start with, just above the story's own "By" line.

Each page is small and built to show one class; the expected values are what a reader of the
page would cite.
"""

from __future__ import annotations

from reader.core.ingest.phrases import NAVIGATION, label_reason
from tests.head_pages import HEADLINE as HEADLINE_DE
from tests.head_pages import P1, P2, parse_page

# The story's further paragraphs: the author line under the text stands well past its start.
MORE = "\n".join(
    f"{n}. Absatz: Die Fraktionen wollen im Ausschuss erneut über die Liste der Straßen "
    "beraten, die im kommenden Jahr zuerst an der Reihe sind, und die Bürger anhören."
    for n in range(2, 8)
)
E1 = (
    "The city council approved the new budget for road repairs on Monday evening after a long "
    "debate, and the mayor said the money would be spent before the end of the summer."
)
E2 = (
    "Opposition members said the plan relied on optimistic tax forecasts, and they warned that "
    "the council could be forced to make cuts in the autumn if revenue fell short again."
)


def test_an_article_kind_with_its_connector_over_a_name_under_the_text_is_the_author() -> None:
    page = f"Start\nPolitik\n{HEADLINE_DE}\n{P1}\n{P2}\nKommentar von\nIngo Arzt\nThemen\n"
    assert parse_page(page).byline == "Ingo Arzt"


def test_a_bare_lead_over_a_name_under_the_text_is_the_author() -> None:
    page = f"Start\nPolitik\n{HEADLINE_DE}\n{P1}\n{P2}\nAutorin\nAnna Weber\nThemen\n"
    assert parse_page(page).byline == "Anna Weber"


def test_an_imprint_over_its_editors_under_the_text_names_no_author() -> None:
    page = (
        f"Start\nPolitik\n{HEADLINE_DE}\n{P1}\n{P2}\n"
        "Herausgegeben von\nGleb Albert,\nBrigitta Bernet,\nThemen\n"
    )
    assert parse_page(page).byline is None


def test_headline_above_the_by_line_below_a_notice_taken_for_the_text() -> None:
    notice = (
        "Quotes delayed at least 15 minutes. Real-time quotes provided by the exchange. "
        "Market data provided by a vendor for all the listed shares, funds and bonds."
    )
    headline = "Council passes budget with money for road repairs"
    teaser = "The money comes before the summer, the mayor says."
    page = (
        f"Markets\nNew Terms of Use\nNew Privacy Policy\n{notice}\nEarnings\n"
        f"{headline}\n{teaser}\nBy Maria Lopez\n{E1}\n{E2}\n"
    )
    assert parse_page(page).title == headline


def test_the_start_of_the_text_holds_when_a_full_headline_stands_above_it() -> None:
    headline = "Council passes budget with money for road repairs"
    page = f"Home\nNews\n{headline}\n{E1}\nPhoto Credit Line\nBy Maria Lopez\n{E2}\n"
    assert parse_page(page).title == headline


def test_a_date_above_the_split_author_line_under_the_text_dates_the_page() -> None:
    page = (
        f"Start\nPolitik\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\n"
        "13.\u20091.\u20092020\nKommentar von\nIngo Arzt\nThemen\n"
    )
    article = parse_page(page)
    assert (article.byline, article.published) == ("Ingo Arzt", "2020-01-13")


def test_a_date_below_the_split_author_line_under_the_text_dates_the_page() -> None:
    page = f"Start\nPolitik\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\nVon\nSimon Braasch\n19.10.19, 08:16 Uhr\n"
    article = parse_page(page)
    assert (article.byline, article.published) == ("Simon Braasch", "2019-10-19T08:16")


def test_a_date_far_from_an_author_line_under_the_text_dates_nothing() -> None:
    page = (
        f"Start\nPolitik\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\nKommentar von\nIngo Arzt\nThemen\n"
        "Mehr zum Thema\nAndere Geschichte\n13.01.2020\n"
    )
    assert parse_page(page).published is None


def test_a_numbered_listicle_headline_alone_is_the_title() -> None:
    headline = "6 Wellnessoasen für eure Auszeit im Vulkanland"
    page = f"Netzwerken\nEvents\nAktuelles\n{headline}\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_numbered_lines_of_a_table_of_contents_are_no_title() -> None:
    page = f"Inhalt\n1 Geschichte\n2 Haushalt\n3 Straßen\n{P1}\n{P2}\n"
    assert parse_page(page).title not in ("1 Geschichte", "2 Haushalt", "3 Straßen")


def test_a_weekday_between_day_and_month_is_read_as_a_date() -> None:
    page = (
        f"Tagebuch\n{HEADLINE_DE}\n31 Donnerstag Okt 2019\nPosted by DT in Tagebuch\n{P1}\n{P2}\n"
    )
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE_DE, "2019-10-31")


def test_a_name_over_how_long_ago_the_story_appeared_is_the_author_under_the_headline() -> None:
    headline = "Council passes budget with money for road repairs"
    related = "Ferry service returns to the island after storm repairs"
    page = (
        f"Home\nNews\n{headline}\nMaria Lopez\n1 day ago\n{related}\n"
        f"Harbor festival draws record crowds\n{E1}\n{E2}\n"
    )
    article = parse_page(page)
    assert (article.title, article.byline) == (headline, "Maria Lopez")
    weekday = f"Home\nNews\n{headline}\nMaria Lopez\nMonday 5:30PM\n{related}\n{E1}\n{E2}\n"
    assert parse_page(weekday).title == headline
    other = "Fährverbindung zur Insel nach dem Sturm wieder aufgenommen"
    labelled = (
        f"Start\nWein\n{HEADLINE_DE}\nAnna Weber\nErstellt: vor 4 Stunden\n{other}\n"
        f"Stadtrat debattiert bis in die Nacht über den Haushalt\n{P1}\n{P2}\n"
    )
    assert parse_page(labelled).title == HEADLINE_DE


def _footer_page(footer: str) -> str:
    return f"Start\nBlog\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\nImpressum\n{footer}\n"


def test_a_person_holding_a_one_person_sites_copyright_is_the_author() -> None:
    assert parse_page(_footer_page("© 2004 - 2020 Nala Löwenkönigin")).byline == "Nala Löwenkönigin"
    assert parse_page(_footer_page("© 2019 nh24 by Alexander Wittke")).byline == "Alexander Wittke"
    notice = "Webdesign und alle Inhalte © by Ralf Glaser | All Rights Reserved | Datenschutz"
    assert parse_page(_footer_page(notice)).byline == "Ralf Glaser"


def test_a_company_a_site_name_or_a_pictures_credit_in_a_notice_is_no_author() -> None:
    assert parse_page(_footer_page("© 2021 Muster Verlag GmbH")).byline is None
    site = _footer_page("© 2016 Harbor Theater. All rights reserved.")
    assert parse_page(site.replace("Start\n", "Start\nAbout Harbor Theater\n")).byline is None
    assert parse_page(_footer_page("Blick über den See © Ralf Glaser")).byline is None


def test_a_short_post_above_a_long_comment_thread_is_the_article() -> None:
    post = (
        "Our goal with hosting open threads is to give blog readers an opportunity to raise "
        "comments or questions about our work in a public place, once every quarter."
    )
    comment = (
        "I skimmed your report on the bus programme, and I did not see any analysis of the "
        "time lost by travelling on slower buses, which seems a real cost to the passengers "
        "who ride them every day and who would rather arrive sooner than later at work."
    )
    thread = "\n".join(
        f"{('Milan Griffes', 'Olivia Larsen')[n % 2]} on September {12 + n}, 2018 at 4:47 pm said:\n"
        f"Any update on the bus programme report?\n{comment}"
        for n in range(1, 13)
    )
    page = (
        f"Blog\nSeptember 2018 open thread\nSeptember 10, 2018 | by Catherine\n{post}\n"
        "Posted in Open thread | Permalink | 10 Comments\nPrevious Post\nNext Post\n"
        f"Comments\n{thread}\n"
    )
    article = parse_page(page)
    assert (article.title, article.published) == ("September 2018 open thread", "2018-09-10")
    # Neither the link to the next post over a reader's dated comment nor the reader is the
    # author; the post's own date line names her.
    assert article.byline == "Catherine"


TEASER = (
    "Pfarrer werden: Was macht eine Pfarrerin eigentlich den ganzen Tag, und was haben "
    "Berufsanfänger über ihre ersten Jahre in der Gemeinde zu erzählen?"
)
MENU_DE = "Start\nGlaube\nSeelsorge\nKontakte\nDownloads\nGottesdienste\n"


def test_a_dated_headline_over_the_pages_heaviest_run_wins_over_a_menus_teaser() -> None:
    page = (
        f"{MENU_DE}{TEASER}\nBibel\nLinks\nAmtsblätter\nSeiten-Übersicht\nShop\n"
        f"19.11.2021\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\n"
    )
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE_DE, "2021-11-19")


def test_a_run_of_dated_reviews_below_the_article_is_not_its_start() -> None:
    review = (
        "Alles bestens, die Kaninchen sind zufrieden und die Tochter auch, der Stall ist "
        "stabil gebaut und war schnell aufgebaut, ich würde ihn jederzeit wieder kaufen."
    )
    reviews = "\n".join(f"Kunde {n} am {n}.6.2020\n{review}" for n in range(1, 9))
    page = (
        f"{MENU_DE}{HEADLINE_DE}\n{P1}\nBewertungen\nSchreiben\nSortieren\nFiltern\nAlle\n"
        "Fünf Sterne\nVier Sterne\nDrei Sterne\nZwei Sterne\nEin Stern\nHilfreichste\n"
        f"Kundenbewertungen\n{reviews}\n"
    )
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE_DE, None)


def test_a_standfirst_printed_again_under_the_picture_leaves_the_headline_the_title() -> None:
    standfirst = "Bürgermeister: „Die Straßen werden noch vor dem Sommer repariert werden“"
    caption = "Der Stadtrat tagt im Rathaus. Foto: Stadt/Anna Weber"
    page = (
        f"Start\nPolitik\n19.11.2021\n{HEADLINE_DE}\n{standfirst}\n{caption}\n{standfirst}\n"
        f"{P1}\n{P2}\n"
    )
    assert parse_page(page).title == HEADLINE_DE


def test_a_short_sentence_under_a_headline_is_its_subtitle() -> None:
    headline = "Geld für die Straßen"
    subtitle = "Stadtrat beschließt Haushalt für Straßenreparaturen."
    page = f"Start\nPolitik\nImpressum, Kontakt\n{headline}\n{subtitle}\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_a_headline_over_its_wire_and_date_is_no_picture_caption() -> None:
    headline = "Council passes budget with money for road repairs"
    caption = "The town hall in spring, 2004. (City Archive/Photo Desk)"
    page = f"Home\nNews\n{caption}\nSCIENCE\n{headline}\nREUTERS\n19 NOV 2019\n{E1}\n{E2}\n"
    article = parse_page(page)
    assert (article.title, article.published) == (headline, "2019-11-19")


def test_a_one_word_compound_headline_matches_the_story_by_its_parts() -> None:
    headline = "Stadtrat-Haushalt"
    menu = "Fänge\nInserate\nKurse Brevet\nShop\nKapitale Fänge heute\nShop\n"
    page = f"{menu}{headline}\n{P1}\n{P2}\n"
    assert parse_page(page).title == headline


def test_a_blog_themes_post_navigation_label_is_furniture() -> None:
    for label in ("Beitrags-Navigation", "Post navigation", "Beitragsnavigation"):
        assert label_reason(label) == NAVIGATION


def test_a_pictures_credit_names_no_author() -> None:
    for credit in ("Foto von Anna Weber von Pexels", "Photo by Anna Weber on Unsplash"):
        page = f"Start\nPolitik\n{HEADLINE_DE}\n{credit}\n{P1}\n{P2}\n"
        assert parse_page(page).byline is None
    page = f"Start\nPolitik\n{HEADLINE_DE}\nStory by Anna Weber\n{P1}\n{P2}\n"
    assert parse_page(page).byline == "Anna Weber"


def test_a_posts_name_and_date_line_under_the_text_dates_it() -> None:
    page = (
        f"Blog\nArchiv\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\nPolitik Haushalt\n"
        "Anna Weber | 29.07.2006 um 14:26\n1 Kommentar\n"
    )
    article = parse_page(page)
    assert (article.byline, article.published) == ("Anna Weber", "2006-07-29T14:26")


def test_dated_names_in_a_list_under_the_text_date_nothing() -> None:
    reviews = "\n".join(
        f"{name} | {n}.6.2020\nSehr zufrieden mit allem."
        for n, name in enumerate(("Anna Weber", "Georg Noll", "Eva Roth"), 1)
    )
    page = f"Blog\nArchiv\n{HEADLINE_DE}\n{P1}\n{P2}\n{MORE}\nBewertungen\n{reviews}\n"
    article = parse_page(page)
    assert (article.byline, article.published) == (None, None)
