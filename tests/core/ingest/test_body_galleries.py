"""A picture gallery's captions are not the article.

A gallery copies as its captions, each printed twice in a row (the slide and its enlarged
view) or glued to the slide's number ("1of4Grass Valley's …"); captions read as sentences, and
real dev pages took a gallery over the story for its opening. The pages and lines below are
written by hand in those shapes; which lines are captions is hand knowledge.
"""

from __future__ import annotations

from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_galleries import gallery_captions
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

CAPTION = "The mayor speaks to shop owners at the market hall in the old town on Tuesday, Nov. 19."
PAGE = f"""Home
Local news
Mayor promises a new market hall
Image 1 of 6
{CAPTION}
{CAPTION}
Image 2 of 6
A stall holder sells vegetables at the market in the old town, Tuesday, Nov. 19, 2019.
A stall holder sells vegetables at the market in the old town, Tuesday, Nov. 19, 2019.
By Jane Doe
The mayor has promised the town's stall holders a new market hall by the end of next year, after the old one was closed in the spring.
The new hall will have room for sixty stalls, twenty more than before, and a café on its upper floor.
Stall holders welcomed the plan but said the rents should not rise, since many of them had lost customers during the closure.
Contact us
"""


def test_a_gallery_over_the_story_is_not_its_opening() -> None:
    roles = {b.text: b.role for b in parse(normalise(PAGE)).blocks}
    assert roles[CAPTION] is BlockRole.BOILERPLATE
    stall = next(text for text in roles if text.startswith("A stall holder"))
    assert roles[stall] is BlockRole.BOILERPLATE
    for start in ("The mayor has promised", "The new hall", "Stall holders welcomed"):
        assert roles[next(text for text in roles if text.startswith(start))] is BlockRole.BODY


def _found(lines: list[str], meta: set[int] | None = None) -> set[int]:
    page = read_page(normalise("\n".join(lines)))[0]
    return gallery_captions(page.segments, page.shapes, [None] * len(lines), meta or set())


def test_a_caption_glued_to_its_slide_number_is_a_caption() -> None:
    lines = ["Home", "1of4" + CAPTION, "2 of 4A stall holder sells vegetables at the market today."]
    assert _found(lines) == {1, 2}


def test_a_sentence_opening_with_a_count_is_no_caption() -> None:
    assert (
        _found(["Home", "3 of 10 Americans say they would pay more for a local newspaper."])
        == set()
    )


def test_a_headline_printed_twice_and_short_repeats_are_no_captions() -> None:
    headline = "Mayor promises a new market hall for the town's sixty stall holders"
    assert _found(["Home", headline, headline, "Text"], meta={1, 2}) == set()
    assert _found(["Home", "Market hall", "Market hall", "Text"]) == set()


def test_a_caption_unfolded_and_folded_is_printed_twice() -> None:
    # The slide shows it whole with a "less" button, its enlarged view cut short with "… more".
    whole = CAPTION + " The hall was closed in the spring after its roof began to leak. less"
    folded = CAPTION + " The hall was closed ... more"
    assert _found(["Home", whole, folded]) == {1, 2}
    assert _found(["Home", folded, whole]) == {1, 2}


def test_two_paragraphs_opening_alike_are_no_caption() -> None:
    # Only a cut copy with its button is the same caption: another sentence after the same
    # opening words is another paragraph.
    first = CAPTION + " She promised a new hall."
    second = CAPTION + " The stall holders asked about rents."
    assert _found(["Home", first, second]) == set()
