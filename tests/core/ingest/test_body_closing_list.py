"""A list of entries of one shape that closes the article is the article's.

Tour dates, qualified teams, results: after the last paragraph, a heading and a column of
short lines, each with the same separator ("June 9 -- Arena, City, ST"). The body model holds
each line no likelier than a link list. The lines here are written by hand; the probabilities
are set by hand (paragraphs likely, short lines not), so the tests read the rule.
"""

from __future__ import annotations

from reader.core.ingest import region
from reader.core.ingest.article import BlockKind, BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PARAGRAPHS = [
    "The band will mark fifty years on the road with a tour of North America next summer, "
    "its first with the former singer since the two sides made peace last year.",
    "Tickets go on sale to the general public on Friday, and members of the fan club can buy "
    "them two days earlier through the band's website.",
    "The singer said the shows would cover every album the band has made, from the early "
    "blues records to the songs that filled arenas in the seventies.",
]
DATES = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Bank Amphitheatre, Alpharetta, GA",
    "June 17 -- Bridgestone Arena, Nashville, TN",
    "June 19 -- Music Pavilion, Charlotte, NC",
    "June 20 -- Music Park at Walnut Creek, Raleigh, NC",
]
FOOTER = ["Facebook", "Twitter", "Customer Service", "Subscribe"]


def _verdicts(lines: list[str], doubted: str = "") -> dict[str, tuple[BlockRole, BlockKind]]:
    """Each line's role and kind; the `doubted` line is as likely article as not (0.3)."""
    text = "\n\n".join(["Home", "Band sets its anniversary tour", *lines])
    page = read_page(normalise(text))[0]
    probs = [
        0.3 if s.text == doubted else 0.9 if shape.prose else 0.05
        for s, shape in zip(page.segments, page.shapes, strict=True)
    ]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return {s.text: (v.role, v.kind) for s, v in zip(page.segments, verdicts, strict=True)}


def test_a_list_of_tour_dates_under_a_heading_closes_the_article() -> None:
    got = _verdicts([*PARAGRAPHS, "The band's 2020 tour dates:", *DATES, *FOOTER])
    assert got["The band's 2020 tour dates:"] == (BlockRole.BODY, BlockKind.HEADING)
    assert all(got[line] == (BlockRole.BODY, BlockKind.LIST_ITEM) for line in DATES)


def test_a_doubted_sentence_introducing_the_list_is_its_heading() -> None:
    lead = "These are all the dates of the tour:"
    got = _verdicts([*PARAGRAPHS, lead, *DATES, *FOOTER], doubted=lead)
    assert got[lead] == (BlockRole.BODY, BlockKind.HEADING)
    assert all(got[line][0] is BlockRole.BODY for line in DATES)
    assert all(got[line] == (BlockRole.BODY, BlockKind.LIST_ITEM) for line in DATES)
    assert all(got[line][0] is BlockRole.BOILERPLATE for line in FOOTER)


def test_the_list_may_follow_the_last_paragraph_without_a_heading() -> None:
    teams = [f"{team} (Group {group}): {n} appearance" for team, group, n in (
        ("England", "A", "10th"), ("Spain", "F", "11th"), ("Sweden", "F", "Seventh"),
        ("Poland", "G", "Fourth"), ("France", "H", "10th"), ("Turkey", "H", "Fifth"),
    )]  # fmt: skip
    got = _verdicts([*PARAGRAPHS, *teams, *FOOTER])
    assert all(got[line][0] is BlockRole.BODY for line in teams)


def test_four_entries_are_no_list() -> None:
    got = _verdicts([*PARAGRAPHS, "Tour dates", *DATES[:4], *FOOTER])
    assert all(got[line][0] is BlockRole.BOILERPLATE for line in DATES[:4])


def test_entries_with_other_separators_are_no_list() -> None:
    mixed = [line.replace(" -- ", " | ") if i % 2 else line for i, line in enumerate(DATES)]
    got = _verdicts([*PARAGRAPHS, "Tour dates", *mixed, *FOOTER])
    assert all(got[line][0] is BlockRole.BOILERPLATE for line in mixed)


def test_a_row_of_share_buttons_saying_the_same_after_the_bracket_is_no_list() -> None:
    buttons = [
        f"Klick, um auf {network} zu teilen (Wird in neuem Fenster geöffnet)"
        for network in ("Facebook", "Twitter", "WhatsApp", "Telegram", "Pinterest", "Reddit")
    ]
    got = _verdicts([*PARAGRAPHS, *buttons, *FOOTER])
    assert all(got[line][0] is BlockRole.BOILERPLATE for line in buttons)


def test_linked_headlines_with_a_colon_are_no_list() -> None:
    headlines = [
        "Brexit: Johnson loses the vote on his deal",
        "Tennis: Nadal wins his first title in Rome",
        "Climate: The summit ends without an agreement",
        "Energy: Prices for gas fall again in spring",
        "Transport: The new bridge opens to traffic",
        "Health: Hospitals look for more nurses",
    ]
    got = _verdicts([*PARAGRAPHS, *headlines, *FOOTER])
    assert all(got[line][0] is BlockRole.BOILERPLATE for line in headlines)


def test_a_schedule_with_a_colon_and_its_dates_is_a_list() -> None:
    stages = [f"Stage {n}: {day} March – {town}" for n, day, town in (
        (1, 10, "Interlagos"), (2, 17, "Curitiba"), (3, 24, "Velopark"),
        (4, 31, "Londrina"), (5, 7, "Santa Cruz"),
    )]  # fmt: skip
    got = _verdicts([*PARAGRAPHS, *stages, *FOOTER])
    assert all(got[line][0] is BlockRole.BODY for line in stages)
