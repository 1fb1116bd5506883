"""Teaser cards whose headline and teaser the copy glued into one line are not the article.

A local TV site's menu and boxes print card after card of a title-cased headline glued to its
teaser ("… Troy SteakhouseA party of six left …"); another site joins them with a run of
spaces ("… on the verge of destruction  The Surp Sarkis church …"). Each line reads like a
paragraph, and the run of article text reached across the boxes to the short story under
them. An article about a camel-cased product ("MacBook", "AirPods") is glued the same way in
places and stays whole, and so does a menu of items parted by runs of spaces. The pages are
written by hand in the shapes two en-news pages print.
"""

from __future__ import annotations

from quality import block_roles, role_of

from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_glued_cards import glued_cards
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

_GLUED = (
    "Police: 2 In Custody After Death Of Local Student-AthleteA 24-year-old woman and a "
    "28-year-old man have been arrested in connection with the death of a student.",
    "Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left the "
    "steakhouse in Troy without paying their bill after a long dinner on Saturday.",
    "State To Mail Redistricting Panel Applications To 250,000The state will mail 250,000 "
    "applications encouraging voters to apply for the new redistricting commission.",
    "Is Violence In Sports On The Rise?Violence is part of the game in many sports but one "
    "player crossed a line that attracts the attention of prosecutors this week.",
)
_SPACED = (
    "Armenia named most popular spot for Russian travelers in 2019  Armenia has been named the "
    "most popular destination among Russians this year, a survey found.",
    "Iconic props and costumes will be auctioned  The auction, scheduled for next month, "
    "includes replicas of the couch and the fountain from the show.",
    "Historic church in Turkey on the verge of destruction  The church of Diyarbakir is in "
    "ruins due to destruction and neglect, activists said on Monday.",
)
_STORY = (
    "ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth death linked "
    "to a mosquito-borne virus, the state's health department said on Tuesday.",
    "County officials said Monday the victim was one of two people who contracted the virus "
    "this fall. The death of the second patient was reported last month.",
    "Cases first appeared in the west of the state at the end of August, and officials urged "
    "residents to keep using insect repellent until the first hard frost.",
)


def _page() -> str:
    lines = ["Menu", "Latest Headlines", *_GLUED, "Weather", "More Weather", *_SPACED, "News",
             "Michigan Officials: Sixth Death Linked To Mosquito Virus",
             "November 19, 2019 at 9:45 am", *_STORY, "Comments", "Privacy Policy"]  # fmt: skip
    return "\n\n".join(lines)


def test_the_glued_cards_are_set_aside_and_the_story_under_them_is_the_body() -> None:
    roles = block_roles(_page())
    for card in (*_GLUED, *_SPACED):
        assert role_of(roles, card[:30]) is BlockRole.BOILERPLATE, card
    for paragraph in _STORY:
        assert role_of(roles, paragraph[:30]) is BlockRole.BODY, paragraph


def _cards(lines: list[str]) -> list[str]:
    page = read_page(normalise("\n\n".join(lines)))[0]
    return [
        page.segments[i].text[:20]
        for i in glued_cards(page.segments, page.shapes, page.labels, page.meta)
    ]


def test_two_glued_lines_are_no_box() -> None:
    assert _cards(["Some Headline Here", *_GLUED[:2], *_STORY]) == []


def test_camel_cased_products_in_paragraphs_are_no_cards() -> None:
    paragraphs = [
        "Following the new MacBook Pro, Apple plans to release a smaller model with the same "
        "keyboard in the first half of next year, according to the analyst.",
        "Teens love Apple's AirPods, and they are putting them on their holiday wish lists, "
        "a survey of five thousand students found this autumn.",
        "The Best Deals On AirPods Pro today come from Amazon, which cut the price by thirty "
        "dollars for the weekend only.",
        "Sales of the PlayStation 4 Pro slowed in October, when buyers waited for the new "
        "console that the company will show next spring.",
    ]
    assert _cards(["Apple news", *paragraphs]) == []


def test_a_capitalised_opening_before_a_camel_cased_product_is_no_headline() -> None:
    paragraphs = [
        "Apple Store Berlin staff say the new AirPods sell out within an hour every morning, "
        "and the queue starts before the doors open.",
        "Best Buy Canada also reports that the PlayStation bundles were gone by noon on the "
        "first day of the sale this week.",
        "Amazon Prime Day shoppers bought more MacBooks than in any year before, the company "
        "said in a statement on Wednesday.",
    ]
    assert _cards(["Apple news", *paragraphs]) == []


def test_a_menu_parted_by_runs_of_spaces_is_no_card() -> None:
    menu = [
        "Technik & Entwicklung  Design & UX  Marketing, PR & Kommunikation  Content & Redaktion",
        "Hardware & Gadgets  Software & Infrastruktur  Startups & Economy  Karriere & Jobs  Events",
        "Reisen & Urlaub  Essen & Trinken  Haus & Garten  Auto & Verkehr  Sport & Freizeit",
    ]
    head = ["Michigan Officials: Sixth Death Linked To Mosquito Virus", "November 19, 2019"]
    assert _cards(["Menü", *menu, *head, *_STORY]) == []
