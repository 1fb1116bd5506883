"""A list of teaser cards after the article is not the article.

Opinion and news sites print "More from …" under the article: card after card of headline,
author, a date line ("Tuesday November 19, 2019") and a one-paragraph teaser. Each teaser reads
like prose, and the run of article text can run into them. The page in
tests/data/body_classes/en_teaser_cards.txt is written by hand in that shape, its gold body
too. A live blog's dated entries, each of several long paragraphs, are no cards.
"""

from __future__ import annotations

from quality import DATA, body_score, load_gold

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "en_teaser_cards.txt"
LAST = "The council should stop spending money"


def test_the_cards_after_the_article_are_left_out() -> None:
    gold = load_gold(PAGE.with_suffix(".gold.json"))["body"]
    body = parse(normalise(PAGE.read_text(encoding="utf-8"))).body
    assert body_score(body, gold).f1 >= 0.97, body


def _kept(text: str) -> list[str]:
    """Body lines when every paragraph scores 0.9 (a model that takes the teasers for
    article) and every short line 0.05."""
    page = read_page(normalise(text))[0]
    probs = [0.9 if shape.prose else 0.05 for shape in page.shapes]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


def test_the_run_stops_before_the_cards_however_likely_the_teasers() -> None:
    kept = _kept(PAGE.read_text(encoding="utf-8"))
    assert kept[-1].startswith(LAST)


def test_two_cards_are_no_list() -> None:
    text = PAGE.read_text(encoding="utf-8")
    text = text.split("The library deserves its new wing")[0]
    kept = _kept(text)
    assert kept[-1].startswith("When the city raised parking fees")


def test_dated_entries_of_long_paragraphs_are_kept() -> None:
    # A live blog: each dated entry has two long paragraphs, so no teaser stands alone.
    text = PAGE.read_text(encoding="utf-8")
    more = (
        "Officials said the work would be finished before the winter storms arrive, and that "
        "the crews would work at night to keep the road open during the day."
    )
    for day in ("Wednesday November 20, 2019", "Tuesday November 19, 2019"):
        text = text.replace(day + "\n", day + "\n" + more + "\n")
    text = text.replace("Monday November 18, 2019\n", "Monday November 18, 2019\n" + more + "\n")
    kept = _kept(text)
    assert kept[-1].startswith("Three timetable changes")
