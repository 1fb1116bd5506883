"""The readers' comment thread under an article is not the article, however much prose it has.

Pages in tests/data/body_classes are written by hand in the shape real copied blog and news
pages have (a short article, then "57 Antworten zu …" / "42 thoughts on …" and comments that
read like prose and outweigh the article); the gold bodies were written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from quality import DATA, body_score, load_gold

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

PAGES = sorted((DATA / "body_classes").glob("*_thread.txt"))


def _body(text: str) -> str:
    return parse(normalise(text)).body


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_the_article_above_a_longer_comment_thread_is_the_body(page: Path) -> None:
    gold = load_gold(page.with_suffix(".gold.json"))["body"]
    body = _body(page.read_text(encoding="utf-8"))
    assert body_score(body, gold).f1 >= 0.95, body


def test_there_are_thread_pages_in_both_languages() -> None:
    assert {p.name[:3] for p in PAGES} == {"de_", "en_"}


def test_a_comment_count_under_the_byline_does_not_end_the_article() -> None:
    # "12 Kommentare" stands in the head, before the article: nothing after it is a thread.
    page = (DATA / "body_classes" / "de_blog_thread.txt").read_text(encoding="utf-8")
    head, rest = page.split("Vor drei Jahren", 1)
    moved = head + "12 Kommentare\n" + "Vor drei Jahren" + rest.split("Teilen mit:")[0]
    gold = load_gold(DATA / "body_classes" / "de_blog_thread.gold.json")["body"]
    assert body_score(_body(moved), gold).f1 >= 0.95


def test_comments_are_set_aside_not_dropped() -> None:
    page = (DATA / "body_classes" / "en_news_thread.txt").read_text(encoding="utf-8")
    article = parse(normalise(page))
    comment = next(b for b in article.blocks if b.text.startswith("Six dollars each way"))
    assert comment.role is BlockRole.BOILERPLATE


def _rows(text: str) -> tuple[object, list[list[float]]]:
    page = read_page(normalise(text))[0]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    return page, rows


def _without_related_box(text: str) -> str:
    """The blog's page without its "Ähnliche Beiträge" heading right over the thread, which
    ends the article itself (`section_ends`), a line before the thread's heading would."""
    return text.replace("\nÄhnliche Beiträge\n", "\n", 1)


def test_the_thread_starts_after_its_heading_once_the_article_has_run() -> None:
    text = _without_related_box((DATA / "body_classes" / "de_blog_thread.txt").read_text(encoding="utf-8"))
    page, rows = _rows(text)
    start = region.thread_start(rows)
    assert start is not None
    assert page.segments[start - 1].text.startswith("57 Antworten zu")  # type: ignore[attr-defined]
    # The same heading above the article, with no prose before it, starts no thread.
    head, rest = text.split("Vor drei Jahren", 1)
    _page, rows = _rows(head + "57 Antworten zu „Rasen“\nVor drei Jahren" + rest.split("Teilen")[0])
    assert region.thread_start(rows) is None


def test_the_run_is_chosen_before_the_thread_even_when_every_block_looks_like_article() -> None:
    text = (DATA / "body_classes" / "en_news_thread.txt").read_text(encoding="utf-8")
    page, rows = _rows(text)
    # A model that cannot tell the comments from the article: every paragraph 0.9 (the
    # menus and names, short lines, 0.3).
    probs = [0.9 if shape.prose else 0.3 for shape in page.shapes]  # type: ignore[attr-defined]
    verdicts = choose(page, set(), probs, MODEL, rows)  # type: ignore[arg-type]
    kept = [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]  # type: ignore[attr-defined]
    assert kept[0].startswith("The Harbor City council")
    assert not any(t.startswith("Six dollars") for t in kept)


@pytest.mark.parametrize(
    "cue", ["Leserkommentare", "So können Sie kommentieren:", "Post a comment"]
)
def test_a_line_opening_the_readers_forum_starts_the_thread(cue: str) -> None:
    text = _without_related_box((DATA / "body_classes" / "de_blog_thread.txt").read_text(encoding="utf-8"))
    text = text.replace("57 Antworten zu „Warum ich den Rasen nicht mehr mähe“", cue)
    page, rows = _rows(text)
    start = region.thread_start(rows)
    assert start is not None
    assert page.segments[start - 1].text == cue  # type: ignore[attr-defined]


def test_a_related_box_right_over_the_thread_ends_the_article_there() -> None:
    # Its heading ends the article as the thread's does (session 40): the blog's box of
    # similar posts is no more the article than the comments under it.
    page, rows = _rows((DATA / "body_classes" / "de_blog_thread.txt").read_text(encoding="utf-8"))
    start = region.thread_start(rows)
    assert start is not None
    assert page.segments[start - 1].text == "Ähnliche Beiträge"  # type: ignore[attr-defined]
