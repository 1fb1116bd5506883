"""A name alone under a news story's last paragraph is no sign-off when the story is about
that person.

The sign-off rule took a name that the story's opening gives in full for the author, meant for
a standfirst introducing her ("Claudia Duwe zeigt, wie …"); a news story opening with its
subject ("Claudia Duwe ist am Montag zurückgetreten.") and naming her after that only by her
office ("Die Ministerin …"), with "Claudia Duwe" alone under its last paragraph as a picture's
caption, made its subject its author. A standfirst says what the author does in the piece
(zeigt, erklärt, über; shows, explains); a news opening says what the person did, or names
them in passing; a headline naming the person makes the story about them too. Pages are built
by hand; expected values are what a reader sees on such a page.
"""

from __future__ import annotations

import pytest

from tests.head_pages import parse_page

DE_HEADLINE = "Umweltministerin tritt nach Streit um Förderprogramm zurück"
DE_STORY = (
    "Sie zog damit die Konsequenz aus dem wochenlangen Streit um das Förderprogramm für "
    "Wärmepumpen, das ihr Haus im Frühjahr gestartet hatte.\n\n"
    "Die Ministerin hatte zuletzt eingeräumt, dass bei der Vergabe der Mittel Fehler gemacht "
    "worden seien. Mehrere Verbände hatten kritisiert, dass Anträge monatelang liegen "
    "geblieben seien und kleine Betriebe leer ausgingen.\n\n"
    "Die Opposition begrüßte den Schritt und forderte eine vollständige Aufklärung der "
    "Vorgänge im Ausschuss. Wer die Nachfolge antritt, will der Regierungschef in den "
    "kommenden Tagen bekannt geben, hieß es aus der Staatskanzlei."
)
EN_HEADLINE = "Environment minister resigns over subsidy row"
EN_STORY = (
    "The step ends a weeks-long dispute over the heat pump subsidy programme her department "
    "had launched in the spring.\n\n"
    "The minister had recently admitted that mistakes were made when the money was handed "
    "out. Several associations had complained that applications were left untouched for "
    "months and that small firms got nothing.\n\n"
    "The opposition welcomed the step and demanded a full inquiry into what happened before "
    "the committee. The head of government will name a successor in the coming days, his "
    "office said on Monday evening."
)


def _page(headline: str, opening: str, story: str) -> str:
    return f"{headline}\n\n{opening} {story}\n\nClaudia Duwe\n"


@pytest.mark.parametrize(
    "page",
    [
        _page(DE_HEADLINE, "Claudia Duwe ist am Montag überraschend zurückgetreten.", DE_STORY),
        _page(DE_HEADLINE, "Nach dem Rücktritt von Claudia Duwe beginnt die Suche.", DE_STORY),
        _page("Ministerin Duwe tritt zurück", "Am Montag kam der Rücktritt.", DE_STORY),
        _page(EN_HEADLINE, "Claudia Duwe resigned unexpectedly on Monday.", EN_STORY),
        _page(EN_HEADLINE, "Claudia Duwe has quit after a row over subsidies.", EN_STORY),
        _page("Minister Duwe quits", "The resignation came on Monday.", EN_STORY),
    ],
)
def test_the_person_a_news_story_is_about_is_not_its_author(page: str) -> None:
    assert parse_page(page).byline is None


@pytest.mark.parametrize(
    "page",
    [
        _page(DE_HEADLINE, "Claudia Duwe erklärt, was hinter dem Rücktritt steckt.", DE_STORY),
        _page(DE_HEADLINE, "Claudia Duwe über einen Rücktritt mit Ansage.", DE_STORY),
        _page(EN_HEADLINE, "Claudia Duwe explains what lies behind it.", EN_STORY),
        _page(EN_HEADLINE, "Nobody expected it.", EN_STORY),  # the opening names no one
    ],
)
def test_a_standfirst_introducing_the_author_keeps_the_sign_off(page: str) -> None:
    assert parse_page(page).byline == "Claudia Duwe"
