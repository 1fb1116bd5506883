"""A picture gallery's captions around the article: the same caption printed twice in a row
(the slide and its enlarged view, or the caption folded with a "… more" button and unfolded
with a "less" one) and a caption glued to the gallery's counter ("1of4Grass
Valley's Dionicio Torres looks at …").

Captions are written as sentences ("… speaks during a fundraiser, Tuesday, Nov. 19, 2019"), so
the body model takes a gallery above or between the paragraphs for the article's opening. Two
shapes give them away in any language: a paragraph never stands twice in a row, and no
paragraph opens with a slide's number.
"""

from __future__ import annotations

import re

from reader.core.ingest.segment import Segment
from reader.core.ingest.shape import Shape

# A caption printed twice has a sentence's length; short lines repeat for other reasons (a
# tag list under the headline, a product's name over its picture).
CAPTION_MIN_WORDS = 8
# "1of4Grass …", "2 of 12The mayor …": a slide's number glued to its caption (with a space
# before the caption it could be a sentence: "3 of 10 Americans say …").
_COUNTED = re.compile(r"\d{1,3} ?(?:of|von|/|de|di|z|из) ?\d{1,3}(?=[^\W\d_])")


def gallery_captions(
    segments: list[Segment], shapes: list[Shape], labels: list[str | None], meta: set[int]
) -> set[int]:
    """The unlabelled blocks that are a gallery's captions (the head's metadata never is: a
    headline may be printed twice in a row)."""
    found: set[int] = set()
    for i, segment in enumerate(segments):
        if i in meta or labels[i] is not None or shapes[i].n_words < CAPTION_MIN_WORDS:
            continue
        text = segment.text
        if text[0].isdigit() and _COUNTED.match(text):
            found.add(i)
        elif i and i - 1 not in meta and _same_caption(segments[i - 1].text, text):
            found.update((i - 1, i))
    return found


# A caption shown whole with a button to fold it ("… nation. less") and folded with one to
# unfold it ("… relations ... more"): the same caption twice, cut short in one copy.
_TOGGLE = re.compile(
    r"(?:\s*(?:\.\.\.|…))?\s*(?:more|less|mehr|weniger|plus|moins|más|menos|meno|mais)?\s*$",
    re.IGNORECASE,
)
_SHORT_COPY_MIN_CHARS = 60


def _same_caption(a: str, b: str) -> bool:
    """`a` and `b` are one caption: equal, or equal but for a fold button and the cut."""
    if a == b:
        return True
    if a[:_SHORT_COPY_MIN_CHARS] != b[:_SHORT_COPY_MIN_CHARS]:
        return False  # most pairs of lines: settled before any pattern runs
    a, b = _TOGGLE.sub("", a), _TOGGLE.sub("", b)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return len(shorter) >= _SHORT_COPY_MIN_CHARS and longer.startswith(shorter)
