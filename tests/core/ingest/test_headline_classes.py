"""Headline classes met on real copied pages (issue #10, session 5).

Each page is small and built to show one class; the expected title is what a reader of the
page would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.title_lines import is_never_a_title
from tests.head_pages import parse_page

LEDE = (
    "Bedrohungen, Beleidigungen, Mordaufrufe: Der Messengerdienst entwickelt sich nach "
    "Einschätzung der Ermittler zunehmend zu einem Raum für Hetze, und die neue Taskforce soll "
    "Tatverdächtige schneller identifizieren: Auch dort sei kein Raum rechtsfrei."
)
LEDE2 = (
    "Zur Aufklärung solcher Straftaten hat das Amt eine eigene Gruppe eingerichtet. Ziel ist "
    "es, die Verantwortlichen zu ermitteln und die Verfahren an die Länder abzugeben."
)
MENU = "Startseite\nPresse\nPressemitteilungen\nService\nKontakt\n"


def test_a_headline_printed_twice_once_with_soft_hyphens_stays_over_its_standfirst() -> None:
    # A press office prints the headline once plain and once with hyphenation hints, then
    # the standfirst above the date: the standfirst is no headline of its own.
    page = (
        f"{MENU}Messengerdienste sind kein rechtsfreier Raum\n"
        "Mes\xadsen\xadger\xaddiens\xadte sind kein rechts\xadfrei\xader Raum\n"
        "Neue Taskforce des Bundeskriminalamtes nimmt die Arbeit auf\n"
        f"Datum: 26. Januar 2022\n{LEDE}\n{LEDE2}\n"
    )
    article = parse_page(page)
    assert article.title == "Messengerdienste sind kein rechtsfreier Raum"
    assert article.published == "2022-01-26"


@pytest.mark.parametrize(
    "line",
    ["Foto von Josh Willink von Pexels", "Photo by Annie Spratt on Unsplash", "Bild von Pixabay"],
)
def test_a_picture_credit_naming_its_photographer_is_never_the_title(line: str) -> None:
    assert is_never_a_title(line)


@pytest.mark.parametrize("line", ["Fotografie im Wandel der Zeit", "Photo booths are back in town"])
def test_a_headline_about_photos_may_be_the_title(line: str) -> None:
    assert not is_never_a_title(line)


def test_a_credit_line_over_the_headline_does_not_hide_its_standfirst() -> None:
    # The lead picture's credit stands above the headline; the standfirst under the headline
    # is no headline of its own.
    page = (
        f"{MENU}Inhalt:\nFoto von Josh Willink von Pexels\n"
        "Alleinerziehende fordern den Ausbau der Kinderbetreuung\n"
        "Plattform für Alleinerziehende zum Tag der Kinderrechte: Betreuungszeiten auch "
        "außerhalb der Kernzeiten sicherstellen\n19.11.2021\n"
        "Die Plattform für Alleinerziehende hat den Ausbau hochwertiger, flächendeckender "
        "Kinderbetreuung gefordert. Alleinerziehende seien auf verlässliche Betreuung angewiesen.\n"
        f"{LEDE2}\n"
    )
    article = parse_page(page)
    assert article.title == "Alleinerziehende fordern den Ausbau der Kinderbetreuung"


def test_the_title_drops_the_soft_hyphens_of_the_headline() -> None:
    page = (
        f"{MENU}Mes\xadsen\xadger\xaddiens\xadte sind kein rechts\xadfrei\xader Raum\n"
        f"Datum: 26. Januar 2022\n{LEDE}\n{LEDE2}\n"
    )
    assert parse_page(page).title == "Messengerdienste sind kein rechtsfreier Raum"


EN_MENU = "Home\nNews\nPolitics\nSports\nBusiness\nOpinion\nSearch\n"
EN_P1 = (
    "In October the congressman visited the border near McAllen, Texas, and said that $53 "
    "million a week in drugs is coming across the border, which justified more money for agents."
)
EN_P2 = (
    "Is this number correct? It is more complicated than he suggests, but the most solid "
    "federal data concern drugs seized at the border, which we use for this check."
)


def test_a_pull_quote_over_its_speaker_is_not_the_headline() -> None:
    # A fact-check prints the claim in quotation marks over its speaker, then the headline.
    page = (
        f'{EN_MENU}People\nSubjects\n"$53 million a week is coming across the border in drugs."\n'
        "— David McKinley on Sunday, October 13th, 2019 in an article in a local newspaper\n"
        "What is the value of drugs that come to the U.S. border?\n"
        f"By Matthew Digby on Monday, November 18th, 2019 at 11:08 a.m.\n{EN_P1}\n{EN_P2}\n"
    )
    article = parse_page(page)
    assert article.title == "What is the value of drugs that come to the U.S. border?"


def test_a_breadcrumb_trail_under_the_headline_is_not_the_headline() -> None:
    page = (
        f"{EN_MENU}Meal Prep for A Little More Obsessed\nBLOG > Nutrition > Meal Plans\n"
        f"November 12, 2018 | BY: Beachbody\n{EN_P1}\n{EN_P2}\n"
    )
    assert parse_page(page).title == "Meal Prep for A Little More Obsessed"


@pytest.mark.parametrize("line", ["HOME\xa0>", "Startseite >"])
def test_a_breadcrumbs_first_step_is_never_the_title(line: str) -> None:
    assert is_never_a_title(line)


JA_P1 = (
    "先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで二十代の男性が逮捕され"
    "ました。報道によると、販売されたのは機能制限を解除した端末です。"
)
JA_P2 = (
    "もともとは正規に購入した商品であっても、改造した上で元の商標を付けたまま販売すると、"
    "商標権の侵害になることがあります。その理由を説明します。"
)


def test_a_headline_in_a_script_without_capitals_is_found() -> None:
    # Japanese has no capital letters: the headline's shape is told by its length and end.
    page = (
        "事務所案内\nよくあるご質問\nブログ\nHOME >\nブログ >\n商品の改造が商標法違反に！？\n"
        f"by ライトハウス国際特許事務所 ／ 2016.12.01\n{JA_P1}\n{JA_P2}\n"
    )
    assert parse_page(page).title == "商品の改造が商標法違反に！？"


DE_P1 = (
    "Schlagzeilen wie diese sind dir bestimmt vertraut. Solche Seiten locken Leserinnen und "
    "Leser mit reißerischen Titeln an und verdienen an der Werbung, die sie dort sehen."
)
DE_P2 = (
    "Ein Forschungsteam hat nun die Werbeausgaben großer Marken untersucht und berechnet, "
    "wie viel Strom und Rechenzeit für diese Anzeigen verbraucht werden."
)


def test_a_name_under_the_headline_is_the_photographer_not_the_headline() -> None:
    page = (
        f"{MENU}Lösung\nDu wirst nicht glauben, wie viel CO2 Clickbait-Websites produzieren!\n"
        "Nenad Stojkovic\n"
        "Eine neue Studie zeigt, wie teuer solche Klicks für unser Klima werden.\n"
        f"Autor Mark Newton:\n12.12.22\n{DE_P1}\n{DE_P2}\n"
    )
    title = "Du wirst nicht glauben, wie viel CO2 Clickbait-Websites produzieren!"
    assert parse_page(page).title == title


DIET_P1 = (
    "Diese Diät kam aus dem Westen zu uns und beschränkt vor allem die Menge der Kohlenhydrate. "
    "Anders als viele Diäten verbietet sie Fleisch, Fisch und Eier nicht."
)
DIET_P2 = (
    "Viele Prominente folgen ihr mit Erfolg. Ärzte raten allerdings, sie nicht länger als einige "
    "Wochen einzuhalten: Wer in 14 Tagen zehn Kilogramm verlieren will, fragt besser den Hausarzt."
)


def test_a_long_menu_does_not_bring_its_first_line_into_the_headlines_reach() -> None:
    # Thirty diets linked between the page's first line and the story: the headline is the
    # line above the story, not the menu's title far up.
    diets = "".join(f"{name}-Diät\n" for name in (
        "Kreml", "Kohl", "Eier", "Reis", "Suppen", "Apfel", "Trennkost", "Steinzeit", "Militär",
        "Hollywood", "Mayo", "Brigitte", "Glyx", "Low-Carb", "Paleo", "Vegan", "Keto", "Fasten",
        "Basen", "Ananas", "Bananen", "Joghurt", "Quark", "Milch", "Hühner", "Tomaten", "Gurken",
        "Kartoffel", "Nudel", "Brot"))  # fmt: skip
    page = (
        f"Diäten von A bis Z\n{diets}Über das Abnehmen\nDienste\n"
        "Atkins-Diät - bis zu 10 Kilogramm in 14 Tagen verlieren\n"
        f"Durchschnittlich 1694 Kilokalorien am Tag.\n{DIET_P1}\n{DIET_P2}\n"
    )
    assert parse_page(page).title == "Atkins-Diät - bis zu 10 Kilogramm in 14 Tagen verlieren"


SD_P1 = (
    "Remember the state's long quest to find a slogan? The governor of South Dakota has now "
    "thrown down the gauntlet with a new slogan for an anti-drug campaign that drew ridicule."
)
SD_P2 = (
    "Just what is this priceless slogan? It reads Meth. We're on it. The governor says the "
    "campaign is working because everybody is talking about it, and she doubles down on it."
)


def test_a_headline_quoting_a_slogan_above_a_yearless_update_line_is_the_title() -> None:
    # Three full stops (the slogan has two) and a date line without its year under it.
    headline = "South Dakota doubles down on ‘Meth. We’re on it.’ They just might be."
    page = (
        f"{EN_MENU}You are signed in as\nEdit ProfileSign Out\nEntertainment\n{headline}\n"
        f"Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM\n{SD_P1}\n{SD_P2}\n"
    )
    assert parse_page(page).title == headline


BLOG_P1 = (
    "Mein letzter Post ist schon fast ein halbes Jahr her, und ich habe bereits mit dem Gedanken "
    "gespielt, das Blog einschlafen zu lassen, aber heute ist etwas passiert."
)
BLOG_P2 = (
    "Die süßeste Tochter hat heute Post bekommen, und was darin steht, ist eine Aneinanderreihung "
    "von Unverschämtheiten, über die ich euch unbedingt berichten muss."
)


def test_with_no_headline_above_a_blogs_tagline_the_headline_under_the_date_is_the_title() -> None:
    page = (
        "...\nUNSER BLOG ERZÄHLT VOM LEBEN AUF DEM LAND, VON DEN KINDERN, DEM GARTEN UND ALLEM, "
        "WAS SONST SO PASSIERT.\nDIENSTAG, 28. APRIL 2020\nTach auch!\n"
        f"{BLOG_P1}\n{BLOG_P2}\n"
    )
    assert parse_page(page).title == "Tach auch!"


@pytest.mark.parametrize("line", ["» Coluna de Adauto Silva", "› Projekte", "► Mehr Videos"])
def test_a_link_behind_its_arrow_is_never_the_title(line: str) -> None:
    assert is_never_a_title(line)


def test_a_headline_opening_with_a_guillemet_quote_may_be_the_title() -> None:
    assert not is_never_a_title("»Wir schaffen das« – zehn Jahre danach")


@pytest.mark.parametrize(
    "line",
    [
        "Alexander Zverev steht im Viertelfinale des ATP-TurniersBild: AFP/SID/",
        "Die Gründer mit einem ihrer Geräte.Foto: Empa",
    ],
)
def test_a_caption_with_its_credit_glued_on_is_never_the_title(line: str) -> None:
    assert is_never_a_title(line)


def test_a_headline_label_with_a_colon_may_be_the_title() -> None:
    assert not is_never_a_title("Bildung: Was Schulen jetzt brauchen")


RU_P1 = (
    "Стандартная скорость бега в игре кажется многим игрокам слишком низкой, поэтому её можно "
    "увеличить с помощью консольных команд, которые мы приводим ниже."
)
RU_P2 = (
    "То, какую скорость вы поставите, такой она у вас и будет, но стоит помнить, что слишком "
    "высокая скорость мешает управлять персонажем в бою."
)


def test_a_seven_word_subtitle_under_the_headline_is_not_the_headline() -> None:
    page = (
        "Главная\nНовости\nИгры\nГлавная » Интересное\n"
        "Скайрим: скорость бега и как её увеличить\n"
        f"Характеристики бега можно увеличить за счет кодов\n{RU_P1}\n{RU_P2}\n"
    )
    assert parse_page(page).title == "Скайрим: скорость бега и как её увеличить"
