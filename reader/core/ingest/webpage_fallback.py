"""A saved page's article: the extractor's, or the plain-text parser's reading of the page's
visible text (`webpage_meta.VisibleHead`) where the extractor plainly found less of it.

The extractor works on the page's markup and is right on most pages; where it chose nothing
(its article is the whole page) or cut its article short at a figure, an embed or a box, the
copied-text parser, which reads the page as a person who copies it sees it, is the second
witness. Its article replaces the extractor's only on the measured shapes below.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.ingest.article import Block, BlockKind
from reader.core.ingest.webpage_blocks import PageBlock, key

if TYPE_CHECKING:
    from reader.core.ingest.webpage_meta import VisibleHead

# An extractor's article with this share of the page's text kept the page, not an article,
# and a parser's article with at most this share of it was a choice.
_WHOLE_PAGE_SHARE = 0.98
_CHOICE_SHARE = 0.5
# An extractor's article of at most this share of the page may have been cut short; it was
# when it is at most this share of the parser's article and (this share of it) inside it.
_CUT_PAGE_SHARE = 0.5
_CUT_SHARE = 0.5
_INSIDE_SHARE = 0.95
# Of the parser's article, at most this share may stand above the extractor's first paragraph.
_OPENING_SHARE = 0.25


def checked_body(body: list[Block], page: Sequence[PageBlock], head: VisibleHead) -> list[Block]:
    """The extractor's article `body`, unless the plain-text parser, asked about the page's
    visible text, plainly found more of it:

    * the extractor chose nothing: its article holds nearly all of the page's text (a page
      whose article stands after 500 menu entries comes back whole) while the parser keeps at
      most half of it. The furniture rules that end an article would cut the whole page at
      its first menu line in the last third. A page that is all article (a clipping, a bare
      blog post) comes back whole from both and keeps the extractor's blocks.
    * the extractor cut its article short (at a figure, an embed, a box inside the text): it
      kept at most half of the page, and the parser's article holds all of it and much more;
      an extractor that found no article at all is the extreme case.

    Both are measured on the development sets (de-web F .906 -> .918, en-news F1 .966 ->
    .970, no page worse). The visible text is parsed only on pages where a rule can apply."""
    size = sum(len(b.text) for b in page)
    kept = sum(len(b.text) for b in body)
    whole = kept >= _WHOLE_PAGE_SHARE * size
    if not size or not (whole or kept <= _CUT_PAGE_SHARE * size):
        return body
    chosen = head.body
    chosen_size = sum(len(b.text) for b in chosen)
    if whole:
        return chosen if chosen and chosen_size <= _CHOICE_SHARE * size else body
    if chosen and kept <= _CUT_SHARE * chosen_size and _inside(body, chosen) and _opens_alike(body, chosen):
        return chosen
    return body


def _opens_alike(body: list[Block], chosen: list[Block]) -> bool:
    """The `chosen` article opens where `body`'s first paragraph does, or close above it (a
    standfirst, a heading): an extractor that cut its article short found its opening. A
    parser's article reaching far above it took a box of other stories above the story for
    its start (India Post's cards, "Headline NEW DELHI: …", over the deportees' story). The
    first of `body`'s paragraphs that `chosen` holds marks the opening: the few words of
    `body` that `_inside` lets be missing from it are often its first line."""
    whole = "".join(key(b.text) for b in chosen)
    openings = (key(b.text) for b in body if b.kind is BlockKind.PARAGRAPH)
    at = next((found for found in map(whole.find, filter(None, openings)) if found >= 0), 0)
    return at <= _OPENING_SHARE * len(whole)


def _inside(body: list[Block], chosen: list[Block]) -> bool:
    """Nearly all of `body`'s blocks stand, word for word, in the `chosen` article."""
    keys = [key(b.text) for b in body]
    whole = "".join(key(b.text) for b in chosen)
    found = sum(len(k) for k in keys if k in whole)
    return found >= _INSIDE_SHARE * sum(len(k) for k in keys)
