"""The journalist's biography under the article is not the article.

News sites close a story with a sentence or two about its author ("X is a staff writer at …",
"X ist Redakteurin im Ressort …"); real dev pages kept it as the article's last paragraph. The
lines below are written by hand in that shape; which lines are biographies is hand knowledge.
"""

from __future__ import annotations

import pytest
from quality import block_roles, role_of

from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_tail import is_bio
from reader.core.ingest.language import stop_words_for
from reader.core.ingest.shape import Shape, measure

BIOS = (
    ("en", "Maria Lopez is a staff writer at the Daily Planet covering city hall and housing."),
    ("en", "Tom Becker (tom@example.org) is the editor of the Harbour Review and writes on ships."),
    ("de", "Anna Weber ist Redakteurin im Ressort Wirtschaft und schreibt über Energie und Klima."),
    ("fr", "Jean Dupont est journaliste au service politique depuis 2015 et il couvre l'Élysée."),
    ("es", "Lucía Fernández es periodista especializada en ciencia y salud desde hace diez años."),
    ("en", "Sam Reed covers technology for the Daily Planet from San Francisco."),
    # Under the author's name and photo, the name left out or the job put first.
    ("de", "Schreibt seit 2008 für die Rundschau. Beschäftigt sich mit Energie und Klima."),
    ("en", "Writes about city hall for the Daily Planet and hosts its weekly podcast."),
    ("en", "Award-winning columnist Maria Lopez writes a weekly column on housing and rents."),
)
NOT_BIOS = (
    # A story's sentence about someone's job that is no writing job.
    "Maria Lopez is a nurse at the city hospital and has worked there for twenty years.",
    "Maria Lopez is a nurse who told a reporter that the ward had been short of staff.",
    # The story's subject opens with a pronoun or a common word, not a full name.
    "She is a reporter who broke the story of the council's missing funds last year.",
    "The reporter is a veteran of three wars and has covered the region since 2001.",
    # A report's opening, no trade verb of the author's; a job word that opens no name.
    "Reports on Tuesday showed that the council had spent more than it was allowed to.",
    "Berichtet wird über den Streit im Rat seit dem Sommer, doch gelöst ist er nicht.",
    "The former reporter Maria Lopez said that the council had ignored her warnings.",
)


def shape_of(text: str, lang: str = "en") -> Shape:
    return measure(text, stop_words_for(lang))


@pytest.mark.parametrize(("lang", "text"), BIOS)
def test_a_biography_opens_with_the_name_and_a_writing_job(lang: str, text: str) -> None:
    assert is_bio(text, shape_of(text, lang))


@pytest.mark.parametrize("text", NOT_BIOS)
def test_other_sentences_about_people_are_no_biography(text: str) -> None:
    assert not is_bio(text, shape_of(text))


ARTICLE = """Home
News
Council approves new cycle lanes for the town centre
By Tom Becker
The town council approved three new cycle lanes on Tuesday after a two-hour debate that ended in a narrow vote.
The lanes will run along the high street, the station road and the bridge, and work is due to start in the spring.
Shop owners had asked for more parking instead, but the council said the lanes would bring more people into town.
Maria Lopez is a staff writer at the Daily Planet covering city hall and housing. She joined the paper in 2015.
Follow us
"""


def test_the_biography_closing_the_run_is_set_aside() -> None:
    # Its name is not the byline's: the author's own biography is found by the byline too.
    roles = block_roles(ARTICLE)
    assert role_of(roles, "Shop owners") is BlockRole.BODY
    assert role_of(roles, "Maria Lopez is a staff writer") is BlockRole.BOILERPLATE


def test_a_short_biography_is_no_closing_sentence() -> None:
    text = ARTICLE.replace(" She joined the paper in 2015.", "")
    roles = block_roles(text)
    assert role_of(roles, "Shop owners") is BlockRole.BODY
    assert role_of(roles, "Maria Lopez is a staff writer") is BlockRole.BOILERPLATE


def test_a_biography_inside_the_story_stays() -> None:
    # A story about a journalist (not its author): the sentence stands between its paragraphs.
    lines = ARTICLE.splitlines()
    bio = lines[7]
    lines[7] = lines[6]
    lines[6] = bio
    roles = block_roles("\n".join(lines))
    assert role_of(roles, "Maria Lopez is a staff writer") is BlockRole.BODY
