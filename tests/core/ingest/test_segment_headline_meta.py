"""A headline is not glued to the author or date line under it (issue #10).

The segmenter joins a line that carries on the sentence above it (text copied from a
hard-wrapped mail, or a lowercase line under an unfinished sentence). On dev-set pages that
join glued a headline to its meta line ("… lunar lander program" + "by <name> — <date>",
"… FOR THE HOLIDAYS" + "written by <name>"), and the title, byline and date were lost.
The lines here are built like those pages; the expected values are what a reader would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.segment import segment
from tests.head_pages import P1, P2, parse_page

HEADLINE_EN = "City council approves new budget for the public libraries"
HEADLINE_DE = "Stadtrat beschließt Haushalt mit Geld für die Straßen"


@pytest.mark.parametrize(
    ("headline", "meta"),
    [
        (HEADLINE_EN, "by Maria Keller — March 4, 2021"),
        (HEADLINE_EN, "by Maria Keller 3"),  # a comment count after the name
        (HEADLINE_EN.upper(), "written by Maria"),
        (HEADLINE_DE, "maxmuster — 4. März 2021"),
    ],
)
def test_a_meta_line_under_a_headline_stays_its_own_block(headline: str, meta: str) -> None:
    assert [s.text for s in segment(f"{headline}\n{meta}\n")] == [headline, meta]


def test_the_unfinished_sentence_still_takes_its_lowercase_rest() -> None:
    text = (
        "The council approved the new budget for the libraries\nby a narrow vote of five to four."
    )
    assert [s.text for s in segment(text)] == [
        "The council approved the new budget for the libraries by a narrow vote of five to four."
    ]


def test_a_hard_wrapped_line_that_opens_with_by_and_a_date_is_still_joined() -> None:
    wrapped = (
        "I spent last week at a small workshop in Kyoto on supply chain resilience,\n"
        "organised by a group of Japanese and European universities. The plan was\n"
        "by the ministry in a statement on 4 March 2021, and\n"
        "about forty people in the room, mostly academics and a few officials, read it.\n"
        "Second, the data problem is worse than I thought. Several firms admitted\n"
        "that they do not know who their suppliers' suppliers are, which worried\n"
        "everybody in the room, including the two officials from the ministries.\n"
    )
    assert len(segment(wrapped)) == 1


def test_the_page_keeps_title_byline_and_date() -> None:
    article = parse_page(
        f"Start\nPolitik\n{HEADLINE_EN}\nby Maria Keller — March 4, 2021\n{P1}\n{P2}\n"
    )
    assert article.title == HEADLINE_EN
    assert article.byline == "Maria Keller"
    assert article.published is not None and article.published.startswith("2021-03-04")


WRAPPED_STORY = (
    "I spent last week at a small workshop in Kyoto on supply chain resilience,\n"
    "organised by a group of Japanese and European universities. There were\n"
    "about forty people in the room, mostly academics and a few officials.\n"
    "The first day went to the shipping data, which nobody in the room had\n"
    "seen in one place before, and to the question of who should collect it.\n"
    "\n"
    "Second, the data problem is worse than I thought. Several firms admitted\n"
    "that they do not know who their suppliers' suppliers are, which worried\n"
    "everybody in the room, including the two officials from the ministries.\n"
    "Nobody had a good answer for it by the time the workshop came to an end,\n"
    "and the organisers promised a second meeting in the spring next year.\n"
)


def test_a_standfirst_longer_than_the_wrap_width_is_not_joined_to_its_headline() -> None:
    headline = "Workshop finds that supply chains are still poorly understood"
    standfirst = (
        "Researchers, officials and firms met in Kyoto to compare what they know about the "
        "suppliers of their suppliers, and found that most of them know very little."
    )
    texts = [s.text for s in segment(f"{headline}\n{standfirst}\n\n{WRAPPED_STORY}")]
    assert texts[:2] == [headline, standfirst]
    assert len(texts) == 4  # the two wrapped paragraphs are still joined
    assert texts[2].startswith("I spent") and texts[2].endswith("who should collect it.")


# A text wrapped at about 70 columns, as a hard-wrapped copy (or a page of many short lines
# read as one) is: the breadcrumb trail fills the width like a wrapped line.
_WRAPPED = (
    "Die Gemeinde bittet alle Bürgerinnen und Bürger, ihren Ausweis recht-\n"
    "zeitig zu verlängern, weil die Herstellung in der Regel drei bis vier\n"
    "Wochen dauert und das Bürgerbüro im Sommer sehr viele Anträge erhält.\n"
    "\n"
    "Startseite › Rathaus und Bürgerservice › Personalausweis beantragen\n"
    "Personalausweis beantragen\n"
    "\n"
    "Alle Deutschen ab 16 Jahren müssen einen gültigen Personalausweis oder\n"
    "Reisepass besitzen. Den Ausweis beantragen Sie persönlich im Bürgerbüro\n"
    "Ihres Wohnortes, wo auch die Unterlagen geprüft werden, die Sie mit-\n"
    "bringen müssen.\n"
)


def test_a_headline_under_a_breadcrumb_trail_is_no_wrapped_rest_of_it() -> None:
    # Read as wrapped, the headline was joined to the trail over it, and the title became
    # "Personalausweis beantragen Personalausweis beantragen".
    texts = [s.text for s in segment(_WRAPPED)]
    assert "Personalausweis beantragen" in texts
    assert "Startseite › Rathaus und Bürgerservice › Personalausweis beantragen" in texts
    # The wrapped paragraphs are still read as paragraphs.
    assert texts[-1].startswith("Alle Deutschen ab 16 Jahren") and texts[-1].endswith(
        "mitbringen müssen."
    )


def test_a_headline_in_lower_case_is_no_rest_of_a_long_breadcrumb_trail() -> None:
    # "iPhone …" starts in lower case, as a wrapped sentence's rest does, under a trail of more
    # than 40 characters: it was joined to the trail, wrapped text or not.
    trail = "Startseite › Technik und Mobilfunk › Smartphones im Vergleich"
    headline = "iPhone 16 Pro im Test: Das kann das neue Apple-Handy"
    lede = "Apple hat das neue iPhone vorgestellt. Wir haben es zwei Wochen lang getestet."
    assert [s.text for s in segment(f"{trail}\n{headline}\n\n{lede}\n")] == [trail, headline, lede]


def test_a_wrapped_line_with_slashes_between_words_carries_on() -> None:
    # Two " / " make a line look like a trail ("Home / Horoskop / Sternzeichen"); in running
    # text they part words, and the wrapped paragraph stays one.
    wrapped = (
        "Die Gemeinde bittet alle Bürgerinnen und Bürger, ihren Ausweis recht-\n"
        "zeitig zu verlängern, weil die Herstellung in der Regel drei bis vier\n"
        "Wochen dauert. Die Preise für Strom / Gas / Wasser steigen, sagte die\n"
        "Ministerin am Freitag in Berlin, und die Gemeinde wolle die Gebühren\n"
        "senken, da viele Familien unter den hohen Kosten leiden und Hilfe\n"
        "brauchen, wie der Bürgermeister am Montag in einer Sitzung erklärte.\n"
    )
    texts = [s.text for s in segment(wrapped)]
    assert len(texts) == 1
    assert "Strom / Gas / Wasser steigen, sagte die Ministerin am Freitag" in texts[0]
