"""A saved page's article: the extractor's, unless the plain-text parser's reading of the
page's visible text plainly found more of it (`webpage_fallback.checked_body`).

The pages are built by hand as lists of the visible text's blocks: menus, the article's
paragraphs, a box of other stories' cards above it; the extractor's article is given as the
blocks it kept. The expected article is written out here, not taken from the parser.
"""

from __future__ import annotations

from reader.core.ingest.article import Block, BlockKind
from reader.core.ingest.webpage_fallback import checked_body
from reader.core.ingest.webpage_meta import VisibleHead
from tests.core.ingest.test_html_page_meta import HEADLINE, PARAGRAPHS, page_of

# -- an extractor that kept the whole page ---------------------------------------------------

MENU = [f"Rubrik {n}" for n in range(40)]


def blocks_of(texts: list[str]) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in texts]


def test_an_extractor_that_kept_the_menus_gives_way_to_the_visible_text_parser() -> None:
    texts = MENU * 3 + [HEADLINE, "Von Anna Berger", *PARAGRAPHS]
    page = page_of(texts)
    body = checked_body(blocks_of(texts), page, VisibleHead(page))
    assert [b.text for b in body] == PARAGRAPHS


def test_an_article_that_is_the_whole_page_keeps_the_extractors_blocks() -> None:
    texts = [HEADLINE, *PARAGRAPHS]
    page = page_of(texts)
    assert checked_body(blocks_of(texts), page, VisibleHead(page)) == blocks_of(texts)


def test_an_extractor_that_left_the_menus_out_keeps_its_choice() -> None:
    page = page_of(MENU + PARAGRAPHS)
    head = VisibleHead(page)
    assert checked_body(blocks_of(PARAGRAPHS), page, head) == blocks_of(PARAGRAPHS)
    assert "body" not in head.__dict__  # nor is the visible text parsed for it


MORE = [
    "Auch im Nachbartal regnete es, wenn auch deutlich weniger als im Tal selbst, berichteten "
    "die Landwirte der Gegend am Mittwochmorgen.",
    "Die Wasserwerke sehen die Versorgung für den Sommer nun gesichert, wollen aber an ihren "
    "Sparaufrufen bis zum Herbst festhalten.",
]


def test_an_article_the_extractor_cut_short_is_taken_whole_from_the_visible_text() -> None:
    texts = MENU + [HEADLINE, *PARAGRAPHS, *MORE] + MENU
    page = page_of(texts)
    body = checked_body(blocks_of(PARAGRAPHS[:2]), page, VisibleHead(page))
    assert [b.text for b in body] == PARAGRAPHS + MORE


def test_an_extractor_article_the_visible_text_parser_did_not_find_stands() -> None:
    # The parser's article is elsewhere on the page: no evidence the extractor cut its own.
    other = ["Eine ganz andere Geschichte aus einem anderen Ort, erzählt in einem Satz."]
    texts = MENU + [HEADLINE, *PARAGRAPHS, *MORE] + MENU + other
    page = page_of(texts)
    assert checked_body(blocks_of(other), page, VisibleHead(page)) == blocks_of(other)


def test_an_extractor_article_nearly_as_long_as_the_parsers_stands() -> None:
    texts = MENU * 4 + [HEADLINE, *PARAGRAPHS, *MORE]
    page = page_of(texts)
    kept = blocks_of(PARAGRAPHS + MORE[:1])
    assert checked_body(kept, page, VisibleHead(page)) == kept


def test_an_extractor_that_found_nothing_gets_the_visible_text_parsers_article() -> None:
    page = page_of(MENU + [HEADLINE, *PARAGRAPHS, *MORE] + MENU)
    assert [b.text for b in checked_body([], page, VisibleHead(page))] == PARAGRAPHS + MORE


CARDS = [
    f"{headline} BERLIN: {teaser}"
    for headline, teaser in (
        (
            "Stadtrat beschließt neuen Haushalt",
            "Der Stadtrat hat am Dienstag nach langer Debatte den Haushalt für das kommende Jahr mit knapper Mehrheit beschlossen.",
        ),
        (
            "Bahn kündigt Bauarbeiten an",
            "Auf der Strecke zwischen den beiden Städten fallen im Sommer über sechs Wochen viele Züge aus, teilte die Bahn mit.",
        ),
        (
            "Museum zeigt frühe Fotografien",
            "Die Ausstellung im Stadtmuseum zeigt bis zum Herbst Aufnahmen aus den ersten Jahrzehnten der Fotografie in der Region.",
        ),
        (
            "Schwimmbad öffnet früher",
            "Wegen der hohen Temperaturen öffnet das Freibad in diesem Jahr schon Anfang Mai, eine Woche früher als geplant.",
        ),
        (
            "Polizei sucht Zeugen nach Unfall",
            "Nach einem Unfall an der Kreuzung am Marktplatz sucht die Polizei Zeugen, die den Hergang beobachtet haben.",
        ),
    )
]


def test_an_extractor_article_the_parser_reaches_far_above_stands() -> None:
    """The parser's article holds the extractor's, but opens far above its first paragraph,
    with a box of other stories' cards: it took the box for the story's start."""
    texts = MENU + [*CARDS, HEADLINE, *PARAGRAPHS, *MORE] + MENU
    page = page_of(texts)
    kept = blocks_of(PARAGRAPHS[:2])
    chosen = VisibleHead(page).body
    assert CARDS[0] in [b.text for b in chosen]  # the page's shape this test is about
    assert checked_body(kept, page, VisibleHead(page)) == kept


def test_the_opening_is_the_first_paragraph_the_parser_s_article_holds() -> None:
    """The extractor's first line ("Kurzfassung") is not in the parser's article: its next
    paragraph marks where the extractor's article opens, far under the cards."""
    page = page_of(MENU + [*CARDS, HEADLINE, *PARAGRAPHS, *MORE] + MENU)
    kept = blocks_of(["Kurzfassung", *PARAGRAPHS[:2]])
    assert CARDS[0] in [b.text for b in VisibleHead(page).body]
    assert checked_body(kept, page, VisibleHead(page)) == kept
