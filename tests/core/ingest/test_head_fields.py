"""Headline classes met on real copied pages (issue #10, third round): a head printed as a
run of labelled fields ("Author:" / name / "Publish date:" / date), a comment count between
the headline and its standfirst, inflected words shared with the story's opening, and a
headline the page prints again (breadcrumb, second title) over a tag line or subtitle.

Each page is small and built to show one class; the expected title is what a reader of the
page would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.title_lines import is_never_a_title
from tests.head_pages import parse_page

P1 = (
    "The city council approved the new budget for road repairs on Monday evening after a long "
    "debate, and the mayor said the money would be spent before the end of the summer."
)
P2 = (
    "Opposition members said the plan relied on optimistic tax forecasts, and they warned that "
    "the council could be forced to make cuts in the autumn if revenue fell short again."
)
MENU = "Home\nNews\nLocal News\nSports\nBusiness\nOpinion\nWeather\nSearch\n"


def test_the_value_of_a_labelled_field_is_not_the_title() -> None:
    headline = "Council Budget Notes 11.18.19"
    # The author is a newsletter the opening names, so it shares words with the story.
    opening = (
        "Start your week with the council notes from The Town Crier. The city council approved "
        "the new budget for road repairs on Monday evening after a long and heated debate."
    )
    teaser = "Roads win, parks lose ... what a week at city hall ..."
    page = (
        f"{MENU}Council Notes\n{headline}\n{teaser}\nAuthor:\nThe Town Crier\n"
        f"Publish date:\nNov 18, 2019\n{teaser}\n{opening}\n{P2}\n"
    )
    assert parse_page(page).title == headline


def test_a_kicker_ending_in_a_colon_over_the_headline_leaves_the_headline() -> None:
    headline = "Klimavorreiter Oberland?"
    page = (
        "Newsletter\nSuchen\nPolizei\nKalenderblatt\nVerkehr\nEnergiewende Oberland:\n"
        f"{headline}\nAus der Region 6. November 2023 15:00\nvon Birgit Posselt\n"
        "Welchen Weg schlägt die kommunale Wärmeplanung ein? Was hat das mit kalter Nahwärme "
        "zu tun? Die Gemeinden im Oberland haben sich dazu in Egling getroffen.\n"
        "Bis 2045 soll in Deutschland eine flächendeckende kommunale Wärmeplanung umgesetzt "
        "werden, und die Gemeinden im Oberland wollen dabei vorangehen, sagen die Akteure.\n"
    )
    assert parse_page(page).title == headline


def test_a_comment_count_between_headline_and_standfirst_leaves_the_headline() -> None:
    headline = "Council passes budget with money for road repairs and new bus lanes"
    standfirst = "The third try this year at a spending plan for the city streets"
    page = (
        f"{MENU}{headline}\nNew, 15 comments\n{standfirst}\n"
        "By Jane Miller Nov 19, 2019, 7:53pm EST\nShare this story\nShare this on Facebook\n"
        f"Share All sharing options for: {headline}\n"
        "After two failed attempts this year, the council passed a budget and a spending plan: "
        "the streets department gets what it asked for, and the mayor said work starts soon.\n"
        f"{P2}\n"
    )
    assert parse_page(page).title == headline


def test_the_headline_shares_inflected_words_with_the_opening() -> None:
    # German inflects: "Schulen", "brauchen" in the headline; "Schulentwicklung", "braucht"
    # in the story. The intertitle above the story repeats its words exactly.
    headline = "„Welche Schulen wir brauchen“"
    page = (
        f"Kontakt\nImpressum\nIntern\n← Ältere Beiträge\n{headline}\n"
        "von Herr Rein Veröffentlicht am 11. Juni 2019\nFacebook0Tweet0Email0Print0\n"
        "Die Schülerwahl zur Landtagswahl\n"
        "Zwei Tage vor der Landtagswahl wurde auch an unserem Gymnasium über die "
        "Schulentwicklung gesprochen: Was braucht eine gute Schule, fragten die Schüler bei "
        "der Schülerwahl, und welche Partei verspricht es?\n"
        "Wie bei einer richtigen Wahl gab es Wahlbenachrichtigungen, Wählerverzeichnisse und "
        "Wahlkabinen, und die Stimmen wurden am Abend von Schülerinnen ausgezählt.\n"
    )
    assert parse_page(page).title == headline


def test_a_one_word_section_label_gains_nothing_from_an_inflected_word() -> None:
    headline = "Bundespräsident würdigte das ehrenamtliche Engagement"
    page = (
        "Startseite\nPresse\nThemen\nEhrenamt\nEhrenamt Jugendverbände 23.01.2020\n"
        f"{headline}\n"
        "Frank-Walter Steinmeier lädt jedes Jahr zum Neujahrsempfang ins Schloss Bellevue "
        "und dankt dort jungen Menschen aus den Jugendverbänden, die sich ehrenamtlich für "
        "andere einsetzen.\n"
        "In diesem Jahr kamen Gruppen aus allen Ländern, aus Vereinen, Initiativen und "
        "Projekten, die sich um Kinder, Alte und Geflüchtete in ihren Städten kümmern.\n"
    )
    assert parse_page(page).title == headline


def test_the_line_the_breadcrumb_repeats_wins_over_the_tag_line_below_it() -> None:
    headline = "Flugschule bildet künftig Piloten in Bremen aus"
    page = (
        "Startseite\nBerufe\nLuftfahrt\n"
        f"Homepage » Militär » {headline}\n{headline}\n"
        "Ausbildung-Bremen Airport-Flugschule GmbH-Training Centre-Flugsimulator-Luftwaffe\n"
        "Die Flugschule am Bremen Airport hat ein neues Training Centre mit einem "
        "Flugsimulator eröffnet; dort sollen Piloten der Luftwaffe ihre Ausbildung machen.\n"
        "Der Vertrag läuft zunächst über fünf Jahre, teilte das Unternehmen am Montag mit, "
        "und die ersten Lehrgänge sollen schon im kommenden Frühjahr beginnen.\n"
    )
    assert parse_page(page).title == headline


def test_a_widget_line_printed_again_far_below_is_no_headline() -> None:
    headline = "Council passes budget with money for road repairs"
    widget = "Continue reading the main story"
    filler = "".join(f"Related story number {n}\n" for n in range(1, 12))
    page = f"{MENU}{widget}\n{headline}\n{P1}\n{P2}\n{filler}{widget}\n{P2}\n"
    assert parse_page(page).title == headline


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("amiga, dogs, floppy, Hunde, Hundeleben, Mesty", True),
        ("Politik, Wirtschaft, Kultur, Sport", True),
        ("Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct", False),
        ("Eat, sleep, train, repeat: a coach's year in four words.", False),
    ],
)
def test_a_line_of_tags_is_never_the_title(line: str, never: bool) -> None:
    assert is_never_a_title(line) is never


def test_the_tags_above_the_story_leave_the_headline() -> None:
    headline = "Nach viel zu langer Zeit mal wieder"
    page = (
        "Ein Hundetagebuch\n~ Hunde & was mich bewegt\nSuchen:\n"
        f"{headline}\n31 Donnerstag Okt 2019\nPosted by DT in Tagebuch\n"
        "≈ Hinterlasse einen Kommentar\nSchlagwörter\n"
        "Hunde, Hundeleben, Herbst, Pillen, Spaziergang, Tierarzt\n"
        "Ich könnte glatt ein schlechtes Gewissen bekommen, wenn ich sehe, wie lange es her "
        "ist, dass ich hier über die Hunde, den Herbst und den Tierarzt geschrieben habe.\n"
        "Herbst ist es wieder, und beim Spaziergang sammeln die Hunde Blätter im Fell, "
        "während ich ihnen jeden Abend ihre Pillen in ein Stück Käse stecke.\n"
    )
    assert parse_page(page).title == headline


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("PDF drucken", True),
        ("Artikel teilen", True),
        ("Link kopieren", True),
        ("Seite an Seite mit Kiew", False),
        ("PDF-Dateien drucken lernen", False),
    ],
)
def test_a_print_or_share_button_named_object_first_is_never_the_title(
    line: str, never: bool
) -> None:
    assert is_never_a_title(line) is never
