"""A newsletter box between the article's paragraphs is set aside: its pitch over the form's
button, and the spam check's notice under the form.

The pitch is worded anew by every site ("Let our news meet your inbox. …"), and read as a
paragraph of the story; the button under it ("Sign Up", "Anmelden") gives it away. The page is
written by hand in the shape of a news site's story with such a box.
"""

from __future__ import annotations

import pytest
from quality import DATA, block_roles, role_of

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PAGE = (DATA / "body_classes" / "en_sign_up_box.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line", ["Let our news meet your inbox", "This site is protected by recaptcha"]
)
def test_the_box_s_pitch_and_notice_are_set_aside(line: str) -> None:
    assert role_of(block_roles(PAGE), line) is BlockRole.BOILERPLATE


@pytest.mark.parametrize(
    "paragraph",
    ["Buses on the route carry", "Work on the lanes will begin", "Some shop owners along the road"],
)
def test_the_story_goes_on_around_the_box(paragraph: str) -> None:
    assert role_of(block_roles(PAGE), paragraph) is BlockRole.BODY


@pytest.mark.parametrize(
    "button",
    ["Sign up", "Subscribe", "Subscribe now", "Jetzt anmelden", "Abonnieren", "Registrieren",
     "S’abonner", "Suscríbete", "Suscribirse", "Abonneren"],
)  # fmt: skip
def test_other_buttons_mark_the_pitch_too(button: str) -> None:
    page = PAGE.replace("mornings.\nSign Up\n", f"mornings.\n{button}\n")
    assert role_of(block_roles(page), "Let our news meet your inbox") is BlockRole.BOILERPLATE


def test_a_paragraph_over_a_blank_line_and_a_button_stays() -> None:
    """A blank line between a paragraph and a menu's "Subscribe" parts them."""
    page = PAGE.replace(
        "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.\nSign Up\n",
        "Riders said the lanes were long overdue and that the buses had been late nearly every day.\n\nSubscribe\n",
    )
    assert role_of(block_roles(page), "Riders said the lanes") is BlockRole.BODY


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the print edition for $5 a month",
        # A prompt as short as a button, and labelled as one: only its first words are.
        "Sign up to comment",
    ],
)
def test_a_paragraph_over_a_longer_line_stays(line: str) -> None:
    """A line that begins with a button's word and goes on is no button."""
    page = PAGE.replace("mornings.\nSign Up\n", f"mornings.\n{line}\n")
    page = page.replace(
        "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.",
        "Riders said the lanes were long overdue and that the buses had been late nearly every day.",
    )
    assert role_of(block_roles(page), "Riders said the lanes") is BlockRole.BODY


def test_a_paragraph_of_the_article_right_over_a_button_stays() -> None:
    """A saved page's visible text has no blank lines: the article's paragraph can stand right
    above a "Subscribe" button there, and it runs longer than a pitch."""
    paragraph = (
        "One, it might not end up being so friendly to riders in the long run: the county paid "
        "drivers less as its costs grew, and it is raising fares for everyone. Many riders will "
        "tell you the quality of the service has declined over time, which is both inevitable "
        "with growth and not surprising given the shrinking budget."
    )
    page = PAGE.replace(
        "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.\nSign Up\n",
        f"{paragraph}\nSubscribe\n",
    )
    assert role_of(block_roles(page), "One, it might not end up") is BlockRole.BODY


@pytest.mark.parametrize("button", ["Subscribe", "Sign up", "Abonnieren"])
def test_a_headline_right_over_a_site_s_button_stays_the_title(button: str) -> None:
    """A site's "Subscribe" button in its header can stand right under the headline (a saved
    page's visible text has no blank lines): the headline is no box's pitch."""
    headline = "County approves new bus lanes on the main road into town"
    article = parse(normalise(PAGE.replace(f"{headline}\n", f"{headline}\n{button}\n")))
    assert article.title == headline


@pytest.mark.parametrize(
    ("offer", "button"),
    [
        ("Places on the walking tour of the new lanes are limited, so book early to be sure of a seat.", "Sign up"),
        ("Für die Radtour entlang der neuen Busspur gibt es nur dreißig Plätze, also bitte früh buchen.", "Jetzt anmelden"),
        ("Mitglied im Verein werden kann jeder, der in der Gemeinde wohnt oder arbeitet.", "Registrieren"),
    ],
)  # fmt: skip
def test_a_page_s_own_offer_over_a_sign_up_button_stays(offer: str, button: str) -> None:
    """ "Sign up", "Anmelden", "Registrieren" sign a reader up for an event or a club too: the
    paragraph over one is a box's pitch only when it speaks of mail, news or a login."""
    page = PAGE.replace(
        "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.\nSign Up\n",
        f"{offer}\n{button}\n",
    )
    assert role_of(block_roles(page), offer[:20]) is BlockRole.BODY


@pytest.mark.parametrize(
    "pitch",
    [
        "Tragen Sie Ihre E-Mail-Adresse ein und bestätigen Sie den Link in unserer Nachricht.",
        "Die wichtigsten News aus dem Landkreis jeden Morgen um sieben Uhr",
        "Wer mitdiskutieren will, muss sich vorher einloggen",
    ],
)
def test_a_box_s_pitch_over_anmelden_speaks_of_mail_news_or_a_login(pitch: str) -> None:
    page = PAGE.replace(
        "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.\nSign Up\n",
        f"{pitch}\nJetzt anmelden\n",
    )
    assert role_of(block_roles(page), pitch[:20]) is BlockRole.BOILERPLATE
