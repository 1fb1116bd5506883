"""A shop's legal small print the body choice kept names no entity of the article (issue 15,
session 40): a fitness site's recipe pages ended in "… are registered trademarks of Apple Inc.
… trademarks of Google Inc.", a supplement disclaimer naming the Food and Drug Administration
and a note on "the Blogs, Community pages, Program Materials", so the library listed Apple,
Amazon, "Google Inc." and an organisation "Program Materials" for two recipes. The article's
own sentences about marks and the same bodies stay."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _names(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return {(f.kind.value, f.name) for f in extract(text, lang)}


# The shape of the real pages' closing paragraphs (two recipe pages of one fitness site).
_RECIPE = (
    "Preheat the oven and bake the turkey meatballs for 20 minutes.\n\n"
    "The information provided on this website (including the Blogs, Community pages, Program "
    "Materials and all other content) was originally intended for a US audience. Regulations in "
    "your country may vary.\n\n"
    "*These statements have not been evaluated by the Food and Drug Administration. These "
    "products are not intended to diagnose, treat, cure, or prevent any disease.\n\n"
    "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of "
    "Apple Inc. Roku is a registered trademark of Roku, Inc. in the United States and other "
    "countries. Amazon, Kindle, Fire, and all related logos are trademarks of Amazon.com or its "
    "affiliates. Chrome, Chromecast, and the Chrome logo are trademarks of Google Inc.\n"
)


def test_a_recipe_pages_small_print_names_nobody() -> None:
    found = _names(_RECIPE)
    kinds = {kind for kind, _ in found}
    assert EntityKind.ORG.value not in kinds, (
        found
    )  # no Apple, Amazon, Google Inc., FDA, Program Materials
    assert ("place", "United States") not in found and ("place", "US") not in found


def test_the_articles_text_before_the_small_print_is_still_read() -> None:
    text = (
        "Apple said on Monday that it will open a store in Berlin, Tim Cook told reporters.\n\n"
        + _RECIPE
    )
    found = _names(text)
    assert ("person", "Tim Cook") in found
    assert ("org", "Apple") in found  # named by the article, once
    assert any(kind == "place" and name == "Berlin" for kind, name in found)
    apple = next(f for f in extract(text, "en") if f.name == "Apple")
    assert len(apple.spans) == 1  # the notice's three "Apple"s are not counted


def test_a_sentence_about_a_marks_owner_that_says_more_stays() -> None:
    text = (
        "Hinweis, weil wir häufiger dazu gefragt werden: Laufteufel ist eine eingetragene Marke "
        "von Achim Bourmer, einem selbständigen Shopbetreiber, der einen Internet-Shop für "
        "Sportartikel betreibt und selbst ein bekannter Läufer war.\n"
    )
    assert ("person", "Achim Bourmer") in _names(text, "de")


def test_a_brand_of_a_group_said_in_prose_stays() -> None:
    text = (
        "Skoda ist eine Marke des Volkswagen-Konzerns. Volkswagen will Skoda stärken, deren Name "
        "seit 1991 als eingetragene Marke geschützt ist.\n"
    )
    assert ("org", "Volkswagen") in _names(text, "de")


def test_the_fda_in_an_articles_sentence_stays() -> None:
    text = (
        "The Food and Drug Administration approved the drug on Monday, the agency said.\n\n"
        "These statements were made by the company's chief executive, Jane Porter, in May.\n"
    )
    found = _names(text)
    assert ("org", "Food and Drug Administration") in found
    assert ("person", "Jane Porter") in found


def test_a_trademark_named_first_in_a_paragraph_of_news_stays() -> None:
    text = (
        "The name is a trademark of Apple Inc., which sued the startup in March for using it in "
        "an app store for children and asked the court in San Jose to stop the sales.\n"
    )
    assert ("org", "Apple Inc.") in _names(text)


def test_a_notice_later_in_a_paragraph_leaves_the_paragraph_read() -> None:
    text = (
        "Apple said on Monday that its new iPad sold out in hours. Apple TV and iPad are "
        "registered trademarks of Apple Inc.\n"
    )
    assert ("org", "Apple Inc.") in _names(text)  # "Apple said", under its fuller name


def test_a_marks_owner_named_without_registered_is_small_print_too() -> None:
    text = (
        "The Fire tablet costs $49 this week.\n\n"
        "Amazon, Kindle, Fire, and all related logos are trademarks of Amazon.com or its "
        "affiliates.\n"
    )
    assert not any(kind == "org" for kind, _ in _names(text))


def test_a_sites_note_on_its_content_quoted_in_a_paragraph_of_news_stays() -> None:
    text = (
        "Jane Porter of the Consumer Federation of America said the information provided on "
        "this website misled buyers for years.\n"
    )
    found = _names(text)
    assert ("person", "Jane Porter") in found
    assert ("org", "Consumer Federation of America") in found


def test_a_sites_note_on_its_content_alone_is_small_print() -> None:
    text = (
        "Bake the muffins for 25 minutes.\n\n"
        "The information provided on this website (including the Blogs, Community pages, Program "
        "Materials and all other content) was originally intended for a US audience.\n"
    )
    assert not any(kind == "org" for kind, _ in _names(text))
