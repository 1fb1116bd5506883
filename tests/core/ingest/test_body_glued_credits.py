"""A picture's caption with its credit glued to its last word is set aside, not kept as text.

A copy loses the space between a caption and the credit the page prints after it, so the
credit ends the caption's line: "… on July 25, 2019.J. Scott Applewhite / AP file" (NBC News),
"… killed and ate a rabbitCredit: Getty - Contributor" (The Sun), "… isn't easy.Kathrin
Ziegler/Getty" (Business Insider). Such a line read as a short paragraph of the article. The
page is written by hand in the shape of those news pages; a headline with "UniCredit:" in it
(a bank's name, no credit's label) is the kind of line the rule must leave alone.
"""

from __future__ import annotations

import pytest
from quality import DATA, block_roles, role_of

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PAGE = (DATA / "body_classes" / "en_glued_credits.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "caption",
    [
        "Rep. Dana Whitcomb speaks at the Capitol",  # "… 2019.J. Scott Appleby / AP file"
        "Police officers stand outside the courthouse",  # "… New York.Credit: Getty - Contributor"
        "The courthouse in Buffalo where the case",  # "… on Monday.Karl Lindqvist/Getty"
    ],
)
def test_a_caption_with_its_credit_glued_on_is_set_aside(caption: str) -> None:
    assert role_of(block_roles(PAGE), caption) is BlockRole.BOILERPLATE


@pytest.mark.parametrize(
    "paragraph",
    [
        "He faces up to ten years in prison",
        "During the call he called the congresswoman",
        "His lawyer said in an email",
        "Officers found a loaded handgun",
    ],
)
def test_the_paragraphs_around_the_captions_stay(paragraph: str) -> None:
    assert role_of(block_roles(PAGE), paragraph) is BlockRole.BODY


def test_a_credit_needs_the_caption_s_words_and_names_after_its_label() -> None:
    """After "Credit:" glued to "Uni" comes a sentence, no credit's names."""
    page = PAGE.replace(
        "07.06.2016: UniCredit: Zinsen im Euroraum steigen bis zum Herbst",
        "The chief economist of the bank UniCredit: Germany will not win the title.",
    )
    assert role_of(block_roles(page), "The chief economist") is BlockRole.BODY


def test_a_sentence_glued_to_the_next_is_no_credit() -> None:
    """Two sentences run together by a copy ("… on Monday.The talks …") are the article's."""
    page = PAGE.replace(
        "Police officers stand outside the courthouse in Buffalo, New York.Credit: Getty - Contributor",
        "Police officers stood outside the courthouse in Buffalo on Monday.The hearing lasted an hour.",
    )
    assert role_of(block_roles(page), "Police officers stood outside") is BlockRole.BODY



def test_an_agency_s_name_alone_glued_on_between_paragraphs_is_a_caption_s_credit() -> None:
    """ "… on Monday.Reuters" between the article's paragraphs is a caption credited to the
    agency (session 38; session 37 had left it, as the one such dev page lost a caption's words
    from its recall). At the article's end it is the story's sign-off
    (`test_glued_credits_pasted`)."""
    page = PAGE.replace("Karl Lindqvist/Getty", "Reuters").replace(
        "07.06.2016: UniCredit: Zinsen im Euroraum steigen bis zum Herbst\n\n", ""
    )
    assert role_of(block_roles(page), "The courthouse in Buffalo where the case") is BlockRole.BOILERPLATE


def test_a_headline_opening_with_a_name_that_holds_a_label_s_word_is_the_title() -> None:
    """"UniCredit:" at a headline's start is the bank's name: only after a caption's words is
    a glued "Credit:" a credit's label, and the headline was never a title candidate."""
    headline = "UniCredit: Zinsen im Euroraum steigen bis zum Herbst"
    page = PAGE.replace("Man pleads guilty to threatening a congresswoman", headline)
    assert parse(normalise(page)).title == headline


def test_a_caption_with_its_label_glued_on_is_never_the_title() -> None:
    caption = "Hunters in the steppe near the border killed and ate a rabbitCredit: Getty - Contributor"
    page = PAGE.replace("Man pleads guilty to threatening a congresswoman", caption)
    assert parse(normalise(page)).title != caption
