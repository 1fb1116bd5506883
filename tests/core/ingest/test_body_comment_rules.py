"""The site's rules for readers' comments are not the article.

A notice such as "Please keep your comments civil" stands by the comment form after the
article, written as whole sentences, and real dev pages kept it as the article's last
paragraph. The lines below are written by hand in the shapes such notices take in several
languages; whether each is a notice is hand knowledge.
"""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_comment_rules import is_comment_rules
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

NOTICES = (
    "Please keep your comments civil and on topic; we remove personal attacks.",
    "We moderate all comments before they appear, so yours may take a while to show up.",
    "Bitte bleiben Sie sachlich: Kommentare mit Beleidigungen werden nicht freigeschaltet.",
    "Unsere Moderation prüft jeden Kommentar, bevor er erscheint. Danke für Ihre Geduld.",
    "Merci de rester respectueux : les commentaires injurieux ne seront pas approuvés.",
    "Por favor, sé respetuoso: los comentarios ofensivos no serán aprobados por nuestro equipo.",
    "Seu comentário será moderado antes de ser publicado. Por favor, mantenha o respeito.",
)
STORIES = (
    # A story about moderation speaks to no reader: it stays the story's.
    "The platform said it removes comments that violate its community guidelines within a day.",
    "Die Plattform löscht nach eigenen Angaben beleidigende Kommentare innerhalb von Stunden.",
    # A reader's word in a story without any talk of manners.
    "We asked readers for comments on the plan, and most of them supported the new school.",
)


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_on_comments_is_told_in_several_languages(line: str) -> None:
    assert is_comment_rules(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.COMMENTS


@pytest.mark.parametrize("line", STORIES)
def test_a_story_sentence_about_comments_is_no_notice(line: str) -> None:
    assert not is_comment_rules(line.lower(), len(line.split()))


def test_a_long_paragraph_is_no_notice() -> None:
    line = NOTICES[0] + " " + " ".join(["The council met again on Tuesday."] * 14)
    assert not is_comment_rules(line.lower(), len(line.split()))


PAGE = """Home
News
Council approves new cycle lanes for the town centre
By Jane Doe
The town council approved three new cycle lanes on Tuesday after a two-hour debate that ended in a narrow vote.
The lanes will run along the high street, the station road and the bridge, and work is due to start in the spring.
Shop owners had asked for more parking instead, but the council said the lanes would bring more people into town.
As you comment, please be respectful of other readers and their views. We remove abusive or off-topic comments.
Log in to comment
"""


def test_the_notice_under_an_article_is_set_aside() -> None:
    roles = {b.text: b.role for b in parse(normalise(PAGE)).blocks}
    last = next(text for text in roles if text.startswith("Shop owners"))
    assert roles[last] is BlockRole.BODY
    notice = next(text for text in roles if text.startswith("As you comment"))
    assert roles[notice] is BlockRole.BOILERPLATE
