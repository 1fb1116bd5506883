"""The page's blocks in page order: the extractor's article where it stands (`webpage_blocks.merge`).

The page's blocks and the extractor's article are written out by hand: a menu holding words
the article also has ("Kontakt", a linked title the article's closing list repeats at more
length); the article must still stand under the page's header, in the order a reader sees.
"""

from __future__ import annotations

from reader.core.ingest import BlockKind, BlockRole
from reader.core.ingest.article import Block
from reader.core.ingest.webpage_blocks import PageBlock, merge

STORY = [
    f"Absatz {n}: Das Institut hat am Montag ein neues Modell von Ozean und Atmosphäre vorgestellt."
    for n in range(4)
]
CLOSING = ["Kontakt", "Pressestelle des Instituts, Telefon 040 123456", "Nobelpreis für Physik 2021 für Klaus Hasselmann"]
MENU = ["Institut", "Nobelpreis für Physik 2021", "Kontakt"]
TITLE = "Neue Simulation des Klimasystems"


def page_of(texts: list[str], reason: str = "not part of the article") -> list[PageBlock]:
    return [PageBlock(BlockKind.PARAGRAPH, t, reason) for t in texts]


def test_menu_entries_the_article_repeats_stay_above_the_article() -> None:
    page = [
        *page_of(MENU, "navigation"),
        PageBlock(BlockKind.HEADING, TITLE, "not part of the article", 1),
        *page_of(STORY + CLOSING),
    ]
    body = [Block(BlockKind.PARAGRAPH, t) for t in STORY + CLOSING]
    blocks = merge(body, page, TITLE)
    assert [(b.text, b.role) for b in blocks[:2]] == [
        (" · ".join(MENU), BlockRole.BOILERPLATE),
        (TITLE, BlockRole.META),
    ]
    assert [b.text for b in blocks[2:]] == STORY + CLOSING


def test_a_heading_inside_a_longer_menu_line_does_not_pull_the_article_up() -> None:
    # The menu's "Deutsche G7-Präsidentschaft 2022" holds the article's last heading.
    body = [Block(BlockKind.PARAGRAPH, t) for t in STORY] + [Block(BlockKind.HEADING, "Deutsche G7-Präsidentschaft")]
    page = [*page_of(["Deutsche G7-Präsidentschaft 2022"], "navigation"), *page_of(STORY), *page_of(["Deutsche G7-Präsidentschaft"])]
    blocks = merge(body, page, None)
    assert blocks[0].role is BlockRole.BOILERPLATE
    assert [b.text for b in blocks[1:]] == [b.text for b in body]


TWEET = (
    '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Yes, the state '
    'really spent half a million dollars on this slogan. <a href="https://t.co/x">pic.twitter.com/x</a></p>'
    '&mdash; Dianna Anderson (@dianna) <a href="https://twitter.com/x">November 18, 2019</a></blockquote></div>'
)


def story_page(middle: str, after: str = "") -> str:
    paragraphs = [
        f"<p>Paragraph {n} of the story: the state launched an anti-drug campaign this week whose slogan "
        f"drew ridicule across the country, and the governor defended it on Monday.</p>"
        for n in range(6)
    ]
    return (
        "<html><head><title>Slogan</title></head><body><article><h1>The slogan</h1>"
        + "".join(paragraphs[:3]) + middle + "".join(paragraphs[3:])
        + f"</article>{after}</body></html>"
    )  # fmt: skip


def test_a_tweet_the_story_quotes_is_part_of_it() -> None:
    from reader.core.ingest.webpage import parse_page

    article = parse_page(story_page(TWEET))
    quoted = [b for b in article.blocks if "half a million dollars" in b.text]
    assert [(b.role, b.kind) for b in quoted] == [(BlockRole.BODY, BlockKind.QUOTE)]
    assert article.body.index("Paragraph 2") < article.body.index("half a million") < article.body.index("Paragraph 3")


def test_a_tweet_after_the_story_stays_set_aside() -> None:
    from reader.core.ingest.webpage import parse_page

    article = parse_page(story_page("", after=f"<div>{TWEET}</div>"))
    assert "half a million dollars" not in article.body
