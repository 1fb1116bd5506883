"""Posts embedded from a social network: the article quotes them, so they are its text.

A news page that quotes a post on X/Twitter shows the post's text and, under it, the embed's
signature: a dash, the account's name, its handle in brackets and the day ("— The Nigerian
Senate (@NGRSenate) October 9, 2018", "— ZDF heute (@ZDFheute) 26. Mai 2019"). Copied as text,
the post is a short unpunctuated line or two ("… pic.twitter.com/…"), which the body model
reads as a teaser or a link list, and the signature a byline-like line of furniture: inside
the run both are set aside, and when the article closes with posts (statements quoted at its
end), the run stops before them. The signature has the same shape in every language (only
the date is written in the page's), so it is recognised by shape alone: posts inside the run,
and posts right after it with the article's own paragraphs between them, are the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.core.ingest import phrases
from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# The signature: a dash, a name, "(@handle)" and a date ending in its year.
_SIGNATURE = re.compile(r"[—–-]\s?[^()]{1,60}\(@\w{1,15}\)\s+\S[^()]{2,30}\d{4}")
_SIGNATURE_MAX_CHARS = 120
# A post is a few short lines (280 characters at most); paragraphs of the article between two
# posts are longer, but no block between the run and a post may be longer than this.
POST_MAX_WORDS = 60
# Blocks above a signature that can be its post's text, and blocks between the run's end (or
# a post) and the next signature.
POST_LINES = 3
GAP = 4
# A post of many short lines (a list with emoji, one item a line) is still one post: its
# text, 280 characters and the links Twitter shortens, lies between the run and the signature.
POST_MAX_CHARS = 400
_TEXT_LABELS = frozenset({None, phrases.RELATED})


@lru_cache(maxsize=4096)
def is_signature(text: str) -> bool:
    """The signature line under an embedded post ("— Name (@handle) October 9, 2018")."""
    if "(@" not in text or len(text) > _SIGNATURE_MAX_CHARS:
        return False  # most lines: settled before the pattern runs
    return _SIGNATURE.fullmatch(text) is not None


def posts(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    stops: set[int],
    start: int,
    end: int,
) -> tuple[int, set[int]]:
    """The run's end moved past the posts that close the article, and the blocks of the posts
    in the run (signatures and their text). `stops` (metadata, section ends) end the search."""
    end = _past_closing_posts(segments, shapes, labels, stops, end)
    found: set[int] = set()
    for i in range(start, end + 1):
        text = segments[i].text
        if "(@" in text and is_signature(text):  # the test before the cache: most lines
            found.add(i)
            j, chars = i - 1, 0
            while j >= start and j not in found and _post_text(shapes, labels, stops, j):
                chars += len(segments[j].text)
                if i - j > POST_LINES and chars > POST_MAX_CHARS:
                    break  # a post of many short lines holds no more than a post's characters
                found.add(j)
                if shapes[j].prose:
                    break  # the post's sentence; the run's own reading keeps what is above
                j -= 1
    return end, found


def _past_closing_posts(
    segments: Sequence[Segment],
    shapes: Sequence[Shape],
    labels: Sequence[str | None],
    stops: set[int],
    end: int,
) -> int:
    """`end`, or the signature of the last post in a chain right after it: each signature
    within GAP blocks of the last, only post text or short paragraphs between."""
    n = len(segments)
    j = end + 1
    chars = 0  # the post's text since the last signature
    while j < n and (j - end <= GAP or chars <= POST_MAX_CHARS):
        if not _post_text(shapes, labels, stops, j) and not is_signature(segments[j].text):
            break
        if is_signature(segments[j].text):
            end, chars = j, 0
        else:
            chars += len(segments[j].text)
        j += 1
    return end


def _post_text(
    shapes: Sequence[Shape], labels: Sequence[str | None], stops: set[int], i: int
) -> bool:
    return i not in stops and labels[i] in _TEXT_LABELS and shapes[i].n_words <= POST_MAX_WORDS
