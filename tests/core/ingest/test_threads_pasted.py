"""A thread of posts copied whole, each post counted ("1/5 …", "… 2/4"): its paragraphs made it
an article's text to the page rules, which set the last post aside as a footer and titled it by
the first post, counter and all. Every post stays; the title is the first post's first sentence
without its counter."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.ingest.thread_posts import is_thread

PASTES = Path(__file__).parents[2] / "data" / "pastes"


@pytest.mark.parametrize(("name", "title"), [
    ("thread_en.txt", "The new US steel tariffs will hit European exporters harder than most analysts…"),
    ("thread_de.txt", "Die neuen US-Zölle auf Stahl treffen Europa härter als gedacht"),
])  # fmt: skip
def test_a_thread_keeps_every_post_and_is_titled_without_its_counter(name: str, title: str) -> None:
    text = (PASTES / name).read_text(encoding="utf-8")
    article = parse(text)
    assert [b.text for b in article.blocks if b.role is BlockRole.BODY] == [line for line in text.splitlines() if line]
    assert (article.title, article.title_derived) == (title, True)


@pytest.mark.parametrize("texts", [
    ["Saison 24/25", "Der Verein plant den Umbau.", "Die Stadt zahlt mit."],  # a season, no count
    ["1/5 Erster Punkt.", "3/5 Dritter Punkt.", "2/5 Zweiter Punkt."],  # not counted up in order
    ["1/5 Erster Punkt.", "2/5 Zweiter Punkt."],  # two posts: too few to tell
    ["1/1 Neujahr bei den Eltern.", "2/1 Rückreise nach Berlin.", "3/1 Erster Arbeitstag."],  # days of January
])  # fmt: skip
def test_counted_looking_lines_out_of_order_or_too_few_are_no_thread(texts: list[str]) -> None:
    assert not is_thread(texts)


def test_a_line_over_the_first_post_may_stand_without_a_counter() -> None:
    # The poster's name or the thread's heading copied with it.
    assert is_thread(["Anna Becker", "1/3 Die Zölle kommen.", "2/3 Europa zögert.", "3/3 Fazit: abwarten."])
