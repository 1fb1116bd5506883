"""Body rules for lists, press-release tails, photo credits, sign-up boxes and subheadings."""

from __future__ import annotations

import pytest

from reader.core.ingest import credit_phrases, phrases
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

HEAD = "Skip to content\nNews\nCouncil approves new transit plan for the region\nBy Ann Lee\nMarch 4, 2025\n"
P1 = (
    "The regional council on Tuesday approved a transit plan that adds three bus lines and "
    "extends the light rail to the airport, the largest expansion of the network in decades."
)
P2 = (
    "Council members said the transit plan would be paid for with a mix of federal grants and "
    "a small increase in the regional sales tax that voters approved last year."
)
P3 = (
    "Construction on the light rail extension is expected to start next spring, and the new "
    "bus lines should be running by the end of the year, the council said."
)
P4 = (
    "Riders groups welcomed the transit plan but said the council should also add more "
    "frequent service on the existing lines, which are often crowded at rush hour."
)
FOOT = "Tags\nTransit\nPrivacy Policy\n"


def _parse(middle: str):  # type: ignore[no-untyped-def]
    return parse(normalise(HEAD + middle + FOOT))


def _body(middle: str) -> list[str]:
    return [b.text for b in _parse(middle).blocks if b.role is BlockRole.BODY]


# --- 1. unbulleted lists after a sentence ending in a colon ----------------------------------


def test_short_items_after_a_colon_sentence_are_body_list_items() -> None:
    items = ["Three new bus lines", "A light rail extension", "Longer evening service"]
    article = _parse(
        f"{P1}\nThe plan's main parts include:\n" + "\n".join(items) + f"\n{P2}\n{P3}\n"
    )
    listed = [b for b in article.blocks if b.text in items]
    assert [b.role for b in listed] == [BlockRole.BODY] * 3
    assert {b.kind for b in listed} == {BlockKind.LIST_ITEM}


def test_lines_after_a_capitalised_label_with_a_colon_are_not_a_list() -> None:
    links = ["Airport Expansion Delayed Again", "Mayor Names New Transit Chief"]
    body = _body(f"{P1}\n{P2}\n{P3}\nMore From The Ledger:\n" + "\n".join(links) + "\n")
    assert not set(links) & set(body)


# --- 2. press-release tails ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "About Northwind Logistics",
        "ABOUT BRIGHTFIELD ENERGY INC.",
        "Forward-Looking Statements",
        "Cautionary Note Regarding Forward-Looking Statements",
        "Media contact:",
        "Media Contact: Laura Pike",
        "Pressekontakt",
    ],
)
def test_press_release_tail_headings_end_the_article(line: str) -> None:
    assert phrases.is_section_end(line)


@pytest.mark.parametrize("line", ["About 40 people came", "About the project", "Über Nacht"])
def test_ordinary_headings_do_not_end_the_article(line: str) -> None:
    assert not phrases.is_section_end(line)


def test_company_profile_after_the_release_is_not_body() -> None:
    profile = (
        "Northwind Logistics is a privately held freight and warehousing company based in "
        "Dayton, Ohio, with 22 facilities across eight states."
    )
    body = _body(f"{P1}\n{P2}\n{P3}\nAbout Northwind Logistics\n{profile}\n")
    assert body[-1] == P3


# --- 3. photo captions and their credits -----------------------------------------------------


def test_photographer_and_outlet_line_is_a_credit() -> None:
    assert credit_phrases.is_credit_only("Tom Becker/Millbrook Daily Herald")
    assert credit_phrases.is_credit_only("Jane Doe / Getty Images")
    assert not credit_phrases.is_credit_only("Either/Or")
    assert not credit_phrases.is_credit_only("The Council/City agreement")


def test_caption_above_a_photographer_credit_is_set_aside_but_not_the_paragraph_before() -> None:
    caption = "Buses wait at the downtown terminal on Tuesday."
    body = _body(f"{P1}\n{P2}\n{caption}\nTom Becker/Harbor City Ledger\n{P3}\n{P4}\n")
    assert body == [P1, P2, P3, P4]


def test_sentence_ending_in_an_agency_photo_credit_is_a_caption() -> None:
    caption = "A bus leaves the downtown terminal in 2023. (AP Photo/Maria Lopez, File)"
    assert phrases.prompt_reason(caption, len(caption.split())) == phrases.CAPTION
    assert caption not in _body(f"{P1}\n{P2}\n{caption}\n{P3}\n{P4}\n")


# --- 4. newsletter boxes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Get local news delivered to your inbox!",
        "I understand and agree that registration on or use of this site constitutes agreement "
        "to its user agreement and privacy policy.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "Mit der Registrierung nehmen Sie den Datenschutzhinweis zur Kenntnis.",
    ],
)
def test_sign_up_box_lines_are_newsletter_prompts(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) == phrases.NEWSLETTER


def test_article_continues_after_a_newsletter_box_with_a_pitch() -> None:
    box = (
        "Unser Newsletter\nThe morning's top stories, every weekday.\n"
        "Mit der Registrierung nehmen Sie den Datenschutzhinweis zur Kenntnis.\n"
    )
    body = _body(f"{P1}\n{P2}\n{box}What comes next?\n{P3}\n")
    assert body == [P1, P2, "What comes next?", P3]


# --- 5. short subheadings --------------------------------------------------------------------


def test_question_subheading_followed_by_an_ad_slot_stays_in_the_body() -> None:
    body = _body(f"{P1}\n{P2}\nWhat should riders expect?\nAdvertisement\n{P3}\n{P4}\n")
    assert "What should riders expect?" in body


# --- 6. small clutter ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Jump to comments section", "Skip to comments", "March 4, 2025Updated 5:32 p.m. ET"]
)
def test_small_clutter_lines_are_furniture(line: str) -> None:
    assert (
        phrases.label_reason(line) or phrases.prompt_reason(line, len(line.split()))
    ) is not None
    assert line not in _body(f"{P1}\n{P2}\n{line}\n{P3}\n{P4}\n")


@pytest.mark.parametrize(
    "line",
    [
        "The scam email that landed in your inbox looked like a bill from the city.",
        '"I accept the terms of the deal," the mayor said on Tuesday after the vote.',
        "Mit der Anmeldung zur Wahl müssen Kandidaten bis Freitag warten.",
        "The agency in 2021 updated its guidance for schools and hospitals.",
    ],
)
def test_body_sentences_with_sign_up_words_are_not_prompts(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) is None


def test_subheading_above_a_captioned_picture_stays_in_the_body() -> None:
    picture = "Buses wait at the terminal on Tuesday.\nTom Becker/Harbor City Ledger\n"
    body = _body(f"{P1}\n{P2}\nWhat comes next for riders\n{picture}{P3}\n{P4}\n")
    assert body == [P1, P2, "What comes next for riders", P3, P4]


def test_short_line_before_an_ad_slot_and_more_links_is_not_a_heading() -> None:
    body = _body(f"{P1}\n{P2}\n{P3}\nCity Hall Weekly Digest\nAdvertisement\nBus Fares Rise\n")
    assert "City Hall Weekly Digest" not in body
